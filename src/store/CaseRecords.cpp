#include "CaseRecords.h"

#include "AttachmentTable.h"
#include "CaseStore.h"
#include "CaseTable.h"
#include "FilingTable.h"
#include "StoreContext.h"
#include "StoreRows.h"
#include "WriteScope.h"
#include "core/FieldRules.h"
#include "core/ModelJson.h"
#include "core/Uuid.h"

#include <QCryptographicHash>

namespace piadesk::CaseRecords {

using namespace StoreRows;

bool saveFiling(StoreContext& store, qint64 caseId, FilingRecord& filing)
{
    WriteScope write(store);
    if (!write)
        return false;
    Problems problems;
    FieldRules::checkFiling(filing, QStringLiteral("filing"), problems);
    if (!problems.isEmpty())
        return store.fail(problems.toString());
    QString uuidOfCase;
    if (!CaseTable::existingUuid(store, caseId, &uuidOfCase))
        return false;
    const bool inserting = filing.id == 0;
    if (inserting && filing.uuid.isEmpty())
        filing.uuid = newUuid();
    qint64 written = 0;
    if (!FilingTable::write(store, caseId, filing, inserting, &written))
        return store.failFromDb();
    if (written == 0)
        return store.fail(CaseStore::tr("Filing %1 does not exist in this case.").arg(filing.id));
    filing.id = written;
    filing.caseId = caseId;
    if (!write.audit(inserting ? QStringLiteral("filing.create") : QStringLiteral("filing.update"), uuidOfCase, 0,
            enumKey(filing.kind), jsonText(ModelJson::toJson(filing)))
        || !write.commit())
        return store.failFromDb();
    return true;
}

bool deleteFiling(StoreContext& store, qint64 filingId)
{
    WriteScope write(store);
    if (!write)
        return false;
    Statement find(store.db,
        QStringLiteral("SELECT c.uuid, f.kind FROM filing f JOIN frt_case c ON c.id = f.case_id "
                       "WHERE f.id = ?"));
    find.bind(1, filingId);
    if (!find.next())
        return find.ok() ? store.fail(CaseStore::tr("Filing %1 does not exist.").arg(filingId)) : store.failFromDb();
    Statement s(store.db, QStringLiteral("DELETE FROM filing WHERE id = ?"));
    s.bind(1, filingId);
    if (!s.run() || !write.audit(QStringLiteral("filing.delete"), find.text(0), 0, find.text(1), {}) || !write.commit())
        return store.failFromDb();
    return true;
}

bool addAttachment(StoreContext& store, qint64 caseId, Attachment& attachment)
{
    WriteScope write(store);
    if (!write)
        return false;
    Attachment a = attachment;
    a.size = a.data.size();
    a.sha256 = QString::fromLatin1(QCryptographicHash::hash(a.data, QCryptographicHash::Sha256).toHex());
    if (a.uuid.isEmpty())
        a.uuid = newUuid();
    Problems problems;
    FieldRules::checkAttachment(a, QStringLiteral("attachment"), problems);
    if (!problems.isEmpty())
        return store.fail(problems.toString());
    QString uuidOfCase;
    if (!CaseTable::existingUuid(store, caseId, &uuidOfCase))
        return false;
    qint64 assessmentId = 0;
    int versionNumber = 0;
    if (!a.assessmentUuid.isEmpty()) {
        Statement find(
            store.db, QStringLiteral("SELECT id, number, state FROM assessment WHERE uuid = ? AND case_id = ?"));
        find.bind(1, a.assessmentUuid).bind(2, caseId);
        if (!find.next())
            return store.fail(
                CaseStore::tr("The assessment version this attachment is for does not belong to the case."));
        assessmentId = find.integer(0);
        versionNumber = int(find.integer(1));
        const auto state = enumFrom(find.text(2), AssessmentState::Draft);
        if (state == AssessmentState::Finalized || state == AssessmentState::Superseded)
            return store.fail(
                CaseStore::tr("Version %1 is finalized; evidence cannot be added to it.").arg(versionNumber));
    }
    a.createdAt = dateTimeFrom(store.nowText());
    if (!AttachmentTable::writeBlob(store, a.data, a.sha256)
        || !AttachmentTable::insert(store, caseId, assessmentId, a, &a.id))
        return store.failFromDb();
    a.caseId = caseId;
    if (!write.audit(QStringLiteral("attachment.add"), uuidOfCase, versionNumber, a.material,
            a.name + QStringLiteral(" (") + a.sha256 + QLatin1Char(')'))
        || !write.commit())
        return store.failFromDb();
    attachment = a;
    return true;
}

QByteArray attachmentData(StoreContext& store, qint64 attachmentId)
{
    Statement s(store.db,
        QStringLiteral("SELECT b.data FROM attachment a JOIN blob b ON b.sha256 = a.sha256 "
                       "WHERE a.id = ?"));
    s.bind(1, attachmentId);
    if (!s.next()) {
        if (s.ok())
            store.fail(CaseStore::tr("Attachment %1 does not exist.").arg(attachmentId));
        else
            store.failFromDb();
        return {};
    }
    QByteArray data = s.blob(0);
    if (data.isNull())
        data = QByteArray("");
    return data;
}

bool deleteAttachment(StoreContext& store, qint64 attachmentId)
{
    WriteScope write(store);
    if (!write)
        return false;
    Statement find(store.db,
        QStringLiteral("SELECT c.uuid, t.name, COALESCE(a.number, 0) FROM attachment t "
                       "JOIN frt_case c ON c.id = t.case_id "
                       "LEFT JOIN assessment a ON a.id = t.assessment_id WHERE t.id = ?"));
    find.bind(1, attachmentId);
    if (!find.next())
        return find.ok() ? store.fail(CaseStore::tr("Attachment %1 does not exist.").arg(attachmentId))
                         : store.failFromDb();
    Statement s(store.db, QStringLiteral("DELETE FROM attachment WHERE id = ?"));
    s.bind(1, attachmentId);
    if (!s.run() || !AttachmentTable::removeOrphanBlobs(store)
        || !write.audit(QStringLiteral("attachment.delete"), find.text(0), int(find.integer(2)), {}, find.text(1))
        || !write.commit())
        return store.failFromDb();
    return true;
}

} // namespace piadesk::CaseRecords
