#include "FilingTable.h"

#include "StoreContext.h"
#include "StoreRows.h"
#include "core/ModelJson.h"

namespace piadesk {

using namespace StoreRows;

namespace FilingTable {

bool write(StoreContext& store, qint64 caseId, const FilingRecord& filing, bool inserting, qint64* id)
{
    QJsonObject materials;
    for (auto it = filing.materials.cbegin(); it != filing.materials.cend(); ++it)
        materials.insert(it.key(), enumKey(it.value()));
    Statement s(store.db,
        inserting ? QStringLiteral("INSERT INTO filing (kind, trigger_date, due_date, "
                                   "submitted_on, authority, reference_number, materials, note, "
                                   "updated_at, disposal, uuid, case_id, created_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                  : QStringLiteral("UPDATE filing SET kind = ?, trigger_date = ?, due_date = ?, "
                                   "submitted_on = ?, authority = ?, reference_number = ?, "
                                   "materials = ?, note = ?, updated_at = ?, disposal = ? "
                                   "WHERE id = ? AND case_id = ? RETURNING id"));
    s.bind(1, enumKey(filing.kind))
        .bindOptional(2, dateText(filing.triggerDate))
        .bindOptional(3, dateText(filing.dueDate))
        .bindOptional(4, dateText(filing.submittedOn))
        .bind(5, filing.authority)
        .bind(6, filing.referenceNumber)
        .bind(7, jsonText(materials))
        .bind(8, filing.note)
        .bind(9, store.nowText())
        .bind(10, jsonText(filing.disposal.isEmpty() ? QJsonObject() : ModelJson::toJson(filing.disposal)));
    if (inserting)
        s.bind(11, filing.uuid).bind(12, caseId).bind(13, store.nowText());
    else
        s.bind(11, filing.id).bind(12, caseId);
    return s.runReturningId(id);
}

bool loadForCase(StoreContext& store, qint64 caseId, QList<FilingRecord>* out)
{
    Statement f(store.db,
        QStringLiteral("SELECT %1, materials, note, disposal FROM filing WHERE case_id = :case_id ORDER BY id")
            .arg(kFilingHeadingColumns));
    f.bind(":case_id", caseId);
    constexpr int kMaterials = 11;
    constexpr int kNote = 12;
    constexpr int kDisposal = 13;
    while (f.next()) {
        FilingRecord r = filingHeadingFrom(f);
        const QJsonObject materials = objectFrom(f.text(kMaterials));
        for (auto it = materials.constBegin(); it != materials.constEnd(); ++it)
            r.materials.insert(it.key(), enumFrom(it.value().toString(), MaterialStatus::Missing));
        r.note = f.text(kNote);
        Problems ignored;
        r.disposal = ModelJson::readDisposal(objectFrom(f.text(kDisposal)), {}, ignored);
        out->append(r);
    }
    return f.ok() || store.failFromDb();
}

} // namespace FilingTable
} // namespace piadesk
