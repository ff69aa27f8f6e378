#include "calendar/CalendarLoader.h"
#include "calendar/WorkCalendar.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace piadesk;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

QJsonObject builtInJson()
{
    QFile file(QStringLiteral(":/piadesk/calendar/cn-holidays.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/** The built-in data plus a made-up 2027 (a test fixture, not a real arrangement). */
QJsonObject with2027()
{
    QJsonObject o = builtInJson();
    QJsonArray years = o.value(QStringLiteral("years")).toArray();
    years.append(2027);
    o.insert(QStringLiteral("years"), years);
    QJsonObject holidays = o.value(QStringLiteral("holidays")).toObject();
    for (const char* day : { "2027-01-01", "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11",
             "2027-04-05", "2027-05-03", "2027-06-09", "2027-09-15", "2027-10-01", "2027-10-04" })
        holidays.insert(QLatin1String(day), QStringLiteral("Test Holiday"));
    o.insert(QStringLiteral("holidays"), holidays);
    QJsonObject workdays = o.value(QStringLiteral("workdays")).toObject();
    workdays.insert(QStringLiteral("2027-02-13"), QStringLiteral("Test Holiday"));
    o.insert(QStringLiteral("workdays"), workdays);
    o.insert(QStringLiteral("source"), QStringLiteral("PIAdesk test fixture: 2027 is invented"));
    return o;
}

QByteArray bytes(const QJsonObject& o)
{
    return QJsonDocument(o).toJson();
}

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

} // namespace

class TestCalendar : public QObject
{
    Q_OBJECT

private:
    WorkCalendar m_calendar = CalendarLibrary::builtIn();

private Q_SLOTS:
    void builtInCoversTheSharedData()
    {
        QCOMPARE(m_calendar.firstYear(), 2004);
        QCOMPARE(m_calendar.lastYear(), 2026);
        QVERIFY(m_calendar.origin().isEmpty());
        QVERIFY(m_calendar.source().contains(QLatin1String("chinese-calendar")));
        const QJsonObject raw = builtInJson();
        QCOMPARE(m_calendar.holidayCount(), raw.value(QStringLiteral("holidays")).toObject().size());
        QCOMPARE(m_calendar.makeUpDayCount(), raw.value(QStringLiteral("workdays")).toObject().size());
    }

    void dayInfo_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("working");
        QTest::addColumn<QString>("holiday");
        QTest::addColumn<bool>("estimated");
        // 2024 Spring Festival: 10–17 February off; Sunday 4 and Sunday 18 February worked.
        QTest::newRow("2024 make-up Sunday before")
            << d("2024-02-04") << int(DayKind::MakeUpWorkday) << true << QStringLiteral("Spring Festival") << false;
        QTest::newRow("2024 Spring Festival eve")
            << d("2024-02-09") << int(DayKind::Weekday) << true << QString() << false;
        QTest::newRow("2024 Spring Festival")
            << d("2024-02-12") << int(DayKind::Holiday) << false << QStringLiteral("Spring Festival") << false;
        QTest::newRow("2024 make-up Sunday after")
            << d("2024-02-18") << int(DayKind::MakeUpWorkday) << true << QStringLiteral("Spring Festival") << false;
        // 2024 National Day: 1–7 October off; Sunday 29 September and Saturday 12 October worked.
        QTest::newRow("2024 National Day")
            << d("2024-10-07") << int(DayKind::Holiday) << false << QStringLiteral("National Day") << false;
        QTest::newRow("2024 make-up Saturday")
            << d("2024-10-12") << int(DayKind::MakeUpWorkday) << true << QStringLiteral("National Day") << false;
        // 2025 Spring Festival: 28 January to 4 February off; Sunday 26 January and Saturday 8 February worked.
        QTest::newRow("2025 make-up Sunday")
            << d("2025-01-26") << int(DayKind::MakeUpWorkday) << true << QStringLiteral("Spring Festival") << false;
        QTest::newRow("2025 Spring Festival")
            << d("2025-02-04") << int(DayKind::Holiday) << false << QStringLiteral("Spring Festival") << false;
        QTest::newRow("2025 make-up Saturday")
            << d("2025-02-08") << int(DayKind::MakeUpWorkday) << true << QStringLiteral("Spring Festival") << false;
        // 2025 National Day and Mid-autumn: 1–8 October off; Sunday 28 September and Saturday 11 October worked.
        QTest::newRow("2025 Mid-autumn in National Day")
            << d("2025-10-06") << int(DayKind::Holiday) << false << QStringLiteral("Mid-autumn Festival") << false;
        QTest::newRow("2025 make-up Saturday")
            << d("2025-10-11") << int(DayKind::MakeUpWorkday) << true << QStringLiteral("National Day") << false;
        QTest::newRow("plain Saturday") << d("2025-10-18") << int(DayKind::Weekend) << false << QString() << false;
        QTest::newRow("plain Monday") << d("2025-10-13") << int(DayKind::Weekday) << true << QString() << false;
        // Beyond the data: weekends alone, and said so.
        QTest::newRow("2027 New Year guessed as working")
            << d("2027-01-01") << int(DayKind::Weekday) << true << QString() << true;
        QTest::newRow("2027 Saturday") << d("2027-01-02") << int(DayKind::Weekend) << false << QString() << true;
        QTest::newRow("before the data") << d("2003-10-01") << int(DayKind::Weekday) << true << QString() << true;
    }

    void dayInfo()
    {
        QFETCH(QDate, date);
        QFETCH(int, kind);
        QFETCH(bool, working);
        QFETCH(QString, holiday);
        QFETCH(bool, estimated);
        const DayInfo info = m_calendar.info(date);
        QCOMPARE(int(info.kind), kind);
        QCOMPARE(info.working, working);
        QCOMPARE(m_calendar.isWorkingDay(date), working);
        QCOMPARE(info.holiday, holiday);
        QCOMPARE(info.estimated, estimated);
    }

    void addWorkingDays_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("n");
        QTest::addColumn<QDate>("expected");
        QTest::addColumn<bool>("estimated");
        // DOMAIN.md's example: Friday 2025-09-26; day 1 is the make-up Sunday 28 September, day 4 is 9 October.
        QTest::newRow("domain day 1") << d("2025-09-26") << 1 << d("2025-09-28") << false;
        QTest::newRow("domain day 2") << d("2025-09-26") << 2 << d("2025-09-29") << false;
        QTest::newRow("domain day 3") << d("2025-09-26") << 3 << d("2025-09-30") << false;
        QTest::newRow("domain day 4") << d("2025-09-26") << 4 << d("2025-10-09") << false;
        QTest::newRow("2025 National Day 30") << d("2025-09-26") << 30 << d("2025-11-13") << false;
        QTest::newRow("zero is the day itself") << d("2025-10-03") << 0 << d("2025-10-03") << false;
        // 2024 Spring Festival: from Thursday 8 February, the next working days are 9, 18 (make-up Sunday), 19.
        QTest::newRow("2024 Spring Festival 1") << d("2024-02-08") << 1 << d("2024-02-09") << false;
        QTest::newRow("2024 Spring Festival 2") << d("2024-02-08") << 2 << d("2024-02-18") << false;
        QTest::newRow("2024 Spring Festival 3") << d("2024-02-08") << 3 << d("2024-02-19") << false;
        // 2025 Spring Festival: from Friday 24 January: Sunday 26 (make-up), Monday 27, then 5 February.
        QTest::newRow("2025 Spring Festival 1") << d("2025-01-24") << 1 << d("2025-01-26") << false;
        QTest::newRow("2025 Spring Festival 3") << d("2025-01-24") << 3 << d("2025-02-05") << false;
        QTest::newRow("2025 Spring Festival 6") << d("2025-01-24") << 6 << d("2025-02-08") << false;
        // 2024 National Day: from Friday 27 September: Sunday 29 (make-up), Monday 30, then 8 October.
        QTest::newRow("2024 National Day 3") << d("2024-09-27") << 3 << d("2024-10-08") << false;
        // A trigger on a holiday: the count starts the next day all the same.
        QTest::newRow("trigger on a holiday") << d("2025-10-03") << 1 << d("2025-10-09") << false;
        // A trigger on a make-up working day: that day is not counted either.
        QTest::newRow("trigger on a make-up day") << d("2025-09-28") << 1 << d("2025-09-29") << false;
        // Across New Year into 2027, which the data does not have: weekends alone, flagged.
        QTest::newRow("into 2027") << d("2026-12-25") << 30 << d("2027-02-05") << true;
        QTest::newRow("end of 2026 stays known") << d("2026-12-28") << 3 << d("2026-12-31") << false;
    }

    void addWorkingDays()
    {
        QFETCH(QDate, from);
        QFETCH(int, n);
        QFETCH(QDate, expected);
        QFETCH(bool, estimated);
        const WorkdayCount count = m_calendar.addWorkingDays(from, n);
        QCOMPARE(count.to, expected);
        QCOMPARE(count.workingDays, n);
        QCOMPARE(count.estimated, estimated);
        // The two directions agree.
        const WorkdayCount back = m_calendar.workingDaysBetween(from, expected);
        QCOMPARE(back.workingDays, n);
        QCOMPARE(m_calendar.workingDaysBetween(expected, from).workingDays, -n);
    }

    void countSaysWhatWasSkipped()
    {
        const WorkdayCount count = m_calendar.addWorkingDays(d("2025-09-26"), 4);
        QCOMPARE(count.weekendDays, 1); // Saturday 27 September
        QCOMPARE(count.holidays, 6); // 1–3 and 6–8 October
        QCOMPARE(count.holidayWeekendDays, 2); // 4–5 October
        QCOMPARE(count.makeUpDays, 1); // Sunday 28 September
        QCOMPARE(
            count.holidayNames, QStringList({ QStringLiteral("National Day"), QStringLiteral("Mid-autumn Festival") }));
        const QString text = WorkCalendar::describe(count);
        QVERIFY2(text.contains(QLatin1String("National Day")), qPrintable(text));
    }

    void refusesWhatCannotBeCounted()
    {
        QVERIFY(!m_calendar.addWorkingDays(QDate(), 3).isValid());
        QVERIFY(!m_calendar.addWorkingDays(d("2025-01-01"), -1).isValid());
        QVERIFY(!m_calendar.workingDaysBetween(d("2025-01-01"), QDate()).isValid());
        QVERIFY(!m_calendar.info(QDate(2025, 2, 30)).working);
    }

    void emptyCalendarCountsWeekendsOnly()
    {
        const WorkCalendar none;
        const WorkdayCount count = none.addWorkingDays(d("2025-09-26"), 4);
        QCOMPARE(count.to, d("2025-10-02"));
        QVERIFY(count.estimated);
    }

    void acceptsANewerCalendar()
    {
        Problems problems;
        const auto calendar = CalendarLoader::parse(bytes(with2027()), problems);
        QVERIFY2(calendar, qPrintable(problems.toString()));
        QCOMPARE(calendar->lastYear(), 2027);
        QVERIFY(!calendar->info(d("2027-01-01")).working);
        QVERIFY(!calendar->info(d("2027-01-01")).estimated);
        QVERIFY(calendar->info(d("2027-02-13")).working);
    }

    void countInConstantTimeAgreesWithCountingDayByDay()
    {
        // Random pairs inside, across and beyond the calendar's years, both ways, on a full and an empty calendar.
        QRandomGenerator random(20261123);
        const WorkCalendar empty;
        const qint64 first = QDate(1995, 1, 1).toJulianDay();
        const qint64 last = QDate(2040, 12, 31).toJulianDay();
        for (int i = 0; i < 4000; ++i) {
            const QDate from = QDate::fromJulianDay(first + qint64(random.bounded(quint32(last - first))));
            const QDate to = i % 4 == 0 ? from.addDays(qint64(random.bounded(60u)) - 30)
                                        : QDate::fromJulianDay(first + qint64(random.bounded(quint32(last - first))));
            for (const WorkCalendar* calendar : std::initializer_list<const WorkCalendar*> { &m_calendar, &empty }) {
                const int expected = calendar->workingDaysBetween(from, to).workingDays;
                QVERIFY2(calendar->workingDayCount(from, to) == expected,
                    qPrintable(QStringLiteral("%1 → %2: %3, day by day %4")
                                   .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                                   .arg(calendar->workingDayCount(from, to))
                                   .arg(expected)));
            }
        }
        // Around the National Day week of 2025: 1–8 October off, Sunday 28 September and Saturday 11 October worked.
        QCOMPARE(m_calendar.workingDayCount(QDate(2025, 9, 26), QDate(2025, 10, 13)), 7);
        QCOMPARE(m_calendar.workingDayCount(QDate(2025, 10, 13), QDate(2025, 9, 26)), -7);
        QCOMPARE(m_calendar.workingDayCount(QDate(), QDate(2025, 9, 26)), 0);
    }

    void refusesBadCalendars_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("words");

        QTest::newRow("not JSON") << QByteArray("{\"years\": [2025") << QString() << QStringLiteral("not valid JSON");
        QTest::newRow("not an object") << QByteArray("[1, 2]") << QString() << QStringLiteral("JSON object");
        {
            QJsonObject o = with2027();
            QJsonObject h = o.value(QStringLiteral("holidays")).toObject();
            h.insert(QStringLiteral("2027-02-30"), QStringLiteral("Test Holiday"));
            o.insert(QStringLiteral("holidays"), h);
            QTest::newRow("impossible date")
                << bytes(o) << QStringLiteral("holidays.2027-02-30") << QStringLiteral("not a real date");
        }
        {
            QJsonObject o = with2027();
            QJsonObject h = o.value(QStringLiteral("holidays")).toObject();
            h.insert(QStringLiteral("2027-2-3"), QStringLiteral("Test Holiday"));
            o.insert(QStringLiteral("holidays"), h);
            QTest::newRow("loose date") << bytes(o) << QStringLiteral("holidays.2027-2-3")
                                        << QStringLiteral("not a real date");
        }
        {
            QJsonObject o = with2027();
            QJsonObject w = o.value(QStringLiteral("workdays")).toObject();
            w.insert(QStringLiteral("2027-01-01"), QStringLiteral("Test Holiday"));
            o.insert(QStringLiteral("workdays"), w);
            QTest::newRow("holiday and working day")
                << bytes(o) << QStringLiteral("workdays.2027-01-01") << QStringLiteral("holiday too");
        }
        {
            QJsonObject o = with2027();
            QJsonObject w = o.value(QStringLiteral("workdays")).toObject();
            w.insert(QStringLiteral("2027-03-03"), QStringLiteral("Test Holiday"));
            o.insert(QStringLiteral("workdays"), w);
            QTest::newRow("make-up day on a Wednesday")
                << bytes(o) << QStringLiteral("workdays.2027-03-03") << QStringLiteral("Saturday or Sunday");
        }
        {
            QJsonObject o = with2027();
            QJsonObject h = o.value(QStringLiteral("holidays")).toObject();
            h.insert(QStringLiteral("2028-01-03"), QStringLiteral("Test Holiday"));
            o.insert(QStringLiteral("holidays"), h);
            QTest::newRow("date outside the years")
                << bytes(o) << QStringLiteral("holidays.2028-01-03") << QStringLiteral("does not list");
        }
        {
            QJsonObject o = with2027();
            QJsonArray years = o.value(QStringLiteral("years")).toArray();
            years.append(2029);
            o.insert(QStringLiteral("years"), years);
            QTest::newRow("gap in the years") << bytes(o) << QStringLiteral("years") << QStringLiteral("consecutive");
        }
        {
            QJsonObject o = with2027();
            QJsonArray years = o.value(QStringLiteral("years")).toArray();
            years.append(2028);
            o.insert(QStringLiteral("years"), years);
            QTest::newRow("a year without its holidays")
                << bytes(o) << QStringLiteral("holidays") << QStringLiteral("incomplete");
        }
        {
            // Found by fuzz_calendar: a first year no int can hold was converted before it was refused.
            QJsonObject o = with2027();
            o.insert(QStringLiteral("years"), QJsonArray { 1e300, 2026 });
            QTest::newRow("a year no int holds")
                << bytes(o) << QStringLiteral("years") << QStringLiteral("consecutive");
        }
        {
            QJsonObject o = with2027();
            o.insert(QStringLiteral("years"), QStringLiteral("2004-2027"));
            QTest::newRow("years not a list") << bytes(o) << QStringLiteral("years") << QStringLiteral("consecutive");
        }
        {
            QJsonObject o = with2027();
            o.remove(QStringLiteral("workdays"));
            QTest::newRow("no workdays") << bytes(o) << QStringLiteral("workdays") << QStringLiteral("missing");
        }
        {
            QJsonObject o = with2027();
            QJsonObject h = o.value(QStringLiteral("holidays")).toObject();
            h.insert(QStringLiteral("2027-10-05"), 5);
            o.insert(QStringLiteral("holidays"), h);
            QTest::newRow("name not a string")
                << bytes(o) << QStringLiteral("holidays.2027-10-05") << QStringLiteral("name its holiday");
        }
        {
            QJsonObject o = with2027();
            o.insert(QStringLiteral("cases"), QJsonArray());
            QTest::newRow("foreign key") << bytes(o) << QStringLiteral("cases") << QStringLiteral("not a known field");
        }
    }

    void refusesBadCalendars()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, words);
        Problems problems;
        QVERIFY(!CalendarLoader::parse(json, problems));
        bool found = false;
        for (const Problem& p : problems.items())
            found = found || (p.path == path && p.message.contains(words));
        QVERIFY2(found, qPrintable(problems.toString()));
    }

    void libraryKeepsAnInstalledCalendar()
    {
        QTemporaryDir data;
        QTemporaryDir downloads;
        const QString good = write(downloads, QStringLiteral("cn-holidays-2027.json"), bytes(with2027()));
        {
            CalendarLibrary library(data.path());
            QCOMPARE(library.calendar().lastYear(), 2026);
            QString error;
            QVERIFY2(library.install(good, &error), qPrintable(error));
            QCOMPARE(library.calendar().lastYear(), 2027);
            QCOMPARE(library.calendar().origin(), library.keptFile());
        }
        // The copy is kept: a later run uses it even when the downloaded file is gone.
        QVERIFY(QFile::remove(good));
        CalendarLibrary later(data.path());
        QCOMPARE(later.calendar().lastYear(), 2027);
        QVERIFY(later.warning().isEmpty());
        QVERIFY(!later.calendar().info(d("2027-10-01")).working);
    }

    void libraryRefusesABadFileAndKeepsThePrevious()
    {
        QTemporaryDir data;
        QTemporaryDir downloads;
        CalendarLibrary library(data.path());
        QString error;
        QVERIFY(library.install(write(downloads, QStringLiteral("good.json"), bytes(with2027())), &error));
        const QByteArray kept = [&] {
            QFile f(library.keptFile());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(!kept.isEmpty());

        QJsonObject broken = with2027();
        QJsonObject w = broken.value(QStringLiteral("workdays")).toObject();
        w.insert(QStringLiteral("2027-10-01"), QStringLiteral("Test Holiday"));
        broken.insert(QStringLiteral("workdays"), w);
        QVERIFY(!library.install(write(downloads, QStringLiteral("broken.json"), bytes(broken)), &error));
        QVERIFY2(error.contains(QLatin1String("workdays.2027-10-01")), qPrintable(error));
        QCOMPARE(library.calendar().lastYear(), 2027);

        // Fewer years than the calendar in use: refused too.
        QVERIFY(!library.install(write(downloads, QStringLiteral("old.json"), bytes(builtInJson())), &error));
        QVERIFY2(error.contains(QStringLiteral("2004–2027")), qPrintable(error));

        QVERIFY(!library.install(downloads.filePath(QStringLiteral("missing.json")), &error));
        QVERIFY(
            !library.install(write(downloads, QStringLiteral("huge.json"), QByteArray(5 * 1024 * 1024, ' ')), &error));
        QVERIFY2(error.contains(QLatin1String("4 MB")), qPrintable(error));

        QFile f(library.keptFile());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), kept);
    }

    void libraryFallsBackWhenTheKeptFileIsDamaged()
    {
        QTemporaryDir data;
        QVERIFY(QDir(data.path()).mkpath(QStringLiteral("calendar")));
        write(data, QStringLiteral("calendar/cn-holidays.json"), QByteArray("{ damaged"));
        CalendarLibrary library(data.path());
        QCOMPARE(library.calendar().lastYear(), 2026);
        QVERIFY(library.calendar().origin().isEmpty());
        QVERIFY2(library.warning().contains(QLatin1String("cannot be used")), qPrintable(library.warning()));
    }

    void benchmarkAddThirtyWorkingDays()
    {
        QDate day = d("2020-01-01");
        QBENCHMARK
        {
            day = m_calendar.addWorkingDays(day, 30).to;
            if (day.year() > 2025)
                day = d("2020-01-01");
        }
    }
};

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
