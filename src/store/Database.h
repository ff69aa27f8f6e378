#pragma once

#include "Postgres.h"
#include "Sqlite.h"

#include <memory>
#include <optional>

namespace piadesk {

/**
 * The store's connection, to a case file (SQLite, the default) or a team store (PostgreSQL): what the store's parts
 * run their statements on, whichever it is. Statement and Transaction below take it; the parts that only a case
 * file has (its file header, PRAGMAs, the backup API) reach the SQLite connection with sqlite().
 */
class Database
{
public:
    enum class Backend { Sqlite, Postgres };

    /** Why the last statement failed, in the terms the store explains to the user. */
    enum class Failure {
        None,
        Busy, ///< locked by another writer, a deadlock or a serialization failure: try again
        Full, ///< the disk (or the server's) is full
        ReadOnly, ///< opened (or the server is) read-only
        Corrupt, ///< the database is damaged
        Io, ///< a write or read failed
        Denied, ///< the server refused the role this statement (a GRANT or row-level security)
        Lost, ///< the connection to the server was lost
        Other,
    };

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Backend backend() const { return m_pg ? Backend::Postgres : Backend::Sqlite; }
    bool isPostgres() const { return m_pg != nullptr; }
    /** The case file's connection; only for a case file (backend() is Sqlite). */
    SqliteConnection& sqlite() { return *m_sqlite; }
    /** The team store's connection; only for a team store (backend() is Postgres). */
    PgConnection& postgres() { return *m_pg; }
    /** Makes this a team store's connection (closed until postgres().open()). */
    void usePostgres();

    bool isOpen() const;
    void close();
    /** Runs one or more statements that return no rows. */
    bool exec(const QString& sql);
    /** The first column of the first row of \a sql, or an invalid QVariant (and errorString()) on failure. */
    QVariant scalar(const QString& sql);
    QString errorString() const;
    Failure failure() const;
    /** Whether a transaction is open on the connection. */
    bool inTransaction() const;

private:
    std::unique_ptr<SqliteConnection> m_sqlite;
    std::unique_ptr<PgConnection> m_pg;
};

/** One statement on a Database: the API of SqliteStatement and PgStatement, forwarded to the one in use. */
class Statement
{
public:
    Statement(Database& db, const QString& sql);
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool isValid() const { return m_sqlite ? m_sqlite->isValid() : m_pg->isValid(); }

    template <typename Key, typename Value> Statement& bind(Key key, const Value& value)
    {
        if (m_sqlite)
            m_sqlite->bind(key, value);
        else
            m_pg->bind(key, value);
        return *this;
    }
    template <typename Key> Statement& bindBlob(Key key, const QByteArray& value)
    {
        if (m_sqlite)
            m_sqlite->bindBlob(key, value);
        else
            m_pg->bindBlob(key, value);
        return *this;
    }
    template <typename Key> Statement& bindNull(Key key)
    {
        if (m_sqlite)
            m_sqlite->bindNull(key);
        else
            m_pg->bindNull(key);
        return *this;
    }
    /** Binds a null date or string as SQL NULL. */
    template <typename Key> Statement& bindOptional(Key key, const QString& value)
    {
        if (m_sqlite)
            m_sqlite->bindOptional(key, value);
        else
            m_pg->bindOptional(key, value);
        return *this;
    }

    /**
     * On a team store, rows handed over as the server sends them (PgStatement::setStreamed: nothing else may run on
     * the connection until the last is read); a case file's rows always are. Set before the first next().
     */
    void setStreamed(bool streamed)
    {
        if (m_pg)
            m_pg->setStreamed(streamed);
    }
    bool next() { return m_sqlite ? m_sqlite->next() : m_pg->next(); }
    bool run() { return m_sqlite ? m_sqlite->run() : m_pg->run(); }
    bool ok() const { return m_sqlite ? m_sqlite->ok() : m_pg->ok(); }
    void reset()
    {
        if (m_sqlite)
            m_sqlite->reset();
        else
            m_pg->reset();
    }
    /** The rows the last run inserted, updated or deleted. */
    int changes() const { return m_sqlite ? m_sqlite->changes() : m_pg->changes(); }
    /**
     * Runs a statement ending in RETURNING id (an INSERT or UPDATE of one row): the row's id goes to \a id, 0 when
     * it wrote none; false on error.
     */
    bool runReturningId(qint64* id)
    {
        *id = 0;
        if (next())
            *id = integer(0);
        while (next()) { }
        return ok();
    }

    QString text(int column) const { return m_sqlite ? m_sqlite->text(column) : m_pg->text(column); }
    QByteArrayView utf8(int column) const { return m_sqlite ? m_sqlite->utf8(column) : m_pg->utf8(column); }
    qint64 integer(int column) const { return m_sqlite ? m_sqlite->integer(column) : m_pg->integer(column); }
    QByteArray blob(int column) const { return m_sqlite ? m_sqlite->blob(column) : m_pg->blob(column); }
    bool isNull(int column) const { return m_sqlite ? m_sqlite->isNull(column) : m_pg->isNull(column); }

private:
    std::optional<SqliteStatement> m_sqlite;
    std::optional<PgStatement> m_pg;
};

/** A transaction on a Database (SqliteTransaction, PgTransaction): rolled back unless committed. */
class Transaction
{
public:
    explicit Transaction(Database& db);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_sqlite ? m_sqlite->isActive() : m_pg->isActive(); }
    bool isNested() const { return m_sqlite ? m_sqlite->isNested() : m_pg->isNested(); }
    bool commit() { return m_sqlite ? m_sqlite->commit() : m_pg->commit(); }

private:
    std::optional<SqliteTransaction> m_sqlite;
    std::optional<PgTransaction> m_pg;
};

} // namespace piadesk
