#pragma once

#include "Condition.h"
#include "LocalizedText.h"

#include "core/DataMap.h"
#include "core/Enums.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace piadesk {

/** A reference to an article of a legal source declared by the rule set: "frt:15", or "spp" for a whole text. */
struct ArticleRef
{
    QString source;
    QString number; ///< empty for the whole text

    QString key() const { return number.isEmpty() ? source : source + QLatin1Char(':') + number; }
    bool operator==(const ArticleRef&) const = default;
};

struct Article
{
    QString number;
    LocalizedText title;
};

/** A law, regulation, standard or notice that the rule set cites. */
struct LegalSource
{
    QString id;
    LocalizedText title;
    LocalizedText shortTitle; ///< how the whole text is cited
    LocalizedText
        citation; ///< how one article is cited: "{n}" stands for its number, "{cn}" for it in Chinese numerals
    QList<Article> articles;

    const Article* article(const QString& number) const;
};

enum class AnswerType { YesNo, YesNoNa, Choice, MultiChoice, Number, Date, Text };
QString answerTypeKey(AnswerType type);

struct Option
{
    QString key;
    LocalizedText text;
    /** In a multiple choice: chosen alone or not at all ("none" beside "children" says two things at once). */
    bool exclusive = false;
};

enum class EvidenceKind { Attachment, Justification, Either };

/**
 * An answer to a question that is an adverse finding: while it stands, the question's section cannot be
 * concluded with the best conclusion ("meets"). \a when tests the question's own answer.
 */
struct AdverseFinding
{
    std::shared_ptr<const Condition> when;
    LocalizedText finding; ///< what the answer means, as the report states it
};

/** Which answers of a question need evidence, and what kind. */
struct EvidenceRule
{
    bool anyAnswer = false; ///< every answer needs evidence
    QStringList values; ///< otherwise: the answer values that need it
    EvidenceKind accepts = EvidenceKind::Either;
    LocalizedText prompt;
};

struct Question
{
    QString id;
    AnswerType type = AnswerType::YesNo;
    QString fact; ///< screening only: the case fact this item shows; it is never asked
    LocalizedText text;
    LocalizedText guidance;
    QList<ArticleRef> articles;
    QList<Option> options; ///< choice and multi_choice
    bool required = true;
    std::shared_ptr<const Condition> showIf;
    std::optional<EvidenceRule> evidence;
    std::optional<double> min;
    std::optional<double> max;
    QList<AdverseFinding> adverse; ///< answers that are adverse findings

    bool isFact() const { return !fact.isEmpty(); }
    /** The values an answer may take: option keys, or yes/no(/na); empty for free answers. */
    QStringList allowedValues() const;
};

/** One item of Art. 15's report: a group of questions ending with a conclusion. */
struct Section
{
    QString id;
    int item = 0;
    LocalizedText title;
    LocalizedText requirement;
    QList<ArticleRef> articles;
    QList<Question> questions;

    /** The id under which the section's conclusion (and its rationale) is stored as an answer. */
    QString conclusionId() const { return id + QStringLiteral(".conclusion"); }
};

enum class Severity {
    Prohibited, ///< blocks finalization until the fact or answer that raised it changes; a note never clears it
    Condition, ///< allowed, but how it is met must be stated in the report
};

struct RedFlagRule
{
    QString id;
    Severity severity = Severity::Condition;
    bool enforcementPriority = false; ///< a focus of enforcement (SPP notice 2021)
    QList<ArticleRef> articles;
    std::shared_ptr<const Condition> when;
    /**
     * Where the practice is allowed only when something is shown (a basis, an exception, a safeguard): when this
     * holds and \a when does not, the flag is raised as "basis not shown". Usually "the practice is there and the
     * question that would show its basis is unanswered".
     */
    std::shared_ptr<const Condition> basisNotShown;
    QStringList sections; ///< the sections whose conclusion the flag bears on
    LocalizedText title;
    LocalizedText message;
    LocalizedText remedy;

    /** The id under which the written justification of this flag is stored as an answer. */
    QString justificationId() const { return QStringLiteral("flag.") + id; }
};

struct FilingMaterial
{
    QString id;
    int number = 0;
    LocalizedText title;
    LocalizedText description;
    QList<ArticleRef> articles;
    QStringList fill; ///< what of the case fills it: organisation, responsible_person, case_facts, section:<id>,
                      ///< report, attachments
};

