#include "Postgres.h"

#include <libpq-fe.h>

#include <array>
#include <cstdlib>

namespace piadesk {

namespace {

constexpr Oid kByteaOid = 17;
constexpr Oid kBoolOid = 16;

/** The message of a failed result: its primary text, with the detail the server gave. */
QString resultMessage(const PGresult* result)
{
    const char* primary = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
    if (!primary)
        return QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    QString message = QString::fromUtf8(primary);
    if (const char* detail = PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL))
        message += QLatin1Char(' ') + QString::fromUtf8(detail);
    return message;
}

void ignoreNotice(void*, const char*) { }

bool isIdentifierStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (static_cast<unsigned char>(c) >= 0x80);
}

bool isIdentifierChar(char c)
{
    return isIdentifierStart(c) || (c >= '0' && c <= '9');
}

} // namespace

PgConnection::~PgConnection()
{
    close();
}

bool PgConnection::open(const QString& conninfo, const QString& password)
{
    close();
    const QByteArray info = conninfo.toUtf8();
    const QByteArray secret = password.toUtf8();
    // Earlier keys are defaults the connection string may override; the later ones it may not.
    std::array<const char*, 7> keys { "application_name", "connect_timeout", "dbname", "client_encoding",
        password.isEmpty() ? nullptr : "password", nullptr, nullptr };
    std::array<const char*, 7> values { "PIAdesk", "10", info.constData(), "UTF8",
        password.isEmpty() ? nullptr : secret.constData(), nullptr, nullptr };
    m_conn = PQconnectdbParams(keys.data(), values.data(), 1);
    if (!m_conn) {
        setError(QStringLiteral("out of memory"), QStringLiteral("53200"));
        return false;
    }
    if (PQstatus(m_conn) != CONNECTION_OK) {
        setError(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed(), QStringLiteral("08001"));
        close();
        return false;
    }
    PQsetNoticeProcessor(m_conn, ignoreNotice, nullptr);
    m_error.clear();
    m_sqlState.clear();
    return true;
}

void PgConnection::close()
{
    if (m_conn) {
        PQfinish(m_conn);
        m_conn = nullptr;
    }
    m_prepared.clear();
}

bool PgConnection::exec(const QString& sql)
{
    if (!m_conn) {
        setError(QStringLiteral("not connected"), QStringLiteral("08003"));
        return false;
    }
    PGresult* result = PQexec(m_conn, sql.toUtf8().constData());
    const ExecStatusType status = PQresultStatus(result);
    const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY;
    if (!ok)
        takeError(result);
    PQclear(result);
    return ok;
}

QVariant PgConnection::scalar(const QString& sql)
{
    if (!m_conn) {
        setError(QStringLiteral("not connected"), QStringLiteral("08003"));
        return {};
    }
    PGresult* result = PQexec(m_conn, sql.toUtf8().constData());
    QVariant value;
    if (PQresultStatus(result) != PGRES_TUPLES_OK) {
        takeError(result);
    } else if (PQntuples(result) > 0 && PQnfields(result) > 0) {
        value = PQgetisnull(result, 0, 0)
            ? QVariant(QString())
            : QVariant(QString::fromUtf8(PQgetvalue(result, 0, 0), PQgetlength(result, 0, 0)));
    } else {
        setError(QStringLiteral("the query returned no rows"), QString());
    }
    PQclear(result);
    return value;
}

void PgConnection::setError(const QString& message, const QString& sqlState)
{
    m_error = message;
    m_sqlState = sqlState;
}

void PgConnection::takeError(const pg_result* result)
{
    if (result && PQresultStatus(result) != PGRES_FATAL_ERROR && PQresultStatus(result) != PGRES_NONFATAL_ERROR) {
        setError(QStringLiteral("unexpected result: %1").arg(QString::fromUtf8(PQresStatus(PQresultStatus(result)))),
            QString());
        return;
    }
    if (result) {
        const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
        setError(resultMessage(result), state ? QString::fromLatin1(state) : QString());
    } else {
        setError(
            QString::fromUtf8(m_conn ? PQerrorMessage(m_conn) : "not connected").trimmed(), QStringLiteral("08006"));
    }
    if (m_conn && PQstatus(m_conn) == CONNECTION_BAD && m_sqlState.isEmpty())
        m_sqlState = QStringLiteral("08006");
}

QString PgConnection::user() const
{
    return m_conn ? QString::fromUtf8(PQuser(m_conn)) : QString();
}

QString PgConnection::database() const
{
    return m_conn ? QString::fromUtf8(PQdb(m_conn)) : QString();
}

