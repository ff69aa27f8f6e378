#pragma once

#include "core/Attachment.h"
#include <QByteArray>
#include <QList>

namespace piadesk {

struct StoreContext;

/** The attachment table and the blobs that hold their bytes (shared by content hash). */
namespace AttachmentTable {

bool writeBlob(StoreContext& store, const QByteArray& data, const QString& sha256);

/** Inserts attachment \a a of case \a caseId, of version \a assessmentId unless 0. */
bool insert(StoreContext& store, qint64 caseId, qint64 assessmentId, const Attachment& a, qint64* id = nullptr);

/** Deletes the blobs no attachment refers to any more. */
bool removeOrphanBlobs(StoreContext& store);

/** The attachments of case \a caseId, without their bytes. */
bool loadForCase(StoreContext& store, qint64 caseId, QList<Attachment>* out);

} // namespace AttachmentTable
} // namespace piadesk
