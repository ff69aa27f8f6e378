#include "CalendarLoader.h"

#include "core/DataFiles.h"
#include "core/FieldRules.h"
#include "core/JsonReader.h"
#include "core/LocalFiles.h"
#include "core/ModelJson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>

namespace piadesk {

namespace {

constexpr int kMaxNameLength = 100;

/** Reads the dates of the object \a value (date → holiday name) into \a dates. */
void readDates(const QJsonValue& value, const QString& key, int firstYear, int lastYear, QHash<QDate, QString>& dates,
    Problems& problems)
{
    if (value.isUndefined())
        return;
    if (!value.isObject()) {
        problems.add(
            key, CalendarLoader::tr("must be an object of dates and holiday names, not %1.").arg(jsonTypeName(value)));
        return;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString path = key + QLatin1Char('.') + it.key().left(40);
        const QDate date = ModelJson::parseDate(it.key());
        if (!date.isValid()) {
            problems.add(path, CalendarLoader::tr("is not a real date (YYYY-MM-DD)."));
            continue;
        }
        if (firstYear && (date.year() < firstYear || date.year() > lastYear)) {
            problems.add(path, CalendarLoader::tr("lies in %1, a year that \"years\" does not list.").arg(date.year()));
            continue;
        }
        const QString name = it.value().toString().trimmed();
        if (!it.value().isString() || name.isEmpty() || name.size() > kMaxNameLength
            || !FieldRules::textProblem(name, kMaxNameLength).isEmpty()) {
            problems.add(path,
                CalendarLoader::tr("must name its holiday in one line of at most %1 characters.").arg(kMaxNameLength));
            continue;
        }
        dates.insert(date, name);
    }
}

bool readFile(const QString& path, QByteArray* bytes, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = CalendarLoader::tr("Cannot read the holiday calendar %1: %2.").arg(path, file.errorString());
        return false;
    }
    if (file.size() > CalendarLoader::kMaxFileSize) {
        if (error)
            *error = CalendarLoader::tr("The file %1 is larger than 4 MB; it is not a holiday calendar.").arg(path);
        return false;
    }
    *bytes = file.readAll();
    return true;
}

std::optional<WorkCalendar> parseFile(const QString& path, const QByteArray& bytes, QString* error)
{
    Problems problems;
    auto calendar = CalendarLoader::parse(bytes, problems);
    if (!calendar) {
        if (error)
            *error = CalendarLoader::tr("The holiday calendar %1 was refused:\n%2").arg(path, problems.toString());
        return std::nullopt;
    }
    calendar->setOrigin(path);
    return calendar;
}

} // namespace

std::optional<WorkCalendar> CalendarLoader::parse(const QByteArray& json, Problems& problems)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        problems.add(QString(),
            tr("the file is not valid JSON (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        problems.add(QString(), tr("the file does not hold a JSON object."));
        return std::nullopt;
    }

    QString source;
    QJsonValue yearsValue;
    QJsonValue holidaysValue;
    QJsonValue workdaysValue;
    {
        JsonReader reader(document.object(), QString(), problems);
        source = reader.text("source", FieldRules::kShortText * 4);
        reader.text("description", FieldRules::kShortText * 4);
        yearsValue = reader.value("years", true);
        holidaysValue = reader.value("holidays", true);
        workdaysValue = reader.value("workdays", true);
    }

    // The years: consecutive, ascending, each once.
    int firstYear = 0;
    int lastYear = 0;
    if (!yearsValue.isUndefined()) {
        const QJsonArray years = yearsValue.toArray();
        bool ok = yearsValue.isArray() && !years.isEmpty() && years.size() <= FieldRules::kMaxYear;
        for (qsizetype i = 0; ok && i < years.size(); ++i) {
            const double y = years.at(i).toDouble(-1);
            ok = years.at(i).isDouble() && y == std::floor(y) && y >= FieldRules::kMinYear && y <= FieldRules::kMaxYear
                && (i == 0 || int(y) == firstYear + int(i));
            if (ok && i == 0)
                firstYear = int(y); // only once it is known to be a year: a double such as 1e300 is no int
        }
        if (ok) {
            lastYear = firstYear + int(years.size()) - 1;
        } else {
            problems.add(QStringLiteral("years"),
                tr("must list the years the file covers, consecutive and in ascending order (e.g. [2025, 2026]), "
                   "from %1 to %2.")
                    .arg(FieldRules::kMinYear)
                    .arg(FieldRules::kMaxYear));
            firstYear = 0;
        }
    }

    QHash<QDate, QString> holidays;
    QHash<QDate, QString> workdays;
    readDates(holidaysValue, QStringLiteral("holidays"), firstYear, lastYear, holidays, problems);
    readDates(workdaysValue, QStringLiteral("workdays"), firstYear, lastYear, workdays, problems);

    QList<QDate> makeUpDays = workdays.keys();
    std::sort(makeUpDays.begin(), makeUpDays.end());
    for (const QDate& date : makeUpDays) {
        const QString path = QStringLiteral("workdays.") + date.toString(Qt::ISODate);
        if (holidays.contains(date))
            problems.add(path, tr("is listed as a holiday too; a day is either a holiday or a working day."));
        else if (date.dayOfWeek() < Qt::Saturday)
            problems.add(path,
                tr("is a Monday to Friday; a make-up working day is a Saturday or Sunday declared a working day."));
    }

    if (firstYear) {
        QHash<int, int> perYear;
        for (auto it = holidays.constBegin(); it != holidays.constEnd(); ++it)
            ++perYear[it.key().year()];
        for (int year = firstYear; year <= lastYear; ++year) {
            if (perYear.value(year) < kMinHolidaysPerYear)
                problems.add(QStringLiteral("holidays"),
                    tr("lists %1 days off in %2; a year with all its holidays has at least %3. The file is "
                       "incomplete.")
                        .arg(perYear.value(year))
                        .arg(year)
                        .arg(kMinHolidaysPerYear));
        }
    }

    if (!problems.isEmpty())
        return std::nullopt;
    WorkCalendar calendar(firstYear, lastYear, holidays, workdays);
    calendar.setSource(source);
    return calendar;
}

