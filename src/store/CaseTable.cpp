#include "CaseTable.h"

#include "AssessmentTable.h"
#include "AttachmentTable.h"
#include "CaseStore.h"
#include "FilingTable.h"
#include "OrganisationTable.h"
#include "StoreContext.h"
#include "StoreRows.h"
#include "core/ModelJson.h"

namespace piadesk {

using namespace StoreRows;

namespace {

/** One column of frt_case that holds a case fact: its named parameter (":" and the column's name), how it binds. */
struct FactColumn
{
    const char* parameter;
    void (*bind)(Statement&, const char*, const CaseFacts&);
    void (*read)(const Statement&, int, CaseFacts&);
};

/** The facts' columns: the one list that reading, inserting and updating a case all use. */
const FactColumn kFacts[] = {
    { ":name", [](Statement& s, const char* p, const CaseFacts& f) { s.bind(p, f.name); },
        [](const Statement& s, int c, CaseFacts& f) { f.name = s.text(c); } },
    { ":description", [](Statement& s, const char* p, const CaseFacts& f) { s.bind(p, f.description); },
        [](const Statement& s, int c, CaseFacts& f) { f.description = s.text(c); } },
    { ":places",
        [](Statement& s, const char* p, const CaseFacts& f) { s.bind(p, jsonText(ModelJson::toJson(f.places))); },
        [](const Statement& s, int c, CaseFacts& f) { f.places = stringsFrom(s.text(c)); } },
    { ":place_kind", [](Statement& s, const char* p, const CaseFacts& f) { s.bind(p, enumKey(f.placeKind)); },
        [](const Statement& s, int c, CaseFacts& f) { f.placeKind = enumFrom(s.text(c), PlaceKind::Unspecified); } },
    { ":public_place", [](Statement& s, const char* p, const CaseFacts& f) { s.bind(p, f.publicPlace); },
        [](const Statement& s, int c, CaseFacts& f) { f.publicPlace = s.integer(c) != 0; } },
    { ":purposes",
        [](Statement& s, const char* p, const CaseFacts& f) { s.bind(p, jsonText(ModelJson::toJson(f.purposes))); },
        [](const Statement& s, int c, CaseFacts& f) { f.purposes = stringsFrom(s.text(c)); } },
    { ":methods",
        [](Statement& s, const char* p, const CaseFacts& f) { s.bind(p, jsonText(ModelJson::enumArray(f.methods))); },
        [](const Statement& s, int c, CaseFacts& f) { f.methods = enumsFrom<Method>(s.text(c)); } },
    { ":equipment",
        [](Statement& s, const char* p, const CaseFacts& f) { s.bind(p, jsonText(ModelJson::toJson(f.equipment))); },
        [](const Statement& s, int c, CaseFacts& f) { f.equipment = equipmentFrom(s.text(c)); } },
    { ":vendors",
        [](Statement& s, const char* p, const CaseFacts& f) { s.bind(p, jsonText(ModelJson::toJson(f.vendors))); },
        [](const Statement& s, int c, CaseFacts& f) { f.vendors = stringsFrom(s.text(c)); } },
    { ":stored_people", [](Statement& s, const char* p, const CaseFacts& f) { s.bind(p, f.storedPeople); },
        [](const Statement& s, int c, CaseFacts& f) { f.storedPeople = s.integer(c); } },
    { ":minors_under_14", [](Statement& s, const char* p, const CaseFacts& f) { s.bind(p, f.minorsUnder14); },
        [](const Statement& s, int c, CaseFacts& f) { f.minorsUnder14 = s.integer(c) != 0; } },
    { ":original_images_stored",
        [](Statement& s, const char* p, const CaseFacts& f) { s.bind(p, f.originalImagesStored); },
        [](const Statement& s, int c, CaseFacts& f) { f.originalImagesStored = s.integer(c) != 0; } },
    { ":storage_location", [](Statement& s, const char* p, const CaseFacts& f) { s.bind(p, f.storageLocation); },
        [](const Statement& s, int c, CaseFacts& f) { f.storageLocation = s.text(c); } },
    { ":storage_period", [](Statement& s, const char* p, const CaseFacts& f) { s.bind(p, f.storagePeriod); },
        [](const Statement& s, int c, CaseFacts& f) { f.storagePeriod = s.text(c); } },
    { ":anonymization", [](Statement& s, const char* p, const CaseFacts& f) { s.bind(p, f.anonymization); },
        [](const Statement& s, int c, CaseFacts& f) { f.anonymization = s.text(c); } },
    { ":start_of_use",
        [](Statement& s, const char* p, const CaseFacts& f) { s.bindOptional(p, dateText(f.startOfUse)); },
        [](const Statement& s, int c, CaseFacts& f) { f.startOfUse = dateFrom(s.text(c)); } },
    { ":end_of_use", [](Statement& s, const char* p, const CaseFacts& f) { s.bindOptional(p, dateText(f.endOfUse)); },
        [](const Statement& s, int c, CaseFacts& f) { f.endOfUse = dateFrom(s.text(c)); } },
    { ":status", [](Statement& s, const char* p, const CaseFacts& f) { s.bind(p, enumKey(f.status)); },
        [](const Statement& s, int c, CaseFacts& f) { f.status = enumFrom(s.text(c), CaseStatus::Planned); } },
    { ":threshold_reached_on",
        [](Statement& s, const char* p, const CaseFacts& f) { s.bindOptional(p, dateText(f.thresholdReachedOn)); },
        [](const Statement& s, int c, CaseFacts& f) { f.thresholdReachedOn = dateFrom(s.text(c)); } },
};

/** The facts' columns joined by commas, each written as \a pattern (%1: the column's name, %2: its parameter). */
QString factColumns(const QString& pattern = QStringLiteral("%1"))
{
    QStringList parts;
    for (const FactColumn& column : kFacts)
        parts.append(QString(pattern)
                         .replace(QLatin1String("%1"), QLatin1String(column.parameter + 1))
                         .replace(QLatin1String("%2"), QLatin1String(column.parameter)));
    return parts.join(QStringLiteral(", "));
}

void bindFacts(Statement& s, const CaseFacts& facts)
{
    for (const FactColumn& column : kFacts)
        column.bind(s, column.parameter, facts);
}

CaseFacts factsFrom(const Statement& s, int first)
{
    CaseFacts facts;
    int index = first;
    for (const FactColumn& column : kFacts)
        column.read(s, index++, facts);
    return facts;
}

/** Case \a caseId's uuid into \a uuid: true when found; \a readOk false when the read itself failed. */
bool readUuid(StoreContext& store, qint64 caseId, QString* uuid, bool* readOk)
{
    Statement s(store.db, QStringLiteral("SELECT uuid FROM frt_case WHERE id = ?"));
    s.bind(1, caseId);
    const bool found = s.next();
    if (found)
        *uuid = s.text(0);
    *readOk = s.ok();
    return found;
}

} // namespace

namespace CaseTable {

std::optional<qint64> find(StoreContext& store, const QString& reference)
{
    bool isNumber = false;
    const qint64 id = reference.toLongLong(&isNumber);
    Statement s(store.db,
        isNumber ? QStringLiteral("SELECT id FROM frt_case WHERE id = ?")
                 : QStringLiteral("SELECT id FROM frt_case WHERE uuid = ?"));
    if (isNumber)
        s.bind(1, id);
    else
        s.bind(1, reference.trimmed().toLower());
    if (s.next())
        return s.integer(0);
    return std::nullopt;
}

QString uuidOf(StoreContext& store, qint64 caseId)
{
    QString uuid;
    bool readOk = true;
    readUuid(store, caseId, &uuid, &readOk);
    return uuid;
}

bool existingUuid(StoreContext& store, qint64 caseId, QString* uuid)
{
    bool readOk = true;
    if (readUuid(store, caseId, uuid, &readOk))
        return true;
    return readOk ? store.fail(CaseStore::tr("Case %1 does not exist.").arg(caseId)) : store.failFromDb();
}

bool insert(StoreContext& store, const Case& c, qint64* id)
{
    // Revision 0: the change that creates the case moves it to 1 when it commits (StoreContext::claimTouchedCases).
    Statement s(store.db,
        QStringLiteral("INSERT INTO frt_case (uuid, organisation_id, %1, revision, created_at, updated_at) "
                       "VALUES (:uuid, :organisation_id, %2, 0, :now, :now)")
                .arg(factColumns(), factColumns(QStringLiteral("%2")))
            + QStringLiteral(" RETURNING id"));
    s.bind(":uuid", c.uuid).bind(":organisation_id", c.organisationId).bind(":now", store.nowText());
    bindFacts(s, c.facts);
    if (!s.runReturningId(id))
        return false;
    if (c.ruleSetId.isEmpty())
        return true;
    Statement set(store.db, QStringLiteral("UPDATE frt_case SET rule_set = :rule_set WHERE id = :id"));
    set.bind(":rule_set", c.ruleSetId).bind(":id", *id);
    return set.run();
}

std::optional<CaseFacts> facts(StoreContext& store, qint64 caseId)
{
    Statement s(store.db, QStringLiteral("SELECT %1 FROM frt_case WHERE id = :id").arg(factColumns()));
    s.bind(":id", caseId);
    if (!s.next())
        return std::nullopt;
    return factsFrom(s, 0);
}

bool updateFacts(StoreContext& store, qint64 caseId, const CaseFacts& facts)
{
    Statement s(store.db,
        QStringLiteral("UPDATE frt_case SET %1, updated_at = :now WHERE id = :id")
            .arg(factColumns(QStringLiteral("%1 = %2"))));
    bindFacts(s, facts);
    s.bind(":now", store.nowText()).bind(":id", caseId);
    return s.run();
}

bool setRuleSet(StoreContext& store, qint64 caseId, const QString& ruleSetId)
{
    Statement s(store.db,
        QStringLiteral("UPDATE frt_case SET rule_set = :rule_set, updated_at = :now "
                       "WHERE id = :id"));
    s.bind(":rule_set", ruleSetId).bind(":now", store.nowText()).bind(":id", caseId);
    return s.run();
}

bool loadBundle(StoreContext& store, qint64 caseId, CaseBundle* bundle)
{
    CaseBundle b;
    Statement s(store.db,
        QStringLiteral("SELECT id, uuid, organisation_id, revision, created_at, updated_at, rule_set, %1 "
                       "FROM frt_case WHERE id = ?")
            .arg(factColumns()));
    s.bind(1, caseId);
    if (!s.next())
        return s.ok() ? store.fail(CaseStore::tr("Case %1 does not exist.").arg(caseId)) : store.failFromDb();
    b.caseInfo.id = s.integer(0);
    b.caseInfo.uuid = s.text(1);
    b.caseInfo.organisationId = s.integer(2);
    b.caseInfo.revision = int(s.integer(3));
    // What this client last saw of the case: a change made on it fails if another was committed since.
    store.seenRevisions.insert(b.caseInfo.uuid, s.integer(3));
    b.caseInfo.createdAt = dateTimeFrom(s.text(4));
    b.caseInfo.updatedAt = dateTimeFrom(s.text(5));
    b.caseInfo.ruleSetId = s.text(6);
    b.caseInfo.facts = factsFrom(s, 7);
    bool orgReadFailed = false;
    const auto org = OrganisationTable::read(store, b.caseInfo.organisationId, &orgReadFailed);
    if (!org && orgReadFailed)
        return false; // said by failFromDb()
    if (!org)
        return store.fail(CaseStore::tr("The organisation of case %1 is missing.").arg(caseId));
    b.organisation = *org;
    if (!AssessmentTable::load(store, caseId, &b.assessments)
        || !AttachmentTable::loadForCase(store, caseId, &b.attachments))
        return false;
    if (!FilingTable::loadForCase(store, caseId, &b.filings))
        return false;
    *bundle = b;
    return true;
}

} // namespace CaseTable
} // namespace piadesk
