// libFuzzer target: holiday calendar files (CalendarLoader::parse), as `--calendar FILE` and Settings → Holiday
// Calendar read them. A calendar that passes validation is also asked for working days across its years.

#include "calendar/CalendarLoader.h"

#include <QByteArray>
#include <QDate>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    piadesk::Problems problems;
    const std::optional<piadesk::WorkCalendar> calendar = piadesk::CalendarLoader::parse(json, problems);
    if (calendar.has_value() != problems.isEmpty())
        std::abort();
    if (!calendar)
        return 0;
    const QDate start(calendar->firstYear(), 1, 1);
    const piadesk::WorkdayCount count = calendar->addWorkingDays(start, 30);
    if (count.to <= start)
        std::abort(); // 30 working days always end after they start
    (void)calendar->addWorkingDays(QDate(calendar->lastYear(), 12, 1), 30); // runs past the covered years
    return 0;
}
