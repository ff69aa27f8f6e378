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
    /**
     * The officer's written note: for a condition, how it is met; for a prohibited practice, only a note (it
     * never clears the flag).
     */
    QString justification;
    bool basisNotShown = false; ///< raised because what would allow the practice is not shown (unanswered)

    bool isProhibited() const { return rule->severity == Severity::Prohibited; }
    bool hasNote() const { return !justification.trimmed().isEmpty(); }
    /** A condition flag whose note says how it is met. A prohibited flag is never addressed by a note. */
    bool isAddressed() const { return !isProhibited() && hasNote(); }
    /** A prohibited practice blocks finalization for as long as it stands, whatever is written about it. */
    bool blocksFinalization() const { return isProhibited(); }
};

/** Why a section's conclusion cannot stand as it is. */
struct Inconsistency
{
    enum class Kind {
        ProhibitedFlag, ///< "meets" while a prohibited flag bearing on the section stands
        AdverseAnswer, ///< "meets" while an answer of the section is an adverse finding
        Unanswered, ///< "meets" while a required question of the section is unanswered (or invalid)
    };
    Kind kind = Kind::AdverseAnswer;
    QString section;
    QString subject; ///< the flag's or question's id
    bool operator==(const Inconsistency&) const = default;
};

/** An answer of a version that the rule set marks as an adverse finding. */
struct AdverseAnswer
{
    const Question* question = nullptr;
    const AdverseFinding* finding = nullptr;
    QString section; ///< empty for screening
};

/**
 * How the assessment was done (GB/T 39335 §5.7): the methods used, keys of the rule set's signOff.methods, and how
 * the team is independent of the department assessed. Stored as the answer "assessment.method" (value: the list of
 * method keys; justification: the independence statement).
 */
struct AssessmentMethod
{
    QStringList methods;
    QString independence;

    static QString answerId() { return QStringLiteral("assessment.method"); }
    static AssessmentMethod from(const AssessmentVersion& version);
    Answer toAnswer() const;
};

/** Who accepted a residual risk above the rule set's acceptable level, when, and why. */
struct RiskAcceptance
{
    QString by;
    QDate on;
    QString reason;

    /** The answer id under which the acceptance is stored: value {"by", "on"}, justification the reason. */
    static QString answerId() { return QStringLiteral("risk.acceptance"); }
    static RiskAcceptance from(const AssessmentVersion& version);
    bool isComplete() const { return !by.trimmed().isEmpty() && on.isValid() && !reason.trimmed().isEmpty(); }
    bool isEmpty() const { return by.trimmed().isEmpty() && !on.isValid() && reason.trimmed().isEmpty(); }
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
        NoActivities, ///< the rule set asks for a data map and the version describes no processing activity
        ActivityField, ///< an activity of the data map leaves a field the rule set lists unstated
        NoRisks, ///< no risk has been identified
        RiskTitle, ///< a risk has no title
        RiskSource, ///< a risk names no risk-source dimension of the rule set, or not why its likelihood is so
        RiskMeasure, ///< a risk above the lowest level has no measure
        MeasureOwner, ///< an open measure has no owner
        MeasureDueDate, ///< an open measure has no due date
        Assessor,
        Reviewer,
        SameReviewer, ///< the rule set asks for a reviewer other than the assessor
        Method, ///< the rule set lists assessment methods and the version records none, or not the team's independence
        RiskAcceptance, ///< the residual risk is above the acceptable level and nobody has accepted it
    };
    Kind kind = Kind::Answer;
    QString group; ///< "screening", "datamap", a section id, "flags", "risks" or "signoff"
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

/**
 * A risk rated with the rule set's matrix; impacts and levels are indices into its scales. The rating the
 * officer gives "after measures" is the target; it becomes the residual only once every measure against the
 * risk is done. Until then the residual is the level before measures.
 */
struct RatedRisk
{
    QString uuid;
    int impact = 0; ///< after adjustments
    int likelihood = 0;
    int level = 0;
    int targetImpact = 0; ///< after adjustments: the rating after measures, as entered
    int targetLikelihood = 0;
    int targetLevel = 0;
    bool measuresDone = false; ///< at least one measure, and every one that is not dropped is done
    int residualImpact = 0; ///< the target once its measures are done, else the rating before measures
    int residualLikelihood = 0;
    int residualLevel = 0;
};

