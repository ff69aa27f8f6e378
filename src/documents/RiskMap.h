#pragma once

#include "rules/Engine.h"
#include "rules/LocalizedText.h"
#include "rules/RuleSet.h"

#include <QCoreApplication>
#include <QImage>

namespace piadesk {

/**
 * The risk map of a report: the rule set's impact × likelihood grid, each cell in the
 * colour of its risk level, and each risk's number placed where it stands before its
 * measures (a ring) and after them (a filled disc), joined by an arrow.
 */
class RiskMap
{
    Q_DECLARE_TR_FUNCTIONS(piadesk::RiskMap)
public:
    /** The picture, \a width pixels wide, with the scales' names in \a language (call inside a DocumentLanguage). */
    static QImage paint(const RiskMethod& method, const QList<RatedRisk>& risks, Language language, int width);

    /** The colour of risk level \a level of \a levels (green to red). */
    static QColor levelColour(int level, int levels);
};

} // namespace piadesk
