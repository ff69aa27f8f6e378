#include "PdfNavigation.h"

#include "PdfFile.h"

#include <QRegularExpression>

#include <algorithm>

namespace piadesk {

namespace {

QByteArray objectText(int number, const QByteArray& dictionary)
{
    return QByteArray::number(number) + " 0 obj\n" + dictionary + "\nendobj\n";
}

QByteArray ref(int number)
{
    return QByteArray::number(number) + " 0 R";
}

} // namespace

std::optional<QByteArray> PdfNavigation::add(
    const QByteArray& pdf, const QList<PdfOutlineItem>& items, const QHash<QString, PdfDestination>& anchors)
{
    const PdfFile file(pdf);
    const QList<int> pages = file.pages();
    const int catalog = file.catalog();
    if (!file.isValid() || pages.isEmpty() || !catalog)
        return std::nullopt;
    const auto destination = [&pages](const PdfDestination& d) {
        return "[" + ref(pages.at(std::clamp(d.page, 0, int(pages.size()) - 1))) + " /XYZ 0 "
            + QByteArray::number(d.top, 'f', 2) + " 0]";
    };

    // Links within the document: QPdfWriter writes <a href="#name"> as a URI action; make it a destination.
    QHash<int, QByteArray> replacements;
    static const QRegularExpression uri(
        QStringLiteral(R"(/A\s*<<\s*/Type\s*/Action\s*/S\s*/URI\s*/URI\s*\(#([^()\\]*)\)\s*>>)"));
    for (int n = 1; n < file.size(); ++n) {
        const QByteArray dictionary = file.dictionary(n);
        if (!dictionary.contains("/Link") || !dictionary.contains("(#"))
            continue;
        QString text = QString::fromLatin1(file.object(n));
        const QRegularExpressionMatch m = uri.match(text);
        if (!m.hasMatch() || !anchors.contains(m.captured(1)))
            continue;
        text.replace(m.capturedStart(), m.capturedLength(),
            QStringLiteral("/Dest ") + QString::fromLatin1(destination(anchors.value(m.captured(1)))));
        replacements.insert(n, text.toLatin1());
    }

    // The outline: each item under the nearest earlier item of a higher level.
    QList<QByteArray> appended;
    if (!items.isEmpty()) {
        const int root = file.size();
        const auto number = [root](qsizetype i) { return root + 1 + int(i); };
        QList<qsizetype> parent(items.size(), -1);
        QList<QList<qsizetype>> children(items.size());
        QList<qsizetype> top;
        QList<qsizetype> open;
        for (qsizetype i = 0; i < items.size(); ++i) {
            while (!open.isEmpty() && items.at(open.constLast()).level >= items.at(i).level)
                open.removeLast();
            parent[i] = open.isEmpty() ? -1 : open.constLast();
            (parent.at(i) < 0 ? top : children[parent.at(i)]).append(i);
            open.append(i);
        }
        appended.append(objectText(root,
            "<< /Type /Outlines /First " + ref(number(top.constFirst())) + " /Last " + ref(number(top.constLast()))
                + " /Count " + QByteArray::number(top.size()) + " >>"));
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QList<qsizetype>& siblings = parent.at(i) < 0 ? top : children.at(parent.at(i));
            const qsizetype at = siblings.indexOf(i);
            QByteArray d = "<< /Title " + PdfFile::textString(items.at(i).title) + " /Parent "
                + ref(parent.at(i) < 0 ? root : number(parent.at(i)));
            if (at > 0)
                d += " /Prev " + ref(number(siblings.at(at - 1)));
            if (at + 1 < siblings.size())
                d += " /Next " + ref(number(siblings.at(at + 1)));
            if (!children.at(i).isEmpty()) // folded: a negative count
                d += " /First " + ref(number(children.at(i).constFirst())) + " /Last "
                    + ref(number(children.at(i).constLast())) + " /Count -" + QByteArray::number(children.at(i).size());
            d += " /Dest " + destination(items.at(i).destination) + " >>";
            appended.append(objectText(number(i), d));
        }
        QByteArray catalogText = replacements.value(catalog, file.object(catalog));
        const qsizetype type = catalogText.indexOf("/Type /Catalog");
        if (type < 0 || catalogText.contains("/Outlines"))
            return std::nullopt;
        catalogText.insert(type + 14, "\n/Outlines " + ref(root) + "\n/PageMode /UseOutlines");
        replacements.insert(catalog, catalogText);
    }
    if (replacements.isEmpty() && appended.isEmpty())
        return pdf;
    QByteArray out = file.replaced(replacements, appended);
    if (out.isEmpty())
        return std::nullopt;
    return out;
}

} // namespace piadesk
