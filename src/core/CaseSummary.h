#pragma once

#include "core/Enums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace piadesk {

/**
 * A deadline as a case's digest keeps it: what does not depend on the day it is read. Its kind is the planner's
 * key ("initial_filing", "measure", …): the store keeps it without knowing what it means.
 */
struct DigestDeadline
{
    QString kind;
    int version = 0; ///< the assessment version it concerns, if any
    QDate due; ///< null: not scheduled yet
    bool estimated = false; ///< depends on a day beyond the holiday calendar's years
    QString subject; ///< for a measure: its description

    bool operator==(const DigestDeadline& other) const = default;
};

/**
 * What the rule set and the calendar make of a case, for the register and the dashboard: formed by the workflow
 * whenever the case changes and kept in the case file beside it (schema version 7). Dates only: whether a deadline
 * is overdue or due soon is decided on the day the digest is read.
 */
struct CaseDigest
{
    int overallRisk = -1; ///< the latest version's overall (residual) risk level; -1: no risk rated
    /** The first open filing deadline, or else the last filing made (its date the day it was made). */
    std::optional<DigestDeadline> filing;
    bool filingOpen = false; ///< filing is a deadline still open
    bool filingRequired = false; ///< no filing deadline, but the rules require a filing
    /** The soonest open deadline other than keeping a report (those close by themselves on their date). */
    std::optional<DigestDeadline> next;
    /** Each finalized version's retain-until date: (version number, date), soonest first (then by version). */
    QList<std::pair<int, QDate>> retention;
    /** Every open deadline other than keeping a report, for the dashboard (written, not read back by listCases). */
    QList<DigestDeadline> open;

    bool operator==(const CaseDigest& other) const = default;
};

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
    /** Unset when the case file holds no current digest of the case (read-only, or formed under other rules). */
    std::optional<CaseDigest> digest;
};

} // namespace piadesk
