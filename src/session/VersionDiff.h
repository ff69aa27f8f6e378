#pragma once

#include "core/Assessment.h"
#include "rules/RuleSet.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace piadesk {

/** One item that differs between two versions of an assessment: its label and both values as text. */
struct DiffRow
{
    QString group; ///< "facts", "organisation", a section id, "screening", "datamap", "risks", "measures", "signoff"
    QString label;
    QString before; ///< empty: absent in the earlier version
    QString after; ///< empty: absent in the later version
};

/**
 * What changed between two versions of an assessment, item by item, in the words the
 * officer reads (option texts, not keys): the case facts and organisation each version
 * assessed, every answer, justification and conclusion, risks and measures, sign-off.
 * The GUI shows it side by side when a case is re-assessed.
 */
class VersionDiff
{
    Q_DECLARE_TR_FUNCTIONS(piadesk::VersionDiff)
public:
    /**
     * The differences from \a before to \a after; \a beforeRecord and \a afterRecord are the
     * organisation and facts each assessed (a draft assesses the case as it now stands).
     */
    static QList<DiffRow> compare(const RuleSet& rules, const AssessmentVersion& before,
        const RecordSnapshot& beforeRecord, const AssessmentVersion& after, const RecordSnapshot& afterRecord,
        Language language);

    /** An answer's value as the officer reads it: option texts, dates, numbers, in \a language. */
    static QString answerText(const RuleSet& rules, const QString& questionId, const Answer* answer, Language language);
};

} // namespace piadesk
