#pragma once

#include "core/CaseBundle.h"
#include "core/Problems.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace piadesk {

class CaseStore;

/**
 * The PIAdesk case exchange format (docs/case-format.md): a JSON document with
 * one or more whole cases — organisation, facts, every assessment version,
 * filings, and attachments in base64.
 */
namespace CaseExchange {

constexpr int kFormatVersion = 2; ///< 2 added the rule set of cases and versions; 1 is still read
constexpr qint64 kMaxDocumentBytes = 512LL * 1024 * 1024;

/** The JSON object of one case; \a bundle's attachments must carry their data. */
QJsonObject caseToJson(const CaseBundle& bundle);

/** The exchange document for the cases with ids \a caseIds, read from \a store. Empty on failure (see \a error). */
QByteArray exportCases(CaseStore& store, const QList<qint64>& caseIds, QString* error);

/**
 * Reads and validates an exchange document completely: syntax, types, known fields,
 * format version, dates, credit codes, sizes, references between its parts, and
 * the content hash of every finalized version. Problems name the path of the field.
 */
QList<CaseBundle> parse(const QByteArray& document, Problems& problems);

/**
 * Reads the exchange document at \a path (a file no larger than kMaxDocumentBytes) and validates it completely, as
 * parse() does, without touching any case file. Nothing, with \a error saying why in the user's words and naming the
 * file, when it cannot be read or has problems. The GUI's File → Import and the CLI's `import` both start here.
 */
std::optional<QList<CaseBundle>> readFile(const QString& path, QString* error);

/**
 * Writes \a cases, as parse() or readFile() returned them, to \a store in one transaction; the new cases' ids in
 * \a caseIds. On failure \a error says why and the store is unchanged.
 */
bool importCases(CaseStore& store, const QList<CaseBundle>& cases, QList<qint64>* caseIds, QString* error);

/**
 * Validates \a document and, only if it is entirely valid, writes its cases to
 * \a store in one transaction. Returns the new cases' ids; on failure \a error
 * says why and the store is unchanged.
 */
bool importDocument(CaseStore& store, const QByteArray& document, QList<qint64>* caseIds, QString* error);

} // namespace CaseExchange
} // namespace piadesk
