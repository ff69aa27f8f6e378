#include "RegisterScan.h"

namespace piadesk {

RegisterScan::RegisterScan(CaseStore& store, const RuleSetLibrary& library, const WorkCalendar& calendar,
    const DeadlineOptions& options, Language language, QList<qint64> caseIds)
    : m_store(store)
    , m_library(library)
    , m_calendar(calendar)
    , m_options(options)
    , m_language(language)
    , m_ids(std::move(caseIds))
{
}

bool RegisterScan::step(int count)
{
    for (int i = 0; i < count && !isDone(); ++i) {
        if (!Workflow::addCase(
                m_store, m_library, m_calendar, m_options, m_language, false, m_ids.at(m_next), m_report, &m_error))
            return false;
        ++m_next;
    }
    return !isDone();
}

DeadlineReport RegisterScan::report() const
{
    DeadlineReport sorted = m_report;
    Workflow::sort(sorted);
    return sorted;
}

} // namespace piadesk
