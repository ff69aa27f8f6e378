// The desktop app on a team store: File → Connect to Team Store… against a real server (a throwaway cluster), the
// register showing its cases, the address remembered among the recent files, and a refused connection explained.
#include "PgCluster.h"
#include "TestSupport.h"
#include "gui/Dialogs.h"
#include "gui/register/MainWindow.h"
#include "gui/wizard/AssessmentWizard.h"
#include "gui/wizard/ReviewPage.h"
#include "i18n/Translations.h"
#include "session/AppSettings.h"
#include "session/CaseEditor.h"
#include "session/Workspace.h"
#include "store/CaseStore.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace piadesk;

namespace {

/** Answers File → Connect to Team Store… with the login the test gives. */
class ScriptedDialogs : public Dialogs
{
public:
    TeamStoreLogin login;
    int asked = 0;
    struct Question
    {
        QString title;
        QString text;
    };
    QList<Question> questions; ///< what ask() was asked
    bool answer = true;
    QStringList informed;

    bool teamStoreLogin(QWidget*, TeamStoreLogin* given) override
    {
        ++asked;
        *given = login;
        return true;
    }
    void inform(QWidget*, const QString& title, const QString& text) override
    {
        informed.append(title + QLatin1Char('\n') + text);
    }
    bool ask(QWidget*, const QString& title, const QString& text, const QString&, const QString&) override
    {
        questions.append({ title, text });
        return answer;
    }
};

} // namespace

class TeamGuiTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void addressIsBuiltFromTheDialog_data();
    void addressIsBuiltFromTheDialog();
    void connectsThroughTheFileMenu();
    void refusedConnectionIsExplained();
    void nativeDialogAsksForEverything_data();
    void nativeDialogAsksForEverything();
    void threeRolesAtOnce();

private:
    TestSupport::PgCluster m_cluster;
    QTemporaryDir m_home;
    ScriptedDialogs m_dialogs;
};

void TeamGuiTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.path());
    QString error;
    QVERIFY2(m_cluster.start(&error), qPrintable(error));
    QVERIFY2(m_cluster.createDatabase(QStringLiteral("gui"), QString(), &error), qPrintable(error));
    auto store = CaseStore::open(m_cluster.url(QStringLiteral("gui")), &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(TestSupport::importExample(*store));
    Dialogs::install(&m_dialogs);
}

void TeamGuiTest::cleanupTestCase()
{
    Dialogs::install(nullptr);
}

void TeamGuiTest::addressIsBuiltFromTheDialog_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("address");
    QTest::newRow("server") << QStringLiteral("pia.example.cn") << 5432 << QStringLiteral("wang")
                            << QStringLiteral("postgresql://wang@pia.example.cn/piadesk");
    QTest::newRow("port") << QStringLiteral("10.0.0.5") << 6543 << QStringLiteral("li")
                          << QStringLiteral("postgresql://li@10.0.0.5:6543/piadesk");
    QTest::newRow("IPv6") << QStringLiteral("::1") << 5432 << QStringLiteral("li")
                          << QStringLiteral("postgresql://li@[::1]/piadesk");
    QTest::newRow("socket") << QStringLiteral("/var/run/postgresql") << 5432 << QStringLiteral("zhao")
                            << QStringLiteral("postgresql:///piadesk?host=%2Fvar%2Frun%2Fpostgresql&user=zhao");
    QTest::newRow("this computer") << QString() << 5432 << QString() << QStringLiteral("postgresql:///piadesk");
    QTest::newRow("odd user") << QStringLiteral("db") << 5432 << QStringLiteral("a@b/c")
                              << QStringLiteral("postgresql://a%40b%2Fc@db/piadesk");
}

void TeamGuiTest::addressIsBuiltFromTheDialog()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, address);
    QCOMPARE(Workspace::teamStoreAddress(host, port, QStringLiteral("piadesk"), user), address);
    QVERIFY(Workspace::isTeamStoreAddress(address));
}

