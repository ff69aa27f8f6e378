#pragma once

#include "RuleSet.h"

#include "core/Assessment.h"
#include "core/CaseFacts.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace piadesk {

/** Whether a case must be filed with the cyberspace administration, and which condition says so. */
struct FilingObligation
{
    bool required = false;
    bool byPublicPlace = false; ///< used in a public place, and the rule set makes that a trigger
    bool byHeadCount = false; ///< the stored head count reaches the rule set's threshold
    qint64 storedPeople = 0;
    std::optional<qint64> threshold;
    ThresholdComparison comparison = ThresholdComparison::MoreThan;
};

/** A red-flag rule that fires for a case, with what made it fire. */
struct RaisedFlag
{
    const RedFlagRule* rule = nullptr;
    QList<ConditionTerm> causes;
    QString justification; ///< the officer's written justification, or how the condition is met

    bool isJustified() const { return !justification.trimmed().isEmpty(); }
    bool blocksFinalization() const { return rule->severity == Severity::Prohibited && !isJustified(); }
};

/** One thing still missing before a version can be finalized. */
struct Gap
{
    enum class Kind {
        Answer, ///< a required question is unanswered
        InvalidAnswer, ///< the stored answer is not one the question allows
        Evidence, ///< the answer needs an attachment or a written justification
        Conclusion, ///< the section has no conclusion
        Rationale, ///< the section's conclusion has no written rationale
        FlagNote, ///< a condition flag fires and the report does not say how it is met
        NoRisks, ///< no risk has been identified
        RiskTitle, ///< a risk has no title
        RiskMeasure, ///< a risk above the lowest level has no measure
        MeasureOwner, ///< an open measure has no owner
        MeasureDueDate, ///< an open measure has no due date
        Assessor,
        Reviewer,
        SameReviewer, ///< the rule set asks for a reviewer other than the assessor
    };
    Kind kind = Kind::Answer;
    QString group; ///< "screening", a section id, "flags", "risks" or "signoff"
    QString subject; ///< the question, flag, risk or measure concerned
    bool operator==(const Gap&) const = default;
};

struct GroupCompleteness
{
    QString id;
    int done = 0;
    int total = 0;
    QList<Gap> gaps;

    int percent() const { return total == 0 ? 100 : done * 100 / total; }
};

/** What is done and missing, per group: screening, each section, red-flag notes, risks, sign-off. */
struct Completeness
{
    QList<GroupCompleteness> groups;

    int done() const;
    int total() const;
    int percent() const { return total() == 0 ? 100 : done() * 100 / total(); }
    bool isComplete() const { return done() == total(); }
    QList<Gap> gaps() const;
    const GroupCompleteness* group(const QString& id) const;
};

/** A risk rated with the rule set's matrix; impacts and levels are indices into its scales. */
struct RatedRisk
{
    QString uuid;
    int impact = 0; ///< after adjustments
    int likelihood = 0;
    int level = 0;
    int residualImpact = 0; ///< after adjustments
    int residualLikelihood = 0;
    int residualLevel = 0;
};

struct RiskSummary
{
    QList<RatedRisk> risks;
    QList<const RiskAdjustment*> adjustments; ///< those that apply to this case
    int step = 0; ///< the net change of impact they make
    int overallInherent = -1; ///< highest level before measures; -1 with no risks
    int overall = -1; ///< the case's overall risk: the highest residual level; -1 with no risks
};

struct FinalizationCheck
{
    bool allowed = false;
    QStringList reasons; ///< why not, one sentence each
};

/**
 * The assessment engine: pure functions over one case's facts and one version of
 * its assessment, driven entirely by the rule set. Nothing here touches storage or
 * widgets.
 */
class Engine : private ConditionContext
{
    Q_DECLARE_TR_FUNCTIONS(piadesk::Engine)
public:
    Engine(const RuleSet& rules, const CaseFacts& facts, const AssessmentVersion& assessment);

    static FilingObligation filingObligation(const RuleSet& rules, const CaseFacts& facts);
    /** The level the matrix gives an impact and a likelihood (indices into the scales). */
    static int riskLevel(const RiskMethod& method, int impact, int likelihood);
    /** The sections a re-assessment started by \a trigger must review. */
    static QStringList sectionsToReview(const RuleSet& rules, TriggerKind trigger);
    /** A user-facing explanation of \a obligation. */
    static QString explain(const RuleSet& rules, const FilingObligation& obligation, Language language);

    FilingObligation filingObligation() const { return filingObligation(m_rules, m_facts); }
    bool isVisible(const Question& question) const;
    /** The answer to \a questionId as conditions see it: undefined when unanswered, hidden or invalid. */
    QJsonValue answerValue(const QString& questionId) const;
    QList<RaisedFlag> redFlags() const;
    /** Completeness; the sign-off is checked with \a assessor and \a reviewer instead of the stored names when given.
     */
    Completeness completeness(const QString& assessor = QString(), const QString& reviewer = QString()) const;
    RiskSummary risks() const;
    FinalizationCheck finalizationCheck(const QString& assessor = QString(), const QString& reviewer = QString()) const;
    /** One sentence saying what \a gap is missing, in the UI language; rule-set texts in \a language. */
    QString describe(const Gap& gap, Language language) const;

    /** Whether \a value is a valid answer to \a question (false for an empty one). */
    static bool isValidAnswer(const Question& question, const QJsonValue& value);

    /** Whether answering \a question with \a value calls for evidence. */
    bool needsEvidence(const Question& question, const QJsonValue& value) const;

private:
    QJsonValue value(ConditionTerm::Source source, const QString& name) const override;

    const RuleSet& m_rules;
    const CaseFacts& m_facts;
    const AssessmentVersion& m_assessment;
};

} // namespace piadesk
