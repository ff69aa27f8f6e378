#include "OrganisationTable.h"

#include "StoreContext.h"
#include "StoreRows.h"
#include "core/ModelJson.h"

namespace piadesk {

using namespace StoreRows;

namespace OrganisationTable {

namespace {

/** Binds the organisation's own columns (all but its id, uuid and times). */
void bindFields(Statement& s, const Organisation& o)
{
    s.bind(":name", o.name)
        .bind(":credit_code", o.creditCode)
        .bind(":address", o.address)
        .bind(":legal_representative", o.legalRepresentative)
        .bind(":contact", jsonText(ModelJson::toJson(o.contact)))
        .bind(":responsible_person", jsonText(ModelJson::toJson(o.responsiblePerson)))
        .bind(":handling_person", jsonText(ModelJson::toJson(o.handlingPerson)));
}

const auto kFieldColumns
    = QStringLiteral("name, credit_code, address, legal_representative, contact, responsible_person, handling_person");

} // namespace

bool insert(StoreContext& store, const Organisation& o, qint64* id)
{
    QString parameters = kFieldColumns;
    parameters.replace(QStringLiteral(", "), QStringLiteral(", :")).prepend(QLatin1Char(':'));
    Statement s(store.db,
        QStringLiteral("INSERT INTO organisation (uuid, %1, created_at, updated_at) VALUES (:uuid, %2, :now, :now) "
                       "RETURNING id")
            .arg(kFieldColumns, parameters));
    s.bind(":uuid", o.uuid).bind(":now", store.nowText());
    bindFields(s, o);
    return s.runReturningId(id);
}

bool update(StoreContext& store, const Organisation& o)
{
    QStringList assignments;
    for (const QString& column : kFieldColumns.split(QStringLiteral(", ")))
        assignments.append(column + QStringLiteral(" = :") + column);
    Statement s(store.db,
        QStringLiteral("UPDATE organisation SET %1, updated_at = :now WHERE id = :id")
            .arg(assignments.join(QStringLiteral(", "))));
    bindFields(s, o);
    s.bind(":now", store.nowText()).bind(":id", o.id);
    return s.run();
}

std::optional<qint64> idOf(StoreContext& store, const QString& uuid)
{
    Statement s(store.db, QStringLiteral("SELECT id FROM organisation WHERE uuid = :uuid"));
    s.bind(":uuid", uuid);
    if (!s.next())
        return std::nullopt;
    return s.integer(0);
}

std::optional<Organisation> read(StoreContext& store, qint64 id, bool* readFailed)
{
    Statement s(store.db, QStringLiteral("SELECT %1 FROM organisation WHERE id = ?").arg(kOrganisationColumns));
    s.bind(1, id);
    if (readFailed)
        *readFailed = false;
    if (!s.next()) {
        if (!s.ok() && readFailed) {
            *readFailed = true;
            store.failFromDb();
        }
        return std::nullopt;
    }
    return organisationFrom(s);
}

std::optional<Organisation> existing(StoreContext& store, qint64 id)
{
    bool readFailed = false;
    std::optional<Organisation> o = read(store, id, &readFailed);
    if (!o && !readFailed)
        store.fail(CaseStore::tr("Organisation %1 does not exist.").arg(id));
    return o;
}

QList<Organisation> all(StoreContext& store)
{
    QList<Organisation> list;
    Statement s(store.db,
        QStringLiteral("SELECT %1 FROM organisation ORDER BY %2, id")
            .arg(kOrganisationColumns,
                // ASCII letters folded, as SQLite's NOCASE does (the store's texts sort in the "C" collation)
                store.db.isPostgres() ? QStringLiteral("lower(name)") : QStringLiteral("name COLLATE NOCASE")));
    while (s.next())
        list.append(organisationFrom(s));
    return list;
}

} // namespace OrganisationTable
} // namespace piadesk