/** One of the files the filing system asks to upload (the 2025 filing: forms, report, scans, sealed letters). */
struct FilingUpload
{
    QString id;
    int number = 0;
    LocalizedText title;
    LocalizedText description;
    bool sealed = false; ///< must bear the organisation's seal (加盖公章)
    /**
     * What PIAdesk writes for the slot: "report" (the PIA report), or the name of a document template
     * (templates/documents/NAME.LANG.html) filled with the case's data; empty when only a scan can fill it.
     */
    QString document;
};

/** A provincial-level division and the cyberspace administration a processor located there files with. */
struct ProvinceAuthority
{
    QString code; ///< the first two digits of the administrative division code (GB/T 2260), e.g. "33"
    LocalizedText province; ///< 浙江省 / Zhejiang
    LocalizedText name; ///< the administration, e.g. 浙江省互联网信息办公室
    QStringList match; ///< how an address names the province ("浙江", "Zhejiang")
};

/** A filing due by a fixed day, for a threshold reached before the rules took effect. */
struct TransitionalFiling
{
    QDate reachedBefore; ///< a threshold reached before this day …
    QDate due; ///< … is filed by this day (the last day allowed)
    QList<ArticleRef> articles;
    LocalizedText text;
};

enum class ThresholdComparison { MoreThan, AtLeast };

/** From when the initial filing is counted. */
enum class FilingClock {
    StartOfUse, ///< the start of use (the 2023 draft names no start; the start of use is the earliest)
    ThresholdReached, ///< the day the stored head count reached the threshold (2025 Measures, Art. 15)
};

struct FilingRules
{
    QList<ArticleRef> articles;
    bool publicPlaceTriggers = true;
    std::optional<qint64> headCountThreshold; ///< none: head count never triggers
    ThresholdComparison comparison = ThresholdComparison::MoreThan;
    FilingClock clock = FilingClock::StartOfUse;
    std::optional<TransitionalFiling> transitional;
    QString authorityLevel; ///< "prefecture" or "province"
    LocalizedText authority; ///< the generic name ("provincial-level cyberspace administration")
    QList<ProvinceAuthority> provinces; ///< when not empty, the authority is named per province
    int initialDays = 0; ///< working days after the trigger
    int modificationDays = 0;
    int deregistrationDays = 0;
    /** A de-registration states how the facial information was handled (deleted or anonymized, when, evidence). */
    bool deregistrationDisposal = false;
    QList<FilingMaterial> materials;
    QList<FilingUpload> uploads; ///< the filing system's upload checklist; empty when the rule set names none

    const ProvinceAuthority* province(const QString& code) const;
    /**
     * Whether an initial filing counted from \a from falls under the transitional due date: the clock runs from the
     * day the threshold was reached, and that day lies before the rules took effect.
     */
    bool isTransitional(const QDate& from) const
    {
        return clock == FilingClock::ThresholdReached && transitional && from.isValid()
            && from < transitional->reachedBefore;
    }
};

/** Processing the rule set does not apply to (the Measures' Art. 2 ¶2: research and algorithm training only). */
struct ScopeRule
{
    std::shared_ptr<const Condition> excludedWhen; ///< null: no exclusion
    QList<ArticleRef> articles;
    LocalizedText text; ///< why such processing is not assessed under this rule set
};

struct ScaleEntry
{
    QString key;
    LocalizedText text;
    LocalizedText description;
};

/** The name of step \a index of \a scale in \a language; empty when \a index is out of range (e.g. -1: not rated). */
inline QString scaleText(const QList<ScaleEntry>& scale, int index, Language language)
{
    return index >= 0 && index < scale.size() ? scale.at(index).text.text(language) : QString();
}

/** The index of the entry keyed \a key in \a scale (risk sources, assessment methods …); -1 when it has none. */
inline int scaleIndex(const QList<ScaleEntry>& scale, const QString& key)
{
    for (qsizetype i = 0; i < scale.size(); ++i) {
        if (scale.at(i).key == key)
            return int(i);
    }
    return -1;
}

/** A change of a risk's impact by whole levels when its condition holds. */
struct RiskAdjustment
{
    QString id;
    int step = 0; ///< +1 raises the impact one level, -1 lowers it
    std::shared_ptr<const Condition> when;
    LocalizedText text;
};

