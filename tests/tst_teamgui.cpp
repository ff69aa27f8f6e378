// The desktop app on a team store: File → Connect to Team Store… against a real server (a throwaway cluster), the
// register showing its cases, the address remembered among the recent files, and a refused connection explained.
#include "PgCluster.h"
#include "TestSupport.h"
#include "gui/Dialogs.h"
#include "gui/register/MainWindow.h"
#include "session/AppSettings.h"
#include "session/Workspace.h"
#include "store/CaseStore.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace piadesk;

namespace {

/** Answers File → Connect to Team Store… with the login the test gives. */
class ScriptedDialogs : public Dialogs
{
public:
    TeamStoreLogin login;
    int asked = 0;

    bool teamStoreLogin(QWidget*, TeamStoreLogin* given) override
    {
        ++asked;
        *given = login;
        return true;
    }
    void inform(QWidget*, const QString&, const QString&) override { }
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
    void nativeDialogAsksForEverything();

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

void TeamGuiTest::nativeDialogAsksForEverything()
{
    // The real dialog, typed into as a user would; its picture goes to $PIADESK_SCREENSHOT_DIR when set.
    Dialogs native;
    TeamStoreLogin login;
    login.user = QStringLiteral("wang");
    bool typed = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
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
            dialog->grab().save(dir + QStringLiteral("/team-store-connect.png"));
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        if (buttons)
            buttons->button(QDialogButtonBox::Ok)->click();
    });
    QVERIFY(native.teamStoreLogin(nullptr, &login));
    QVERIFY(typed);
    QCOMPARE(login.host, QStringLiteral("pia.example.cn"));
    QCOMPARE(login.port, 5432);
    QCOMPARE(login.database, QStringLiteral("piadesk"));
    QCOMPARE(login.user, QStringLiteral("li"));
    QCOMPARE(login.password, QStringLiteral("s3cret"));
    QCOMPARE(Workspace::teamStoreAddress(login.host, login.port, login.database, login.user),
        QStringLiteral("postgresql://li@pia.example.cn/piadesk"));
}

QTEST_MAIN(TeamGuiTest)
#include "tst_teamgui.moc"
