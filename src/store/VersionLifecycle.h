#pragma once

#include "CaseStore.h"

namespace piadesk {

struct StoreContext;

/**
 * The life of an assessment version in the case file: started (the first as the initial assessment, later ones
 * copying the latest version's content and evidence), edited while a draft or in review, finalized with its record,
 * rule set, retention and content hash, deleted once its retention allows. Each change is one transaction with its
 * audit event; the rules behind each refusal are in CaseStore's documentation of the same operation.
 */
namespace VersionLifecycle {

/** Version \a assessmentId with its content (and its case in \a caseId), or nothing with the store's error. */
std::optional<AssessmentVersion> byId(StoreContext& store, qint64 assessmentId, qint64* caseId);
/** False, with the store's error, when \a version is finalized or superseded. */
bool requireEditable(StoreContext& store, const AssessmentVersion& version);

bool create(StoreContext& store, qint64 caseId, TriggerKind trigger, const QDate& triggerDate,
    const QString& description, const CaseStore::RuleSetChange& change, AssessmentVersion* created);
bool saveAnswer(StoreContext& store, qint64 assessmentId, const Answer& answer);
/** Replaces the rows of \a table (risk, measure, processing_activity) with those of \a content. */
bool replaceContent(StoreContext& store, qint64 assessmentId, const AssessmentVersion& content, const QString& table,
    const QString& action, const QString& detail);
bool saveSignOff(StoreContext& store, qint64 assessmentId, const QString& assessor, const QString& reviewer,
    const QString& signedOffBy, const QDate& signedOffOn);
bool setInReview(StoreContext& store, qint64 assessmentId, bool inReview);
bool finalize(StoreContext& store, qint64 assessmentId, const CaseStore::FinalizeOptions& options);
bool remove(StoreContext& store, qint64 assessmentId);

} // namespace VersionLifecycle
} // namespace piadesk
