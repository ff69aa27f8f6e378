#pragma once

#include <QHash>
#include <QList>
#include <QString>

class QTextDocument;

namespace piadesk {

/** A heading of a laid-out document: its level (h2 = 2), its text and where it starts. */
struct PlacedHeading
{
    int level = 0;
    QString text;
    QString anchor; ///< the name of the anchor it holds, if any
    int page = 0; ///< from 0
    qreal y = 0; ///< from the top of the page body, in the document's units
};

/** Where an anchor (<a name="…">) of a laid-out document falls. */
struct PlacedAnchor
{
    int page = 0;
    qreal y = 0;
};

/**
 * The page breaks of a QTextDocument laid out in pages (QTextDocument::setPageSize), as a typesetter sets them:
 * a table row that fits on a page is never split across two (the table is continued on the next page, its header
 * rows repeated), and a heading never stands alone at the foot of a page. Qt's own layout splits rows line by line
 * and knows no "keep with next"; keep() adjusts the document's formats until neither happens.
 */
class PageFlow
{
public:
    /**
     * Moves each table row that would be split across pages, and each heading that would end a page, to the next
     * page. Returns the number of changes made. The document must have a page size.
     */
    static int keep(QTextDocument& document);

    /**
     * The headings of levels \a fromLevel to \a toLevel (h2 = 2), in order, with their pages; page and place 0
     * when the document has no page size (it is not laid out for them).
     */
    static QList<PlacedHeading> headings(const QTextDocument& document, int fromLevel = 1, int toLevel = 6);

    /** Every named anchor and where it falls. */
    static QHash<QString, PlacedAnchor> anchors(const QTextDocument& document);
};

} // namespace piadesk
