#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace piadesk::TestSupport {

/**
 * A throwaway PostgreSQL cluster for one test program: made with initdb in a temporary folder, listening only on a
 * Unix socket in that folder (no TCP port), and stopped and removed with the object. Run as root (as CI is), the
 * server runs as the unprivileged user "nobody", since PostgreSQL refuses to run as root.
 *
 * The binaries come from $PIADESK_PG_BINDIR, else the newest /usr/lib/postgresql/<version>/bin (Debian's
 * postgresql package), else the PATH. The cluster's superuser is "owner"; local connections are trusted, so any
 * role may connect without a password (roles and what they may do are what the tests are about, not passwords).
 */
class PgCluster
{
public:
    PgCluster();
    ~PgCluster();
    PgCluster(const PgCluster&) = delete;
    PgCluster& operator=(const PgCluster&) = delete;

    /** Makes and starts the cluster; false with \a error (what failed, with the tool's output). */
    bool start(QString* error);
    /** Stops the server (fast shutdown); the folder goes with the object. */
    void stop();
    bool isRunning() const { return m_running; }

    QString socketDir() const;
    QString binDir() const { return m_binDir; }
    static QString superuser() { return QStringLiteral("owner"); }

    /** A connection URI to \a database as \a user (the superuser when empty), over the cluster's socket. */
    QString url(const QString& database, const QString& user = QString()) const;

    /**
     * Runs \a sql with psql on \a database as \a user (the superuser when empty), stopping at the first error; its
     * standard output (unaligned, tuples only) goes to \a output. False with \a error (psql's message) on failure.
     */
    bool psql(const QString& sql, const QString& database = QStringLiteral("postgres"), QString* output = nullptr,
        QString* error = nullptr, const QString& user = QString()) const;

    /** Creates an empty database \a name owned by \a owner (the superuser when empty). */
    bool createDatabase(const QString& name, const QString& owner = QString(), QString* error = nullptr) const;

    /** The environment that points libpq tools (psql, pg_dump, scripts) at this cluster. */
    QStringList environment() const;

private:
    /** Runs a server program of binDir() as the user the server runs as. */
    bool runServerTool(const QString& tool, const QStringList& arguments, QString* error, int timeoutMs) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir;
    bool m_running = false;
    bool m_asNobody = false;
};

} // namespace piadesk::TestSupport
