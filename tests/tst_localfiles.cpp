// Case files on this computer: owner-only permissions whatever the umask, a writer lock the kernel holds, and no
// writing on a network or FUSE file system (docs/RELIABILITY.md, "Private files" and "One writer at a time").
#include "TestSupport.h"
#include "core/LocalFiles.h"
#include "gui/Dialogs.h"
#include "gui/register/MainWindow.h"
#include "session/AppSettings.h"
#include "session/Workspace.h"
#include "store/CaseStore.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QProcess>
#include <QScopeGuard>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/stat.h>
#include <sys/types.h>

using namespace piadesk;

namespace {

/** The permission bits of \a path (not following a link); -1 when it does not exist. */
int modeOf(const QString& path)
{
    struct stat st
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QString octal(int mode)
{
    return mode < 0 ? QStringLiteral("missing") : QStringLiteral("0%1").arg(mode, 3, 8, QLatin1Char('0'));
}

#define QCOMPARE_MODE(path, expected)                                                                                  \
    QVERIFY2(modeOf(path) == (expected),                                                                               \
        qPrintable(QStringLiteral("%1 is %2, not %3").arg(path, octal(modeOf(path)), octal(expected))))

using Run = TestSupport::CliRun;

/** Runs the real piadesk-cli, in English, with its data directory under \a home (it inherits this process's umask). */
Run cli(const QStringList& arguments, const QString& home)
{
    return TestSupport::runCli(QStringLiteral(PIADESK_CLI), arguments, home);
}

/** A case file in \a home with the example case imported by the real piadesk-cli; empty if it failed. */
QString importedCaseFile(const QTemporaryDir& home)
{
    const QString file = home.filePath(QStringLiteral("cases.piadesk"));
    const Run run = cli({ QStringLiteral("--file"), file, QStringLiteral("import"),
                            TestSupport::dataPath(QStringLiteral("case-complete.json")) },
        home.path());
    if (run.status != 0) {
        qWarning("import failed: %s", qPrintable(run.err));
        return QString();
    }
    return file;
}

/** Answers the main window's questions as the test says, and records them. */
class ScriptedDialogs : public Dialogs
{
public:
    QStringList asked;
    bool answer = false;

    bool ask(QWidget*, const QString&, const QString& text, const QString&, const QString&) override
    {
        asked.append(text);
        return answer;
    }
    void inform(QWidget*, const QString&, const QString&) override { }
};

} // namespace

class TestLocalFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void fileSystemsAreClassified_data()
    {
        QTest::addColumn<qint64>("magic");
        QTest::addColumn<bool>("shared");
        QTest::addColumn<QString>("name");
        QTest::newRow("ext4") << qint64(0xEF53) << false << QString();
        QTest::newRow("xfs") << qint64(0x58465342) << false << QString();
        QTest::newRow("btrfs") << qint64(0x9123683E) << false << QString();
        QTest::newRow("tmpfs") << qint64(0x01021994) << false << QString();
        QTest::newRow("overlayfs") << qint64(0x794C7630) << false << QString();
        QTest::newRow("nfs") << qint64(0x6969) << true << QStringLiteral("NFS");
        QTest::newRow("smbfs") << qint64(0x517B) << true << QStringLiteral("SMB/CIFS");
        QTest::newRow("cifs") << qint64(0xFF534D42) << true << QStringLiteral("SMB/CIFS");
        // f_type is a signed long: on a 32-bit long, CIFS's magic arrives negative.
        QTest::newRow("cifs, sign-extended") << qint64(qint32(0xFF534D42)) << true << QStringLiteral("SMB/CIFS");
        QTest::newRow("smb3") << qint64(0xFE534D42) << true << QStringLiteral("SMB/CIFS");
        QTest::newRow("9p") << qint64(0x01021997) << true << QStringLiteral("9P");
        QTest::newRow("cephfs") << qint64(0x00C36400) << true << QStringLiteral("CephFS");
        QTest::newRow("afs") << qint64(0x5346414F) << true << QStringLiteral("AFS");
        QTest::newRow("fuse (sshfs, ntfs-3g)") << qint64(0x65735546) << true << QStringLiteral("FUSE");
    }

    void fileSystemsAreClassified()
    {
        QFETCH(qint64, magic);
        QFETCH(bool, shared);
        QFETCH(QString, name);
        const LocalFiles::FileSystemKind kind = LocalFiles::classifyFileSystem(magic);
        QCOMPARE(kind.isShared(), shared);
        QCOMPARE(kind.name, name);
        if (name == QLatin1String("FUSE"))
            QCOMPARE(kind.kind, LocalFiles::FileSystemKind::Kind::Fuse);
        else if (shared)
            QCOMPARE(kind.kind, LocalFiles::FileSystemKind::Kind::Network);
    }