bool PgConnection::inTransaction() const
{
    if (!m_conn)
        return false;
    const PGTransactionStatusType status = PQtransactionStatus(m_conn);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

bool PgConnection::isBroken() const
{
    return !m_conn || PQstatus(m_conn) == CONNECTION_BAD;
}

QByteArray PgConnection::prepared(const QByteArray& sql)
{
    if (!m_conn) {
        setError(QStringLiteral("not connected"), QStringLiteral("08003"));
        return {};
    }
    const auto found = m_prepared.constFind(sql);
    if (found != m_prepared.constEnd())
        return found.value();
    const QByteArray name = "piadesk_" + QByteArray::number(m_prepared.size() + 1);
    PGresult* result = PQprepare(m_conn, name.constData(), sql.constData(), 0, nullptr);
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    if (!ok)
        takeError(result);
    PQclear(result);
    if (!ok) {
        if (qEnvironmentVariableIsSet("PIADESK_DEBUG_SQL"))
            qWarning("PIAdesk: cannot prepare %s: %s", sql.constData(), qPrintable(m_error));
        return {};
    }
    m_prepared.insert(sql, name);
    return name;
}

PgStatement::PgStatement(PgConnection& connection, const QString& sql)
    : m_connection(connection)
{
    m_sql = numberParameters(sql.toUtf8(), &m_names);
    m_values.resize(size_t(m_names.size()));
    if (!connection.isOpen()) {
        connection.setError(QStringLiteral("not connected"), QStringLiteral("08003"));
        m_valid = m_ok = false;
    }
}

PgStatement::~PgStatement()
{
    clearResult();
}

QByteArray PgStatement::numberParameters(const QByteArray& sql, QList<QByteArray>* names)
{
    QByteArray out;
    out.reserve(sql.size() + 16);
    const qsizetype n = sql.size();
    qsizetype i = 0;
    while (i < n) {
        const char c = sql.at(i);
        if (c == '\'' || c == '"') {
            // A string or quoted identifier, with doubled quotes inside; E'…' strings may escape with a backslash.
            const bool backslashes = c == '\'' && i > 0 && (sql.at(i - 1) == 'E' || sql.at(i - 1) == 'e')
                && (i < 2 || !isIdentifierChar(sql.at(i - 2)));
            qsizetype j = i + 1;
            while (j < n) {
                if (backslashes && sql.at(j) == '\\' && j + 1 < n) {
                    j += 2;
                    continue;
                }
                if (sql.at(j) == c) {
                    if (j + 1 < n && sql.at(j + 1) == c) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            j = std::min(j + 1, n);
            out.append(sql.constData() + i, j - i);
            i = j;
        } else if (c == '-' && i + 1 < n && sql.at(i + 1) == '-') {
            qsizetype j = sql.indexOf('\n', i);
            j = j < 0 ? n : j;
            out.append(sql.constData() + i, j - i);
            i = j;
        } else if (c == '/' && i + 1 < n && sql.at(i + 1) == '*') {
            // Comments nest in PostgreSQL.
            int depth = 0;
            qsizetype j = i;
            while (j < n) {
                if (sql.at(j) == '/' && j + 1 < n && sql.at(j + 1) == '*') {
                    ++depth;
                    j += 2;
                } else if (sql.at(j) == '*' && j + 1 < n && sql.at(j + 1) == '/') {
                    j += 2;
                    if (--depth == 0)
                        break;
                } else {
                    ++j;
                }
            }
            out.append(sql.constData() + i, j - i);
            i = j;
        } else if (c == '$' && (i == 0 || !isIdentifierChar(sql.at(i - 1)))) {
            // A dollar-quoted body ($$…$$, $tag$…$tag$); $1 is a positional parameter and left as it is.
            qsizetype j = i + 1;
            while (j < n && isIdentifierChar(sql.at(j)) && !(sql.at(j) >= '0' && sql.at(j) <= '9' && j == i + 1))
                ++j;
            if (j < n && sql.at(j) == '$') {
                const QByteArray tag = sql.mid(i, j - i + 1);
                const qsizetype end = sql.indexOf(tag, j + 1);
                const qsizetype stop = end < 0 ? n : end + tag.size();
                out.append(sql.constData() + i, stop - i);
                i = stop;
            } else {
                out.append(c);
                ++i;
            }
        } else if (c == '?') {
            // SQLite's positional parameters: ?NNN is number NNN, ? the next one (the store does not mix them
            // with names).
            qsizetype j = i + 1;
            while (j < n && sql.at(j) >= '0' && sql.at(j) <= '9')
                ++j;
            const qsizetype number = j > i + 1 ? sql.mid(i + 1, j - i - 1).toLongLong() : names->size() + 1;
            while (names->size() < number)
                names->append(QByteArray("?"));
            out.append('$').append(QByteArray::number(number));
            i = j;
        } else if (c == ':' && i + 1 < n && sql.at(i + 1) == ':') {
            out.append("::");
            i += 2;
        } else if (c == ':' && i + 1 < n && isIdentifierStart(sql.at(i + 1))) {
            qsizetype j = i + 1;
            while (j < n && isIdentifierChar(sql.at(j)))
                ++j;
            const QByteArray name = sql.mid(i, j - i); // with its colon, as SQLite names it
            qsizetype number = names->indexOf(name);
            if (number < 0) {
                names->append(name);
                number = names->size() - 1;
            }
            out.append('$').append(QByteArray::number(number + 1));
            i = j;
        } else {
            out.append(c);
            ++i;
        }
    }
    return out;
}

int PgStatement::parameter(const char* name)
{
    const qsizetype index = m_names.indexOf(QByteArray(name));
    if (index < 0) {
        m_connection.setError(
            QStringLiteral("the statement has no parameter %1").arg(QLatin1String(name)), QStringLiteral("42P02"));
        m_misbound = true;
        m_ok = false;
        return 0;
    }
    return int(index + 1);
}

void PgStatement::setValue(int index, QByteArray value, bool isNull, bool binary)
{
    if (index < 1 || size_t(index) > m_values.size()) {
        if (!m_misbound)
            m_connection.setError(
                QStringLiteral("the statement has no parameter $%1").arg(index), QStringLiteral("42P02"));
        m_misbound = true;
        m_ok = false;
        return;
    }
    Value& slot = m_values[size_t(index - 1)];
    slot.bytes = std::move(value);
    slot.isNull = isNull;
    slot.binary = binary;
}

PgStatement& PgStatement::bind(int index, const QString& value)
{
    // A null QString is an empty text here, as SQLite binds it; bindOptional() or bindNull() give NULL.
    QByteArray bytes = value.toUtf8();
    if (bytes.isNull())
        bytes = QByteArray("");
    setValue(index, std::move(bytes), false, false);
    return *this;
}

PgStatement& PgStatement::bind(int index, qint64 value)
{
    setValue(index, QByteArray::number(value), false, false);
    return *this;
}

PgStatement& PgStatement::bindBlob(int index, const QByteArray& value)
{
    setValue(index, value.isNull() ? QByteArray("") : value, false, true);
    return *this;
}

PgStatement& PgStatement::bindNull(int index)
{
    setValue(index, QByteArray(), true, false);
    return *this;
}

PgStatement& PgStatement::bindOptional(int index, const QString& value)
{
    return value.isEmpty() ? bindNull(index) : bind(index, value);
}

bool PgStatement::execute()
{
    m_executed = true;
    const QByteArray name = m_connection.prepared(m_sql);
    if (name.isEmpty()) {
        m_ok = false;
        return false;
    }
    const int count = int(m_values.size());
    std::vector<const char*> values(size_t(count), nullptr);
    std::vector<int> lengths(size_t(count), 0);
    std::vector<int> formats(size_t(count), 0);
    for (int k = 0; k < count; ++k) {
        const Value& value = m_values[size_t(k)];
        if (!value.isNull) {
            values[size_t(k)] = value.bytes.constData();
            lengths[size_t(k)] = int(value.bytes.size());
            formats[size_t(k)] = value.binary ? 1 : 0;
        }
    }
    if (m_streamed) {
        if (!PQsendQueryPrepared(
                m_connection.handle(), name.constData(), count, values.data(), lengths.data(), formats.data(), 0)
            || !PQsetSingleRowMode(m_connection.handle())) {
            m_connection.takeError(nullptr);
            // What was sent, if anything, is read and dropped so that the connection is free again.
            while (PGresult* left = PQgetResult(m_connection.handle()))
                PQclear(left);
            m_ok = false;
            return false;
        }
        m_streaming = true;
        return true;
    }
    m_result = PQexecPrepared(
        m_connection.handle(), name.constData(), count, values.data(), lengths.data(), formats.data(), 0);
    const ExecStatusType status = PQresultStatus(m_result);
    if (status == PGRES_TUPLES_OK) {
        m_rows = PQntuples(m_result);
        m_changes = std::atoi(PQcmdTuples(m_result));
        return true;
    }
    if (status == PGRES_COMMAND_OK) {
        m_rows = 0;
        m_changes = std::atoi(PQcmdTuples(m_result));
        return true;
    }
    m_connection.takeError(m_result);
    clearResult();
    m_ok = false;
    return false;
}

bool PgStatement::next()
{
    if (!m_valid || !m_ok)
        return false;
    if (!m_executed && !execute())
        return false;
    if (m_streamed)
        return nextStreamed();
    if (m_row + 1 >= m_rows) {
        m_row = m_rows;
        return false;
    }
    ++m_row;
    return true;
}

bool PgStatement::nextStreamed()
{
    if (m_result) {
        PQclear(m_result);
        m_result = nullptr;
    }
    m_row = -1;
    m_rows = 0;
    if (!m_streaming)
        return false;
    PGresult* result = PQgetResult(m_connection.handle());
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_TUPLES_OK;
    if (status == PGRES_SINGLE_TUPLE) {
        m_result = result;
        m_row = 0;
        m_rows = 1;
        return true;
    }
    // The end (an empty result closing the rows), or an error: either way the connection is read up to its end.
    if (result && status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        m_connection.takeError(result);
        m_ok = false;
    }
    PQclear(result);
    while (PGresult* left = PQgetResult(m_connection.handle()))
        PQclear(left);
    m_streaming = false;
    return false;
}

bool PgStatement::run()
{
    if (!m_valid || !m_ok)
        return false;
    if (!m_executed)
        return execute();
    return m_ok;
}

void PgStatement::clearResult()
{
    if (m_result) {
        PQclear(m_result);
        m_result = nullptr;
    }
    if (m_streaming) {
        // Left before its last row: the rest is read and dropped, so that the connection can run the next statement.
        while (PGresult* left = PQgetResult(m_connection.handle()))
            PQclear(left);
        m_streaming = false;
    }
    m_row = -1;
    m_rows = 0;
}

void PgStatement::reset()
{
    clearResult();
    m_changes = 0;
    m_executed = false;
    for (Value& value : m_values)
        value = Value();
    m_ok = m_valid && !m_misbound;
}

QString PgStatement::text(int column) const
{
    const QByteArrayView bytes = utf8(column);
    return bytes.isNull() ? QString() : QString::fromUtf8(bytes);
}

QByteArrayView PgStatement::utf8(int column) const
{
    if (!m_result || m_row < 0 || m_row >= m_rows || column >= PQnfields(m_result)
        || PQgetisnull(m_result, m_row, column))
        return {};
    return QByteArrayView(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
}

qint64 PgStatement::integer(int column) const
{
    const QByteArrayView bytes = utf8(column);
    if (bytes.isEmpty())
        return 0;
    if (PQftype(m_result, column) == kBoolOid)
        return bytes.front() == 't' ? 1 : 0;
    return std::strtoll(bytes.data(), nullptr, 10);
}

QByteArray PgStatement::blob(int column) const
{
    const QByteArrayView bytes = utf8(column);
    if (bytes.isNull())
        return {};
    if (PQftype(m_result, column) != kByteaOid)
        return bytes.toByteArray();
    size_t length = 0;
    unsigned char* raw = PQunescapeBytea(reinterpret_cast<const unsigned char*>(bytes.data()), &length);
    if (!raw)
        return {};
    QByteArray out(reinterpret_cast<const char*>(raw), qsizetype(length));
    PQfreemem(raw);
    return out;
}

bool PgStatement::isNull(int column) const
{
    return !m_result || m_row < 0 || m_row >= m_rows || column >= PQnfields(m_result)
        || PQgetisnull(m_result, m_row, column);
}

PgTransaction::PgTransaction(PgConnection& connection)
    : m_connection(connection)
    , m_nested(connection.inTransaction())
{
    m_active = connection.exec(m_nested ? QStringLiteral("SAVEPOINT piadesk_nested") : QStringLiteral("BEGIN"));
}

PgTransaction::~PgTransaction()
{
    if (m_active) {
        const QString error = m_connection.errorString();
        const QString state = m_connection.sqlState();
        if (m_nested)
            m_connection.exec(QStringLiteral("ROLLBACK TO SAVEPOINT piadesk_nested; RELEASE SAVEPOINT piadesk_nested"));
        else
            m_connection.exec(QStringLiteral("ROLLBACK"));
        m_connection.setError(error, state);
    }
}

bool PgTransaction::commit()
{
    if (!m_active)
        return false;
    if (m_nested) {
        if (!m_connection.exec(QStringLiteral("RELEASE SAVEPOINT piadesk_nested")))
            return false;
    } else {
        // COMMIT of a failed transaction "succeeds" as a rollback: only an idle connection after it is committed.
        PGresult* result = PQexec(m_connection.handle(), "COMMIT");
        const bool done = PQresultStatus(result) == PGRES_COMMAND_OK
            && QByteArrayView(PQcmdStatus(result)) == QByteArrayView("COMMIT");
        if (!done) {
            if (PQresultStatus(result) == PGRES_COMMAND_OK)
                m_connection.setError(
                    QStringLiteral("the transaction failed and was rolled back"), QStringLiteral("25P02"));
            else
                m_connection.takeError(result);
        }
        PQclear(result);
        if (!done) {
            m_active = m_connection.inTransaction();
            return false;
        }
    }
    m_active = false;
    return true;
}

} // namespace piadesk
