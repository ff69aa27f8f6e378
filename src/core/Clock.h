#pragma once

#include <QDate>
#include <QDateTime>

namespace piadesk {

/**
 * The seam through which all core code reads the time. Production code uses
 * Clock::system(); tests and the CLI's --today option use a FixedClock so
 * deadlines and retention can be checked on any date.
 */
class Clock
{
public:
    virtual ~Clock() = default;

    /** The current instant, in UTC. */
    virtual QDateTime now() const = 0;

    /** Today's date in the user's local time zone. */
    virtual QDate today() const;

    /** The clock that reads the system time. */
    static const Clock& system();
};

/** A clock that stands still at a given instant. */
class FixedClock : public Clock
{
public:
    explicit FixedClock(const QDateTime& now);
    explicit FixedClock(QDate today);

    QDateTime now() const override;
    QDate today() const override;

    void setNow(const QDateTime& now);

private:
    QDateTime m_now;
    QDate m_today;
};

} // namespace piadesk
