#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace piadesk {

class Clock;

/**
 * A thin RAII wrapper over one SQLite connection: open flags, plain statements,
 * and the error of the last failure. No exceptions: calls return false and
 * errorString() says why.
 */
class SqliteConnection
{
public:
    enum class OpenMode { ReadOnly, ReadWrite, ReadWriteCreate };

    SqliteConnection() = default;
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    /**
     * Opens \a path. \a clock feeds the piadesk_today() SQL function that the
     * schema's retention triggers call; it must outlive the connection.
     */
    bool open(const QString& path, OpenMode mode, const Clock* clock);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    /** Runs one or more statements that return no rows. */
    bool exec(const QString& sql);
    /** The first column of the first row of \a sql, or an invalid QVariant (and errorString()) on failure. */
    QVariant scalar(const QString& sql);

    QString errorString() const { return m_error; }
    /** The extended result code of the last failure (SQLITE_BUSY, SQLITE_CORRUPT, …). */
    int errorCode() const { return m_errorCode; }
    void setError(const QString& message, int code);
    void takeError();

    qint64 lastInsertRowId() const;
    int changes() const;
    sqlite3* handle() const { return m_db; }

    /** Copies the whole database to \a path with SQLite's backup API. */
    bool backupTo(const QString& path);

private:
    sqlite3* m_db = nullptr;
    QString m_error;
    int m_errorCode = 0;
};

/**
 * One prepared statement. Bind values by name (":name", preferred) or by 1-based index, step through rows, read
 * columns by 0-based index. Binding a name the statement does not have fails the statement: it never runs.
 */
class SqliteStatement
{
public:
    SqliteStatement(SqliteConnection& connection, const QString& sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    SqliteStatement& bind(int index, const QString& value);
    SqliteStatement& bind(int index, qint64 value);
    SqliteStatement& bind(int index, int value) { return bind(index, qint64(value)); }
    SqliteStatement& bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    SqliteStatement& bindBlob(int index, const QByteArray& value);
    SqliteStatement& bindNull(int index);
    /** Binds a null date or string as SQL NULL. */
    SqliteStatement& bindOptional(int index, const QString& value);

    SqliteStatement& bind(const char* name, const QString& value) { return bind(parameter(name), value); }
    SqliteStatement& bind(const char* name, qint64 value) { return bind(parameter(name), value); }
    SqliteStatement& bind(const char* name, int value) { return bind(parameter(name), qint64(value)); }
    SqliteStatement& bind(const char* name, bool value) { return bind(parameter(name), value); }
    SqliteStatement& bindBlob(const char* name, const QByteArray& value) { return bindBlob(parameter(name), value); }
    SqliteStatement& bindNull(const char* name) { return bindNull(parameter(name)); }
    SqliteStatement& bindOptional(const char* name, const QString& value)
    {
        return bindOptional(parameter(name), value);
    }

    /** Advances to the next row: true while there is one; false when done or on error (see ok()). */
    bool next();
    /** Runs a statement that returns no rows; false on error. */
    bool run();
    /** False once a step failed. */
    bool ok() const { return m_ok; }
    void reset();
    /** The rows the last run inserted, updated or deleted. */
    int changes() const { return m_connection.changes(); }

    QString text(int column) const;
    /** The column's UTF-8 bytes, valid until the next step: for values parsed without a QString. */
    QByteArrayView utf8(int column) const;
    qint64 integer(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    /** The index of parameter \a name; 0, failing the statement for good, when it has none of that name. */
    int parameter(const char* name);

    SqliteConnection& m_connection;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_ok = true;
    bool m_misbound = false;
};

/**
 * A write transaction (BEGIN IMMEDIATE) that rolls back unless commit() succeeded. Inside another
 * transaction it is a savepoint: its changes become part of the outer transaction, or are undone alone.
 */
class SqliteTransaction
{
public:
    explicit SqliteTransaction(SqliteConnection& connection);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction&) = delete;
    SqliteTransaction& operator=(const SqliteTransaction&) = delete;

    bool isActive() const { return m_active; }
    /** Whether it is a savepoint inside another transaction. */
    bool isNested() const { return m_nested; }
    bool commit();

private:
    SqliteConnection& m_connection;
    bool m_active = false;
    bool m_nested = false;
};

} // namespace piadesk
