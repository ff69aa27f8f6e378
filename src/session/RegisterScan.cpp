#include "RegisterScan.h"

namespace piadesk {

RegisterScan::RegisterScan(CaseStore& store, const RuleSetLibrary& library, const WorkCalendar& calendar,
    const DeadlineOptions& options, Language language, int total)
    : m_store(store)
    , m_library(library)
    , m_calendar(calendar)
    , m_options(options)
    , m_language(language)
    , m_total(total)
{
    m_scope.urgentOnly = true;
    m_scope.standings = true;
    m_parts = FileDeadlines::headParts(library, m_scope);
}

bool RegisterScan::step(int count)
{
    if (isDone())
        return false;
    QList<CaseBundle> heads;
    if (!m_store.loadCaseHeads(m_after, count, m_parts, &heads)) {
        m_error = m_store.errorString();
        return false;
    }
    for (const CaseBundle& bundle : std::as_const(heads))
        FileDeadlines::addCase(m_library, m_calendar, m_options, m_language, m_scope, bundle, m_report);
    m_scanned += int(heads.size());
    if (heads.size() < count)
        m_done = true;
    else
        m_after = heads.constLast().caseInfo.id;
    return !isDone();
}

DeadlineReport RegisterScan::report() const
{
    DeadlineReport sorted = m_report;
    FileDeadlines::sort(sorted);
    return sorted;
}

} // namespace piadesk
