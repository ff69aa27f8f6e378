#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace piadesk {

/** A place in a PDF: a page (from 0) and the height on it, in PDF points from the bottom of the page. */
struct PdfDestination
{
    int page = 0;
    qreal top = 0;
};

/** An entry of a PDF's outline (its bookmarks): the heading's level (smaller is higher), title and place. */
struct PdfOutlineItem
{
    int level = 0;
    QString title;
    PdfDestination destination;
};

/**
 * What QPdfWriter (Qt 6.4) does not write: a document outline, and links inside the document. Applied to the file
 * QPdfWriter wrote, whose links to "#name" (from <a href="#name">) are URI actions no viewer follows.
 */
class PdfNavigation
{
public:
    /**
     * \a pdf with an outline of \a items (shown when the file opens; entries below the top level folded) and each
     * link to "#name" made a jump to \a anchors[name]. Links to unknown names stay as they are. Empty if \a pdf cannot
     * be read back.
     */
    static std::optional<QByteArray> add(
        const QByteArray& pdf, const QList<PdfOutlineItem>& items, const QHash<QString, PdfDestination>& anchors);
};

} // namespace piadesk
