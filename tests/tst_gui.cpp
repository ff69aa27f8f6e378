#include "TestSupport.h"
#include "calendar/CalendarLoader.h"
#include "core/Clock.h"
#include "exchange/CaseExchange.h"
#include "gui/FormSupport.h"
#include "gui/HelpDialog.h"
#include "gui/case/CaseDialog.h"
#include "gui/case/CaseView.h"
#include "gui/export/ExportDialog.h"
#include "gui/filings/FilingDialog.h"
#include "gui/register/CaseListModel.h"
#include "gui/register/DeadlineModel.h"
#include "gui/register/MainWindow.h"
#include "gui/settings/Appearance.h"
#include "gui/settings/CalendarDialog.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/wizard/AssessmentWizard.h"
#include "i18n/Translations.h"
#include "rules/Engine.h"
#include "rules/RuleSetLibrary.h"
#include "session/AppSettings.h"
#include "store/CaseStore.h"
#include "workflow/FileDeadlines.h"

#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QInputMethodEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>

using namespace piadesk;

class TestGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        // The calendar is kept under the test-mode data directory, never the user's.
        QStandardPaths::setTestModeEnabled(true);
        // The main window keeps recent files in the settings: never the user's own.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        // In English, as a user with an English locale sees it (plural forms come from piadesk_en).
        QVERIFY(Translations::install(*QCoreApplication::instance(), QLocale(QStringLiteral("en")), false));
        QDir(CalendarLibrary::defaultDataDirectory() + QStringLiteral("/calendar")).removeRecursively();
    }

    void cleanupTestCase()
    {
        QDir(CalendarLibrary::defaultDataDirectory() + QStringLiteral("/calendar")).removeRecursively();
    }

    void dashboardShowsWhatNeedsAttention_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("state");
        // The example case's modification filing is due on 2025-10-30.
        QTest::newRow("long before") << QDate(2025, 10, 9) << 0 << QString();
        QTest::newRow("due soon") << QDate(2025, 10, 20) << 1 << QStringLiteral("Due in 8 working days");
        QTest::newRow("due today") << QDate(2025, 10, 30) << 1 << QStringLiteral("Due today");
        QTest::newRow("overdue") << QDate(2025, 11, 3) << 1 << QStringLiteral("Overdue by 2 working days");
    }

    void dashboardShowsWhatNeedsAttention()
    {
        QFETCH(QDate, today);
        QFETCH(int, rows);
        QFETCH(QString, state);
        QTemporaryDir dir;
        FixedClock clock(today);
        auto store = TestSupport::openStore(dir, QStringLiteral("cases.piadesk"), &clock);
        QVERIFY(store);
        QVERIFY(TestSupport::importExample(*store));
        MainWindow window(std::move(store));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* table = window.findChild<QTableView*>(QStringLiteral("deadlineTable"));
        auto* dock = window.findChild<QDockWidget*>(QStringLiteral("deadlineDock"));
        QVERIFY(table && dock && dock->isVisible());
        QCOMPARE(table->model()->rowCount(), rows);
        if (rows == 0) {
            QVERIFY(dock->windowTitle().contains(QLatin1String("nothing overdue")));
            return;
        }
        QCOMPARE(table->model()->index(0, DeadlineModel::StateColumn).data().toString(), state);
        // One deadline needs attention, not "need".
        QCOMPARE(dock->windowTitle(), QStringLiteral("Deadlines: 1 needs attention"));
        QCOMPARE(table->model()->index(0, DeadlineModel::DeadlineColumn).data().toString(),
            QStringLiteral("Modification of filing"));
        QVERIFY(table->model()
                    ->index(0, DeadlineModel::DueColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("20 working days after 26 September 2025")));
        // Activating the deadline selects its case in the register, even when a filter hides it, and opens its
        // filing tracker.
        auto* cases = window.findChild<QTableView*>(QStringLiteral("caseTable"));
        cases->clearSelection();
        window.findChild<QLineEdit*>(QStringLiteral("searchEdit"))->setText(QStringLiteral("no such case"));
        QCOMPARE(cases->model()->rowCount(), 0);
        Q_EMIT table->activated(table->model()->index(0, 0));
        QCOMPARE(cases->currentIndex().row(), 0);
        auto* filings = window.findChild<FilingDialog*>();
        QVERIFY(filings && filings->isVisible());
        QCOMPARE(filings->caseId(), cases->currentIndex().siblingAtColumn(CaseListModel::IdColumn).data().toLongLong());
    }

    void registerFiltersAsYouType()
    {
        QTemporaryDir dir;
        FixedClock clock(QDate(2025, 11, 3)); // the example case's modification filing is overdue
        auto store = TestSupport::openStore(dir, QStringLiteral("cases.piadesk"), &clock);
        QVERIFY(store);
        QVERIFY(TestSupport::importExample(*store));
        Organisation hotel;
        hotel.name = QStringLiteral("锦江示例酒店");
        QVERIFY(store->saveOrganisation(hotel));
        const auto addCase = [&](const QString& name, CaseStatus status, qint64 people) {
            CaseFacts facts;
            facts.name = name;
            facts.status = status;
            facts.storedPeople = people;
            QVERIFY(store->createCase(hotel.id, facts));
        };
        addCase(QStringLiteral("前台自助入住"), CaseStatus::Planned, 900);
        addCase(QStringLiteral("Staff gates"), CaseStatus::Ended, 120000);
        MainWindow window(std::move(store));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* table = window.findChild<QTableView*>(QStringLiteral("caseTable"));
        auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        auto* status = window.findChild<QComboBox*>(QStringLiteral("statusFilter"));
        auto* overdue = window.findChild<QCheckBox*>(QStringLiteral("overdueOnly"));
        QVERIFY(table && search && status && overdue);
        QAbstractItemModel* model = table->model();
        QCOMPARE(model->rowCount(), 3);

        // Chinese arrives through the input method, as a commit string.
        const auto type = [search](const QString& text) {
            QInputMethodEvent event;
            event.setCommitString(text);
            QCoreApplication::sendEvent(search, &event);
        };
        type(QStringLiteral("锦江"));
        QCOMPARE(model->rowCount(), 2);
        search->clear();
        type(QStringLiteral("浦江 门禁"));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(
            model->index(0, CaseListModel::NameColumn).data().toString(), QStringLiteral("浦江花园小区人脸识别门禁"));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("staff"));
        QCOMPARE(model->rowCount(), 1);
        search->clear();
        QCOMPARE(model->rowCount(), 3);

        status->setCurrentIndex(status->findData(int(CaseStatus::Planned)));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, CaseListModel::NameColumn).data().toString(), QStringLiteral("前台自助入住"));
        status->setCurrentIndex(0);
        overdue->setChecked(true);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, CaseListModel::IdColumn).data().toInt(), 1);
        overdue->setChecked(false);

        // People stored sorts as numbers, not as text ("120,000" after "900").
        table->sortByColumn(CaseListModel::PeopleColumn, Qt::AscendingOrder);
        QCOMPARE(model->index(0, CaseListModel::NameColumn).data().toString(), QStringLiteral("前台自助入住"));
        QCOMPARE(model->index(2, CaseListModel::NameColumn).data().toString(), QStringLiteral("Staff gates"));
    }

    void tabLeavesTheRegisterInOneStep()
    {
        QTemporaryDir dir;
        auto store = TestSupport::openStore(dir, QStringLiteral("cases.piadesk"));
        Organisation org;
        org.name = QStringLiteral("示例公司");
        QVERIFY(store->saveOrganisation(org));
        for (int i = 0; i < 3; ++i) {
            CaseFacts facts;
            facts.name = QStringLiteral("案件 %1").arg(i);
            QVERIFY(store->createCase(org.id, facts));
        }
        MainWindow window(std::move(store));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        auto* table = window.findChild<QTableView*>(QStringLiteral("caseTable"));
        table->setFocus();
        QVERIFY(table->hasFocus());
        const QModelIndex before = table->currentIndex();
        // Tab goes to the next control, not to the next cell; the arrows move within the register.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(!table->hasFocus());
        QCOMPARE(table->currentIndex(), before);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QVERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), before.row() + 1);
        // The same for the dashboard's deadlines.
        auto* deadlines = window.findChild<QTableView*>(QStringLiteral("deadlineTable"));
        QVERIFY(!deadlines->tabKeyNavigation());
    }

    void darkAppearanceFromThePreferences()
    {
        QTemporaryDir dir;
        FixedClock clock(QDate(2025, 11, 3)); // the example's modification filing is overdue
        auto store = TestSupport::openStore(dir, QStringLiteral("cases.piadesk"), &clock);
        QVERIFY(TestSupport::importExample(*store));
        MainWindow window(std::move(store));
        window.resize(1200, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!Appearance::isDark());
        // A light palette's problem red reads on white.
        QVERIFY(Appearance::contrast(FormSupport::problemColour(), Qt::white) >= 4.5);
        QWidget holder;
        QLabel problem(QStringLiteral("not saved"), &holder);
        FormSupport::markAsProblem(&problem);
        QCOMPARE(problem.palette().color(QPalette::WindowText), FormSupport::problemColour());

        // Preferences → Appearance → Dark applies at once, to every open window.
        window.findChild<QAction*>(QStringLiteral("actionPreferences"))->trigger();
        auto* preferences = window.findChild<SettingsDialog*>();
        QVERIFY(preferences);
        auto* appearance = preferences->findChild<QComboBox*>(QStringLiteral("appearance"));
        QCOMPARE(appearance->currentData().toString(), QStringLiteral("system"));
        appearance->setCurrentIndex(appearance->findData(QStringLiteral("dark")));
        preferences->accept();
        QCoreApplication::processEvents();
        QVERIFY(Appearance::isDark());
        QCOMPARE(Appearance::mode(), QStringLiteral("dark"));
        const QPalette palette = window.palette();
        QVERIFY(palette.color(QPalette::Window).lightness() < 60);
        QVERIFY(Appearance::contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 7);
        QVERIFY(Appearance::contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >= 7);
        QVERIFY(Appearance::contrast(palette.color(QPalette::Link), palette.color(QPalette::Base)) >= 4.5);
        // The colours with a meaning stay readable: the problem red on the window, the base and the overdue row.
        const QColor red = FormSupport::problemColour();
        QVERIFY(Appearance::contrast(red, palette.color(QPalette::Window)) >= 4.5);
        QVERIFY(Appearance::contrast(red, palette.color(QPalette::Base)) >= 4.5);
        QVERIFY(Appearance::contrast(red, Appearance::overdueBackground()) >= 4.5);
        QVERIFY(Appearance::contrast(palette.color(QPalette::Text), Appearance::dueSoonBackground()) >= 4.5);
        // A label marked as a problem before the switch takes the dark variant.
        QCOMPARE(problem.palette().color(QPalette::WindowText), red);
        // The dashboard's overdue deadline in the dark variant too.
        auto* deadlines = window.findChild<QTableView*>(QStringLiteral("deadlineTable"));
        QVERIFY(deadlines->model()->rowCount() > 0);
        bool overdueSeen = false;
        for (int row = 0; row < deadlines->model()->rowCount(); ++row) {
            const QVariant fg = deadlines->model()->index(row, 0).data(Qt::ForegroundRole);
            if (fg.isValid()) {
                overdueSeen = true;
                QCOMPARE(fg.value<QBrush>().color(), red);
            }
        }
        QVERIFY(overdueSeen);
        // It is kept for the next start.
        QCOMPARE(AppSettings().appearance(), QStringLiteral("dark"));
        if (const QString shots = qEnvironmentVariable("PIADESK_SCREENSHOTS"); !shots.isEmpty())
            window.grab().save(shots + QStringLiteral("/main-window-dark-en-100.png"));

        // And back to the system's colours.
        Appearance::apply(QStringLiteral("system"));
        AppSettings().setAppearance(QStringLiteral("system"));
        QVERIFY(!Appearance::isDark());
        QCOMPARE(problem.palette().color(QPalette::WindowText), FormSupport::problemColour());
    }

    void messagesNameFieldsAsTheirLabelsRead()
    {
        // Without the mnemonic (Chinese "(&N)" included) and the colon; "&&" is an ampersand.
        QCOMPARE(FormSupport::plainLabel(QStringLiteral("Case &name:")), QStringLiteral("Case name"));
        QCOMPARE(FormSupport::plainLabel(QStringLiteral("名称(&N)：")), QStringLiteral("名称"));
        QCOMPARE(FormSupport::plainLabel(QStringLiteral("R&&D site:")), QStringLiteral("R&D site"));
    }

    void windowsOpenWithinTheScreen()
    {
        // At 200 % a 1920 × 1080 screen is 960 × 540 of Qt's pixels; the offscreen screen is smaller still.
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        QWidget big;
        big.resize(available.width() + 400, available.height() + 300);
        Appearance::fitToScreen(&big);
        QVERIFY(big.width() <= available.width());
        QVERIFY(big.height() <= available.height());
        QVERIFY(available.contains(QRect(big.pos(), big.size())));
        QWidget small;
        small.resize(300, 200);
        Appearance::fitToScreen(&small);
        QCOMPARE(small.size(), QSize(300, 200)); // a window that fits keeps its size
    }

    void measuresDueAreOnTheDashboard()
    {
        QTemporaryDir dir;
        FixedClock clock(QDate(2025, 6, 2));
        auto store = TestSupport::openStore(dir, QStringLiteral("cases.piadesk"), &clock);
        const qint64 caseId = TestSupport::buildCompleteCase(*store, clock);
        QVERIFY(caseId);
        CaseBundle bundle;
        QVERIFY(store->loadCase(caseId, &bundle));
        AssessmentVersion& draft = bundle.assessments.last();
        QVERIFY(!draft.isFinal());
        Measure late;
        late.uuid = QStringLiteral("0b8e6a52-6a3c-4d4b-9a55-3f0d6f1c2a01");
        late.description = QStringLiteral("访客通道增设人工核验窗口");
        late.owner = QStringLiteral("物业服务中心");
        late.dueDate = clock.today().addDays(-3);
        late.status = MeasureStatus::InProgress;
        QList<Measure> measures = draft.measures;
        measures.append(late);
        QVERIFY2(store->saveMeasures(draft.id, measures), qPrintable(store->errorString()));
        MainWindow window(std::move(store));
        auto* deadlines = window.findChild<QTableView*>(QStringLiteral("deadlineTable"));
        QAbstractItemModel* model = deadlines->model();
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, DeadlineModel::DeadlineColumn).data().toString().contains(late.description))
                row = r;
        }
        QVERIFY2(row >= 0, "the overdue measure is not on the dashboard");
        QCOMPARE(model->index(row, DeadlineModel::DeadlineColumn).data().toString(),
            QStringLiteral("Measure: ") + late.description);
        QCOMPARE(model->index(row, 0).data(Qt::ForegroundRole).value<QBrush>().color(), FormSupport::problemColour());
        const QString tip = model->index(row, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(late.owner) && tip.contains(QLatin1String("version 3")), qPrintable(tip));
    }

    void registerShowsRiskFilingAndNextDeadline()
    {
        QTemporaryDir dir;
        FixedClock clock(QDate(2025, 6, 2));
        auto store = TestSupport::openStore(dir, QStringLiteral("cases.piadesk"), &clock);
        QVERIFY(store);
        const qint64 rated = TestSupport::buildCompleteCase(*store, clock);
        QVERIFY(rated);
        clock.setNow(QDateTime(QDate(2025, 10, 20), QTime(9, 0), Qt::UTC));
        Organisation other;
        other.name = QStringLiteral("深圳示例银行");
        QVERIFY(store->saveOrganisation(other));
        CaseFacts facts;
        facts.name = QStringLiteral("柜台人脸核验");
        QVERIFY(store->createCase(other.id, facts));
        MainWindow window(std::move(store));
        auto* table = window.findChild<QTableView*>(QStringLiteral("caseTable"));
        QAbstractItemModel* model = table->model();
        QCOMPARE(model->rowCount(), 2);
        const auto cell = [model](int row, int column) { return model->index(row, column).data().toString(); };
        const int row = cell(0, CaseListModel::IdColumn).toLongLong() == rated ? 0 : 1;
        const RuleSetLibrary library = RuleSetLibrary::builtIn();
        const RuleSet& rules = *library.defaultRuleSet();
        // The example's draft rates one risk, residual medium impact and low likelihood, raised one impact level
        // because the case stores the faces of 12,000 people, minors among them: medium.
        CaseBundle bundle;
        QVERIFY(window.store()->loadCase(rated, &bundle));
        const int level = Engine(rules, bundle.caseInfo.facts, bundle.assessments.constLast()).risks().overall;
        QCOMPARE(level, Engine::riskLevel(rules.risk, int(ImpactLevel::High), int(Likelihood::Low)));
        QCOMPARE(cell(row, CaseListModel::RiskColumn), QStringLiteral("Medium"));
        QVERIFY2(cell(row, CaseListModel::FilingColumn).startsWith(QLatin1String("Modification of filing due")),
            qPrintable(cell(row, CaseListModel::FilingColumn)));
        QVERIFY2(!cell(row, CaseListModel::NextDeadlineColumn).isEmpty(), "a next deadline");
        QCOMPARE(cell(1 - row, CaseListModel::RiskColumn), QString());
        QCOMPARE(cell(1 - row, CaseListModel::FilingColumn), QStringLiteral("Not required"));

        // Filters by risk and by organisation.
        auto* risk = window.findChild<QComboBox*>(QStringLiteral("riskFilter"));
        risk->setCurrentIndex(risk->findData(level));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(cell(0, CaseListModel::IdColumn).toLongLong(), rated);
        risk->setCurrentIndex(risk->findData(-1));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(cell(0, CaseListModel::NameColumn), QStringLiteral("柜台人脸核验"));
        risk->setCurrentIndex(0);
        auto* organisation = window.findChild<QComboBox*>(QStringLiteral("organisationFilter"));
        QCOMPARE(organisation->count(), 3);
        organisation->setCurrentIndex(organisation->findData(QStringLiteral("深圳示例银行")));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(cell(0, CaseListModel::OrganisationColumn), QStringLiteral("深圳示例银行"));
        organisation->setCurrentIndex(0);
        QCOMPARE(model->rowCount(), 2);

        // Sorted by next deadline: the case with none comes last.
        table->sortByColumn(CaseListModel::NextDeadlineColumn, Qt::AscendingOrder);
        QCOMPARE(cell(0, CaseListModel::IdColumn).toLongLong(), rated);
        if (const QString shots = qEnvironmentVariable("PIADESK_SCREENSHOTS"); !shots.isEmpty()) {
            window.resize(1280, 640);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            table->resizeColumnsToContents();
            table->setCurrentIndex(table->model()->index(0, CaseListModel::NameColumn)); // the case view shows it
            QVERIFY(window.grab().save(shots + QStringLiteral("/main-window.png")));
        }
    }

    /** A file of \a count cases, each with its initial assessment overdue on 2025-06-02, written without summaries. */
    static QString writeManyCases(const QTemporaryDir& dir, int count, const Clock* clock)
    {
        auto store = TestSupport::openStore(dir, QStringLiteral("cases.piadesk"), clock);
        if (!store)
            return {};
        Organisation org;
        org.name = QStringLiteral("示例连锁酒店");
        if (!store->saveOrganisation(org))
            return {};
        for (int i = 0; i < count; ++i) {
            CaseFacts facts;
            facts.name = QStringLiteral("门店 %1 前台核验").arg(i + 1);
            facts.publicPlace = true;
            facts.startOfUse = QDate(2025, 5, 1);
            if (!store->createCase(org.id, facts))
                return {};
        }
        return store->path();
    }

    /** writeManyCases(), then the file opened again as a window opens it (read-only if \a readOnly); null on failure.
     */
    static std::unique_ptr<CaseStore> openManyCases(
        const QTemporaryDir& dir, int count, const Clock* clock, bool readOnly = false)
    {
        const QString path = writeManyCases(dir, count, clock);
        if (path.isEmpty())
            return nullptr;
        CaseStore::Options options;
        options.clock = clock;
        options.readOnly = readOnly;
        QString error;
        auto store = CaseStore::open(path, options, &error);
        if (!store)
            qWarning("%s", qPrintable(error));
        return store;
    }

    /** What the register and the dashboard show of writeManyCases() once every case is read. */
    static void checkManyCases(MainWindow& window, int count)
    {
        auto* table = window.findChild<QTableView*>(QStringLiteral("caseTable"));
        QCOMPARE(table->model()->rowCount(), count);
        QVERIFY2(table->model()
                     ->index(0, CaseListModel::FilingColumn)
                     .data()
                     .toString()
                     .startsWith(QLatin1String("Initial filing due")),
            qPrintable(table->model()->index(0, CaseListModel::FilingColumn).data().toString()));
        // Each one's initial assessment is overdue: the dashboard lists the most urgent few hundred and counts the
        // rest, and "Overdue only" still finds every overdue case.
        QCOMPARE(window.deadlines()->rowCount(), int(qMin<qsizetype>(count, FileDeadlines::kDashboardRows)));
        QVERIFY(count > FileDeadlines::kDashboardRows);
        QVERIFY2(window.findChild<QDockWidget*>(QStringLiteral("deadlineDock"))
                     ->windowTitle()
                     .contains(QStringLiteral("%1 need attention").arg(count)),
            qPrintable(window.findChild<QDockWidget*>(QStringLiteral("deadlineDock"))->windowTitle()));
        const QString note = window.findChild<QLabel*>(QStringLiteral("deadlineNote"))->text();
        QVERIFY2(note.contains(QStringLiteral("The 300 most urgent are listed here, and %1 more need attention")
                                   .arg(count - FileDeadlines::kDashboardRows)),
            qPrintable(note));
        window.findChild<QCheckBox*>(QStringLiteral("overdueOnly"))->setChecked(true);
        QCOMPARE(table->model()->rowCount(), count);
        window.findChild<QCheckBox*>(QStringLiteral("overdueOnly"))->setChecked(false);
    }

    void largeFileIsShownWholeFromItsSummaries()
    {
        QTemporaryDir dir;
        FixedClock clock(QDate(2025, 6, 2));
        const int count = MainWindow::kScanNowLimit + 2 * MainWindow::kScanBatch + 7;
        auto store = openManyCases(dir, count, &clock);
        QVERIFY(store);
        QVERIFY(!store->summariesCurrent()); // written without PIAdesk's rules: formed when the window opens it
        MainWindow window(std::move(store));
        // Risk, filing, next deadline and the dashboard at once, from the summaries: no scan.
        QVERIFY(window.isScanDone());
        checkManyCases(window, count);
        // A row's standing is formed from its digest when asked for, not for every row up front; the last row's
        // as well as the first's, and a filter on risk forms (and keeps) every one.
        auto* model = window.findChild<CaseListModel*>();
        QVERIFY(model);
        QVERIFY2(model->standings().size() < count, qPrintable(QString::number(model->standings().size())));
        QVERIFY(model->index(count - 1, CaseListModel::FilingColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("Initial filing due")));
        auto* risk = window.findChild<QComboBox*>(QStringLiteral("riskFilter"));
        auto* table = window.findChild<QTableView*>(QStringLiteral("caseTable"));
        risk->setCurrentIndex(risk->count() - 1); // the highest level: none of these cases has a rated risk
        QCOMPARE(table->model()->rowCount(), 0);
        QCOMPARE(model->standings().size(), count);
        risk->setCurrentIndex(0);
        QCOMPARE(table->model()->rowCount(), count);
    }

    void missingSummariesAreFormedInBatches()
    {
        // A file from before the summaries (or after a new calendar) with more cases than are formed at once: the
        // register at once, the summaries a batch at a time while the window stays responsive, then everything.
        QTemporaryDir dir;
        FixedClock clock(QDate(2025, 6, 2));
        const int count = MainWindow::kFormNowLimit + 2 * MainWindow::kFormBatch + 7;
        auto store = openManyCases(dir, count, &clock);
        QVERIFY(store);
        QCOMPARE(store->staleSummaries(), count);
        MainWindow window(std::move(store));
        auto* table = window.findChild<QTableView*>(QStringLiteral("caseTable"));
        QCOMPARE(table->model()->rowCount(), count);
        QVERIFY(!window.isScanDone());
        QVERIFY(table->model()->index(0, CaseListModel::FilingColumn).data().toString().isEmpty());
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("deadlineNote"))->text().contains(QLatin1String("Preparing")));
        QCOMPARE(window.deadlines()->rowCount(), 0);
        CaseStore& opened = *window.store();
        const qint64 stale = opened.staleSummaries();
        QVERIFY2(stale > 0 && stale <= count, qPrintable(QString::number(stale)));

        // A change meanwhile forms the summary of its own case, not every stale one (it would wait for them all).
        CaseBundle last;
        QVERIFY(opened.loadCase(count, &last));
        CaseFacts facts = last.caseInfo.facts;
        facts.name += QStringLiteral("（改）");
        QVERIFY2(opened.updateCaseFacts(count, facts), qPrintable(opened.errorString()));
        const qint64 afterChange = opened.staleSummaries();
        QVERIFY2(afterChange > 0 && afterChange <= stale, qPrintable(QString::number(afterChange)));

        QTRY_VERIFY_WITH_TIMEOUT(window.isScanDone(), 30000);
        QCOMPARE(opened.staleSummaries(), 0);
        QVERIFY(opened.summariesCurrent());
        checkManyCases(window, count);
        QVERIFY(
            !window.findChild<QLabel*>(QStringLiteral("deadlineNote"))->text().contains(QLatin1String("Preparing")));
        QVERIFY(opened.listCases().constLast().name.endsWith(QStringLiteral("（改）")));
    }

    void readOnlyFileWithoutSummariesIsScannedInBatches()
    {
        QTemporaryDir dir;
        FixedClock clock(QDate(2025, 6, 2));
        const int count = MainWindow::kScanNowLimit + 2 * MainWindow::kScanBatch + 7;
        auto store = openManyCases(dir, count, &clock, true);
        QVERIFY(store);
        MainWindow window(std::move(store));
        auto* table = window.findChild<QTableView*>(QStringLiteral("caseTable"));
        // Every row is there before any case's content is read; the scan fills in the rest in batches.
        QCOMPARE(table->model()->rowCount(), count);
        QVERIFY(!window.isScanDone());
        QVERIFY(table->model()->index(0, CaseListModel::FilingColumn).data().toString().isEmpty());
        QTRY_VERIFY(window.isScanDone());
        checkManyCases(window, count);
    }

    void fileSaveACopy()
    {
        QTemporaryDir dir;
        auto store = TestSupport::openStore(dir);
        QVERIFY(store);
        QString error;
        QVERIFY(TestSupport::importExample(*store));
        MainWindow window(std::move(store));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionSaveCopy")));
        const QString copy = dir.filePath(QStringLiteral("copy.piadesk"));
        QVERIFY(window.saveCopy(copy));
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("copy.piadesk")));
        CaseStore::Options options;
        options.readOnly = true;
        auto opened = CaseStore::open(copy, options, &error);
        QVERIFY2(opened, qPrintable(error));
        QCOMPARE(opened->listCases().size(), 1);
    }

    void fileImportAndExport()
    {
        QTemporaryDir dir;
        auto store = TestSupport::openStore(dir);
        QVERIFY(store);
        const QString path = store->path();
        MainWindow window(std::move(store));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* table = window.findChild<QTableView*>(QStringLiteral("caseTable"));
        QCOMPARE(table->model()->rowCount(), 0);

        // A malformed document: refused with its problems, nothing imported, nothing blocks.
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"format\": \"piadesk-cases\", \"cases\": [ {\"facts\": 5} ]}");
        }
        QVERIFY(!window.importCases(bad));
        auto* box = window.findChild<QMessageBox*>(QStringLiteral("problemBox"));
        QVERIFY(box && box->isVisible());
        QVERIFY2(box->text().contains(QLatin1String("Nothing was imported")), qPrintable(box->text()));
        box->close();
        QCOMPARE(table->model()->rowCount(), 0);

        QVERIFY(window.importCases(TestSupport::dataPath(QStringLiteral("case-complete.json"))));
        QCOMPARE(table->model()->rowCount(), 1);
        QVERIFY(table->currentIndex().isValid());
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("Imported 1 case")));

        const QString exported = dir.filePath(QStringLiteral("exported.json"));
        const qint64 id = table->model()->index(0, CaseListModel::IdColumn).data().toLongLong();
        QVERIFY(window.exportCase(id, exported));
        Problems problems;
        const QList<CaseBundle> cases = CaseExchange::parse(TestSupport::fileBytes(exported), problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.toString()));
        QCOMPARE(cases.size(), 1);
        QCOMPARE(cases.at(0).caseInfo.facts.name, QStringLiteral("浦江花园小区人脸识别门禁"));
        QVERIFY(!path.isEmpty());
    }

    /** A case changed outside PIAdesk says so when it is opened: a message, and the wizard's title and pages. */
    void caseChangedOutsideIsFlaggedWhenOpened_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("expected");
        QTest::newRow("finalized answer") << QStringLiteral("finalized-tampered.piadesk")
                                          << QStringLiteral("version 2: the content no longer matches");
        QTest::newRow("audit event") << QStringLiteral("audit-tampered.piadesk")
                                     << QStringLiteral("The audit log of case");
    }

    void caseChangedOutsideIsFlaggedWhenOpened()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cases.piadesk"));
        QVERIFY(QFile::copy(TestSupport::dataPath(fixture), path));
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        QString error;
        auto store = CaseStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        MainWindow window(std::move(store));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        AssessmentWizard* wizard = window.openAssessment(1, 2);
        QVERIFY(wizard);
        auto* box = window.findChild<QMessageBox*>(QStringLiteral("problemBox"));
        QVERIFY(box && box->isVisible());
        QCOMPARE(box->windowTitle(), QStringLiteral("Case Changed Outside PIAdesk"));
        QVERIFY2(box->text().contains(expected), qPrintable(box->text()));
        box->close();
        QVERIFY2(wizard->windowTitle().contains(QLatin1String("changed outside PIAdesk")),
            qPrintable(wizard->windowTitle()));
        QVERIFY(wizard->currentPage()->subTitle().startsWith(QLatin1String("Warning: this case was changed")));
        wizard->close();
    }

    /** The same case, untouched, opens without a word. */
    void intactCaseOpensWithoutWarning()
    {
        QTemporaryDir dir;
        auto store = TestSupport::openStore(dir);
        QVERIFY(store);
        const qint64 id = TestSupport::importExample(*store);
        MainWindow window(std::move(store));
        window.show();
        AssessmentWizard* wizard = window.openAssessment(id, 2);
        QVERIFY(wizard);
        QVERIFY(!window.findChild<QMessageBox*>(QStringLiteral("problemBox")));
        QVERIFY(!wizard->windowTitle().contains(QLatin1String("outside")));
        wizard->close();
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

    void caseWindowsFollowTheFile()
    {
        // Filings, the case's facts and the export dialog hold the case file open in the window: opening another
        // file closes them first, saving what was typed, so no leftover window acts on a file no longer open.
        QTemporaryDir dir;
        auto store = TestSupport::openStore(dir, QStringLiteral("first.piadesk"));
        const qint64 caseId = TestSupport::importExample(*store);
        QVERIFY(caseId);
        const QString first = store->path();
        auto other = TestSupport::openStore(dir, QStringLiteral("second.piadesk"));
        QVERIFY(TestSupport::importExample(*other));
        const QString second = other->path();
        other.reset();
        MainWindow window(std::move(store));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QPointer<FilingDialog> filings = window.showFilings(caseId);
        QPointer<QDialog> facts(window.editCase(caseId));
        QPointer<QDialog> exports(window.showExport(caseId));
        QVERIFY(filings && facts && exports);
        auto* reference = filings->findChild<QLineEdit*>(QStringLiteral("referenceNumber"));
        QVERIFY(reference);
        const bool editable = reference->isEnabled();
        QVERIFY(editable); // the example case has a filing, selected when the dialog opens
        if (editable) {
            reference->setFocus();
            QTest::keyClicks(reference, QStringLiteral("A-17"));
        }
        QVERIFY(window.openFile(second));
        QVERIFY(window.windowTitle().contains(QLatin1String("second.piadesk")));
        QVERIFY(!filings); // closed and gone: nothing is left to click
        QVERIFY(!facts);
        QVERIFY(!exports);

        // What was typed in Filings was saved to the first file before it closed.
        if (editable) {
            QString error;
            CaseStore::Options options;
            options.readOnly = true;
            auto reopened = CaseStore::open(first, options, &error);
            QVERIFY2(reopened, qPrintable(error));
            CaseBundle bundle;
            QVERIFY(reopened->loadCase(caseId, &bundle));
            QVERIFY(!bundle.filings.isEmpty());
            QVERIFY(std::any_of(bundle.filings.cbegin(), bundle.filings.cend(),
                [](const FilingRecord& f) { return f.referenceNumber.endsWith(QLatin1String("A-17")); }));
        }
        // A window opened now belongs to the file now open.
        filings = window.showFilings(window.store()->listCases().constFirst().id);
        QVERIFY(filings);
        filings->close();
    }

    void caseViewShowsTheSelectedCase()
    {
        // Beside the register, the selected case at a glance; its versions each open (read-only once final), and
        // any two compare side by side.
        QTemporaryDir dir;
        auto store = TestSupport::openStore(dir);
        const qint64 caseId = TestSupport::importExample(*store);
        MainWindow window(std::move(store));
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CaseView* view = window.caseView();
        QVERIFY(view && view->isVisible());
        // The first case is selected when the file opens.
        QVERIFY(view->overview());
        QCOMPARE(view->overview()->bundle.caseInfo.id, caseId);
        QCOMPARE(
            view->findChild<QLabel*>(QStringLiteral("titleLabel"))->text(), QStringLiteral("浦江花园小区人脸识别门禁"));
        const QString summary = view->findChild<QTextBrowser*>(QStringLiteral("summaryView"))->toPlainText();
        for (const char* expected : { "上海浦江示例物业管理有限公司",
                 "Version 3, draft:", "Prohibited practices standing:", "Required: ", "Modification of filing",
                 "Next deadlines", "Open measures", "version 1 until 28 Feb 2028", "version 2 until" })
            QVERIFY2(summary.contains(QString::fromUtf8(expected)), expected);
        // Each deadline says how it was counted.
        QVERIFY2(summary.contains(QLatin1String("working day")), qPrintable(summary));

        auto* versions = view->findChild<QTreeWidget*>(QStringLiteral("versionList"));
        QCOMPARE(versions->topLevelItemCount(), 3);
        QCOMPARE(versions->topLevelItem(0)->text(2), QStringLiteral("Superseded"));
        QCOMPARE(versions->topLevelItem(0)->text(3), QStringLiteral("28 Feb 2025"));
        QCOMPARE(versions->topLevelItem(1)->text(5).size(), 16);
        // Version 1 opens read-only, whatever is open already.
        versions->clearSelection();
        versions->topLevelItem(0)->setSelected(true);
        QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("openVersionButton")), Qt::LeftButton);
        QCOMPARE(window.wizards().size(), 1);
        AssessmentWizard* first = window.wizards().constFirst();
        QCOMPARE(first->editor().version()->number, 1);
        QVERIFY(!first->editor().readOnlyReason().isEmpty());
        QVERIFY(first->windowTitle().contains(QLatin1String("read-only")));
        first->close();

        // Two versions side by side.
        auto* compare = view->findChild<QPushButton*>(QStringLiteral("compareButton"));
        QVERIFY(!compare->isEnabled());
        versions->topLevelItem(2)->setSelected(true);
        QVERIFY(compare->isEnabled());
        // The draft drops its risks: the comparison lists each.
        QVERIFY(window.store()->saveRisks(view->overview()->version(3)->id, {}));
        QTest::mouseClick(compare, Qt::LeftButton);
        auto* dialog = window.findChild<QDialog*>(QStringLiteral("compareDialog"));
        QVERIFY(dialog);
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("compareTable"));
        QVERIFY(table->rowCount() > 0);
        QVERIFY(table->item(0, 0)->text().startsWith(QLatin1String("Risk: ")));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("(none)"));
        QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("Version 1"));
        QCOMPARE(table->horizontalHeaderItem(2)->text(), QStringLiteral("Version 3"));
        dialog->close();

        // Nothing selected: the view says so.
        auto* count = window.findChild<QLabel*>(QStringLiteral("caseCount"));
        QCOMPARE(count->text(), QStringLiteral("1 case"));
        window.findChild<QLineEdit*>(QStringLiteral("searchEdit"))->setText(QStringLiteral("no such case"));
        QVERIFY(!view->overview());
        QCOMPARE(count->text(), QStringLiteral("0 of 1 case")); // what the filter leaves, of how many
        // The case actions follow the selection: off with none, and on again with one.
        for (const char* name : { "actionOpenAssessment", "actionEditCase", "actionReassess", "actionFilings",
                 "actionExportDocuments", "actionExport" })
            QVERIFY2(!window.findChild<QAction*>(QLatin1String(name))->isEnabled(), name);
        window.findChild<QLineEdit*>(QStringLiteral("searchEdit"))->clear();
        auto* register_ = window.findChild<QTableView*>(QStringLiteral("caseTable"));
        register_->setCurrentIndex(register_->model()->index(0, CaseListModel::NameColumn));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionOpenAssessment"))->isEnabled());
        QVERIFY(view->overview());
        // The Case column is as wide as its content, not squeezed.
        const QString name = QStringLiteral("浦江花园小区人脸识别门禁");
        QVERIFY(register_->columnWidth(CaseListModel::NameColumn) >= register_->fontMetrics().horizontalAdvance(name));
    }

    void helpShowsTheGuideAndTheRegulations()
    {
        QTemporaryDir dir;
        MainWindow window(TestSupport::openStore(dir));
        window.show();
        // F1: the user guide shipped with PIAdesk, in the interface language.
        auto* guide = window.findChild<QAction*>(QStringLiteral("actionUserGuide"));
        QCOMPARE(guide->shortcut(), QKeySequence(Qt::Key_F1));
        guide->trigger();
        auto* help = window.findChild<HelpDialog*>();
        QVERIFY(help && help->isVisible());
        const QString text = help->browser()->toPlainText();
        QVERIFY2(text.contains(QLatin1String("The assessment wizard")) && text.contains(QLatin1String("Delete Case")),
            qPrintable(text.left(200)));
        guide->trigger(); // asked again: the same window
        QCOMPARE(window.findChildren<HelpDialog*>().size(), 1);
        // In Chinese, the Chinese guide.
        QVERIFY(Translations::install(*QCoreApplication::instance(), QLocale(QStringLiteral("zh_CN")), false));
        QCoreApplication::processEvents();
        const QString chinese = help->browser()->toPlainText();
        QVERIFY(Translations::install(*QCoreApplication::instance(), QLocale(QStringLiteral("en")), false));
        QVERIFY2(chinese.contains(QStringLiteral("评估向导")), qPrintable(chinese.left(200)));
        help->close();

        // The regulation texts: each rule set's official source.
        QStringList urls;
        for (const QAction* a : window.findChild<QMenu*>(QStringLiteral("menuRegulations"))->actions())
            urls.append(a->data().toUrl().toString());
        QVERIFY2(urls.contains(QStringLiteral("https://www.cac.gov.cn/2025-03/21/c_1744174262156096.htm")),
            qPrintable(urls.join(QLatin1Char(' '))));
        QVERIFY(urls.contains(QStringLiteral("http://www.cac.gov.cn/2023-08/08/c_1693064670537413.htm")));
    }

    void aDemoFileFromTheEmptyState()
    {
        QTemporaryDir dir;
        MainWindow window(TestSupport::openStore(dir));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* demo = window.caseView()->findChild<QToolButton*>(QStringLiteral("demoButton"));
        QVERIFY(demo->isVisible());
        QCOMPARE(demo->defaultAction(), window.findChild<QAction*>(QStringLiteral("actionNewDemoFile")));
        const QString own = window.store()->path();
        const QString path = dir.filePath(QStringLiteral("demo.piadesk"));
        QVERIFY(window.newDemoFile(path, 12));
        // A new file of its own, open now, with invented cases that verify; the file before is untouched.
        QCOMPARE(QFileInfo(window.store()->path()), QFileInfo(path));
        QCOMPARE(window.store()->listCases().size(), 12);
        QVERIFY(window.store()->verify().ok());
        QCOMPARE(window.findChild<QTableView*>(QStringLiteral("caseTable"))->model()->rowCount(), 12);
        QVERIFY(!demo->isVisible());
        QString error;
        const auto before = CaseStore::open(own, &error);
        QVERIFY2(before && before->listCases().isEmpty(), qPrintable(error));
        // Never over an existing file.
        QVERIFY(!window.newDemoFile(path, 12));
        QCOMPARE(QFileInfo(window.store()->path()), QFileInfo(path));
    }

    void anEmptyFileSaysHowToBegin()
    {
        // A case file without any case: the case view offers a new assessment and an import, nothing else.
        QTemporaryDir dir;
        MainWindow window(TestSupport::openStore(dir));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CaseView* view = window.caseView();
        QCOMPARE(view->findChild<QLabel*>(QStringLiteral("titleLabel"))->text(), QStringLiteral("No case yet"));
        auto* start = view->findChild<QToolButton*>(QStringLiteral("newButton"));
        QVERIFY(start->isVisible());
        QCOMPARE(start->defaultAction(), window.findChild<QAction*>(QStringLiteral("actionNewAssessment")));
        QVERIFY(view->findChild<QToolButton*>(QStringLiteral("importButton"))->isVisible());
        QVERIFY(!view->findChild<QToolButton*>(QStringLiteral("openButton"))->isVisible());
        QVERIFY(view->findChild<QTextBrowser*>(QStringLiteral("summaryView"))
                    ->toPlainText()
                    .contains(QLatin1String("Start a new assessment")));
        // A case with no version yet: whether it must be filed still follows from its facts (a public place).
        Organisation bank;
        bank.name = QStringLiteral("深圳示例银行");
        QVERIFY(window.store()->saveOrganisation(bank));
        CaseFacts lobby;
        lobby.name = QStringLiteral("营业厅人脸核验");
        lobby.publicPlace = true;
        QVERIFY(window.store()->createCase(bank.id, lobby));
        window.reload();
        QVERIFY(view->overview());
        const QString plain = view->findChild<QTextBrowser*>(QStringLiteral("summaryView"))->toPlainText();
        QVERIFY2(plain.contains(QLatin1String("Not assessed yet.")) && plain.contains(QLatin1String("Required: ")),
            qPrintable(plain));
        // With a case, the view shows it and the start buttons go.
        QVERIFY(TestSupport::importExample(*window.store()));
        window.reload();
        QVERIFY(view->overview());
        QVERIFY(!start->isVisible());
    }

    void theCalendarsEndIsSaid()
    {
        // In the calendar's last year, deadlines start falling beyond it: the dashboard says so from the start, with
        // how to load the next year; a year earlier it says nothing.
        QDir(CalendarLibrary::defaultDataDirectory() + QStringLiteral("/calendar"))
            .removeRecursively(); // the shipped one
        for (const QDate& today : { QDate(2026, 12, 2), QDate(2025, 12, 2) }) {
            QTemporaryDir dir;
            FixedClock clock(today);
            auto store = TestSupport::openStore(dir, QStringLiteral("cases.piadesk"), &clock);
            QVERIFY(TestSupport::importExample(*store));
            MainWindow window(std::move(store));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto* note = window.findChild<QLabel*>(QStringLiteral("deadlineNote"));
            const bool said = note->isVisible() && note->text().contains(QLatin1String("ends on 31 Dec 2026"));
            QCOMPARE(said, today.year() == 2026);
            if (said)
                QVERIFY2(note->text().contains(QLatin1String("arrangement for 2027")), qPrintable(note->text()));
        }
    }

    void mainWindowListsTheCases()
    {
        QTemporaryDir dir;
        auto store = TestSupport::openStore(dir);
        QVERIFY(store);
        QVERIFY(TestSupport::importExample(*store));
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
