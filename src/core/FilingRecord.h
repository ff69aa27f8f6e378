#pragma once

#include "Enums.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>

namespace piadesk {

/** How the facial information was handled when the use ended, as a de-registration states it (Measures Art. 15 ¶2). */
struct FacialDataDisposal
{
    QString method; ///< "deleted" or "anonymized"; empty when not stated
    QDate on; ///< when
    QString evidence; ///< what shows it (a deletion log, a certificate, a record number)

    bool isEmpty() const { return method.isEmpty() && !on.isValid() && evidence.isEmpty(); }
    bool isComplete() const { return !method.isEmpty() && on.isValid() && !evidence.trimmed().isEmpty(); }
    bool operator==(const FacialDataDisposal&) const = default;
};

/**
 * One filing with the cyberspace administration the case's rule set names (the prefecture-level one under the 2023
 * draft, Art. 16; the provincial one under the 2025 Measures, Art. 15): initial, modification (备案变更) or
 * de-registration (注销备案).
 */
struct FilingRecord
{
    qint64 id = 0;
    QString uuid;
    qint64 caseId = 0;
    FilingKind kind = FilingKind::Initial;
    QDate triggerDate; ///< the day the period starts from (not counted)
    QDate dueDate; ///< derived from the trigger date and the rule set
    QDate submittedOn; ///< null until submitted
    QString authority; ///< the cyberspace administration filed with
    QString referenceNumber; ///< the authority's filing number
    QMap<QString, MaterialStatus> materials; ///< material id → status
    QString note;
    FacialDataDisposal disposal; ///< de-registration only
    QDateTime createdAt;
    QDateTime updatedAt;

    /**
     * The status of material \a materialId, numbered \a number in its rule set; files from before rule sets (schema 1)
     * keyed the materials by article and number ("art16.1"), and are read the same.
     */
    MaterialStatus materialStatus(const QString& materialId, int number) const
    {
        if (const auto it = materials.constFind(materialId); it != materials.cend())
            return *it;
        return materials.value(QStringLiteral("art16.%1").arg(number), MaterialStatus::Missing);
    }

    bool operator==(const FilingRecord& o) const
    {
        return uuid == o.uuid && kind == o.kind && triggerDate == o.triggerDate && dueDate == o.dueDate
            && submittedOn == o.submittedOn && authority == o.authority && referenceNumber == o.referenceNumber
            && materials == o.materials && note == o.note && disposal == o.disposal;
    }
};

} // namespace piadesk
