#pragma once

#include "Assessment.h"
#include "Attachment.h"
#include "CaseFacts.h"
#include "FilingRecord.h"
#include "Organisation.h"
#include "Problems.h"

#include <QDate>

namespace piadesk {

/**
 * Limits and checks on what users type and files bring in: text length and
 * characters, dates, counts, the credit code. Shared by the store (every write)
 * and the JSON importer (every field), so both refuse the same things the same way.
 */
namespace FieldRules {

constexpr int kShortText = 1000; ///< names, codes, phone numbers, titles
constexpr int kLongText = 100000; ///< descriptions, answers, justifications
constexpr qint64 kMaxStoredPeople = 2000000000;
constexpr qint64 kMaxAttachmentBytes = 50LL * 1024 * 1024;
constexpr int kMaxListItems = 1000;
constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2199;

/** Empty when \a text is acceptable for a field limited to \a limit characters; otherwise why not. */
QString textProblem(const QString& text, int limit);

/** Empty when \a date is null or within the years PIAdesk accepts; otherwise why not. */
QString dateProblem(const QDate& date);

void checkOrganisation(const Organisation& organisation, const QString& path, Problems& problems);
void checkFacts(const CaseFacts& facts, const QString& path, Problems& problems);
void checkAssessment(const AssessmentVersion& assessment, const QString& path, Problems& problems);
void checkFiling(const FilingRecord& filing, const QString& path, Problems& problems);
void checkAttachment(const Attachment& attachment, const QString& path, Problems& problems);

} // namespace FieldRules
} // namespace piadesk