    void temporaryFolderIsLocal()
    {
        // The machine the tests run on keeps its temporary files on a local disk (or tmpfs).
        QTemporaryDir dir;
        QVERIFY(!LocalFiles::fileSystemOf(dir.path()).isShared());
        QVERIFY(!LocalFiles::fileSystemOf(dir.filePath(QStringLiteral("not/yet/there.piadesk"))).isShared());
    }

    void everyFileIsPrivateWhateverTheUmask_data()
    {
        QTest::addColumn<int>("mask");
        QTest::newRow("umask 022") << 022;
        QTest::newRow("umask 002") << 002;
    }

    void everyFileIsPrivateWhateverTheUmask()
    {
        QFETCH(int, mask);
        const mode_t previous = ::umask(mode_t(mask));
        const auto restore = qScopeGuard([previous] { ::umask(previous); });
        QTemporaryDir home;
        const QString example = TestSupport::dataPath(QStringLiteral("case-complete.json"));

        // The programs: the default case file in the data folder, another case file, and everything written out.
        Run run = cli({ QStringLiteral("import"), example }, home.path());
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QCOMPARE_MODE(home.filePath(QStringLiteral("piadesk")), 0700);
        QCOMPARE_MODE(home.filePath(QStringLiteral("piadesk/cases.piadesk")), 0600);
        const QString file = home.filePath(QStringLiteral("cases/p.piadesk"));
        run = cli({ QStringLiteral("--file"), file, QStringLiteral("import"), example }, home.path());
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QCOMPARE_MODE(home.filePath(QStringLiteral("cases")), 0700); // a folder PIAdesk made for the file
        QCOMPARE_MODE(file, 0600);
        const QString out = home.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        run = cli({ QStringLiteral("--file"), file, QStringLiteral("export"), QStringLiteral("1"),
                      QStringLiteral("--out"), out + QStringLiteral("/c.json") },
            home.path());
        QVERIFY2(run.status == 0, qPrintable(run.err));
        run = cli({ QStringLiteral("--file"), file, QStringLiteral("render"), QStringLiteral("1"),
                      QStringLiteral("--version"), QStringLiteral("2"), QStringLiteral("--report"),
                      out + QStringLiteral("/r.pdf"), QStringLiteral("--xlsx"), out + QStringLiteral("/w.xlsx"),
                      QStringLiteral("--packet"), out + QStringLiteral("/p.pdf"), QStringLiteral("--odt"),
                      out + QStringLiteral("/r.odt") },
            home.path());
        QVERIFY2(run.status == 0, qPrintable(run.err));
        const QStringList written = QDir(out).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(written,
            QStringList({ QStringLiteral("c.json"), QStringLiteral("p.pdf"), QStringLiteral("r.odt"),
                QStringLiteral("r.pdf"), QStringLiteral("w.xlsx") }));
        for (const QString& name : written)
            QCOMPARE_MODE(out + QLatin1Char('/') + name, 0600);
        run = cli({ QStringLiteral("--calendar"),
                      TestSupport::dataPath(QStringLiteral("calendars/cn-holidays-2027-fixture.json")),
                      QStringLiteral("calendar") },
            home.path());
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QCOMPARE_MODE(home.filePath(QStringLiteral("piadesk/calendar")), 0700);
        QCOMPARE_MODE(home.filePath(QStringLiteral("piadesk/calendar/cn-holidays.json")), 0600);

        // The store itself, under this process's umask: a new file with its log, shared memory and lock, while open.
        const QString direct = home.filePath(QStringLiteral("direct.piadesk"));
        {
            QString error;
            auto store = CaseStore::open(direct, &error);
            QVERIFY2(store, qPrintable(error));
            Organisation organisation;
            organisation.name = QStringLiteral("测试单位");
            QVERIFY2(store->saveOrganisation(organisation), qPrintable(store->errorString()));
            for (const QString& suffix :
                { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock") })
                QCOMPARE_MODE(direct + suffix, 0600);
            // A copy of the whole file.
            QVERIFY2(store->saveCopy(home.filePath(QStringLiteral("copy.piadesk"))), qPrintable(store->errorString()));
            QCOMPARE_MODE(home.filePath(QStringLiteral("copy.piadesk")), 0600);
        }
        // A migration's backup, from a file of the first schema that is itself private.
        const QString old = home.filePath(QStringLiteral("old.piadesk"));
        QVERIFY(QFile::copy(TestSupport::dataPath(QStringLiteral("schema-v1.piadesk")), old));
        QVERIFY(QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner));
        {
            QString error;
            auto store = CaseStore::open(old, &error);
            QVERIFY2(store, qPrintable(error));
            QVERIFY(!store->migrationBackupPath().isEmpty());
            QCOMPARE_MODE(store->migrationBackupPath(), 0600);
        }
        // Nothing anywhere under the home folder that others can read.
        QDirIterator it(
            home.path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path == old || path == out)
                continue;
            QVERIFY2((modeOf(path) & 077) == 0, qPrintable(path + QStringLiteral(" is ") + octal(modeOf(path))));
        }
    }

