#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace piadesk {

/**
 * A file kept in the case file as evidence: for a case, an assessment version
 * (and within it a question) or a filing material. The bytes are stored once per
 * distinct content (by SHA-256) and loaded only when asked for.
 */
struct Attachment
{
    qint64 id = 0;
    QString uuid;
    qint64 caseId = 0;
    QString assessmentUuid; ///< the version it evidences; empty for a case-level attachment
    QString material; ///< the filing material or question it evidences; may be empty
    QString name; ///< a display name only, never used as a path
    QString mediaType;
    qint64 size = 0;
    QString sha256; ///< lower-case hex
    QByteArray data; ///< empty unless loaded
    QDateTime createdAt;
};

} // namespace piadesk
