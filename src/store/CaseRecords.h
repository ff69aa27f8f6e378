#pragma once

#include "core/Attachment.h"
#include "core/FilingRecord.h"

#include <QByteArray>

namespace piadesk {

struct StoreContext;

/**
 * What a case keeps beside its versions: its filings with the authority and its evidence (attachments, stored
 * once per content by SHA-256). Checked, audited writes, one transaction each; CaseStore documents each operation.
 */
namespace CaseRecords {

bool saveFiling(StoreContext& store, qint64 caseId, FilingRecord& filing);
bool deleteFiling(StoreContext& store, qint64 filingId);
bool addAttachment(StoreContext& store, qint64 caseId, Attachment& attachment);
QByteArray attachmentData(StoreContext& store, qint64 attachmentId);
bool deleteAttachment(StoreContext& store, qint64 attachmentId);

} // namespace CaseRecords
} // namespace piadesk
