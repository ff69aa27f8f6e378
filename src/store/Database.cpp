#include "Database.h"

#include <sqlite3.h>

namespace piadesk {

namespace {

Database::Failure sqliteFailure(int code)
{
    switch (code & 0xff) {
    case SQLITE_OK:
        return Database::Failure::None;
    case SQLITE_FULL:
        return Database::Failure::Full;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Database::Failure::Busy;
    case SQLITE_READONLY:
        return Database::Failure::ReadOnly;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Database::Failure::Corrupt;
    case SQLITE_IOERR:
        return Database::Failure::Io;
    case SQLITE_AUTH:
    case SQLITE_PERM:
        return Database::Failure::Denied;
    default:
        return Database::Failure::Other;
    }
}

/** The failure an SQLSTATE stands for (PostgreSQL's appendix A, "Error codes"). */
Database::Failure postgresFailure(const QString& state)
{
    if (state.isEmpty())
        return Database::Failure::Other;
    if (state == QLatin1String("53100"))
        return Database::Failure::Full;
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        return Database::Failure::Busy;
    if (state == QLatin1String("25006"))
        return Database::Failure::ReadOnly;
    if (state == QLatin1String("XX001") || state == QLatin1String("XX002"))
        return Database::Failure::Corrupt;
    if (state.startsWith(QLatin1String("58")))
        return Database::Failure::Io;
    if (state == QLatin1String("42501") || state.startsWith(QLatin1String("28")))
        return Database::Failure::Denied;
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return Database::Failure::Lost;
    return Database::Failure::Other;
}

} // namespace

Database::Database()
    : m_sqlite(std::make_unique<SqliteConnection>())
{
}

Database::~Database() = default;

void Database::usePostgres()
{
    m_sqlite.reset();
    m_pg = std::make_unique<PgConnection>();
}

bool Database::isOpen() const
{
    return m_pg ? m_pg->isOpen() : m_sqlite->isOpen();
}

void Database::close()
{
    if (m_pg)
        m_pg->close();
    else
        m_sqlite->close();
}

bool Database::exec(const QString& sql)
{
    return m_pg ? m_pg->exec(sql) : m_sqlite->exec(sql);
}

QVariant Database::scalar(const QString& sql)
{
    return m_pg ? m_pg->scalar(sql) : m_sqlite->scalar(sql);
}

QString Database::errorString() const
{
    return m_pg ? m_pg->errorString() : m_sqlite->errorString();
}

Database::Failure Database::failure() const
{
    return m_pg ? postgresFailure(m_pg->sqlState()) : sqliteFailure(m_sqlite->errorCode());
}

bool Database::inTransaction() const
{
    if (m_pg)
        return m_pg->inTransaction();
    return m_sqlite->isOpen() && sqlite3_get_autocommit(m_sqlite->handle()) == 0;
}

Statement::Statement(Database& db, const QString& sql)
{
    if (db.isPostgres())
        m_pg.emplace(db.postgres(), sql);
    else
        m_sqlite.emplace(db.sqlite(), sql);
}

Transaction::Transaction(Database& db)
{
    if (db.isPostgres())
        m_pg.emplace(db.postgres());
    else
        m_sqlite.emplace(db.sqlite());
}

} // namespace piadesk
