#pragma once

#include "workflow/Workflow.h"

#include <QList>

namespace piadesk {

/**
 * The deadlines and standings of a case file, gathered a few cases at a time, so that a
 * window can show the register at once (CaseStore::listCases reads no case content) and
 * fill in risk, filing and deadlines as the scan goes, without freezing on a large file.
 */
class RegisterScan
{
public:
    RegisterScan(CaseStore& store, const RuleSetLibrary& library, const WorkCalendar& calendar,
        const DeadlineOptions& options, Language language, QList<qint64> caseIds);

    /** Scans up to \a count more cases; false once every case is scanned (or the store failed). */
    bool step(int count);
    bool isDone() const { return m_next >= m_ids.size() || !m_error.isEmpty(); }
    int done() const { return int(m_next); }
    int total() const { return int(m_ids.size()); }
    QString error() const { return m_error; }
    /** What was gathered, sorted: complete once isDone(). */
    DeadlineReport report() const;

private:
    CaseStore& m_store;
    const RuleSetLibrary& m_library;
    const WorkCalendar& m_calendar;
    DeadlineOptions m_options;
    Language m_language;
    QList<qint64> m_ids;
    qsizetype m_next = 0;
    DeadlineReport m_report;
    QString m_error;
};

} // namespace piadesk