struct RiskMethod
{
    LocalizedText description;
    QList<ArticleRef> articles;
    QList<ScaleEntry> impactLevels; ///< lowest first; keys are those of ImpactLevel
    QList<ScaleEntry> likelihoods; ///< lowest first; keys are those of Likelihood
    QList<ScaleEntry> levels; ///< the risk levels, lowest first
    QList<ScaleEntry> impactKinds; ///< keys are those of ImpactKind
    /** The risk-source dimensions a likelihood is analysed over (GB/T 39335 §5.4); empty: the rule set asks none. */
    QList<ScaleEntry> sources;
    QList<QList<int>> matrix; ///< [impact][likelihood] → index into levels
    QList<RiskAdjustment> adjustments;
    /** The highest residual level accepted without a recorded acceptance (index into levels). */
    int acceptableLevel = 0;
};

struct ReassessmentTrigger
{
    TriggerKind kind = TriggerKind::Other;
    QStringList sections; ///< sections a new version must review
    LocalizedText text;
    QList<ArticleRef> articles;
};

enum class RuleSetStatus { Draft, InForce, Repealed };

/**
 * Everything regulatory that PIAdesk applies to a case, read from a rule-set file in
 * templates/rulesets: the text's identity and sources, the filing trigger and
 * deadlines, retention, re-assessment triggers, the questionnaire, the red flags,
 * the filing materials and the risk method. See docs/rule-set.md.
 */
struct RuleSet
{
    QString id;
    QString version;
    RuleSetStatus status = RuleSetStatus::Draft;
    LocalizedText title;
    LocalizedText shortTitle;
    LocalizedText issuer;
    QDate published;
    QDate effective;
    QString sourceUrl;
    QList<LegalSource> sources;

    /** How the rule set names the one who processes facial information (个人信息处理者 in the Measures). */
    LocalizedText processorTerm;
    /** processorTerm as a label, its first letter upper-case: "Personal information processor". */
    QString processorLabel(Language language) const;
    LocalizedText modificationTerm; ///< the change of a filing (变更备案 in the draft, 备案变更 in the Measures)
    LocalizedText deregistrationTerm; ///< 注销备案
    ScopeRule scope;
    /** The rules that replaced these, and since when (the draft: by the 2025 Measures on 2025-06-01). */
    struct Supersession
    {
        QString ruleSetId;
        QDate on;
        LocalizedText text;
    };
    std::optional<Supersession> supersededBy;

    int retentionYears = 0;
    QList<ArticleRef> retentionArticles;
    int yearlyReviewMonths = 0; ///< 0: no yearly review
    QList<ArticleRef> yearlyReviewArticles;
    bool requireDistinctReviewer = true;

    QList<Question> screening;
    QList<Section> sections;
    QList<Option> conclusions; ///< the values a section's conclusion can take, best first
    QList<RedFlagRule> redFlags;
    FilingRules filing;
    RiskMethod risk;
    QList<ReassessmentTrigger> reassessment;
    /** How an assessment may be done (interviews, document review, inspection, testing: GB/T 39335 §5.7); when
     *  the rule set lists them, a version records which were used and how the team is independent. */
    QList<ScaleEntry> assessmentMethods;
    /** The fields of the data map (GB/T 39335 Annex C.1/C.2), keyed as ActivityField::key, in the order shown,
     *  with their name (text) and what to write (description). When the rule set lists them, a version
     *  describes at least one processing activity and states each listed field of every activity. */
    QList<ScaleEntry> dataMapFields;

    const Question* question(const QString& wanted) const;
    const Section* section(const QString& wanted) const;
    /** The section that holds question \a id; nullptr for screening questions. */
    const Section* sectionOf(const QString& questionId) const;
    const RedFlagRule* redFlag(const QString& wanted) const;
    const ReassessmentTrigger* reassessmentTrigger(TriggerKind kind) const;
    const LegalSource* source(const QString& wanted) const;
    /** "Art. 15" or "第十五条"-style citation of \a ref, as the source declares it. */
    QString cite(const ArticleRef& ref, Language language) const;
    QString cite(const QList<ArticleRef>& refs, Language language) const;
    /** "cn-cac-frt-2023-draft 1.0.0" */
    QString label() const { return id + QLatin1Char(' ') + version; }
    /** A field of the data map and what the rule set calls it. */
    struct DataMapColumn
    {
        const ActivityField* field;
        QString name;
    };
    /** The data map's fields as the rule set lists and names them; every field under its key for a rule set without
     *  a data map (a version may still carry one, e.g. imported). */
    QList<DataMapColumn> dataMapColumns(Language language) const;
};

} // namespace piadesk
