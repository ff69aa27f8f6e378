#include "PgCluster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QUrl>

#include <pwd.h>
#include <unistd.h>

namespace piadesk::TestSupport {

namespace {

/** The folder of initdb, pg_ctl and psql: see PgCluster. */
QString findBinDir()
{
    const QString given = qEnvironmentVariable("PIADESK_PG_BINDIR");
    if (!given.isEmpty())
        return given;
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(found.begin(), found.end(), [](const QString& a, const QString& b) { return a.toInt() > b.toInt(); });
    for (const QString& version : found) {
        const QString bin = versions.filePath(version + QStringLiteral("/bin"));
        if (QFileInfo(bin + QStringLiteral("/initdb")).isExecutable())
            return bin;
    }
    return QString();
}

QString tool(const QString& binDir, const QString& name)
{
    return binDir.isEmpty() ? name : binDir + QLatin1Char('/') + name;
}

} // namespace

PgCluster::PgCluster()
    : m_binDir(findBinDir())
    , m_asNobody(::geteuid() == 0)
{
}

PgCluster::~PgCluster()
{
    stop();
}

QString PgCluster::socketDir() const
{
    return m_dir ? m_dir->path() : QString();
}

bool PgCluster::runServerTool(const QString& name, const QStringList& arguments, QString* error, int timeoutMs) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // The server's log goes to a file: pg_ctl's own output then ends when it does.
    if (m_asNobody)
        process.start(QStringLiteral("runuser"),
            QStringList { QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"), tool(m_binDir, name) }
                + arguments);
    else
        process.start(tool(m_binDir, name), arguments);
    if (!process.waitForStarted(10000)) {
        *error = QStringLiteral("%1 could not be started: %2 (install PostgreSQL: scripts/install-deps.sh)")
                     .arg(name, process.errorString());
        return false;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        *error = QStringLiteral("%1 did not finish in time: %2").arg(name, QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2").arg(name, QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

bool PgCluster::start(QString* error)
{
    QString ignored;
    error = error ? error : &ignored;
    if (m_running)
        return true;
    // Short, so that the socket's path fits (107 bytes).
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/piadesk-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("no temporary folder: %1").arg(m_dir->errorString());
        return false;
    }
    if (m_asNobody) {
        const passwd* nobody = ::getpwnam("nobody");
        if (!nobody || ::chown(QFile::encodeName(m_dir->path()).constData(), nobody->pw_uid, nobody->pw_gid) != 0) {
            *error = QStringLiteral("the temporary folder cannot be given to the user nobody");
            return false;
        }
    }
    const QString data = m_dir->filePath(QStringLiteral("data"));
    if (!runServerTool(QStringLiteral("initdb"),
            { QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
                superuser(), QStringLiteral("--no-sync"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                QStringLiteral("--locale=C.UTF-8") },
            error, 120000))
        return false;
    const QString options = QStringLiteral("-k %1 -c listen_addresses= -c fsync=off -c synchronous_commit=off "
                                           "-c full_page_writes=off -c max_connections=60 -c shared_buffers=64MB")
                                .arg(m_dir->path());
    if (!runServerTool(QStringLiteral("pg_ctl"),
            { QStringLiteral("-D"), data, QStringLiteral("-l"), m_dir->filePath(QStringLiteral("server.log")),
                QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"), options,
                QStringLiteral("start") },
            error, 90000)) {
        QFile log(m_dir->filePath(QStringLiteral("server.log")));
        if (log.open(QIODevice::ReadOnly))
            *error += QStringLiteral("\nserver log:\n") + QString::fromLocal8Bit(log.readAll());
        return false;
    }
    m_running = true;
    return true;
}

void PgCluster::stop()
{
    if (!m_running)
        return;
    QString error;
    if (!runServerTool(QStringLiteral("pg_ctl"),
            { QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
                QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop") },
            &error, 60000)) {
        qWarning("PostgreSQL test cluster did not stop: %s", qPrintable(error));
        runServerTool(QStringLiteral("pg_ctl"),
            { QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
                QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop") },
            &error, 60000);
    }
    m_running = false;
}

QString PgCluster::url(const QString& database, const QString& user) const
{
    const auto encoded = [](const QString& text) { return QString::fromLatin1(QUrl::toPercentEncoding(text)); };
    return QStringLiteral("postgresql:///%1?host=%2&user=%3")
        .arg(encoded(database), encoded(socketDir()), encoded(user.isEmpty() ? superuser() : user));
}

QStringList PgCluster::environment() const
{
    return { QStringLiteral("PGHOST=") + socketDir(), QStringLiteral("PGUSER=") + superuser(),
        QStringLiteral("PGDATABASE=postgres") };
}

bool PgCluster::psql(
    const QString& sql, const QString& database, QString* output, QString* error, const QString& user) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PGPASSWORD"));
    process.setProcessEnvironment(env);
    process.start(tool(m_binDir, QStringLiteral("psql")),
        { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-v"),
            QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), socketDir(), QStringLiteral("-U"),
            user.isEmpty() ? superuser() : user, QStringLiteral("-d"), database, QStringLiteral("-f"),
            QStringLiteral("-") });
    if (!process.waitForStarted(10000)) {
        if (error)
            *error = process.errorString();
        return false;
    }
    process.write(sql.toUtf8());
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(120000);
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    if (error)
        *error = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool PgCluster::createDatabase(const QString& name, const QString& owner, QString* error) const
{
    return psql(QStringLiteral("CREATE DATABASE \"%1\" OWNER \"%2\"").arg(name, owner.isEmpty() ? superuser() : owner),
        QStringLiteral("postgres"), nullptr, error);
}

} // namespace piadesk::TestSupport