struct RiskSummary
{
    QList<RatedRisk> risks;
    QList<const RiskAdjustment*> adjustments; ///< those that apply to this case
    int step = 0; ///< the net change of impact they make
    int overallInherent = -1; ///< highest level before measures; -1 with no risks
    int overallTarget = -1; ///< highest target level (all measures done); -1 with no risks
    int overall = -1; ///< the case's overall risk: the highest residual level; -1 with no risks
    int acceptableLevel = 0; ///< the rule set's: above it, the residual risk needs a recorded acceptance

    bool needsAcceptance() const { return overall > acceptableLevel; }
};

struct FinalizationCheck
{
    bool allowed = false;
    QStringList reasons; ///< why not, one sentence each
};

/**
 * Everything the engine says of one version, computed once: what the CLI's check prints, and what the report,
 * the packet, the workbook and the review page show. Its pointers point into the rule set.
 */
struct CheckResult
{
    /**
     * The processing is outside the rule set (the Measures' Art. 2 ¶2: research and development or algorithm training
     * only): nothing else is assessed, and the version cannot be finalized under this rule set.
     */
    bool outOfScope = false;
    FilingObligation filing;
    QList<RaisedFlag> flags; ///< prohibited first, then conditions, each in rule-set order
    QList<AdverseAnswer> adverse;
    Completeness completeness;
    QList<Inconsistency> inconsistencies;
    RiskSummary risks;
    RiskAcceptance acceptance;
    QStringList sectionsToReview;
    FinalizationCheck finalization;

    QList<RaisedFlag> prohibited() const;
    QList<RaisedFlag> conditions() const;
    /** The inconsistencies of section \a id. */
    QList<Inconsistency> inconsistenciesOf(const QString& id) const;
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
    /**
     * A user-facing explanation of \a obligation; \a authority names the administration (default: the rule set's
     * generic name; FilingAuthority names the province's).
     */
    static QString explain(const RuleSet& rules, const FilingObligation& obligation, Language language,
        const QString& authority = QString());
    /** The screening says the processing is outside the rule set (RuleSet::scope). */
    bool isOutOfScope() const;

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
    /** The answers of this version that the rule set marks as adverse findings, in questionnaire order. */
    QList<AdverseAnswer> adverseAnswers() const;
    /** Where a section is concluded "meets" against its answers and flags. */
    QList<Inconsistency> inconsistencies() const;
    /** The whole check, each part computed once; the sign-off as in completeness(). */
    CheckResult check(const QString& assessor = QString(), const QString& reviewer = QString()) const;
    /** The fields the rule set's data map lists that \a activity leaves unstated, in the rule set's order. */
    QList<const ScaleEntry*> missingActivityFields(const ProcessingActivity& activity) const;
    /** One sentence saying what \a gap is missing, in the UI language; rule-set texts in \a language. */
    QString describe(const Gap& gap, Language language) const;
    /** One sentence saying why a conclusion cannot stand, in the UI language; rule-set texts in \a language. */
    QString describe(const Inconsistency& inconsistency, Language language) const;
    /** The sections a flag bears on: those the rule set names, else the sections of the answers that raised it. */
    QStringList sectionsOf(const RaisedFlag& flag) const;

    /** Whether \a value is a valid answer to \a question (false for an empty one). */
    static bool isValidAnswer(const Question& question, const QJsonValue& value);

    /**
     * Whether answering \a question with \a value, \a version's other answers as they are, is sound: not an
     * adverse finding, and raising no prohibited practice that names the question among its causes. What a
     * careful officer answers, and what the demo cases answer in their finalized versions.
     */
    static bool isSoundAnswer(const RuleSet& rules, const CaseFacts& facts, const AssessmentVersion& version,
        const Question& question, const QJsonValue& value);

    /** Whether answering \a question with \a value calls for evidence. */
    bool needsEvidence(const Question& question, const QJsonValue& value) const;

private:
    QJsonValue value(ConditionTerm::Source source, const QString& name) const override;
    FinalizationCheck finalizationCheck(const QList<RaisedFlag>& flags, const Completeness& completeness,
        const QList<Inconsistency>& inconsistencies) const;
    QList<Inconsistency> inconsistencies(const QList<RaisedFlag>& flags, const QList<AdverseAnswer>& adverse) const;

    const RuleSet& m_rules;
    const CaseFacts& m_facts;
    const AssessmentVersion& m_assessment;
};

} // namespace piadesk