void TeamGuiTest::connectsThroughTheFileMenu()
{
    QTemporaryDir dir;
    const auto file = TestSupport::openStore(dir);
    QVERIFY(file);
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(Workspace(CaseStore::open(dir.filePath(QStringLiteral("mine.piadesk")), nullptr)), &settings);
    window.show();
    auto* cases = window.findChild<QTableView*>(QStringLiteral("caseTable"));
    QVERIFY(cases);
    QCOMPARE(cases->model()->rowCount(), 0);

    m_dialogs.login.host = m_cluster.socketDir();
    m_dialogs.login.database = QStringLiteral("gui");
    m_dialogs.login.user = TestSupport::PgCluster::superuser();
    auto* connect = window.findChild<QAction*>(QStringLiteral("actionConnectTeamStore"));
    QVERIFY(connect);
    connect->trigger();
    QCOMPARE(m_dialogs.asked, 1);
    const QString address = Workspace::teamStoreAddress(
        m_cluster.socketDir(), 5432, QStringLiteral("gui"), TestSupport::PgCluster::superuser());
    QTRY_VERIFY(window.windowTitle().contains(address));
    QTRY_COMPARE(cases->model()->rowCount(), 1);
    QVERIFY(!window.findChild<QMessageBox*>(QStringLiteral("problemBox")));
    QCOMPARE(settings.recentFiles().value(0), address);

    // From the recent files, the same store again: nothing to do; the case file back, and the store once more.
    QVERIFY(window.openFile(address));
    QVERIFY(window.openFile(dir.filePath(QStringLiteral("mine.piadesk"))));
    QTRY_COMPARE(cases->model()->rowCount(), 0);
    QVERIFY(window.openFile(settings.recentFiles().value(1)));
    QTRY_COMPARE(cases->model()->rowCount(), 1);
}

void TeamGuiTest::refusedConnectionIsExplained()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    const QString mine = dir.filePath(QStringLiteral("mine.piadesk"));
    MainWindow window(Workspace(CaseStore::open(mine, nullptr)), &settings);
    window.show();
    m_dialogs.login.host = m_cluster.socketDir();
    m_dialogs.login.database = QStringLiteral("no_such_database");
    m_dialogs.login.user = TestSupport::PgCluster::superuser();
    window.findChild<QAction*>(QStringLiteral("actionConnectTeamStore"))->trigger();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox*>(QStringLiteral("problemBox"))) != nullptr);
    QVERIFY2(box->text().contains(QLatin1String("Cannot connect to the team store")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QLatin1String("no_such_database")), qPrintable(box->text()));
    QVERIFY(window.windowTitle().contains(QLatin1String("mine.piadesk")));
}

void TeamGuiTest::nativeDialogAsksForEverything_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("Connect to Team Store");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN") << QStringLiteral("连接团队案卷库");
}

void TeamGuiTest::nativeDialogAsksForEverything()
{
    // The real dialog, typed into as a user would, in both languages; its picture goes to $PIADESK_SCREENSHOT_DIR
    // when set.
    QFETCH(QString, language);
    QFETCH(QString, title);
    QVERIFY(Translations::install(*qApp, QLocale(language), true));
    const auto restore = qScopeGuard([] { Translations::install(*qApp, QLocale(QStringLiteral("en")), true); });
    Dialogs native;
    TeamStoreLogin login;
    login.user = QStringLiteral("wang");
    bool typed = false;
    QString shownTitle;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        shownTitle = dialog->windowTitle();
        auto* host = dialog->findChild<QLineEdit*>(QStringLiteral("teamStoreHost"));
        auto* user = dialog->findChild<QLineEdit*>(QStringLiteral("teamStoreUser"));
        auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("teamStorePassword"));
        if (host && user && password) {
            QTest::keyClicks(host, QStringLiteral("pia.example.cn"));
            user->setText(QStringLiteral("li"));
            QTest::keyClicks(password, QStringLiteral("s3cret"));
            typed = password->echoMode() == QLineEdit::Password;
        }
        const QString dir = qEnvironmentVariable("PIADESK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            dialog->grab().save(dir
                + (language == QLatin1String("en") ? QStringLiteral("/team-store-connect.png")
                                                   : QStringLiteral("/team-store-connect.%1.png").arg(language)));
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        if (buttons)
            buttons->button(QDialogButtonBox::Ok)->click();
    });
    QVERIFY(native.teamStoreLogin(nullptr, &login));
    QVERIFY(typed);
    QCOMPARE(shownTitle, title);
    QCOMPARE(login.host, QStringLiteral("pia.example.cn"));
    QCOMPARE(login.port, 5432);
    QCOMPARE(login.database, QStringLiteral("piadesk"));
    QCOMPARE(login.user, QStringLiteral("li"));
    QCOMPARE(login.password, QStringLiteral("s3cret"));
    QCOMPARE(Workspace::teamStoreAddress(login.host, login.port, login.database, login.user),
        QStringLiteral("postgresql://li@pia.example.cn/piadesk"));
}

