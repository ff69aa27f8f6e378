#include "RiskMap.h"

#include "PdfDocument.h"

#include <QHash>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <map>

namespace piadesk {

namespace {

/** The geometry every drawing step shares, from the picture's width and the scales' sizes. */
struct Grid
{
    int rows = 1; ///< impacts, highest at the top
    int columns = 1; ///< likelihoods, lowest at the left
    bool sideBySide = true;
    qreal unit = 1; ///< a hundredth of a panel's width
    qreal panelWidth = 0;
    qreal panelHeight = 0;
    qreal left = 0; ///< the impact labels' width
    qreal title = 0; ///< the panel title's height
    qreal cellWidth = 0;
    qreal cellHeight = 0;
    qreal levelLabel = 0; ///< the height of the level's name at the top of each cell

    Grid(const RiskMethod& method, int width, bool beside)
    {
        rows = std::max(1, int(method.impactLevels.size()));
        columns = std::max(1, int(method.likelihoods.size()));
        sideBySide = beside;
        const qreal gap = width * 0.03;
        panelWidth = sideBySide ? (width - gap) / 2 : width;
        unit = panelWidth / 100.0;
        left = 19 * unit;
        title = 8 * unit;
        cellWidth = (panelWidth - left - unit) / columns;
        cellHeight = cellWidth * 0.78;
        levelLabel = 4.2 * unit;
        panelHeight = title + rows * cellHeight + 13 * unit;
    }

    QPointF origin(int panel, qreal width) const
    {
        if (sideBySide)
            return QPointF(panel == 0 ? 0 : width - panelWidth, 0);
        return QPointF(0, panel * panelHeight);
    }

    QRectF cell(QPointF origin, int impact, int likelihood) const
    {
        const int r = rows - 1 - std::clamp(impact, 0, rows - 1);
        const int c = std::clamp(likelihood, 0, columns - 1);
        return QRectF(origin.x() + left + c * cellWidth, origin.y() + title + r * cellHeight, cellWidth, cellHeight);
    }

    /** The part of a cell its markers go in: below the level's name, inside a margin. */
    QRectF markerArea(const QRectF& cell) const
    {
        const qreal pad = 0.8 * unit;
        return cell.adjusted(pad, levelLabel + pad * 0.5, -pad, -pad);
    }

