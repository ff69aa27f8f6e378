#pragma once

#include "Assessment.h"
#include "Attachment.h"
#include "Case.h"
#include "FilingRecord.h"
#include "Organisation.h"

#include <QList>

namespace piadesk {

/** The organisation and case facts one version was assessed on. */
struct AssessedOn
{
    const Organisation& organisation;
    const CaseFacts& facts;
    bool recorded = false; ///< read from the version's record (final versions); else the live case (drafts)
};

/** A whole case with everything that belongs to it: what is exported, imported and opened together. */
struct CaseBundle
{
    Organisation organisation;
    Case caseInfo;
    QList<AssessmentVersion> assessments; ///< by version number
    QList<FilingRecord> filings; ///< by creation
    QList<Attachment> attachments; ///< by creation; data loaded only when asked for

    /**
     * The facts and organisation \a version was assessed on: a final version's record, forever; the live case
     * for a draft (and for a final version from before records were kept, which has none).
     */
    AssessedOn assessedOn(const AssessmentVersion& version) const
    {
        if (version.isFinal() && version.record)
            return { version.record->organisation, version.record->facts, true };
        return { organisation, caseInfo.facts, false };
    }

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