    void killedWriterNeverBlocksTheNext()
    {
        QTemporaryDir home;
        const QString file = home.filePath(QStringLiteral("cases.piadesk"));
        const QString lock = file + QStringLiteral(".lock");
        QVERIFY(cli({ QStringLiteral("--file"), file, QStringLiteral("import"),
                        TestSupport::dataPath(QStringLiteral("case-complete.json")) },
                    home.path())
                    .status
            == 0);

        // The real app holds the file, and is killed.
        QProcess app;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        app.setProcessEnvironment(environment);
        app.start(QStringLiteral(PIADESK_APP), { file });
        QVERIFY(app.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            TestSupport::fileBytes(lock).startsWith(QByteArray::number(app.processId()) + '\n'), 30000);
        const QList<QByteArray> named = TestSupport::fileBytes(lock).split('\n');
        QVERIFY(named.size() >= 4);
        QCOMPARE(named.at(1), QByteArray("piadesk"));
        QCOMPARE(named.at(2), QSysInfo::machineHostName().toUtf8());
        QCOMPARE(QString::fromUtf8(named.at(3)), CaseStore::systemUserName());
        QCOMPARE_MODE(lock, 0600);
        ::kill(pid_t(app.processId()), SIGKILL);
        QVERIFY(app.waitForFinished(30000));
        QVERIFY(QFile::exists(lock)); // killed: nobody removed it

        // An unrelated program named like PIAdesk, alive, whose process id the lock file now names.
        const QString impostor = home.filePath(QStringLiteral("piadesk"));
        QVERIFY(QFile::copy(QStringLiteral("/bin/sleep"), impostor));
        QProcess sleeper;
        sleeper.start(impostor, { QStringLiteral("60") });
        QVERIFY(sleeper.waitForStarted());
        const auto stopSleeper = qScopeGuard([&sleeper] {
            sleeper.kill();
            sleeper.waitForFinished();
        });
        {
            QFile rewritten(lock);
            QVERIFY(rewritten.open(QIODevice::WriteOnly | QIODevice::Truncate));
            rewritten.write(QByteArray::number(sleeper.processId()) + "\npiadesk\n"
                + QSysInfo::machineHostName().toUtf8() + '\n' + CaseStore::systemUserName().toUtf8() + '\n');
        }

        // The next writer gets in: the kernel released the dead writer's lock, and a process id proves nothing.
        QString error;
        auto writer = CaseStore::open(file, &error);
        QVERIFY2(writer, qPrintable(error));
        QVERIFY(TestSupport::fileBytes(lock).startsWith(QByteArray::number(QCoreApplication::applicationPid()) + '\n'));

        // Two live writers: the second is refused, told who has the file.
        const Run refused = cli({ QStringLiteral("--file"), file, QStringLiteral("import"),
                                    TestSupport::dataPath(QStringLiteral("case-complete.json")) },
            home.path());
        QCOMPARE(refused.status, 1);
        const QString holder = QStringLiteral("is in use by tst_localfiles (process %1 of %2 on %3)")
                                   .arg(QCoreApplication::applicationPid())
                                   .arg(CaseStore::systemUserName(), QSysInfo::machineHostName());
        QVERIFY2(refused.err.contains(holder), qPrintable(refused.err));
        // Readers are not held up.
        QCOMPARE(cli({ QStringLiteral("--file"), file, QStringLiteral("verify") }, home.path()).status, 0);

        // Let go, the lock file goes with the lock, and the next writer gets in.
        writer.reset();
        QVERIFY(!QFile::exists(lock));
        QVERIFY2(CaseStore::open(file, &error), qPrintable(error));
    }