std::optional<WorkCalendar> CalendarLoader::loadFile(const QString& path, QString* error)
{
    QByteArray bytes;
    if (!readFile(path, &bytes, error))
        return std::nullopt;
    return parseFile(path, bytes, error);
}

CalendarLibrary::CalendarLibrary(const QString& dataDirectory)
    : m_directory(dataDirectory)
    , m_calendar(builtIn())
{
    const QString kept = keptFile();
    if (kept.isEmpty() || !QFile::exists(kept))
        return;
    QString error;
    auto calendar = CalendarLoader::loadFile(kept, &error);
    if (!calendar) {
        m_warning = tr("The holiday calendar kept in %1 cannot be used, so the built-in one (%2–%3) is used. %4")
                        .arg(kept)
                        .arg(m_calendar.firstYear())
                        .arg(m_calendar.lastYear())
                        .arg(error);
        return;
    }
    if (calendar->lastYear() < m_calendar.lastYear()) {
        m_warning = tr("The holiday calendar kept in %1 ends in %2, before the built-in one (%3), so the built-in one "
                       "is used.")
                        .arg(kept)
                        .arg(calendar->lastYear())
                        .arg(m_calendar.lastYear());
        return;
    }
    m_calendar = std::move(*calendar);
}

WorkCalendar CalendarLibrary::builtIn()
{
    static const WorkCalendar calendar = loadShipped();
    return calendar;
}

WorkCalendar CalendarLibrary::loadShipped()
{
    QString error;
    auto loaded = DataFiles::load(QStringLiteral("calendar/cn-holidays.json"), &CalendarLoader::loadFile, &error);
    if (!loaded)
        qFatal(
            "%s", qPrintable(tr("PIAdesk's holiday calendar is missing or invalid: %1 Reinstall PIAdesk.").arg(error)));
    // The calendar PIAdesk ships has no origin; one the user loaded names where it is kept.
    loaded->setOrigin(QString());
    return *loaded;
}

QString CalendarLibrary::defaultDataDirectory()
{
    // Independent of the application name, so the GUI and the CLI share it.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/piadesk");
}

QString CalendarLibrary::keptFile() const
{
    return m_directory.isEmpty() ? QString() : m_directory + QStringLiteral("/calendar/cn-holidays.json");
}

bool CalendarLibrary::install(const QString& path, QString* error)
{
    QByteArray bytes;
    if (!readFile(path, &bytes, error))
        return false;
    auto calendar = parseFile(path, bytes, error);
    if (!calendar)
        return false;
    if (calendar->firstYear() > m_calendar.firstYear() || calendar->lastYear() < m_calendar.lastYear()) {
        if (error)
            *error = tr("The holiday calendar %1 covers %2–%3; it must cover at least the years of the calendar in "
                        "use (%4–%5). Nothing was changed.")
                         .arg(path)
                         .arg(calendar->firstYear())
                         .arg(calendar->lastYear())
                         .arg(m_calendar.firstYear())
                         .arg(m_calendar.lastYear());
        return false;
    }
    const QString kept = keptFile();
    if (kept.isEmpty()) {
        if (error)
            *error = tr("There is no data directory to keep the holiday calendar in.");
        return false;
    }
    QSaveFile file(kept);
    // The data folder is the user's alone, and so is the calendar kept in it.
    if (!LocalFiles::makePrivateFolder(m_directory) || !LocalFiles::makePrivateFolder(QFileInfo(kept).absolutePath())
        || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()
        || !QFile::setPermissions(kept, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (error)
            *error
                = tr("Cannot keep the holiday calendar in %1: %2. Nothing was changed.").arg(kept, file.errorString());
        return false;
    }
    calendar->setOrigin(kept);
    m_calendar = std::move(*calendar);
    m_warning.clear();
    return true;
}

} // namespace piadesk
