#include "PdfText.h"

#include <QRegularExpression>

Pdf readPdf(const QByteArray& bytes)
{
    Pdf pdf;
    pdf.document = Poppler::Document::loadFromData(bytes);
    if (!pdf.document)
        return pdf;
    for (int i = 0; i < pdf.document->numPages(); ++i)
        pdf.pages.append(pdf.document->page(i)->text(QRectF()));
    return pdf;
}

QString bare(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}
