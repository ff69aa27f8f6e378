#include "AttachmentTable.h"

#include "StoreContext.h"
#include "StoreRows.h"

namespace piadesk {

using namespace StoreRows;

namespace AttachmentTable {

bool writeBlob(StoreContext& store, const QByteArray& data, const QString& sha256)
{
    Statement s(store.db,
        QStringLiteral("INSERT INTO blob (sha256, size, data) VALUES (?, ?, ?) "
                       "ON CONFLICT (sha256) DO NOTHING"));
    s.bind(1, sha256).bind(2, qint64(data.size())).bindBlob(3, data);
    return s.run();
}

bool insert(StoreContext& store, qint64 caseId, qint64 assessmentId, const Attachment& a, qint64* id)
{
    Statement s(store.db,
        QStringLiteral("INSERT INTO attachment (uuid, case_id, assessment_id, material, name, "
                       "media_type, size, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    s.bind(1, a.uuid).bind(2, caseId);
    if (assessmentId)
        s.bind(3, assessmentId);
    else
        s.bindNull(3);
    s.bind(4, a.material)
        .bind(5, a.name)
        .bind(6, a.mediaType.isEmpty() ? QStringLiteral("application/octet-stream") : a.mediaType)
        .bind(7, a.size)
        .bind(8, a.sha256)
        .bind(9, a.createdAt.isValid() ? dateTimeText(a.createdAt) : store.nowText());
    qint64 ignored = 0;
    return s.runReturningId(id ? id : &ignored);
}

bool removeOrphanBlobs(StoreContext& store)
{
    return store.db.exec(QStringLiteral("DELETE FROM blob WHERE sha256 NOT IN (SELECT sha256 FROM attachment)"));
}

bool loadForCase(StoreContext& store, qint64 caseId, QList<Attachment>* out)
{
    Statement s(store.db,
        QStringLiteral("SELECT t.id, t.uuid, a.uuid, t.material, t.name, t.media_type, t.size, "
                       "t.sha256, t.created_at FROM attachment t "
                       "LEFT JOIN assessment a ON a.id = t.assessment_id "
                       "WHERE t.case_id = ? ORDER BY t.id"));
    s.bind(1, caseId);
    while (s.next()) {
        Attachment a;
        a.id = s.integer(0);
        a.uuid = s.text(1);
        a.caseId = caseId;
        a.assessmentUuid = s.text(2);
        a.material = s.text(3);
        a.name = s.text(4);
        a.mediaType = s.text(5);
        a.size = s.integer(6);
        a.sha256 = s.text(7);
        a.createdAt = dateTimeFrom(s.text(8));
        out->append(a);
    }
    return s.ok() || store.failFromDb();
}

} // namespace AttachmentTable
} // namespace piadesk
