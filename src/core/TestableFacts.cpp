#include "TestableFacts.h"

#include "ModelJson.h"

#include <QJsonArray>

namespace piadesk::TestableFacts {

namespace {

template <typename E> E keyOr(const QJsonValue& value, E fallback)
{
    return enumFromKey<E>(value.toString()).value_or(fallback);
}

template <typename E> QList<E> keyList(const QJsonValue& value)
{
    QList<E> list;
    for (const QJsonValue& v : value.toArray()) {
        if (const auto e = enumFromKey<E>(v.toString()))
            list.append(*e);
    }
    return list;
}

QStringList none()
{
    return {};
}

} // namespace

const QList<Fact>& all()
{
    static const QList<Fact> facts = {
        { "publicPlace", Type::Boolean, [](const CaseFacts& f) { return QJsonValue(f.publicPlace); },
            [](CaseFacts& f, const QJsonValue& v) { f.publicPlace = v.toBool(); }, &none },
        { "placeKind", Type::Key, [](const CaseFacts& f) { return QJsonValue(enumKey(f.placeKind)); },
            [](CaseFacts& f, const QJsonValue& v) { f.placeKind = keyOr(v, PlaceKind::Unspecified); },
            &enumKeys<PlaceKind> },
        { "storedPeople", Type::Number, [](const CaseFacts& f) { return QJsonValue(double(f.storedPeople)); },
            [](CaseFacts& f, const QJsonValue& v) { f.storedPeople = qint64(v.toDouble()); }, &none },
        { "minorsUnder14", Type::Boolean, [](const CaseFacts& f) { return QJsonValue(f.minorsUnder14); },
            [](CaseFacts& f, const QJsonValue& v) { f.minorsUnder14 = v.toBool(); }, &none },
        { "originalImagesStored", Type::Boolean, [](const CaseFacts& f) { return QJsonValue(f.originalImagesStored); },
            [](CaseFacts& f, const QJsonValue& v) { f.originalImagesStored = v.toBool(); }, &none },
        { "methods", Type::KeyList, [](const CaseFacts& f) { return QJsonValue(ModelJson::enumArray(f.methods)); },
            [](CaseFacts& f, const QJsonValue& v) { f.methods = keyList<Method>(v); }, &enumKeys<Method> },
        { "status", Type::Key, [](const CaseFacts& f) { return QJsonValue(enumKey(f.status)); },
            [](CaseFacts& f, const QJsonValue& v) { f.status = keyOr(v, CaseStatus::Planned); },
            &enumKeys<CaseStatus> },
    };
    return facts;
}

const Fact* find(const QString& name)
{
    for (const Fact& fact : all()) {
        if (name == QLatin1String(fact.name))
            return &fact;
    }
    return nullptr;
}

} // namespace piadesk::TestableFacts
