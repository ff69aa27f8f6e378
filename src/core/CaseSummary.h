#pragma once

#include "core/Enums.h"

#include <QDateTime>
#include <QString>

namespace piadesk {

/** One row of the case register: what the list shows, read without loading the case's content. */
struct CaseSummary
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString organisation;
    QString ruleSetId; ///< the rule set the case is assessed under
    CaseStatus status = CaseStatus::Planned;
    bool publicPlace = false;
    qint64 storedPeople = 0;
    int versions = 0;
    int latestVersion = 0; ///< 0 when the case has no assessment yet
    AssessmentState latestState = AssessmentState::Draft;
    QDateTime updatedAt;
};

} // namespace piadesk
