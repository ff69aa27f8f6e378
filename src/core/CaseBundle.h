#pragma once

#include "Assessment.h"
#include "Attachment.h"
#include "Case.h"
#include "FilingRecord.h"
#include "Organisation.h"

#include <QList>

namespace piadesk {

/** A whole case with everything that belongs to it: what is exported, imported and opened together. */
struct CaseBundle
{
    Organisation organisation;
    Case caseInfo;
    QList<AssessmentVersion> assessments; ///< by version number
    QList<FilingRecord> filings; ///< by creation
    QList<Attachment> attachments; ///< by creation; data loaded only when asked for

    const AssessmentVersion* latestFinal() const
    {
        for (auto it = assessments.crbegin(); it != assessments.crend(); ++it) {
            if (it->isFinal())
                return &*it;
        }
        return nullptr;
    }
};

} // namespace piadesk
