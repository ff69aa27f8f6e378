#pragma once

#include "rules/Engine.h"
#include "rules/RuleSet.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QStringList>

namespace piadesk {

/**
 * The risk map of a report: the rule set's impact × likelihood grid twice, before the measures and after them
 * (their target), each cell in the colour of its risk level. Each risk's number sits in its cell, the numbers of a
 * cell laid out in a grid sized so that the most crowded cell holds them all. The two panels stand side by side, or one above the other (larger
 * cells) when the picture is narrow or a cell would not hold its numbers at a legible size; a cell too crowded even
 * then shows how many risks it holds, and the numbers are listed under the map. No arrows: the two panels show
 * where each risk goes.
 */
class RiskMap
{
    Q_DECLARE_TR_FUNCTIONS(piadesk::RiskMap)
public:
    /** Where everything is drawn, in the picture's pixels. */
    struct Layout
    {
        struct Marker
        {
            int risk = 0; ///< index into the risks
            int panel = 0; ///< 0 before the measures, 1 after
            QRectF box; ///< the marker's circle's bounding box
            QRectF cell; ///< the cell it belongs in
        };
        struct Crowd
        {
            int panel = 0;
            int impact = 0;
            int likelihood = 0;
            QList<int> risks; ///< indexes into the risks
            QRectF cell;
        };
        QSize size;
        QRectF panels[2];
        QRectF grids[2]; ///< the cells of each panel
        int rows = 1; ///< impacts, the highest at the top
        int columns = 1; ///< likelihoods, the lowest at the left

        /** The cell of \a impact and \a likelihood in \a panel. */
        QRectF cell(int panel, int impact, int likelihood) const
        {
            const QRectF& grid = grids[panel];
            const qreal w = grid.width() / columns;
            const qreal h = grid.height() / rows;
            return QRectF(grid.left() + likelihood * w, grid.top() + (rows - 1 - impact) * h, w, h);
        }
        QList<Marker> markers;
        QList<Crowd> crowds; ///< cells that show a count, their numbers listed under the map
        qreal markerDiameter = 0;
        bool sideBySide = true; ///< the panels beside each other; else one above the other, with larger cells
    };

    static Layout layout(const RiskMethod& method, const QList<RatedRisk>& risks, int width);

    /** The picture, \a width pixels wide, with the scales' names in \a language (call inside a DocumentLanguage). */
    static QImage paint(const RiskMethod& method, const QList<RatedRisk>& risks, Language language, int width);

    /** The colour of risk level \a level of \a levels (green to red). */
    static QColor levelColour(int level, int levels);
};

} // namespace piadesk
