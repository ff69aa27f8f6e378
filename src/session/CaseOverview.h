#pragma once

#include "core/CaseBundle.h"
#include "deadlines/DeadlinePlanner.h"
#include "rules/Engine.h"
#include "session/VersionDiff.h"

#include <QCoreApplication>

namespace piadesk {

class CaseStore;
class RuleSetLibrary;
class WorkCalendar;

/**
 * A case at a glance, for the case view beside the register: its versions, what stands against its latest
 * version (flags, completeness, risk), its filing obligation and filings, its open deadlines with how each was
 * counted, the open measures of the action plan and the retention of its finalized versions. Read from the store
 * in one go; no widgets.
 */
class CaseOverview
{
    Q_DECLARE_TR_FUNCTIONS(piadesk::CaseOverview)
public:
    struct Version
    {
        int number = 0;
        TriggerKind trigger = TriggerKind::Initial;
        QDate triggerDate;
        AssessmentState state = AssessmentState::Draft;
        QDate finalizedOn; ///< local date; null while a draft
        QDate retainUntil;
        QString contentHash;
        QString ruleSet; ///< "id version" it was finalized under; empty for a draft
    };
    struct OpenDeadline
    {
        Deadline deadline;
        QString explanation; ///< how it was counted, in the document language asked for
    };

    /** Reads case \a caseId; false with \a error when it cannot be read or its rule set is unknown. */
    static bool load(CaseStore& store, const RuleSetLibrary& library, const WorkCalendar& calendar,
        const DeadlineOptions& options, qint64 caseId, Language language, CaseOverview* out, QString* error);

    CaseBundle bundle;
    const RuleSet* rules = nullptr;
    QList<Version> versions; ///< oldest first
    /** The check of the latest version (draft or final), as today's rules see it. */
    CheckResult latest;
    /** Whether the case must be filed, on the facts as they stand (also before any version exists). */
    FilingObligation filing;
    int latestNumber = 0;
    bool latestIsDraft = false;
    QList<OpenDeadline> deadlines; ///< open ones, soonest first
    QList<Measure> openMeasures; ///< of the latest version: neither done nor dropped

    /** What differs between versions \a before and \a after (numbers), each with the facts it recorded (a draft:
     *  the case as it stands); empty when either is not a version of the case. */
    QList<DiffRow> compare(int before, int after, Language language) const;
    const AssessmentVersion* version(int number) const;
};

} // namespace piadesk
