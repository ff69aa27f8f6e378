#pragma once

#include "rules/Engine.h"
#include "rules/RuleSetLibrary.h"

#include "core/CaseBundle.h"
#include "store/CaseStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace piadesk {

class CaseStore;

/**
 * What the CLI and the GUI do to a case through the rule set: find the rule set a
 * case is assessed under, check a version, finalize it. Joins the store and the
 * engine; neither depends on the other.
 */
namespace Workflow {

/** The rule set \a c is assessed under, or nullptr with \a error when PIAdesk does not have it. */
const RuleSet* ruleSetFor(const RuleSetLibrary& library, const Case& c, QString* error);
/**
 * The rule set \a version is read under: the one it was finalized with when PIAdesk has it, else (a draft, or
 * a rule set since withdrawn) the one the case is assessed under.
 */
const RuleSet* ruleSetFor(
    const RuleSetLibrary& library, const Case& c, const AssessmentVersion& version, QString* error);

/** What Workflow::reassess made. */
struct Reassessment
{
    AssessmentVersion version;
    const RuleSet* ruleSet = nullptr; ///< the rule set the new version is assessed under
    QStringList carried; ///< questions whose answers carried over (a change of rule set)
    QStringList open; ///< questions of the new rule set left open (a change of rule set)
};
/**
 * Starts a new version of case \a caseId, triggered by \a trigger on \a date. With \a ruleSetId other than
 * the case's (trigger legal_basis_changed), the case moves to that rule set: the answers to the questions it
 * shares with the old one carry over where it accepts them, the rest are open; conclusions, notes on flags and
 * the acceptance of the residual risk are made again. Earlier versions never change.
 */
bool reassess(CaseStore& store, const RuleSetLibrary& library, qint64 caseId, TriggerKind trigger, const QDate& date,
    const QString& description, const QString& ruleSetId, Reassessment* outcome, QString* error);

/** The version numbered \a number (0: the latest) of \a bundle, or nullptr. */
const AssessmentVersion* version(const CaseBundle& bundle, int number);

/**
 * Names the assessor and reviewer (when given), then finalizes the version with the
 * engine's verdict checked inside the store's write transaction. Refused, with
 * every reason, when the engine says no.
 */
bool finalize(CaseStore& store, const RuleSetLibrary& library, qint64 assessmentId, const QString& assessor,
    const QString& reviewer, QString* error);

/** The check of one version, on the facts it was assessed on (CaseBundle::assessedOn). */
CheckResult check(const RuleSet& rules, const CaseBundle& bundle, const AssessmentVersion& version);
/**
 * \a result as the stable JSON of `piadesk-cli check --json` (docs/rule-set.md): filing obligation, red
 * flags, adverse findings, consistency of the conclusions, completeness, risks, re-assessment scope and
 * whether it can be finalized.
 */
QJsonObject checkJson(const RuleSet& rules, const CaseBundle& bundle, const AssessmentVersion& version,
    const CheckResult& result, Language language);

QString gapKindKey(Gap::Kind kind);
QString inconsistencyKindKey(Inconsistency::Kind kind);

} // namespace Workflow
} // namespace piadesk