    void caseFileOnASharedFileSystemIsOpenedReadOnly()
    {
        QTemporaryDir home;
        const QString file = importedCaseFile(home);
        QVERIFY(!file.isEmpty());
        const QByteArray before = TestSupport::fileBytes(file);
        LocalFiles::setFileSystemClassifierForTesting([](const QString&) {
            return LocalFiles::FileSystemKind { LocalFiles::FileSystemKind::Kind::Network, QStringLiteral("NFS") };
        });
        const auto restore = qScopeGuard([] { LocalFiles::setFileSystemClassifierForTesting({}); });

        // The store refuses to write there, and creates nothing.
        QString error;
        QVERIFY(!CaseStore::open(file, &error));
        QVERIFY2(error.contains(QLatin1String("is on a shared file system (NFS)")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("copy the file to a local disk")), qPrintable(error));
        QVERIFY(!QFile::exists(file + QStringLiteral(".lock")));
        const QString fresh = home.filePath(QStringLiteral("new.piadesk"));
        QVERIFY(!CaseStore::open(fresh, &error));
        QVERIFY(!QFile::exists(fresh));

        // The session opens it read-only, saying why; a new file is not created there.
        std::optional<Workspace> missing = Workspace::open(fresh, &error);
        QVERIFY(!missing);
        QVERIFY2(error.contains(QLatin1String("No new case file is created there.")), qPrintable(error));
        QVERIFY(!QFile::exists(fresh));
        std::optional<Workspace> workspace = Workspace::open(file, &error);
        QVERIFY2(workspace, qPrintable(error));
        QVERIFY(workspace->isReadOnly());
        QVERIFY(workspace->readOnlyReason().contains(QLatin1String("(NFS)")));
        QCOMPARE(workspace->listCases().size(), 1);

        // The window says so, and offers nothing that would change the file.
        AppSettings settings(home.filePath(QStringLiteral("settings.ini")));
        MainWindow window(std::move(*workspace), &settings);
        window.show();
        QVERIFY(window.windowTitle().contains(QLatin1String("(read-only)")));
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox*>(QStringLiteral("readOnlyBox"))) != nullptr);
        QVERIFY2(
            box->text().contains(QLatin1String("PIAdesk opens case files there read-only")), qPrintable(box->text()));
        box->accept();
        QAction* newAssessment = window.findChild<QAction*>(QStringLiteral("actionNewAssessment"));
        QAction* import = window.findChild<QAction*>(QStringLiteral("actionImport"));
        QVERIFY(newAssessment && import);
        QVERIFY(!newAssessment->isEnabled());
        QVERIFY(!import->isEnabled());
        window.close();
        QCOMPARE(TestSupport::fileBytes(file), before);
    }

    void readableCaseFileIsReportedAndMadePrivateOnlyWhenAsked()
    {
        QTemporaryDir home;
        const QString file = importedCaseFile(home);
        QVERIFY(!file.isEmpty());
        // As an older PIAdesk, or a copy made with the usual umask, left it.
        QVERIFY(
            QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));

        // verify reports it, changes nothing, and still passes.
        Run run = cli({ QStringLiteral("--file"), file, QStringLiteral("verify") }, home.path());
        QCOMPARE(run.status, 0);
        QVERIFY2(run.err.contains(QLatin1String("Other accounts on this computer can read")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("(permissions 0644)")), qPrintable(run.err));
        run = cli({ QStringLiteral("--file"), file, QStringLiteral("verify"), QStringLiteral("--json") }, home.path());
        QCOMPARE(run.status, 0);
        QCOMPARE(
            QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("warnings")).toArray().size(), 1);
        QCOMPARE_MODE(file, 0644);

        ScriptedDialogs scripted;
        ScriptedDialogs* dialogs = &scripted;
        Dialogs::install(dialogs);
        const auto uninstall = qScopeGuard([] { Dialogs::install(nullptr); });
        const QString settingsFile = home.filePath(QStringLiteral("settings.ini"));
        // Declined: the file stays as it is, and the question is not asked again for it.
        for (int opening = 0; opening < 2; ++opening) {
            AppSettings settings(settingsFile);
            QString error;
            std::optional<Workspace> workspace = Workspace::open(file, &error);
            QVERIFY2(workspace, qPrintable(error));
            MainWindow window(std::move(*workspace), &settings);
            window.show();
            QTest::qWait(50);
            QCOMPARE(dialogs->asked.size(), 1);
            QVERIFY(dialogs->asked.constFirst().contains(QLatin1String("Other accounts on this computer can read")));
            QCOMPARE_MODE(file, 0644);
        }

        // Accepted (another user's settings): the file, its log, shared memory and lock become the owner's alone.
        dialogs->answer = true;
        AppSettings settings(home.filePath(QStringLiteral("other.ini")));
        QString error;
        std::optional<Workspace> workspace = Workspace::open(file, &error);
        QVERIFY2(workspace, qPrintable(error));
        QVERIFY(QFile::setPermissions(
            file + QStringLiteral("-wal"), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        MainWindow window(std::move(*workspace), &settings);
        window.show();
        QTRY_COMPARE(dialogs->asked.size(), 2);
        for (const QString& suffix :
            { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock") })
            QCOMPARE_MODE(file + suffix, 0600);
        window.close();
        run = cli({ QStringLiteral("--file"), file, QStringLiteral("verify") }, home.path());
        QCOMPARE(run.status, 0);
        QVERIFY2(!run.err.contains(QLatin1String("Other accounts")), qPrintable(run.err));
    }
};

QTEST_MAIN(TestLocalFiles)
#include "tst_localfiles.moc"
