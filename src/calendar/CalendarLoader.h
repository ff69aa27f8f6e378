#pragma once

#include "WorkCalendar.h"

#include "core/Problems.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace piadesk {

/**
 * Reads and validates holiday calendar files: the format of shared/data/cn-holidays.json,
 * an object with "years" (the years the file covers, consecutive), "holidays" and
 * "workdays" (date → name of the holiday). A file is accepted only when whole: every
 * date real and within a listed year, no date both a holiday and a working day, every
 * make-up working day a Saturday or Sunday, and every year listed with its holidays.
 */
class CalendarLoader
{
    Q_DECLARE_TR_FUNCTIONS(piadesk::CalendarLoader)
public:
    /** Every year since 2000 has at least ten days of national statutory holidays. */
    static constexpr int kMinHolidaysPerYear = 10;
    static constexpr qint64 kMaxFileSize = 4 * 1024 * 1024;

    static std::optional<WorkCalendar> parse(const QByteArray& json, Problems& problems);
    /** Reads the file at \a path; \a error says why it was refused. */
    static std::optional<WorkCalendar> loadFile(const QString& path, QString* error);
};

/**
 * The calendar in effect: the built-in one (resources), or the newer one the user
 * loaded, which is kept as a copy in the user's data directory. Loading a file
 * that is invalid, or that covers fewer years than the calendar in effect, is
 * refused and changes nothing.
 */
class CalendarLibrary
{
    Q_DECLARE_TR_FUNCTIONS(piadesk::CalendarLibrary)
public:
    /** Uses the calendar kept in \a dataDirectory when there is a valid one; the built-in one otherwise. */
    explicit CalendarLibrary(const QString& dataDirectory);

    /** The calendar shipped with PIAdesk, loaded once by loadShipped(). */
    static WorkCalendar builtIn();
    /**
     * Loads the calendar shipped with PIAdesk (DataFiles: the installed file, else the copy
     * built into the program). An invalid installed file is reported with qWarning and the
     * built-in copy used instead. Aborts the program when there is no valid calendar.
     */
    static WorkCalendar loadShipped();
    /** The user's data directory (QStandardPaths::AppDataLocation). */
    static QString defaultDataDirectory();

    const WorkCalendar& calendar() const { return m_calendar; }
    /** Why the kept calendar file was not used (damaged, or older than the built-in one); empty otherwise. */
    QString warning() const { return m_warning; }
    /** Where a loaded calendar is kept. */
    QString keptFile() const;

    /**
     * Validates the calendar in \a path and, when it is valid and covers at least the
     * years of the calendar in effect, keeps a copy and uses it. Otherwise \a error
     * says why, and nothing changes.
     */
    bool install(const QString& path, QString* error);

private:
    QString m_directory;
    WorkCalendar m_calendar;
    QString m_warning;
};

} // namespace piadesk
