#pragma once

#include "CaseFacts.h"
#include "DataMap.h"
#include "Enums.h"
#include "Organisation.h"

#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace piadesk {

/** The answer to one question of the questionnaire. */
struct Answer
{
    QString questionId;
    QJsonValue value; ///< text, boolean, number or list, as the question's type says
    QString justification;
    QStringList evidence; ///< uuids of the case's attachments that support the answer

    bool operator==(const Answer&) const = default;
};

/** A risk to individuals' rights, rated before and after its measures. */
struct Risk
{
    QString uuid;
    QString title;
    QString description;
    QList<ImpactKind> impactKinds;
    ImpactLevel impact = ImpactLevel::Low;
    Likelihood likelihood = Likelihood::Low;
    ImpactLevel residualImpact = ImpactLevel::Low;
    Likelihood residualLikelihood = Likelihood::Low;
    /** The risk-source dimension it arises from (GB/T 39335 §5.4): a key of the rule set's risk.sources; empty
     *  while not stated. */
    QString source;
    /** Why the likelihood is what it is: the cause or weakness found and the evidence (GB/T 39335 Table C.3). */
    QString likelihoodBasis;

    bool operator==(const Risk&) const = default;
};

/** A measure of the action plan, usually answering a risk. */
struct Measure
{
    QString uuid;
    QString riskUuid; ///< empty for a measure not tied to one risk
    QString description;
    QString owner;
    QDate dueDate;
    MeasureStatus status = MeasureStatus::Planned;

    bool operator==(const Measure&) const = default;
};

/** The organisation and case facts as they stood when a version was finalized. */
struct RecordSnapshot
{
    Organisation organisation;
    CaseFacts facts;

    bool operator==(const RecordSnapshot& other) const
    {
        return organisation.sameContent(other.organisation) && organisation.uuid == other.organisation.uuid
            && facts == other.facts;
    }
};

/**
 * One version of the personal-information protection impact assessment of a case.
 * Once finalized it never changes again; a re-assessment is a new version.
 */
struct AssessmentVersion
{
    qint64 id = 0;
    QString uuid;
    qint64 caseId = 0;
    int number = 0; ///< 1, 2, … within the case
    TriggerKind trigger = TriggerKind::Initial;
    QDate triggerDate;
    QString triggerDescription;
    QString ruleSetId; ///< the rule set this version was finalized under; empty while a draft
    QString ruleSetVersion;
    AssessmentState state = AssessmentState::Draft;
    QList<Answer> answers; ///< sorted by question id
    QList<Risk> risks;
    QList<Measure> measures;
    QList<ProcessingActivity> activities; ///< the data map, in the order the assessor listed them
    QString assessor;
    QString reviewer;
    QString signedOffBy;
    QDate signedOffOn;
    QDateTime finalizedAt; ///< UTC; null until finalized
    QDate retainUntil; ///< null until finalized
    QString contentHash; ///< SHA-256 (hex) of the finalized content; empty until finalized
    std::optional<RecordSnapshot> record; ///< set on finalization
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isFinal() const { return state == AssessmentState::Finalized || state == AssessmentState::Superseded; }
    const Answer* answer(const QString& questionId) const
    {
        for (const Answer& a : answers) {
            if (a.questionId == questionId)
                return &a;
        }
        return nullptr;
    }
};

} // namespace piadesk