namespace {
/** Types \a text over what \a field holds, as a user would, and lets the wizard save it. */
void retype(AssessmentWizard* wizard, QLineEdit* field, const QString& text)
{
    field->setFocus();
    field->selectAll();
    QInputMethodEvent event; // Chinese arrives from an input method, committed at once
    event.setCommitString(text);
    QCoreApplication::sendEvent(field, &event);
    wizard->flush();
}

/** Shows the review page of \a wizard: its sign-off fields and the finalize button. */
ReviewPage* showReview(AssessmentWizard* wizard)
{
    while (wizard->currentPage() != wizard->reviewPage()) {
        const int before = wizard->currentId();
        wizard->next();
        if (wizard->currentId() == before)
            return nullptr;
    }
    return wizard->reviewPage();
}

bool finalizeThrough(ReviewPage* review, QString* result)
{
    auto* confirm = review->findChild<QCheckBox*>(QStringLiteral("confirmBox"));
    auto* button = review->findChild<QPushButton*>(QStringLiteral("finalizeButton"));
    if (!confirm || !button)
        return false;
    confirm->setChecked(true);
    QTest::mouseClick(button, Qt::LeftButton);
    *result = review->findChild<QLabel*>(QStringLiteral("resultLabel"))->text();
    return true;
}
} // namespace

