#pragma once

#include "workflow/FileDeadlines.h"
#include "workflow/Workflow.h"

namespace piadesk {

/**
 * The deadlines and standings of a case file, gathered a few hundred cases at a time with
 * CaseStore::loadCaseHeads (no case content), so that a window can show the register at once
 * (CaseStore::listCases) and fill in risk, filing and deadlines as the scan goes, without freezing
 * on a large file. Keeps only the deadlines the dashboard shows: overdue, due soon and unscheduled.
 */
class RegisterScan
{
public:
    RegisterScan(CaseStore& store, const RuleSetLibrary& library, const WorkCalendar& calendar,
        const DeadlineOptions& options, Language language, int total);

    /** Scans up to \a count more cases; false once every case is scanned (or the store failed). */
    bool step(int count);
    bool isDone() const { return m_done || !m_error.isEmpty(); }
    int done() const { return m_scanned; }
    int total() const { return m_total; }
    QString error() const { return m_error; }
    /** What was gathered, sorted: complete once isDone(). */
    DeadlineReport report() const;

private:
    CaseStore& m_store;
    const RuleSetLibrary& m_library;
    const WorkCalendar& m_calendar;
    DeadlineOptions m_options;
    Language m_language;
    DeadlineScope m_scope;
    CaseStore::HeadParts m_parts;
    int m_total = 0;
    int m_scanned = 0;
    qint64 m_after = 0;
    bool m_done = false;
    DeadlineReport m_report;
    QString m_error;
};

} // namespace piadesk
