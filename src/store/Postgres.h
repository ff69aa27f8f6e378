#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

// libpq's types, without its header
struct pg_conn;
struct pg_result;

namespace piadesk {

/**
 * A thin RAII wrapper over one libpq connection to a PostgreSQL server (a team store), in the shape of
 * SqliteConnection: plain statements, and the error of the last failure with its SQLSTATE. No exceptions: calls
 * return false and errorString() says why.
 *
 * Statements are prepared on the server once per connection and SQL text (PgStatement), so a statement run in a
 * loop is parsed and planned once.
 */
class PgConnection
{
public:
    PgConnection() = default;
    ~PgConnection();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    /**
     * Connects with \a conninfo: a URI (postgresql://user@host/db, postgresql:///db?host=/run/socket) or libpq's
     * key=value pairs. \a password, when not empty, is used instead of one from ~/.pgpass; it is not kept.
     */
    bool open(const QString& conninfo, const QString& password = QString());
    void close();
    bool isOpen() const { return m_conn != nullptr; }

    /** Runs one or more statements that return no rows (a script: no parameters). */
    bool exec(const QString& sql);
    /** The first column of the first row of \a sql, or an invalid QVariant (and errorString()) on failure. */
    QVariant scalar(const QString& sql);

    QString errorString() const { return m_error; }
    /** The five-character SQLSTATE of the last failure ("23505", "42501", …); "08006" and the like when the
     * connection failed; empty when the failure did not come from the server. */
    QString sqlState() const { return m_sqlState; }
    void setError(const QString& message, const QString& sqlState);

    /** The role the server authenticated this connection as (current_user at connection). */
    QString user() const;
    /** The database this connection is to. */
    QString database() const;
    /** Whether a transaction is open (or failed and not yet rolled back) on the connection. */
    bool inTransaction() const;
    /** Whether the connection to the server was lost (a restart, a network failure, the server stopped). */
    bool isBroken() const;

    pg_conn* handle() const { return m_conn; }

    /** The name of the server-side prepared statement for \a sql, preparing it on first use; empty on failure. */
    QByteArray prepared(const QByteArray& sql);
    /** Records the error of \a result (or of the connection when it is null). */
    void takeError(const pg_result* result);

private:
    pg_conn* m_conn = nullptr;
    QString m_error;
    QString m_sqlState;
    QHash<QByteArray, QByteArray> m_prepared; ///< SQL → name of its prepared statement on this connection
};

/**
 * One statement, in the shape of SqliteStatement: bind values by name (":name") or by 1-based index, run it, step
 * through its rows, read columns by 0-based index. The :name and ? parameters are rewritten as $1, $2…; a name used
 * twice is the same parameter, each ? a new one, and `::type` casts, quoted strings and identifiers, dollar-quoted
 * bodies and comments are left alone. Binding a name the statement does not have fails the statement: it never runs.
 *
 * The statement runs at the first next() (or run()) after binding; its whole result is then held on the client.
 */
class PgStatement
{
public:
    PgStatement(PgConnection& connection, const QString& sql);
    ~PgStatement();
    PgStatement(const PgStatement&) = delete;
    PgStatement& operator=(const PgStatement&) = delete;

    bool isValid() const { return m_valid; }

    PgStatement& bind(int index, const QString& value);
    PgStatement& bind(int index, qint64 value);
    PgStatement& bind(int index, int value) { return bind(index, qint64(value)); }
    PgStatement& bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    PgStatement& bindBlob(int index, const QByteArray& value);
    PgStatement& bindNull(int index);
    /** Binds a null date or string as SQL NULL. */
    PgStatement& bindOptional(int index, const QString& value);

    PgStatement& bind(const char* name, const QString& value) { return bind(parameter(name), value); }
    PgStatement& bind(const char* name, qint64 value) { return bind(parameter(name), value); }
    PgStatement& bind(const char* name, int value) { return bind(parameter(name), qint64(value)); }
    PgStatement& bind(const char* name, bool value) { return bind(parameter(name), value); }
    PgStatement& bindBlob(const char* name, const QByteArray& value) { return bindBlob(parameter(name), value); }
    PgStatement& bindNull(const char* name) { return bindNull(parameter(name)); }
    PgStatement& bindOptional(const char* name, const QString& value) { return bindOptional(parameter(name), value); }

    /**
     * Rows handed over one at a time as the server sends them (libpq's single-row mode) rather than gathered whole
     * first: for a long result read straight through. Until its last row is read (or the statement reset or
     * destroyed, which reads what is left) the connection runs nothing else, so no other statement may run meanwhile.
     * Set before the first next().
     */
    void setStreamed(bool streamed) { m_streamed = streamed; }

    /** Advances to the next row: true while there is one; false when done or on error (see ok()). */
    bool next();
    /** Runs a statement that returns no rows; false on error. */
    bool run();
    /** False once the statement failed. */
    bool ok() const { return m_ok; }
    /** Ready to run again with new values: the result is dropped and every parameter is null. */
    void reset();
    /** The number of rows the last run inserted, updated or deleted. */
    int changes() const { return m_changes; }

    QString text(int column) const;
    /** The column's UTF-8 bytes (a bytea column's raw bytes), valid until the next step or reset. */
    QByteArrayView utf8(int column) const;
    qint64 integer(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

    /** \a sql with its :name parameters written as $n; \a names gets the names in their order. Public for tests. */
    static QByteArray numberParameters(const QByteArray& sql, QList<QByteArray>* names);

private:
    int parameter(const char* name);
    void setValue(int index, QByteArray value, bool isNull, bool binary);
    bool execute();
    bool nextStreamed();
    void clearResult();

    struct Value
    {
        QByteArray bytes;
        bool isNull = true;
        bool binary = false;
    };

    PgConnection& m_connection;
    QByteArray m_sql; ///< with $n parameters
    QList<QByteArray> m_names; ///< the :name of each $n
    std::vector<Value> m_values;
    pg_result* m_result = nullptr;
    int m_row = -1;
    int m_rows = 0;
    int m_changes = 0;
    bool m_valid = true;
    bool m_ok = true;
    bool m_misbound = false;
    bool m_executed = false;
    bool m_streamed = false;
    bool m_streaming = false; ///< a streamed result not yet read to its end
};

/**
 * A transaction that rolls back unless commit() succeeded; inside another transaction it is a savepoint, in the
 * shape of SqliteTransaction. It runs at READ COMMITTED; a change that must not be lost checks the row's version
 * itself (see the team store's optimistic locking).
 */
class PgTransaction
{
public:
    explicit PgTransaction(PgConnection& connection);
    ~PgTransaction();
    PgTransaction(const PgTransaction&) = delete;
    PgTransaction& operator=(const PgTransaction&) = delete;

    bool isActive() const { return m_active; }
    bool isNested() const { return m_nested; }
    bool commit();

private:
    PgConnection& m_connection;
    bool m_active = false;
    bool m_nested = false;
};

} // namespace piadesk
