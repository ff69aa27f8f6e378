#pragma once

#include "CaseFacts.h"

#include <QDateTime>

namespace piadesk {

/** One case: an application of facial recognition technology by one organisation. */
struct Case
{
    qint64 id = 0; ///< row id in the case file; 0 until stored
    QString uuid;
    qint64 organisationId = 0;
    CaseFacts facts;
    QString ruleSetId; ///< the rule set the case is assessed under (e.g. "cn-cac-frt-2023-draft")
    int revision = 0; ///< bumped on every stored change of the facts
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace piadesk
