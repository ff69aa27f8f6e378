#include "PageFlow.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextTable>

#include <cmath>
#include <limits>

namespace piadesk {

namespace {

/** A change keep() makes at most this often: each moves something to the next page, so a document of N pages needs
 * fewer than a few per page; more means the layout does not settle. */
constexpr int kMaxChanges = 2000;

qreal pageHeight(const QTextDocument& document)
{
    return document.pageSize().height();
}

int pageOf(const QTextDocument& document, qreal y)
{
    return pageHeight(document) > 0 ? int(std::floor(y / pageHeight(document))) : 0;
}

QRectF rectOf(const QTextDocument& document, const QTextBlock& block)
{
    return document.documentLayout()->blockBoundingRect(block);
}

/**
 * Where \a block's text starts: its first line's top. Qt moves a line that does not fit to the next page, its
 * block's rectangle staying where it began (a paragraph holding a tall picture).
 */
qreal textTop(const QTextDocument& document, const QTextBlock& block)
{
    const QRectF rect = rectOf(document, block);
    const QTextLayout* layout = block.layout();
    // A line moved to the next page stands at its very top, which floating point can place a hair above it.
    return (layout && layout->lineCount() > 0 ? rect.top() + layout->lineAt(0).y() : rect.top()) + 0.5;
}

/** Whether \a block starts at the top of its page (nothing would be gained by moving it). */
bool atPageTop(const QTextDocument& document, const QTextBlock& block)
{
    const qreal top = rectOf(document, block).top();
    return top - pageOf(document, top) * pageHeight(document) < 1;
}

/** Whether \a block is forced to start a page: by its own format, or as the first block of a table that is. */
bool startsPage(const QTextBlock& block)
{
    if (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
        return true;
    QTextCursor cursor(block);
    const QTextTable* table = cursor.currentTable();
    return table && table->firstPosition() == block.position()
        && (table->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore);
}

/** The first and last blocks of \a cell. */
std::pair<QTextBlock, QTextBlock> blocksOf(const QTextDocument& document, const QTextTableCell& cell)
{
    return { document.findBlock(cell.firstPosition()), document.findBlock(cell.lastPosition()) };
}

/** The top of the first and the bottom of the last line of the cells of rows \a first to \a last of \a table. */
std::pair<qreal, qreal> extentOf(const QTextDocument& document, QTextTable* table, int first, int last)
{
    qreal top = std::numeric_limits<qreal>::max();
    qreal bottom = std::numeric_limits<qreal>::lowest();
    for (int row = first; row <= last; ++row) {
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(row, c);
            if (cell.row() != row || cell.column() != c || cell.rowSpan() > 1)
                continue;
            const auto [begin, end] = blocksOf(document, cell);
            top = std::min(top, rectOf(document, begin).top());
            bottom = std::max(bottom, rectOf(document, end).bottom());
        }
    }
    return { top, bottom };
}

/**
 * Whether row \a row of \a table is split across pages although it would fit on one below the repeated header
 * rows (with room for the cells' padding and borders).
 */
bool rowIsSplit(const QTextDocument& document, QTextTable* table, int row)
{
    const auto [top, bottom] = extentOf(document, table, row, row);
    if (bottom <= top || pageOf(document, top) == pageOf(document, bottom - 0.5))
        return false;
    const int header = table->format().headerRowCount();
    qreal room = pageHeight(document) * 0.95;
    if (header > 0 && header <= row) {
        const auto [headerTop, headerBottom] = extentOf(document, table, 0, header - 1);
        room -= headerBottom - headerTop;
    }
    return bottom - top < room - 4 * table->format().cellPadding() - 8 * table->format().border();
}

/** Copies the cells of row \a from of \a source into row \a to of \a target: formats, spans and content. */
void copyRow(QTextTable* source, int from, QTextTable* target, int to)
{
    for (int c = 0; c < source->columns(); ++c) {
        const QTextTableCell cell = source->cellAt(from, c);
        if (cell.row() != from || cell.column() != c)
            continue;
        QTextTableCell copy = target->cellAt(to, c);
        copy.setFormat(cell.format());
        if (cell.columnSpan() > 1)
            target->mergeCells(to, c, 1, cell.columnSpan());
        QTextCursor selection = cell.firstCursorPosition();
        selection.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
        QTextCursor into = target->cellAt(to, c).firstCursorPosition();
        into.setBlockFormat(cell.firstCursorPosition().blockFormat());
        into.setBlockCharFormat(cell.firstCursorPosition().blockCharFormat());
        into.insertFragment(selection.selection());
    }
}

/**
 * Continues \a table on the next page from row \a row: a new table after it, with the same format and the header
 * rows repeated, takes that row and those after it.
 */
bool continueOnNextPage(QTextDocument& document, QTextTable* table, int row)
{
    QTextTableFormat format = table->format();
    const int header = std::min(format.headerRowCount(), row);
    if (row <= header) {
        // The first row after the header would be split: the whole table starts on the next page, unless it
        // already does.
        if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            return false;
        // The headings just before the table go with it: the break is put before the first of them.
        QTextBlock heading;
        for (QTextBlock b = document.findBlock(table->firstPosition() - 1);
             b.isValid() && b.blockFormat().headingLevel() > 0 && !QTextCursor(b).currentTable(); b = b.previous())
            heading = b;
        if (heading.isValid()) {
            QTextBlockFormat headingFormat = heading.blockFormat();
            if (headingFormat.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                return false;
            headingFormat.setPageBreakPolicy(headingFormat.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(heading).setBlockFormat(headingFormat);
            return true;
        }
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        table->setFormat(format);
        return true;
    }
    const int rows = table->rows();
    const int columns = table->columns();
    QTextCursor after(&document);
    after.setPosition(table->lastPosition() + 1);
    // One edit for the layout: without it, Qt lays the table out again after every cell copied.
    after.beginEditBlock();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextTable* next = after.insertTable(header + rows - row, columns, format);
    for (int r = 0; r < header; ++r)
        copyRow(table, r, next, r);
    for (int r = row; r < rows; ++r)
        copyRow(table, r, next, header + r - row);
    table->removeRows(row, rows - row);
    // Qt splits the block after the table to insert the new one: the empty part left before the new table keeps
    // that block's format (a heading's level and page break, a paragraph's margins), and its text after the new
    // table gets a plain one. The format goes back to the text; the empty part is plain.
    const QTextBlock gap = document.findBlock(next->firstPosition() - 1);
    const QTextBlock moved = document.findBlock(next->lastPosition() + 1);
    if (gap.isValid() && moved.isValid() && gap != moved && gap.text().isEmpty() && !QTextCursor(gap).currentTable()
        && !QTextCursor(moved).currentTable()) {
        QTextCursor(moved).setBlockFormat(gap.blockFormat());
        QTextCursor(moved).setBlockCharFormat(gap.charFormat());
        QTextCursor(gap).setBlockFormat(QTextBlockFormat());
    }
    after.endEditBlock();
    return true;
}

/**
 * Where to look again after a change at \a block: at the headings just before it, which may now stand alone at the
 * foot of a page.
 */
int restartAt(const QTextBlock& block)
{
    QTextBlock at = block;
    while (at.previous().isValid() && at.previous().blockFormat().headingLevel() > 0)
        at = at.previous();
    return at.position();
}

/**
 * Makes the first change keep() needs, looking from position \a from on; returns where to look again, or -1 when no
 * change is needed.
 */
int keepOne(QTextDocument& document, int from, bool* tableSplit)
{
    for (QTextBlock block = document.findBlock(from); block.isValid(); block = block.next()) {
        // A heading that ends a page goes to the next, with what follows it.
        if (block.blockFormat().headingLevel() > 0) {
            const QTextBlock next = block.next();
            QTextBlockFormat format = block.blockFormat();
            // A short table under the heading (half a page at most) that would break across pages goes whole to the
            // next page, with its heading: a reader sees a small record such as one activity of the data map at once.
            bool shortTableBreaks = false;
            if (next.isValid()) {
                if (QTextTable* table = QTextCursor(next).currentTable();
                    table && table->cellAt(0, 0).firstPosition() == next.position()) {
                    const QRectF box = document.documentLayout()->frameBoundingRect(table);
                    shortTableBreaks = box.height() <= pageHeight(document) / 2
                        && pageOf(document, box.top()) < pageOf(document, box.bottom() - 1);
                }
            }
            if (next.isValid() && !(format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) && !startsPage(next)
                && !atPageTop(document, block)
                && (shortTableBreaks
                    || pageOf(document, rectOf(document, block).top()) < pageOf(document, textTop(document, next)))) {
                // The headings above it on the same page, each with nothing or a short lead paragraph under it, go
                // with it: a section never ends a page with its title alone.
                QTextBlock target = block;
                for (;;) {
                    QTextBlock above = target.previous();
                    if (above.isValid() && above.blockFormat().headingLevel() == 0 && !QTextCursor(above).currentTable()
                        && rectOf(document, above).height() < pageHeight(document) / 8)
                        above = above.previous(); // a lead paragraph
                    if (!above.isValid() || above.blockFormat().headingLevel() == 0
                        || above.blockFormat().headingLevel() >= target.blockFormat().headingLevel()
                        || atPageTop(document, above)
                        || pageOf(document, rectOf(document, above).top())
                            != pageOf(document, rectOf(document, target).top()))
                        break;
                    target = above;
                }
                QTextBlockFormat targetFormat = target.blockFormat();
                if (targetFormat.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                    target = block; // already starts a page
                targetFormat = target.blockFormat();
                targetFormat.setPageBreakPolicy(targetFormat.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(target).setBlockFormat(targetFormat);
                return restartAt(target);
            }
            continue;
        }
        // A table row, checked at the first block of its first cell.
        QTextCursor cursor(block);
        QTextTable* table = cursor.currentTable();
        if (!table)
            continue;
        const QTextTableCell cell = table->cellAt(block.position());
        if (cell.column() != 0 || cell.firstPosition() != block.position()
            || cell.row() < table->format().headerRowCount())
            continue;
        if (rowIsSplit(document, table, cell.row())) {
            const QTextBlock before = document.findBlock(table->firstPosition() - 1);
            // Only a table that is not as wide as the page's body (inside another frame, or with a document
            // margin) would be laid out wrongly before it joins Qt's list of frames (keep()).
            const bool narrower = table->parentFrame() != document.rootFrame() || document.documentMargin() != 0;
            if (continueOnNextPage(document, table, cell.row())) {
                *tableSplit = narrower;
                return restartAt(before.isValid() ? before.next() : document.begin());
            }
        }
    }
    return -1;
}

} // namespace

int PageFlow::keep(QTextDocument& document)
{
    if (pageHeight(document) <= 0)
        return 0;
    int changes = 0;
    for (int from = 0; changes < kMaxChanges; ++changes) {
        // Qt lays out again only the blocks a change touched and moves the others whole, with their old line
        // breaks and page breaks: everything after the change is laid out anew. In one edit with the change, so
        // that it is laid out once, not once for the change and again for what follows it.
        QTextCursor edit(&document);
        edit.beginEditBlock();
        bool tableSplit = false;
        from = keepOne(document, from, &tableSplit);
        if (from >= 0)
            document.markContentsDirty(from, document.characterCount() - from);
        edit.endEditBlock();
        if (from < 0)
            break;
        // A table inserted joins Qt's list of frames only when the edit ends, after that layout, which sized it to
        // the page's body: one narrower than that is laid out again now, inside its frame.
        if (tableSplit)
            document.markContentsDirty(from, document.characterCount() - from);
    }
    return changes;
}

QList<PlacedHeading> PageFlow::headings(const QTextDocument& document, int fromLevel, int toLevel)
{
    QList<PlacedHeading> out;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level < fromLevel || level > toLevel || level == 0)
            continue;
        PlacedHeading h;
        h.level = level;
        h.text = block.text().simplified();
        for (auto it = block.begin(); !it.atEnd() && h.anchor.isEmpty(); ++it)
            h.anchor = it.fragment().charFormat().anchorNames().value(0);
        if (pageHeight(document) <= 0) {
            out.append(h); // not laid out in pages: only what it says is asked for, no layout is needed
            continue;
        }
        const qreal top
            = textTop(document, block); // where it is drawn: a page break moves its lines, not its rectangle
        h.page = pageOf(document, top);
        h.y = top - h.page * pageHeight(document);
        out.append(h);
    }
    return out;
}

QHash<QString, PlacedAnchor> PageFlow::anchors(const QTextDocument& document)
{
    QHash<QString, PlacedAnchor> out;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QStringList names = it.fragment().charFormat().anchorNames();
            if (names.isEmpty())
                continue;
            qreal top = rectOf(document, block).top();
            if (const QTextLayout* layout = block.layout()) {
                const QTextLine line = layout->lineForTextPosition(it.fragment().position() - block.position());
                if (line.isValid())
                    top += line.y();
            }
            const int page = pageOf(document, top + 0.5); // a line at a page's very top can sit a hair above it
            for (const QString& name : names)
                out.insert(name, { page, top - page * pageHeight(document) });
        }
    }
    return out;
}

} // namespace piadesk
