#pragma once

#include "Clock.h"
#include "Enums.h"
#include "FieldRules.h"
#include "ModelJson.h"
#include "Problems.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace piadesk {

/** The JSON type of \a v, as messages name it ("string", "number", …). */
inline QString jsonTypeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

/** Reads the fields of one JSON object, recording every problem with its path, and refusing unknown keys. */
class JsonReader
{
public:
    JsonReader(const QJsonValue& value, QString path, Problems& problems)
        : m_path(std::move(path))
        , m_problems(problems)
    {
        if (!value.isObject()) {
            m_problems.add(m_path,
                QCoreApplication::translate("piadesk::ModelJson", "must be an object, not %1.")
                    .arg(jsonTypeName(value)));
            m_valid = false;
        }
        m_object = value.toObject();
    }

    ~JsonReader()
    {
        if (!m_valid)
            return;
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_seen.contains(it.key()))
                m_problems.add(
                    path(it.key()), QCoreApplication::translate("piadesk::ModelJson", "is not a known field."));
        }
    }

    JsonReader(const JsonReader&) = delete;
    JsonReader& operator=(const JsonReader&) = delete;

    bool valid() const { return m_valid; }
    QString path(const QString& key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }
    QString path(const char* key) const { return path(QLatin1String(key)); }

    /** The raw value under \a key (undefined when absent), marked as known. */
    QJsonValue value(const char* key, bool required = false)
    {
        const QString k = QLatin1String(key);
        m_seen.insert(k);
        const QJsonValue v = m_object.value(k);
        if (required && m_valid && v.isUndefined())
            m_problems.add(path(k), QCoreApplication::translate("piadesk::ModelJson", "is missing."));
        return v;
    }

    QString text(const char* key, int limit, bool required = false)
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined() || (!required && v.isNull()))
            return {};
        if (!v.isString()) {
            m_problems.add(path(key),
                QCoreApplication::translate("piadesk::ModelJson", "must be a string, not %1.").arg(jsonTypeName(v)));
            return {};
        }
        const QString s = v.toString();
        const QString problem = FieldRules::textProblem(s, limit);
        if (!problem.isEmpty()) {
            m_problems.add(path(key), problem);
            return {};
        }
        return s;
    }

    bool boolean(const char* key)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined())
            return false;
        if (!v.isBool()) {
            m_problems.add(path(key),
                QCoreApplication::translate("piadesk::ModelJson", "must be true or false, not %1.")
                    .arg(jsonTypeName(v)));
            return false;
        }
        return v.toBool();
    }

    qint64 integer(const char* key, qint64 min, qint64 max, bool required = false)
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined())
            return min < 0 ? 0 : min;
        const double d = v.toDouble();
        if (!v.isDouble() || std::floor(d) != d || !std::isfinite(d)) {
            m_problems.add(path(key),
                QCoreApplication::translate("piadesk::ModelJson", "must be a whole number, not %1.")
                    .arg(jsonTypeName(v) == QLatin1String("number") ? QString::number(d) : jsonTypeName(v)));
            return min;
        }
        if (d < double(min) || d > double(max)) {
            m_problems.add(path(key),
                QCoreApplication::translate("piadesk::ModelJson", "is %1; it must lie between %2 and %3.")
                    .arg(QString::number(d, 'f', 0))
                    .arg(min)
                    .arg(max));
            return min;
        }
        return qint64(d);
    }

    QDate date(const char* key, bool required = false)
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString()) {
            m_problems.add(path(key),
                QCoreApplication::translate("piadesk::ModelJson", "must be a date \"YYYY-MM-DD\" or null, not %1.")
                    .arg(jsonTypeName(v)));
            return {};
        }
        const QDate d = ModelJson::parseDate(v.toString());
        if (!d.isValid()) {
            m_problems.add(path(key),
                QCoreApplication::translate("piadesk::ModelJson", "\"%1\" is not a valid date (YYYY-MM-DD).")
                    .arg(v.toString().left(40)));
            return {};
        }
        const QString problem = FieldRules::dateProblem(d);
        if (!problem.isEmpty()) {
            m_problems.add(path(key), problem);
            return {};
        }
        return d;
    }

    QDateTime dateTime(const char* key)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        const QDateTime dt = v.isString() ? ModelJson::parseDateTime(v.toString()) : QDateTime();
        if (!dt.isValid() || !FieldRules::dateProblem(dt.date()).isEmpty()) {
            m_problems.add(path(key),
                QCoreApplication::translate(
                    "piadesk::ModelJson", "must be a UTC time \"YYYY-MM-DDTHH:MM:SSZ\" or null."));
            return {};
        }
        return dt;
    }

    template <typename E> E enumeration(const char* key, E fallback, bool required = false)
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined())
            return fallback;
        const auto e = v.isString() ? enumFromKey<E>(v.toString()) : std::nullopt;
        if (!e) {
            m_problems.add(path(key),
                QCoreApplication::translate("piadesk::ModelJson", "must be one of %1.")
                    .arg(enumKeys<E>().join(QStringLiteral(", "))));
            return fallback;
        }
        return *e;
    }

    QJsonArray array(const char* key)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            m_problems.add(path(key),
                QCoreApplication::translate("piadesk::ModelJson", "must be an array, not %1.").arg(jsonTypeName(v)));
            return {};
        }
        const QJsonArray a = v.toArray();
        if (a.size() > FieldRules::kMaxListItems * 10) {
            m_problems.add(path(key), QCoreApplication::translate("piadesk::ModelJson", "has too many entries."));
            return {};
        }
        return a;
    }

    QStringList textList(const char* key, int limit)
    {
        QStringList list;
        const QJsonArray a = array(key);
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString p = path(key) + QStringLiteral("[%1]").arg(i);
            if (!a.at(i).isString()) {
                m_problems.add(p,
                    QCoreApplication::translate("piadesk::ModelJson", "must be a string, not %1.")
                        .arg(jsonTypeName(a.at(i))));
                continue;
            }
            const QString problem = FieldRules::textProblem(a.at(i).toString(), limit);
            if (!problem.isEmpty())
                m_problems.add(p, problem);
            else
                list.append(a.at(i).toString());
        }
        return list;
    }

    template <typename E> QList<E> enumList(const char* key)
    {
        QList<E> list;
        const QJsonArray a = array(key);
        for (qsizetype i = 0; i < a.size(); ++i) {
            const auto e = a.at(i).isString() ? enumFromKey<E>(a.at(i).toString()) : std::nullopt;
            if (!e)
                m_problems.add(path(key) + QStringLiteral("[%1]").arg(i),
                    QCoreApplication::translate("piadesk::ModelJson", "must be one of %1.")
                        .arg(enumKeys<E>().join(QStringLiteral(", "))));
            else if (list.contains(*e))
                m_problems.add(path(key) + QStringLiteral("[%1]").arg(i),
                    QCoreApplication::translate("piadesk::ModelJson", "repeats an earlier entry."));
            else
                list.append(*e);
        }
        return list;
    }

    /** A uuid-like identifier: letters, digits, '-', '_' and '.', 1 to 100 characters. */
    QString identifier(const char* key, bool required)
    {
        const QString s = text(key, 100, required);
        static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]+$"));
        if (!s.isEmpty() && !pattern.match(s).hasMatch()) {
            m_problems.add(path(key),
                QCoreApplication::translate(
                    "piadesk::ModelJson", "may contain only letters, digits, '-', '_' and '.'."));
            return {};
        }
        if (required && s.isEmpty() && m_object.value(QLatin1String(key)).isString())
            m_problems.add(path(key), QCoreApplication::translate("piadesk::ModelJson", "must not be empty."));
        return s;
    }

    Problems& problems() { return m_problems; }

private:
    QString m_path;
    Problems& m_problems;
    QJsonObject m_object;
    QSet<QString> m_seen;
    bool m_valid = true;
};

} // namespace piadesk
