#include "RiskMap.h"

#include "PdfDocument.h"

#include <QHash>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace piadesk {

QColor RiskMap::levelColour(int level, int levels)
{
    static const QColor scale[]
        = { QColor(0x8b, 0xc3, 0x4a), QColor(0xff, 0xd5, 0x4f), QColor(0xff, 0x98, 0x00), QColor(0xe5, 0x39, 0x35) };
    if (levels <= 1)
        return scale[0];
    const int index = int(std::lround(double(level) * 3 / (levels - 1)));
    return scale[std::clamp(index, 0, 3)];
}

QImage RiskMap::paint(const RiskMethod& method, const QList<RatedRisk>& risks, Language language, int width)
{
    const int rows = int(method.impactLevels.size());
    const int columns = int(method.likelihoods.size());
    const qreal unit = width / 100.0;
    const qreal left = 22 * unit;
    const qreal top = 4 * unit;
    const qreal cellWidth = (width - left - 2 * unit) / std::max(1, columns);
    const qreal cellHeight = 13 * unit;
    const int height = int(top + rows * cellHeight + 14 * unit);

    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = PdfDocument::headingFont(10);
    font.setPixelSize(int(3 * unit));
    p.setFont(font);

    // Cells: impact from the top (highest) down, likelihood from left (lowest) to right.
    for (int r = 0; r < rows; ++r) {
        const int impact = rows - 1 - r;
        for (int c = 0; c < columns; ++c) {
            const QRectF cell(left + c * cellWidth, top + r * cellHeight, cellWidth, cellHeight);
            const int level = impact < method.matrix.size() && c < method.matrix.at(impact).size()
                ? method.matrix.at(impact).at(c)
                : 0;
            QColor colour = levelColour(level, int(method.levels.size()));
            colour.setAlpha(150);
            p.fillRect(cell, colour);
            p.setPen(QPen(Qt::white, unit * 0.4));
            p.drawRect(cell);
            p.setPen(QColor(0x33, 0x33, 0x33));
            p.drawText(cell.adjusted(unit, unit, -unit, -unit), Qt::AlignRight | Qt::AlignTop,
                scaleText(method.levels, level, language));
        }
        p.setPen(Qt::black);
        p.drawText(QRectF(0, top + r * cellHeight, left - 2 * unit, cellHeight), Qt::AlignRight | Qt::AlignVCenter,
            scaleText(method.impactLevels, impact, language));
    }
    for (int c = 0; c < columns; ++c)
        p.drawText(QRectF(left + c * cellWidth, top + rows * cellHeight + unit, cellWidth, 5 * unit), Qt::AlignCenter,
            scaleText(method.likelihoods, c, language));
    QFont axis = font;
    axis.setBold(true);
    p.setFont(axis);
    p.drawText(QRectF(left, top + rows * cellHeight + 6 * unit, columns * cellWidth, 6 * unit), Qt::AlignCenter,
        tr("Likelihood →"));
    p.save();
    p.translate(3 * unit, top + rows * cellHeight / 2);
    p.rotate(-90);
    p.drawText(QRectF(-rows * cellHeight / 2, -3 * unit, rows * cellHeight, 6 * unit), Qt::AlignCenter, tr("Impact →"));
    p.restore();

    // Risks: spread the markers of one cell so that they do not cover each other.
    QHash<QPair<int, int>, int> crowd;
    const auto place = [&](int impact, int likelihood) {
        const int n = crowd[{ impact, likelihood }]++;
        const int r = rows - 1 - std::clamp(impact, 0, rows - 1);
        const int c = std::clamp(likelihood, 0, columns - 1);
        const qreal step = 7 * unit;
        const int perRow = std::max(1, int((cellWidth - 2 * unit) / step));
        return QPointF(left + c * cellWidth + unit + step / 2 + (n % perRow) * step,
            top + r * cellHeight + cellHeight - unit - step / 2 - (n / perRow) * step * 0.9);
    };
    font.setPixelSize(int(2.6 * unit));
    p.setFont(font);
    const qreal radius = 2.6 * unit;
    for (int i = 0; i < risks.size(); ++i) {
        const RatedRisk& risk = risks.at(i);
        const QPointF before = place(risk.impact, risk.likelihood);
        const QPointF after = place(risk.targetImpact, risk.targetLikelihood); // where its measures are to take it
        const QString label = QString::number(i + 1);
        if (before != after) {
            p.setPen(QPen(QColor(0x33, 0x33, 0x33), unit * 0.35, Qt::DashLine));
            p.drawLine(before, after);
        }
        p.setPen(QPen(Qt::black, unit * 0.4));
        p.setBrush(Qt::white);
        p.drawEllipse(before, radius, radius);
        p.drawText(QRectF(before.x() - radius, before.y() - radius, 2 * radius, 2 * radius), Qt::AlignCenter, label);
        p.setBrush(QColor(0x1f, 0x38, 0x64));
        p.drawEllipse(after, radius, radius);
        p.setPen(Qt::white);
        p.drawText(QRectF(after.x() - radius, after.y() - radius, 2 * radius, 2 * radius), Qt::AlignCenter, label);
    }
    p.end();
    return image;
}

} // namespace piadesk
