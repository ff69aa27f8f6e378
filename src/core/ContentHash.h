#pragma once

#include "Assessment.h"
#include "Attachment.h"

#include <QList>

namespace piadesk {

/**
 * The fingerprint of a finalized assessment version: SHA-256 over the canonical
 * JSON of everything it says (trigger, answers, risks, measures, people, dates,
 * the recorded case facts, and the names and hashes of its evidence), but not
 * its state, so that superseding it does not change it.
 */
namespace ContentHash {

/** Hex SHA-256 of \a assessment of case \a caseUuid with the \a attachments linked to it. */
QString compute(const AssessmentVersion& assessment, const QString& caseUuid, const QList<Attachment>& attachments);

/** The canonical bytes the hash is computed over (for diagnostics and tests). */
QByteArray canonicalContent(
    const AssessmentVersion& assessment, const QString& caseUuid, const QList<Attachment>& attachments);

} // namespace ContentHash

/** How long a finalized report is kept (Art. 15; Civil Code Arts. 201-203 for the end date). */
namespace Retention {

/**
 * The last day of a period of \a years years from \a start: the same day of the
 * same month, or the month's last day when it has no such day (29 February).
 */
QDate periodEnd(const QDate& start, int years);

} // namespace Retention
} // namespace piadesk
