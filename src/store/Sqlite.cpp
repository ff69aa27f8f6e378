#include "Sqlite.h"

#include "core/Clock.h"

#include <sqlite3.h>

namespace piadesk {

namespace {
void todayFunction(sqlite3_context* context, int, sqlite3_value**)
{
    const auto* clock = static_cast<const Clock*>(sqlite3_user_data(context));
    const QByteArray today = clock->today().toString(Qt::ISODate).toLatin1();
    sqlite3_result_text(context, today.constData(), int(today.size()), SQLITE_TRANSIENT);
}
} // namespace

SqliteConnection::~SqliteConnection()
{
    close();
}

bool SqliteConnection::open(const QString& path, OpenMode mode, const Clock* clock)
{
    close();
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_PRIVATECACHE | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case OpenMode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case OpenMode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case OpenMode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    const QByteArray encoded = path.toUtf8();
    const int rc = sqlite3_open_v2(encoded.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        takeError();
        close();
        if (m_errorCode == 0)
            m_errorCode = rc;
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    if (sqlite3_create_function_v2(m_db, "piadesk_today", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS,
            const_cast<Clock*>(clock ? clock : &Clock::system()), todayFunction, nullptr, nullptr, nullptr)
        != SQLITE_OK) {
        takeError();
        close();
        return false;
    }
    return true;
}

void SqliteConnection::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool SqliteConnection::exec(const QString& sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        setError(message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc)),
            sqlite3_extended_errcode(m_db));
        sqlite3_free(message);
        return false;
    }
    return true;
}

QVariant SqliteConnection::scalar(const QString& sql)
{
    SqliteStatement statement(*this, sql);
    if (!statement.isValid() || !statement.next())
        return {};
    if (statement.isNull(0))
        return QVariant(QString());
    return QVariant(statement.text(0));
}

void SqliteConnection::setError(const QString& message, int code)
{
    m_error = message;
    m_errorCode = code;
}

void SqliteConnection::takeError()
{
    if (m_db)
        setError(QString::fromUtf8(sqlite3_errmsg(m_db)), sqlite3_extended_errcode(m_db));
}

qint64 SqliteConnection::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteConnection::changes() const
{
    return sqlite3_changes(m_db);
}

bool SqliteConnection::backupTo(const QString& path)
{
    sqlite3* target = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        setError(QString::fromUtf8(sqlite3_errmsg(target)), sqlite3_extended_errcode(target));
        sqlite3_close_v2(target);
        return false;
    }
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", m_db, "main");
    int rc = SQLITE_ERROR;
    if (backup) {
        rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
    }
    const bool ok = rc == SQLITE_DONE;
    if (!ok)
        setError(QString::fromUtf8(sqlite3_errmsg(target)), sqlite3_extended_errcode(target));
    sqlite3_close_v2(target);
    return ok;
}

SqliteStatement::SqliteStatement(SqliteConnection& connection, const QString& sql)
    : m_connection(connection)
{
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(connection.handle(), utf8.constData(), int(utf8.size()), &m_stmt, nullptr) != SQLITE_OK) {
        connection.takeError();
        m_stmt = nullptr;
        m_ok = false;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement& SqliteStatement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    if (m_stmt)
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

SqliteStatement& SqliteStatement::bindBlob(int index, const QByteArray& value)
{
    if (m_stmt)
        sqlite3_bind_blob64(m_stmt, index, value.constData(), sqlite3_uint64(value.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement& SqliteStatement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
    return *this;
}

SqliteStatement& SqliteStatement::bindOptional(int index, const QString& value)
{
    return value.isEmpty() ? bindNull(index) : bind(index, value);
}

int SqliteStatement::parameter(const char* name)
{
    if (!m_stmt)
        return 0;
    const int index = sqlite3_bind_parameter_index(m_stmt, name);
    if (index == 0) {
        m_connection.setError(
            QStringLiteral("the statement has no parameter %1").arg(QLatin1String(name)), SQLITE_RANGE);
        m_misbound = true;
        m_ok = false;
    }
    return index;
}

bool SqliteStatement::next()
{
    if (!m_stmt || !m_ok)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_connection.takeError();
        m_ok = false;
    }
    return false;
}

bool SqliteStatement::run()
{
    next();
    return m_ok;
}

void SqliteStatement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_ok = m_stmt != nullptr && !m_misbound;
}

QString SqliteStatement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArrayView SqliteStatement::utf8(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArray SqliteStatement::blob(int column) const
{
    const void* data = sqlite3_column_blob(m_stmt, column);
    return data ? QByteArray(static_cast<const char*>(data), sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

SqliteTransaction::SqliteTransaction(SqliteConnection& connection)
    : m_connection(connection)
    , m_nested(sqlite3_get_autocommit(connection.handle()) == 0)
{
    m_active
        = connection.exec(m_nested ? QStringLiteral("SAVEPOINT piadesk_nested") : QStringLiteral("BEGIN IMMEDIATE"));
}

SqliteTransaction::~SqliteTransaction()
{
    if (m_active) {
        const QString error = m_connection.errorString();
        const int code = m_connection.errorCode();
        if (m_nested)
            m_connection.exec(QStringLiteral("ROLLBACK TO piadesk_nested; RELEASE piadesk_nested"));
        else
            m_connection.exec(QStringLiteral("ROLLBACK"));
        m_connection.setError(error, code);
    }
}

bool SqliteTransaction::commit()
{
    if (!m_active)
        return false;
    if (!m_connection.exec(m_nested ? QStringLiteral("RELEASE piadesk_nested") : QStringLiteral("COMMIT")))
        return false;
    m_active = false;
    return true;
}

} // namespace piadesk