    static int perRow(const QRectF& area, qreal diameter) { return std::max(0, int(area.width() / (diameter * 1.12))); }
    static int perColumn(const QRectF& area, qreal diameter)
    {
        return std::max(0, int(area.height() / (diameter * 1.12)));
    }
};

} // namespace

QColor RiskMap::levelColour(int level, int levels)
{
    static const QColor scale[]
        = { QColor(0x8b, 0xc3, 0x4a), QColor(0xff, 0xd5, 0x4f), QColor(0xff, 0x98, 0x00), QColor(0xe5, 0x39, 0x35) };
    if (levels <= 1)
        return scale[0];
    const int index = int(std::lround(double(level) * 3 / (levels - 1)));
    return scale[std::clamp(index, 0, 3)];
}

RiskMap::Layout RiskMap::layout(const RiskMethod& method, const QList<RatedRisk>& risks, int width)
{
    // Markers are sized on the whole picture's width: the report prints it 160 mm wide, where 1.9 % is 3 mm.
    const qreal smallest = std::max(width * 0.019, 10.0);
    const qreal largest = width * 0.035;
    const auto holds = [&](const Grid& grid, qreal diameter) {
        const QRectF area = grid.markerArea(QRectF(0, 0, grid.cellWidth, grid.cellHeight));
        return Grid::perRow(area, diameter) * Grid::perColumn(area, diameter);
    };
    qsizetype crowded = 0;
    {
        QHash<QPair<int, int>, int> before;
        QHash<QPair<int, int>, int> after;
        for (const RatedRisk& r : risks) {
            crowded = std::max<qsizetype>(crowded, ++before[{ r.impact, r.likelihood }]);
            crowded = std::max<qsizetype>(crowded, ++after[{ r.targetImpact, r.targetLikelihood }]);
        }
    }
    const bool beside = width >= 900 && holds(Grid(method, width, true), smallest) >= crowded;
    const Grid g(method, width, beside);
    Layout out;
    out.sideBySide = beside;
    out.rows = g.rows;
    out.columns = g.columns;
    for (int panel = 0; panel < 2; ++panel) {
        out.panels[panel] = QRectF(g.origin(panel, width), QSizeF(g.panelWidth, g.panelHeight));
        out.grids[panel]
            = g.cell(g.origin(panel, width), g.rows - 1, 0).united(g.cell(g.origin(panel, width), 0, g.columns - 1));
    }

    // Who is in which cell of which panel, in the risks' order.
    std::map<std::tuple<int, int, int>, QList<int>> cells;
    for (int i = 0; i < risks.size(); ++i) {
        const RatedRisk& r = risks.at(i);
        cells[{ 0, std::clamp(r.impact, 0, g.rows - 1), std::clamp(r.likelihood, 0, g.columns - 1) }].append(i);
        cells[{ 1, std::clamp(r.targetImpact, 0, g.rows - 1), std::clamp(r.targetLikelihood, 0, g.columns - 1) }]
            .append(i);
    }
    qsizetype most = 0;
    for (const auto& [key, list] : cells)
        most = std::max(most, list.size());

    // The largest marker with which the most crowded cell holds all its numbers, down to the smallest legible.
    const QRectF area = g.markerArea(QRectF(0, 0, g.cellWidth, g.cellHeight));
    qreal diameter = std::max(smallest, std::min(area.height() / 1.12, largest));
    while (diameter > smallest && Grid::perRow(area, diameter) * Grid::perColumn(area, diameter) < most)
        diameter *= 0.94;
    diameter = std::max(diameter, smallest);
    out.markerDiameter = diameter;
    const int perRow = std::max(1, Grid::perRow(area, diameter));
    const int capacity = perRow * std::max(1, Grid::perColumn(area, diameter));

    for (const auto& [key, list] : cells) {
        const auto [panel, impact, likelihood] = key;
        const QRectF cell = g.cell(g.origin(panel, width), impact, likelihood);
        if (list.size() > capacity) {
            out.crowds.append({ panel, impact, likelihood, list, cell });
            continue;
        }
        const QRectF inside = g.markerArea(cell);
        const qreal step = diameter * 1.12;
        for (int n = 0; n < list.size(); ++n) {
            const QPointF centre(
                inside.left() + step / 2 + (n % perRow) * step, inside.top() + step / 2 + (n / perRow) * step);
            out.markers.append({ list.at(n), panel,
                QRectF(centre.x() - diameter / 2, centre.y() - diameter / 2, diameter, diameter), cell });
        }
    }
    const int listed = int(out.crowds.size());
    const qreal listHeight = listed > 0 ? (listed + 0.5) * 4.6 * g.unit : 0;
    out.size = QSize(width, int(std::ceil((g.sideBySide ? g.panelHeight : 2 * g.panelHeight) + listHeight)));
    return out;
}

QImage RiskMap::paint(const RiskMethod& method, const QList<RatedRisk>& risks, Language language, int width)
{
    const Layout l = layout(method, risks, width);
    const Grid g(method, width, l.sideBySide);
    QImage image(l.size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = PdfDocument::headingFont(10);
    const auto pixels = [&font](qreal size) { font.setPixelSize(std::max(1, int(std::lround(size)))); };

    const QString titles[2] = { tr("Before the measures"), tr("After the measures (target)") };
    for (int panel = 0; panel < 2; ++panel) {
        const QPointF o = g.origin(panel, width);
        pixels(3.6 * g.unit);
        p.setFont(font);
        p.setPen(QColor(0x1f, 0x38, 0x64));
        p.drawText(QRectF(o.x() + g.left, o.y(), g.columns * g.cellWidth, g.title - g.unit),
            Qt::AlignLeft | Qt::AlignVCenter, titles[panel]);
        pixels(2.9 * g.unit);
        p.setFont(font);
        for (int impact = 0; impact < g.rows; ++impact) {
            for (int c = 0; c < g.columns; ++c) {
                const QRectF cell = g.cell(o, impact, c);
                const int level = impact < method.matrix.size() && c < method.matrix.at(impact).size()
                    ? method.matrix.at(impact).at(c)
                    : 0;
                QColor colour = levelColour(level, int(method.levels.size()));
                colour.setAlpha(140);
                p.fillRect(cell, colour);
                p.setPen(QPen(Qt::white, g.unit * 0.4));
                p.setBrush(Qt::NoBrush);
                p.drawRect(cell);
                p.setPen(QColor(0x33, 0x33, 0x33));
                p.drawText(
                    QRectF(cell.left() + g.unit, cell.top() + 0.3 * g.unit, cell.width() - 2 * g.unit, g.levelLabel),
                    Qt::AlignLeft | Qt::AlignVCenter, scaleText(method.levels, level, language));
            }
            const QRectF row = g.cell(o, impact, 0);
            p.setPen(Qt::black);
            p.drawText(QRectF(o.x(), row.top(), g.left - 1.5 * g.unit, g.cellHeight),
                Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap, scaleText(method.impactLevels, impact, language));
        }
        const qreal bottom = o.y() + g.title + g.rows * g.cellHeight;
        for (int c = 0; c < g.columns; ++c)
            p.drawText(QRectF(o.x() + g.left + c * g.cellWidth, bottom + 0.5 * g.unit, g.cellWidth, 5 * g.unit),
                Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, scaleText(method.likelihoods, c, language));
        p.drawText(QRectF(o.x() + g.left, bottom + 6.5 * g.unit, g.columns * g.cellWidth, 5 * g.unit), Qt::AlignCenter,
            tr("Likelihood →"));
        p.save();
        p.translate(o.x() + 2.5 * g.unit, o.y() + g.title + g.rows * g.cellHeight / 2);
        p.rotate(-90);
        p.drawText(QRectF(-g.rows * g.cellHeight / 2, -2.5 * g.unit, g.rows * g.cellHeight, 5 * g.unit),
            Qt::AlignCenter, tr("Impact →"));
        p.restore();
    }

    // The numbers: a ring before the measures, a filled disc after them.
    for (const Layout::Marker& m : l.markers) {
        const QString label = QString::number(m.risk + 1);
        pixels(l.markerDiameter * (label.size() > 2 ? 0.42 : 0.55));
        p.setFont(font);
        p.setPen(QPen(m.panel == 0 ? Qt::black : QColor(0x1f, 0x38, 0x64), std::max(1.0, g.unit * 0.3)));
        p.setBrush(m.panel == 0 ? QColor(Qt::white) : QColor(0x1f, 0x38, 0x64));
        p.drawEllipse(m.box);
        p.setPen(m.panel == 0 ? Qt::black : Qt::white);
        p.drawText(m.box, Qt::AlignCenter, label);
    }
    // Cells too crowded for their numbers: the count in the cell, the numbers under the map.
    qreal y = (g.sideBySide ? g.panelHeight : 2 * g.panelHeight) + 1.5 * g.unit;
    for (int i = 0; i < l.crowds.size(); ++i) {
        const Layout::Crowd& c = l.crowds.at(i);
        const QString mark = QStringLiteral("%1").arg(QChar(u'A' + (i % 26)));
        pixels(3.4 * g.unit);
        p.setFont(font);
        p.setPen(Qt::black);
        p.setBrush(Qt::white);
        const QRectF badge = g.markerArea(c.cell).adjusted(g.unit, g.unit, -g.unit, -g.unit);
        p.drawRoundedRect(badge, g.unit, g.unit);
        p.drawText(badge, Qt::AlignCenter, tr("%1: %n risk(s)", "", int(c.risks.size())).arg(mark));
        QStringList numbers;
        for (int r : c.risks)
            numbers.append(QString::number(r + 1));
        pixels(2.8 * g.unit);
        p.setFont(font);
        p.drawText(QRectF(0, y, width, 4.6 * g.unit), Qt::AlignLeft | Qt::AlignVCenter,
            tr("%1 — %2, %3 × %4: %5")
                .arg(mark, titles[c.panel], scaleText(method.impactLevels, c.impact, language),
                    scaleText(method.likelihoods, c.likelihood, language),
                    numbers.join(language == Language::Chinese ? QStringLiteral("、") : QStringLiteral(", "))));
        y += 4.6 * g.unit;
    }
    p.end();
    return image;
}

} // namespace piadesk
