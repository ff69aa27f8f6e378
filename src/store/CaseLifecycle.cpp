#include "CaseLifecycle.h"

#include "AttachmentTable.h"
#include "CaseStore.h"
#include "CaseTable.h"
#include "OrganisationTable.h"
#include "StoreContext.h"
#include "StoreRows.h"
#include "WriteScope.h"
#include "core/Clock.h"
#include "core/CreditCode.h"
#include "core/FieldRules.h"
#include "core/ModelJson.h"
#include "core/Uuid.h"

#include <QRegularExpression>

namespace piadesk::CaseLifecycle {

using namespace StoreRows;

bool saveOrganisation(StoreContext& store, Organisation& organisation)
{
    WriteScope write(store);
    if (!write)
        return false;
    Organisation o = organisation;
    o.creditCode = CreditCode::normalized(o.creditCode);
    Problems problems;
    FieldRules::checkOrganisation(o, QStringLiteral("organisation"), problems);
    if (o.name.trimmed().isEmpty())
        problems.add(QStringLiteral("organisation.name"), CaseStore::tr("must not be empty."));
    if (!problems.isEmpty())
        return store.fail(problems.toString());
    if (o.id == 0) {
        if (o.uuid.isEmpty())
            o.uuid = newUuid();
        if (!OrganisationTable::insert(store, o, &o.id))
            return store.failFromDb();
        if (!write.audit(QStringLiteral("organisation.create"), {}, 0, QStringLiteral("organisation"), o.name))
            return false;
    } else {
        const auto old = OrganisationTable::existing(store, o.id);
        if (!old)
            return false;
        o.uuid = old->uuid;
        if (!OrganisationTable::update(store, o))
            return store.failFromDb();
        if (!write.auditChanges(ModelJson::toJson(*old), ModelJson::toJson(o), QStringLiteral("organisation.update"),
                {}, QStringLiteral("organisation.")))
            return false;
    }
    if (!write.commit())
        return false;
    organisation = o;
    return true;
}

bool create(StoreContext& store, qint64 organisationId, const CaseFacts& facts, Case* created, const QString& ruleSetId)
{
    WriteScope write(store);
    if (!write)
        return false;
    Problems problems;
    FieldRules::checkFacts(facts, QStringLiteral("case"), problems);
    if (!problems.isEmpty())
        return store.fail(problems.toString());
    if (!OrganisationTable::existing(store, organisationId))
        return false;
    Case c;
    c.uuid = newUuid();
    c.organisationId = organisationId;
    c.facts = facts;
    c.ruleSetId = ruleSetId;
    c.revision = 1;
    c.createdAt = c.updatedAt = dateTimeFrom(store.nowText());
    if (!CaseTable::insert(store, c, &c.id))
        return store.failFromDb();
    // The schema's default rule set, when none was asked for.
    Statement ruleSet(store.db, QStringLiteral("SELECT rule_set FROM frt_case WHERE id = :id"));
    ruleSet.bind(":id", c.id);
    if (!ruleSet.next())
        return store.failFromDb();
    c.ruleSetId = ruleSet.text(0);
    if (!write.audit(QStringLiteral("case.create"), c.uuid, 0, {}, facts.name) || !write.commit())
        return false;
    if (created)
        *created = c;
    return true;
}

bool updateFacts(StoreContext& store, qint64 caseId, const CaseFacts& facts)
{
    WriteScope write(store);
    if (!write)
        return false;
    Problems problems;
    FieldRules::checkFacts(facts, QStringLiteral("case"), problems);
    if (!problems.isEmpty())
        return store.fail(problems.toString());
    QString uuid;
    if (!CaseTable::existingUuid(store, caseId, &uuid))
        return false;
    const std::optional<CaseFacts> old = CaseTable::facts(store, caseId);
    if (!old)
        return store.failFromDb();
    if (*old == facts)
        return true;
    if (!CaseTable::updateFacts(store, caseId, facts))
        return store.failFromDb();
    return write.auditChanges(
               ModelJson::toJson(*old), ModelJson::toJson(facts), QStringLiteral("case.update"), uuid, {})
        && write.commit();
}

bool setRuleSet(StoreContext& store, qint64 caseId, const QString& ruleSetId)
{
    WriteScope write(store);
    if (!write)
        return false;
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,99}$"));
    if (!pattern.match(ruleSetId).hasMatch())
        return store.fail(CaseStore::tr("\"%1\" is not a rule-set id.").arg(ruleSetId.left(100)));
    Statement read(store.db, QStringLiteral("SELECT uuid, rule_set FROM frt_case WHERE id = ?"));
    read.bind(1, caseId);
    if (!read.next())
        return read.ok() ? store.fail(CaseStore::tr("Case %1 does not exist.").arg(caseId)) : store.failFromDb();
    const QString uuid = read.text(0);
    if (read.text(1) == ruleSetId)
        return true;
    if (!CaseTable::setRuleSet(store, caseId, ruleSetId))
        return store.failFromDb();
    return write.audit(QStringLiteral("case.update"), uuid, 0, QStringLiteral("ruleSet"), ruleSetId) && write.commit();
}

