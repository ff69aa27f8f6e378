#include "CaseImporter.h"

#include "AssessmentTable.h"
#include "AttachmentTable.h"
#include "CaseStore.h"
#include "CaseTable.h"
#include "FilingTable.h"
#include "OrganisationTable.h"
#include "StoreContext.h"
#include "StoreRows.h"
#include "WriteScope.h"
#include "core/CreditCode.h"
#include "core/ModelJson.h"
#include "core/Uuid.h"
#include <QHash>

namespace piadesk {

using namespace StoreRows;

namespace CaseImporter {

namespace {

bool importOne(StoreContext& store, WriteScope& write, const CaseBundle& bundle, qint64* caseId)
{
    const bool team = store.db.isPostgres();
    if (CaseTable::find(store, bundle.caseInfo.uuid))
        return store.fail((team ? CaseStore::tr("The case \"%1\" (%2) is already in this team store.")
                                : CaseStore::tr("The case \"%1\" (%2) is already in this case file."))
                              .arg(bundle.caseInfo.facts.name, bundle.caseInfo.uuid));
    for (const AssessmentVersion& a : bundle.assessments) {
        Statement s(store.db, QStringLiteral("SELECT 1 FROM assessment WHERE uuid = :uuid"));
        s.bind(":uuid", a.uuid);
        if (s.next())
            return store.fail((team ? CaseStore::tr("Assessment version %1 (%2) is already in this team store.")
                                    : CaseStore::tr("Assessment version %1 (%2) is already in this case file."))
                                  .arg(a.number)
                                  .arg(a.uuid));
    }
    // The organisation: the same one when its uuid is known here, else a new one.
    qint64 organisationId = 0;
    if (const auto known = OrganisationTable::idOf(store, bundle.organisation.uuid)) {
        organisationId = *known;
    } else {
        Organisation o = bundle.organisation;
        o.creditCode = CreditCode::normalized(o.creditCode);
        if (o.uuid.isEmpty())
            o.uuid = newUuid();
        if (!OrganisationTable::insert(store, o, &organisationId))
            return store.failFromDb();
    }
    Case c = bundle.caseInfo;
    c.organisationId = organisationId;
    qint64 newCaseId = 0;
    if (!CaseTable::insert(store, c, &newCaseId))
        return store.failFromDb();

    QHash<QString, qint64> assessmentIds;
    for (const AssessmentVersion& a : bundle.assessments) {
        Statement s(store.db,
            QStringLiteral("INSERT INTO assessment (uuid, case_id, number, trigger_kind, "
                           "trigger_date, trigger_description, state, assessor, reviewer, "
                           "signed_off_by, signed_off_on, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?) RETURNING id"));
        s.bind(1, a.uuid)
            .bind(2, newCaseId)
            .bind(3, a.number)
            .bind(4, enumKey(a.trigger))
            .bindOptional(5, dateText(a.triggerDate))
            .bind(6, a.triggerDescription)
            .bind(7, a.assessor)
            .bind(8, a.reviewer)
            .bind(9, a.signedOffBy)
            .bindOptional(10, dateText(a.signedOffOn))
            .bind(11, store.nowText())
            .bind(12, store.nowText());
        qint64 id = 0;
        if (!s.runReturningId(&id))
            return store.failFromDb();
        assessmentIds.insert(a.uuid, id);
        if (!AssessmentTable::insertContent(store, id, a))
            return store.failFromDb();
    }
    for (const Attachment& att : bundle.attachments) {
        if (!AttachmentTable::writeBlob(store, att.data, att.sha256)
            || !AttachmentTable::insert(store, newCaseId, assessmentIds.value(att.assessmentUuid), att))
            return store.failFromDb();
    }
    for (const AssessmentVersion& a : bundle.assessments) {
        if (a.state == AssessmentState::Draft)
            continue;
        Statement s(store.db,
            QStringLiteral("UPDATE assessment SET state = ?, finalized_at = ?, retain_until = ?, "
                           "content_hash = ?, record = ?, rule_set = ?, rule_set_version = ? WHERE id = ?"));
        s.bind(1, enumKey(a.state))
            .bindOptional(2, dateTimeText(a.finalizedAt))
            .bindOptional(3, dateText(a.retainUntil))
            .bindOptional(4, a.contentHash);
        if (a.record)
            s.bind(5, jsonText(ModelJson::toJson(*a.record)));
        else
            s.bindNull(5);
        s.bind(6, a.ruleSetId).bind(7, a.ruleSetVersion).bind(8, assessmentIds.value(a.uuid));
        if (!s.run())
            return store.failFromDb();
    }
    for (const FilingRecord& f : bundle.filings) {
        qint64 filingId = 0;
        if (!FilingTable::write(store, newCaseId, f, true, &filingId))
            return store.failFromDb();
    }
    if (!write.audit(QStringLiteral("case.import"), bundle.caseInfo.uuid, 0, {},
            CaseStore::tr("%1, with %n assessment version(s)", nullptr, int(bundle.assessments.size()))
                .arg(bundle.caseInfo.facts.name)))
        return false;
    if (caseId)
        *caseId = newCaseId;
    return true;
}

} // namespace

bool importCases(StoreContext& store, const QList<CaseBundle>& bundles, QList<qint64>* caseIds)
{
    WriteScope write(store);
    if (!write)
        return false;
    QList<qint64> ids;
    for (const CaseBundle& bundle : bundles) {
        qint64 id = 0;
        if (!importOne(store, write, bundle, &id))
            return false;
        ids.append(id);
    }
    if (!write.commit())
        return store.failFromDb();
    if (caseIds)
        *caseIds = ids;
    return true;
}

} // namespace CaseImporter
} // namespace piadesk
