#include "Clock.h"

namespace piadesk {

namespace {
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

QDate Clock::today() const
{
    return now().toLocalTime().date();
}

const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}

FixedClock::FixedClock(const QDateTime& now)
    : m_now(now.toUTC())
    , m_today(now.toLocalTime().date())
{
}

FixedClock::FixedClock(QDate today)
    : m_now(QDateTime(today, QTime(12, 0), Qt::UTC))
    , m_today(today)
{
}

QDateTime FixedClock::now() const
{
    return m_now;
}

QDate FixedClock::today() const
{
    return m_today;
}

void FixedClock::setNow(const QDateTime& now)
{
    m_now = now.toUTC();
    m_today = now.toLocalTime().date();
}

} // namespace piadesk
