#pragma once

#include "core/CaseBundle.h"
#include "rules/LocalizedText.h"

#include <QCoreApplication>
#include <QStringList>

namespace piadesk {

/**
 * What has changed in the live case since a final version was finalized: the documents of that version show
 * its record, and say what no longer matches the case.
 */
class RecordChanges
{
    Q_DECLARE_TR_FUNCTIONS(piadesk::RecordChanges)
public:
    /**
     * The names of the facts and organisation fields where the live case differs from \a version's record, in
     * the language of the translator in force (a DocumentLanguage scope); empty for a draft, for a version
     * without record, and when nothing changed.
     */
    static QStringList changedFields(const CaseBundle& bundle, const AssessmentVersion& version);

    /**
     * What differs between the facts and organisation of two versions' records, one line per field in \a language:
     * "purposes: A → B". The handling person is the filing's, not the assessment's, and is left out.
     */
    static QStringList between(const AssessedOn& then, const AssessedOn& now, Language language);
};

} // namespace piadesk