void TeamGuiTest::threeRolesAtOnce()
{
    // Two windows of the app, each connected with its own login as a user of the team would be (an assessor and a
    // reviewer), and the CLI as an auditor, on one team store at once.
    const QString name = QStringLiteral("three");
    QString error;
    QVERIFY2(m_cluster.createDatabase(name, QString(), &error), qPrintable(error));
    const QString cli = QStringLiteral(PIADESK_CLI);
    QTemporaryDir home;
    const QString ownerUrl = m_cluster.url(name);
    // The owner sets the store up with the demo cases and starts a re-assessment of case 1 (a complete draft).
    TestSupport::CliRun run = TestSupport::runCli(cli,
        { QStringLiteral("--db"), ownerUrl, QStringLiteral("--today"), QStringLiteral("2026-03-02"),
            QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("4"), QStringLiteral("--seed"),
            QStringLiteral("9") },
        home.path());
    QVERIFY2(run.status == 0, qPrintable(run.err));
    run = TestSupport::runCli(cli,
        { QStringLiteral("--db"), ownerUrl, QStringLiteral("reassess"), QStringLiteral("1"),
            QStringLiteral("--trigger"), QStringLiteral("security_incident"), QStringLiteral("--date"),
            QStringLiteral("2026-11-30"), QStringLiteral("--description"), QStringLiteral("门禁系统遭入侵") },
        home.path());
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QVERIFY2(m_cluster.psql(QStringLiteral("SELECT piadesk.add_user('t_asa', 'assessor'); "
                                           "SELECT piadesk.add_user('t_rev', 'reviewer'); "
                                           "SELECT piadesk.add_user('t_aud', 'auditor')"),
                 name, nullptr, &error),
        qPrintable(error));

    QTemporaryDir dir;
    AppSettings settingsA(dir.filePath(QStringLiteral("a.ini")));
    AppSettings settingsB(dir.filePath(QStringLiteral("b.ini")));
    MainWindow assessorWindow(
        Workspace(CaseStore::open(m_cluster.url(name, QStringLiteral("t_asa")), nullptr)), &settingsA);
    MainWindow reviewerWindow(
        Workspace(CaseStore::open(m_cluster.url(name, QStringLiteral("t_rev")), nullptr)), &settingsB);
    QVERIFY(assessorWindow.store() && reviewerWindow.store());
    QCOMPARE(assessorWindow.store()->actor(), QStringLiteral("t_asa"));
    QVERIFY(!assessorWindow.store()->isReadOnly());
    assessorWindow.show();
    reviewerWindow.show();
    m_dialogs.questions.clear();
    m_dialogs.informed.clear();
    m_dialogs.answer = true;

    // Both open the draft of case 1; the reviewer also opens case 4 (a draft of the reviewer's own team).
    AssessmentWizard* mine = assessorWindow.openAssessment(1);
    AssessmentWizard* theirs = reviewerWindow.openAssessment(1);
    AssessmentWizard* other = reviewerWindow.openAssessment(4);
    QVERIFY(mine && theirs && other);
    QVERIFY(!mine->editor().isReadOnly());
    ReviewPage* myReview = showReview(mine);
    ReviewPage* theirReview = showReview(theirs);
    ReviewPage* otherReview = showReview(other);
    QVERIFY(myReview && theirReview && otherReview);

    // Edits on different cases both land.
    retype(mine, myReview->findChild<QLineEdit*>(QStringLiteral("assessor")), QStringLiteral("陈晓"));
    retype(mine, myReview->findChild<QLineEdit*>(QStringLiteral("reviewer")), QStringLiteral("刘敏"));
    retype(other, otherReview->findChild<QLineEdit*>(QStringLiteral("assessor")), QStringLiteral("周婷"));
    QCOMPARE(mine->editor().version()->assessor, QStringLiteral("陈晓"));
    QCOMPARE(other->editor().version()->assessor, QStringLiteral("周婷"));
    QVERIFY(m_dialogs.questions.isEmpty());

    // The reviewer's window still shows case 1 as it was: a change there is refused, the reviewer told who changed
    // it and when, and offered to read it again (taken: the assessor's names appear).
    auto* theirReviewer = theirReview->findChild<QLineEdit*>(QStringLiteral("reviewer"));
    QVERIFY(theirReviewer->text().isEmpty());
    retype(theirs, theirReviewer, QStringLiteral("别人"));
    QTRY_COMPARE(m_dialogs.questions.size(), 1);
    QCOMPARE(m_dialogs.questions.constFirst().title, QStringLiteral("Changed by Someone Else"));
    QVERIFY2(m_dialogs.questions.constFirst().text.contains(QLatin1String("was changed by t_asa at")),
        qPrintable(m_dialogs.questions.constFirst().text));
    QTRY_COMPARE(theirReviewer->text(), QStringLiteral("刘敏"));
    QCOMPARE(theirs->editor().version()->assessor, QStringLiteral("陈晓"));
    QVERIFY(!theirs->editor().undoStack()->canUndo());

    // The assessor cannot finalize; the reviewer, who did not write the draft, does.
    QString result;
    QVERIFY(finalizeThrough(myReview, &result));
    QVERIFY2(result.contains(QLatin1String("Only a reviewer")), qPrintable(result));
    QCOMPARE(mine->editor().version()->state, AssessmentState::Draft);
    QVERIFY(finalizeThrough(theirReview, &result));
    QVERIFY2(result.contains(QLatin1String("is finalized")), qPrintable(result));
    QCOMPARE(theirs->editor().version()->state, AssessmentState::Finalized);

    // The auditor, with the CLI, reads everything and changes nothing.
    const QString auditorUrl = m_cluster.url(name, QStringLiteral("t_aud"));
    run = TestSupport::runCli(
        cli, { QStringLiteral("--db"), auditorUrl, QStringLiteral("list"), QStringLiteral("--json") }, home.path());
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QCOMPARE(QJsonDocument::fromJson(run.outBytes).array().size(), 4);
    run = TestSupport::runCli(cli,
        { QStringLiteral("--db"), auditorUrl, QStringLiteral("finalize"), QStringLiteral("4"),
            QStringLiteral("--assessor"), QStringLiteral("a"), QStringLiteral("--reviewer"), QStringLiteral("b") },
        home.path());
    QVERIFY(run.status != 0);
    QVERIFY2(
        run.err.contains(QLatin1String("as t_aud, whose role reads the cases but changes none")), qPrintable(run.err));
    run = TestSupport::runCli(cli,
        { QStringLiteral("--db"), auditorUrl, QStringLiteral("reassess"), QStringLiteral("2"),
            QStringLiteral("--trigger"), QStringLiteral("security_incident"), QStringLiteral("--date"),
            QStringLiteral("2026-11-30"), QStringLiteral("--description"), QStringLiteral("审计员") },
        home.path());
    QVERIFY(run.status != 0);
    QVERIFY2(run.err.contains(QLatin1String("changes none")), qPrintable(run.err));
    run = TestSupport::runCli(cli, { QStringLiteral("--db"), auditorUrl, QStringLiteral("verify") }, home.path());
    QVERIFY2(run.status == 0, qPrintable(run.out + run.err));

    // Every event names the role that made it.
    CaseStore::Options readOnly;
    readOnly.readOnly = true;
    const auto store = CaseStore::open(ownerUrl, readOnly, &error);
    QVERIFY2(store, qPrintable(error));
    QStringList seen;
    for (const AuditEvent& e : store->auditEvents()) {
        QVERIFY2(e.actor != QLatin1String("t_aud"), qPrintable(e.action));
        if (e.actor == QLatin1String("t_asa") || e.actor == QLatin1String("t_rev"))
            seen.append(e.actor + QLatin1Char(' ') + e.action + QLatin1Char(' ') + e.caseUuid);
    }
    CaseBundle one;
    CaseBundle four;
    QVERIFY(store->loadCase(1, &one));
    QVERIFY(store->loadCase(4, &four));
    const auto actorsOf = [&store](const CaseBundle& bundle, const QString& action) {
        QStringList actors;
        for (const AuditEvent& e : store->auditEvents(bundle.caseInfo.uuid)) {
            if (e.action == action)
                actors.append(e.actor);
        }
        return actors;
    };
    QVERIFY2(actorsOf(one, QStringLiteral("assessment.signoff")).contains(QStringLiteral("t_asa")),
        qPrintable(seen.join(QLatin1Char('\n'))));
    // The assessor's two names, and nothing from the refused finalization or the reviewer's refused change.
    QVERIFY2(actorsOf(one, QStringLiteral("assessment.signoff"))
            == QStringList({ QStringLiteral("t_asa"), QStringLiteral("t_asa") }),
        qPrintable(seen.join(QLatin1Char('\n'))));
    QCOMPARE(actorsOf(one, QStringLiteral("assessment.finalize")), QStringList { QStringLiteral("t_rev") });
    QVERIFY2(actorsOf(four, QStringLiteral("assessment.signoff")).contains(QStringLiteral("t_rev")),
        qPrintable(seen.join(QLatin1Char('\n'))));
    QCOMPARE(one.assessments.constLast().state, AssessmentState::Finalized);
    QCOMPARE(one.assessments.constLast().assessor, QStringLiteral("陈晓"));
    QCOMPARE(one.assessments.constLast().reviewer, QStringLiteral("刘敏"));
    const VerifyReport report = store->verify();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));

    // The auditor in the app: told at once that nothing can be changed, and offered nothing that would.
    AppSettings settingsC(dir.filePath(QStringLiteral("c.ini")));
    MainWindow auditorWindow(Workspace(CaseStore::open(auditorUrl, nullptr)), &settingsC);
    auditorWindow.show();
    QVERIFY(auditorWindow.windowTitle().contains(QLatin1String("(read-only)")));
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = auditorWindow.findChild<QMessageBox*>(QStringLiteral("readOnlyBox"))) != nullptr);
    QCOMPARE(box->windowTitle(), QStringLiteral("Team Store Opened Read-Only"));
    QVERIFY2(box->text().contains(QLatin1String("as t_aud, whose role reads the cases but changes none")),
        qPrintable(box->text()));
    box->close();
    QVERIFY(!auditorWindow.findChild<QAction*>(QStringLiteral("actionNewAssessment"))->isEnabled());
    QVERIFY(!auditorWindow.findChild<QAction*>(QStringLiteral("actionImport"))->isEnabled());
    auto* versions = auditorWindow.findChild<QAbstractItemView*>(QStringLiteral("versionList"));
    QVERIFY(versions && versions->model()->rowCount() > 0);
    versions->setCurrentIndex(versions->model()->index(0, 0));
    QVERIFY(auditorWindow.findChild<QPushButton*>(QStringLiteral("openVersionButton"))->isEnabled());
    QVERIFY(!auditorWindow.findChild<QPushButton*>(QStringLiteral("deleteVersionButton"))->isEnabled());
    AssessmentWizard* audited = auditorWindow.openAssessment(4);
    QVERIFY(audited);
    QVERIFY(audited->editor().isReadOnly());
    QVERIFY2(audited->editor().readOnlyReason().contains(QLatin1String("changes none")),
        qPrintable(audited->editor().readOnlyReason()));
    audited->close();

    const QList<AssessmentWizard*> open = assessorWindow.wizards() + reviewerWindow.wizards();
    for (AssessmentWizard* wizard : open)
        wizard->close();
}

QTEST_MAIN(TeamGuiTest)
#include "tst_teamgui.moc"
