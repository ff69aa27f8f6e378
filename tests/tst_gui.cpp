#include "TestSupport.h"
#include "calendar/CalendarLoader.h"
#include "exchange/CaseExchange.h"
#include "gui/CalendarDialog.h"
#include "gui/CaseListModel.h"
#include "gui/MainWindow.h"
#include "store/CaseStore.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace piadesk;

class TestGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The calendar is kept under the test-mode data directory, never the user's.
        QStandardPaths::setTestModeEnabled(true);
        QDir(CalendarLibrary::defaultDataDirectory() + QStringLiteral("/calendar")).removeRecursively();
    }

    void cleanupTestCase()
    {
        QDir(CalendarLibrary::defaultDataDirectory() + QStringLiteral("/calendar")).removeRecursively();
    }

    void settingsLoadANewerHolidayCalendar()
    {
        QTemporaryDir dir;
        auto store = TestSupport::openStore(dir);
        QVERIFY(store);
        MainWindow window(std::move(store));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.calendar().lastYear(), 2026);

        auto* action = window.findChild<QAction*>(QStringLiteral("actionHolidayCalendar"));
        QVERIFY(action);
        action->trigger();
        auto* dialog = window.findChild<CalendarDialog*>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto* years = dialog->findChild<QLabel*>(QStringLiteral("yearsLabel"));
        auto* message = dialog->findChild<QLabel*>(QStringLiteral("messageLabel"));
        QVERIFY(years && message);
        QVERIFY2(years->text().startsWith(QStringLiteral("2004–2026")), qPrintable(years->text()));

        // A bad file: refused, said so, nothing changes.
        QVERIFY(!dialog->loadFile(TestSupport::dataPath(QStringLiteral("calendars/both-holiday-and-workday.json"))));
        QVERIFY2(message->text().contains(QLatin1String("workdays.2027-10-01")), qPrintable(message->text()));
        QVERIFY(years->text().startsWith(QStringLiteral("2004–2026")));
        QCOMPARE(window.calendar().lastYear(), 2026);

        // A newer one: in use at once, and kept for the next start.
        QVERIFY(dialog->loadFile(TestSupport::dataPath(QStringLiteral("calendars/cn-holidays-2027-fixture.json"))));
        QVERIFY2(years->text().startsWith(QStringLiteral("2004–2027")), qPrintable(years->text()));
        QCOMPARE(window.calendar().lastYear(), 2027);
        QVERIFY(!window.calendar().isWorkingDay(QDate(2027, 10, 1)));
        // PIADESK_SCREENSHOTS=DIR keeps a picture of the dialog, for the docs and for review.
        if (const QString shots = qEnvironmentVariable("PIADESK_SCREENSHOTS"); !shots.isEmpty())
            QVERIFY(dialog->grab().save(shots + QStringLiteral("/calendar-dialog.png")));
        dialog->close();
        QCOMPARE(CalendarLibrary(CalendarLibrary::defaultDataDirectory()).calendar().lastYear(), 2027);
    }

    void mainWindowListsTheCases()
    {
        QTemporaryDir dir;
        auto store = TestSupport::openStore(dir);
        QVERIFY(store);
        QString error;
        QVERIFY2(
            CaseExchange::importDocument(*store,
                TestSupport::fileBytes(TestSupport::dataPath(QStringLiteral("case-complete.json"))), nullptr, &error),
            qPrintable(error));
        const QString path = store->path();
        MainWindow window(std::move(store));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(path));
        auto* table = window.findChild<QTableView*>(QStringLiteral("caseTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, CaseListModel::NameColumn).data().toString(),
            QStringLiteral("浦江花园小区人脸识别门禁"));
        QCOMPARE(table->model()->index(0, CaseListModel::AssessmentColumn).data().toString(),
            QStringLiteral("Version 3, Draft"));
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("1 case")));

        auto* quit = window.findChild<QAction*>(QStringLiteral("actionQuit"));
        QVERIFY(quit);
        quit->trigger();
        QVERIFY(!window.isVisible());
    }
};

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