bool discard(StoreContext& store, qint64 caseId)
{
    WriteScope write(store);
    if (!write)
        return false;
    CaseBundle bundle;
    if (!CaseTable::loadBundle(store, caseId, &bundle))
        return false;
    for (const AssessmentVersion& a : bundle.assessments) {
        if (a.isFinal())
            return store.fail(CaseStore::tr("The case \"%1\" has a finalized version and cannot be discarded.")
                                  .arg(bundle.caseInfo.facts.name));
    }
    Statement deleteCase(store.db, QStringLiteral("DELETE FROM frt_case WHERE id = ?"));
    deleteCase.bind(1, caseId);
    Statement deleteOrganisation(store.db,
        QStringLiteral("DELETE FROM organisation WHERE id = ? "
                       "AND NOT EXISTS (SELECT 1 FROM frt_case WHERE organisation_id = ?)"));
    deleteOrganisation.bind(1, bundle.caseInfo.organisationId).bind(2, bundle.caseInfo.organisationId);
    if (!deleteCase.run() || !deleteOrganisation.run() || !AttachmentTable::removeOrphanBlobs(store)
        || !write.audit(QStringLiteral("case.discard"), bundle.caseInfo.uuid, 0, {}, bundle.caseInfo.facts.name)
        || !write.commit())
        return store.failFromDb();
    return true;
}

bool remove(StoreContext& store, qint64 caseId)
{
    WriteScope write(store);
    if (!write)
        return false;
    CaseBundle bundle;
    if (!CaseTable::loadBundle(store, caseId, &bundle))
        return false;
    const QDate today = store.clock->today();
    for (const AssessmentVersion& a : bundle.assessments) {
        if (a.isFinal() && a.retainUntil >= today)
            return store.fail(
                CaseStore::tr("The case \"%1\" cannot be deleted: the report of version %2 must be kept until %3 "
                              "(retention of assessment reports). It can be deleted from %4.")
                    .arg(bundle.caseInfo.facts.name)
                    .arg(a.number)
                    .arg(a.retainUntil.toString(Qt::ISODate), a.retainUntil.addDays(1).toString(Qt::ISODate)));
    }
    Statement s(store.db, QStringLiteral("DELETE FROM frt_case WHERE id = ?"));
    s.bind(1, caseId);
    if (!s.run() || !AttachmentTable::removeOrphanBlobs(store)
        || !write.audit(QStringLiteral("case.delete"), bundle.caseInfo.uuid, 0, {}, bundle.caseInfo.facts.name)
        || !write.commit())
        return store.failFromDb();
    return true;
}

} // namespace piadesk::CaseLifecycle
