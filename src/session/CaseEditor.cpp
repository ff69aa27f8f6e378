#include "CaseEditor.h"
#include "EditCommands.h"

#include "core/FieldRules.h"
#include "i18n/Translations.h"
#include "store/CaseStore.h"
#include "workflow/Workflow.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QUndoCommand>
#include <QUndoStack>

namespace piadesk {

namespace {
/** Edits of one field this close together make one undo step. */
constexpr qint64 kMergeWindowMs = 3000;
} // namespace

EditCommand::EditCommand(
    CaseEditor* editor, Kind kind, const QString& text, const QString& mergeKey, CaseEditor::Parts parts)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_kind(kind)
    , m_key(mergeKey)
    , m_parts(parts)
{
    m_age.start();
}

bool EditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const EditCommand*>(other); // same id(), so the same kind
    if (next->m_key != m_key || m_age.elapsed() > kMergeWindowMs)
        return false;
    takeOver(*next);
    m_age.restart();
    return true;
}

void EditCommand::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    run(&EditCommand::apply);
}

void EditCommand::undo()
{
    run(&EditCommand::revert);
}

void EditCommand::run(bool (EditCommand::*step)())
{
    if ((this->*step)()) {
        Q_EMIT m_editor->changed(m_parts);
        return;
    }
    const QString message = m_editor->errorString();
    setObsolete(true);
    m_editor->reload();
    Q_EMIT m_editor->failed(message);
}

CaseEditor::CaseEditor(CaseStore& store, const RuleSetLibrary& rules, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_library(rules)
    , m_undo(new QUndoStack(this))
{
}

CaseEditor::~CaseEditor() = default;

bool CaseEditor::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool CaseEditor::createCase(
    const QString& organisationName, const QString& caseName, const QDate& today, const QString& ruleSetId)
{
    Organisation organisation;
    organisation.name = organisationName;
    CaseFacts facts;
    facts.name = caseName;
    Case created;
    // One transaction: a crash never leaves an organisation without its case or a case without its version.
    const bool saved = m_store.atomically([&] {
        return m_store.saveOrganisation(organisation) && m_store.createCase(organisation.id, facts, &created, ruleSetId)
            && m_store.createAssessment(created.id, TriggerKind::Initial, today, QString());
    });
    if (!saved)
        return failFromStore();
    const bool opened = open(created.id);
    m_created = opened;
    return opened;
}

bool CaseEditor::discardIfUntouched()
{
    if (!m_created || m_touched)
        return false;
    if (!m_store.discardCase(caseId()))
        return failFromStore();
    m_created = false;
    return true;
}

bool CaseEditor::open(qint64 caseId, int versionNumber)
{
    CaseBundle bundle;
    if (!m_store.loadCase(caseId, &bundle))
        return fail(m_store.errorString());
    const AssessmentVersion* wanted = Workflow::version(bundle, versionNumber);
    if (versionNumber != 0 && !wanted)
        return fail(tr("Case %1 has no version %2.").arg(caseId).arg(versionNumber));
    m_undo->clear();
    m_caseOnly = false;
    m_created = false;
    m_touched = false;
    return load(caseId, wanted ? wanted->uuid : QString());
}

bool CaseEditor::openCase(qint64 caseId)
{
    m_undo->clear();
    m_caseOnly = true;
    return load(caseId, QString());
}

bool CaseEditor::failFromStore()
{
    fail(m_store.errorString());
    if (m_store.lastChangeConflicted() && !m_conflictPending) {
        // Said once the edit's own handler has returned (a field shows its reason first), and once for the fields
        // a flush refused together; a reload in between (an undo that failed reloads) makes it moot.
        m_conflictPending = true;
        QMetaObject::invokeMethod(
            this,
            [this, message = m_error] {
                if (!m_conflictPending)
                    return;
                m_conflictPending = false;
                Q_EMIT conflicted(message);
            },
            Qt::QueuedConnection);
    }
    return false;
}

bool CaseEditor::reload()
{
    m_conflictPending = false;
    return load(caseId(), m_versionUuid);
}

bool CaseEditor::reloadAfterConflict()
{
    // Undoing an edit made before would write its old value over what the other officer saved since.
    m_undo->clear();
    return reload();
}

bool CaseEditor::load(qint64 caseId, const QString& versionUuid)
{
    CaseBundle bundle;
    if (!m_store.loadCase(caseId, &bundle))
        return fail(m_store.errorString());
    QString error;
    const auto wanted = std::find_if(bundle.assessments.cbegin(), bundle.assessments.cend(),
        [&versionUuid](const AssessmentVersion& v) { return v.uuid == versionUuid; });
    const RuleSet* rules = wanted == bundle.assessments.cend()
        ? Workflow::ruleSetFor(m_library, bundle.caseInfo, &error)
        : Workflow::ruleSetFor(m_library, bundle.caseInfo, *wanted, &error);
    if (!rules)
        return fail(error);
    m_integrityProblems = m_store.verifyCase(bundle);
    m_bundle = std::move(bundle);
    m_versionUuid = versionUuid;
    m_ruleSet = rules;
    Q_EMIT changed(kAll);
    return true;
}

const Organisation& CaseEditor::organisation() const
{
    const AssessmentVersion* v = version();
    return v ? m_bundle.assessedOn(*v).organisation : m_bundle.organisation;
}

const CaseFacts& CaseEditor::facts() const
{
    const AssessmentVersion* v = version();
    return v ? m_bundle.assessedOn(*v).facts : m_bundle.caseInfo.facts;
}

const AssessmentVersion* CaseEditor::version() const
{
    for (const AssessmentVersion& v : m_bundle.assessments) {
        if (v.uuid == m_versionUuid)
            return &v;
    }
    return nullptr;
}

AssessmentVersion* CaseEditor::mutableVersion()
{
    for (AssessmentVersion& v : m_bundle.assessments) {
        if (v.uuid == m_versionUuid)
            return &v;
    }
    return nullptr;
}

const AssessmentVersion* CaseEditor::previousVersion() const
{
    const AssessmentVersion* current = version();
    const AssessmentVersion* previous = nullptr;
    for (const AssessmentVersion& v : m_bundle.assessments) {
        if (current && v.number < current->number && (!previous || v.number > previous->number))
            previous = &v;
    }
    return previous;
}

QString CaseEditor::readOnlyReason() const
{
    if (m_store.isReadOnly()) {
        const QString why = m_store.readOnlyReason();
        if (!why.isEmpty())
            return why;
        return m_store.isTeamStore() ? tr("The team store is open read-only; nothing can be changed.")
                                     : tr("The case file is open read-only; nothing can be changed.");
    }
    if (m_caseOnly)
        return {};
    const AssessmentVersion* v = version();
    if (!v)
        return tr("The case has no assessment yet.");
    if (v->state == AssessmentState::Superseded)
        return tr("Version %1 was finalized on %2 and has since been superseded; it is kept as it was, for the "
                  "record, and cannot be changed.")
            .arg(v->number)
            .arg(Translations::date(v->finalizedAt.toLocalTime().date()));
    if (v->isFinal())
        return tr("Version %1 was finalized on %2 and is kept as it was, for the record; to change anything, "
                  "re-assess the case.")
            .arg(v->number)
            .arg(Translations::date(v->finalizedAt.toLocalTime().date()));
    return {};
}

template <typename Value, int kKind>
bool CaseEditor::edit(const QString& text, const QString& mergeKey, Parts parts,
    bool (CaseEditor::*write)(const Value&), Value before, Value after)
{
    if (const QString reason = readOnlyReason(); !reason.isEmpty())
        return fail(reason);
    auto command = std::make_unique<ValueEdit<Value, kKind>>(
        this, text, mergeKey, parts, write, std::move(before), std::move(after));
    if (!command->apply())
        return false;
    m_touched = true;
    m_undo->push(command.release());
    Q_EMIT changed(parts);
    return true;
}

bool CaseEditor::writeOrganisation(const Organisation& organisation)
{
    Organisation o = organisation;
    o.id = m_bundle.organisation.id;
    o.uuid = m_bundle.organisation.uuid;
    if (!m_store.saveOrganisation(o))
        return failFromStore();
    m_bundle.organisation = o;
    return true;
}

bool CaseEditor::writeFacts(const CaseFacts& facts)
{
    if (!m_store.updateCaseFacts(caseId(), facts))
        return failFromStore();
    m_bundle.caseInfo.facts = facts;
    return true;
}

bool CaseEditor::writeAnswer(const Answer& answer)
{
    AssessmentVersion* v = mutableVersion();
    if (!v)
        return fail(tr("No assessment version is open."));
    if (!m_store.saveAnswer(v->id, answer))
        return failFromStore();
    auto it = std::lower_bound(v->answers.begin(), v->answers.end(), answer.questionId,
        [](const Answer& a, const QString& id) { return a.questionId < id; });
    if (it != v->answers.end() && it->questionId == answer.questionId)
        *it = answer;
    else
        v->answers.insert(it, answer);
    return true;
}

bool CaseEditor::writeRisks(const QList<Risk>& risks)
{
    AssessmentVersion* v = mutableVersion();
    if (!v)
        return fail(tr("No assessment version is open."));
    if (!m_store.saveRisks(v->id, risks))
        return failFromStore();
    v->risks = risks;
    return true;
}

bool CaseEditor::writeMeasures(const QList<Measure>& measures)
{
    AssessmentVersion* v = mutableVersion();
    if (!v)
        return fail(tr("No assessment version is open."));
    if (!m_store.saveMeasures(v->id, measures))
        return failFromStore();
    v->measures = measures;
    return true;
}

bool CaseEditor::writeActivities(const QList<ProcessingActivity>& activities)
{
    AssessmentVersion* v = mutableVersion();
    if (!v)
        return fail(tr("No assessment version is open."));
    if (!m_store.saveActivities(v->id, activities))
        return failFromStore();
    v->activities = activities;
    return true;
}

bool CaseEditor::writeSignOff(const SignOffNames& names)
{
    AssessmentVersion* v = mutableVersion();
    if (!v)
        return fail(tr("No assessment version is open."));
    if (!m_store.saveSignOff(v->id, names.assessor, names.reviewer, v->signedOffBy, v->signedOffOn))
        return failFromStore();
    v->assessor = names.assessor;
    v->reviewer = names.reviewer;
    return true;
}

bool CaseEditor::writeRiskPlan(const RiskPlan& plan)
{
    AssessmentVersion* v = mutableVersion();
    if (!v)
        return fail(tr("No assessment version is open."));
    // One transaction: the risks and the measures that answer them change together or not at all.
    if (!m_store.atomically(
            [&] { return m_store.saveRisks(v->id, plan.risks) && m_store.saveMeasures(v->id, plan.measures); }))
        return failFromStore();
    v->risks = plan.risks;
    v->measures = plan.measures;
    return true;
}

bool CaseEditor::setOrganisation(const Organisation& organisation, const QString& mergeKey)
{
    if (organisation.sameContent(m_bundle.organisation))
        return true;
    const Organisation before = m_bundle.organisation;
    return edit<Organisation, EditCommand::Organisation>(tr("Edit the organisation"),
        mergeKey.isEmpty() ? QString() : QStringLiteral("org.") + mergeKey, Part::Organisation,
        &CaseEditor::writeOrganisation, before, organisation);
}

QList<Organisation> CaseEditor::otherOrganisations() const
{
    QList<Organisation> others = m_store.organisations();
    others.removeIf([this](const Organisation& o) { return o.id == organisation().id || o.name.isEmpty(); });
    return others;
}

bool CaseEditor::copyOrganisation(qint64 organisationId)
{
    const std::optional<Organisation> other = m_store.organisation(organisationId);
    if (!other) // gone since the list was shown (another window, or the file read again)
        return fail(m_store.isTeamStore() ? tr("The organisation to copy from is no longer in this team store.")
                                          : tr("The organisation to copy from is no longer in this case file."));
    return setOrganisation(*other);
}

bool CaseEditor::setFacts(const CaseFacts& facts, const QString& mergeKey)
{
    if (facts == m_bundle.caseInfo.facts)
        return true;
    const CaseFacts before = m_bundle.caseInfo.facts;
    return edit<CaseFacts, EditCommand::Facts>(tr("Edit the case facts"),
        mergeKey.isEmpty() ? QString() : QStringLiteral("facts.") + mergeKey, Part::Facts, &CaseEditor::writeFacts,
        before, facts);
}

bool CaseEditor::setAnswer(const Answer& answer, const QString& mergeKey)
{
    const AssessmentVersion* v = version();
    const Answer* current = v ? v->answer(answer.questionId) : nullptr;
    Answer before;
    before.questionId = answer.questionId;
    if (current) {
        if (*current == answer)
            return true;
        before = *current;
    } else if (answer.value.isNull() && answer.justification.isEmpty() && answer.evidence.isEmpty()) {
        return true;
    }
    return edit<Answer, EditCommand::Answer>(tr("Answer %1").arg(answer.questionId),
        mergeKey.isEmpty() ? QString() : QStringLiteral("answer.") + answer.questionId + mergeKey, Part::Answers,
        &CaseEditor::writeAnswer, before, answer);
}

bool CaseEditor::setRisks(const QList<Risk>& risks, const QString& mergeKey)
{
    const AssessmentVersion* v = version();
    if (v && v->risks == risks)
        return true;
    const QList<Risk> before = v ? v->risks : QList<Risk>();
    return edit<QList<Risk>, EditCommand::Risks>(tr("Edit the risks"),
        mergeKey.isEmpty() ? QString() : QStringLiteral("risks.") + mergeKey, Part::Risks, &CaseEditor::writeRisks,
        before, risks);
}

bool CaseEditor::setMeasures(const QList<Measure>& measures, const QString& mergeKey)
{
    const AssessmentVersion* v = version();
    if (v && v->measures == measures)
        return true;
    const QList<Measure> before = v ? v->measures : QList<Measure>();
    return edit<QList<Measure>, EditCommand::Measures>(tr("Edit the measures"),
        mergeKey.isEmpty() ? QString() : QStringLiteral("measures.") + mergeKey, Part::Measures,
        &CaseEditor::writeMeasures, before, measures);
}

bool CaseEditor::setActivities(const QList<ProcessingActivity>& activities, const QString& mergeKey)
{
    const AssessmentVersion* v = version();
    if (v && v->activities == activities)
        return true;
    const QList<ProcessingActivity> before = v ? v->activities : QList<ProcessingActivity>();
    return edit<QList<ProcessingActivity>, EditCommand::Activities>(tr("Edit the data map"),
        mergeKey.isEmpty() ? QString() : QStringLiteral("activities.") + mergeKey, Part::DataMap,
        &CaseEditor::writeActivities, before, activities);
}

bool CaseEditor::setSignOff(const QString& assessor, const QString& reviewer, const QString& mergeKey)
{
    const AssessmentVersion* v = version();
    if (v && v->assessor == assessor && v->reviewer == reviewer)
        return true;
    const SignOffNames before { v ? v->assessor : QString(), v ? v->reviewer : QString() };
    return edit<SignOffNames, EditCommand::SignOff>(tr("Edit the sign-off"),
        mergeKey.isEmpty() ? QString() : QStringLiteral("signoff.") + mergeKey, Part::SignOff,
        &CaseEditor::writeSignOff, before, SignOffNames { assessor, reviewer });
}

bool CaseEditor::removeRisk(const QString& riskUuid)
{
    const AssessmentVersion* v = version();
    if (!v)
        return fail(tr("No assessment version is open."));
    RiskPlan after { v->risks, v->measures };
    const qsizetype removed = after.risks.removeIf([&](const Risk& r) { return r.uuid == riskUuid; });
    if (removed == 0)
        return fail(tr("The risk to remove is not in this version."));
    // Its measures stay in the plan, answering no risk until they are linked to another.
    for (Measure& m : after.measures) {
        if (m.riskUuid == riskUuid)
            m.riskUuid.clear();
    }
    return edit<RiskPlan, EditCommand::RiskPlan>(tr("Remove a risk"), QString(), Part::Risks | Part::Measures,
        &CaseEditor::writeRiskPlan, RiskPlan { v->risks, v->measures }, after);
}

bool CaseEditor::addAttachment(const QString& name, const QByteArray& data, const QString& material, Attachment* added)
{
    if (const QString reason = readOnlyReason(); !reason.isEmpty())
        return fail(reason);
    if (!version())
        return fail(tr("No assessment version is open."));
    Attachment a;
    a.assessmentUuid = m_versionUuid;
    a.material = material;
    a.name = name;
    a.mediaType = QMimeDatabase().mimeTypeForFileNameAndData(name, data).name();
    a.data = data;
    if (!m_store.addAttachment(caseId(), a))
        return failFromStore();
    a.data.clear();
    m_touched = true;
    m_bundle.attachments.append(a);
    if (added)
        *added = a;
    Q_EMIT changed(Part::Attachments);
    return true;
}

bool CaseEditor::attachFile(const QString& path, const QString& material, Attachment* added)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.isFile())
        return fail(tr("%1 is not a file.").arg(shown));
    if (info.size() > FieldRules::kMaxAttachmentBytes)
        return fail(tr("%1 is %2; attachments are limited to %3.")
                        .arg(shown, QLocale().formattedDataSize(info.size()),
                            QLocale().formattedDataSize(FieldRules::kMaxAttachmentBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be read: %2").arg(shown, file.errorString()));
    return addAttachment(info.fileName(), file.readAll(), material, added);
}

bool CaseEditor::removeAttachment(qint64 attachmentId)
{
    if (const QString reason = readOnlyReason(); !reason.isEmpty())
        return fail(reason);
    if (!m_store.deleteAttachment(attachmentId))
        return failFromStore();
    m_bundle.attachments.removeIf([attachmentId](const Attachment& a) { return a.id == attachmentId; });
    Q_EMIT changed(Part::Attachments);
    return true;
}

QList<Attachment> CaseEditor::attachments(const QString& material) const
{
    QList<Attachment> out;
    for (const Attachment& a : m_bundle.attachments) {
        if ((a.assessmentUuid.isEmpty() || a.assessmentUuid == m_versionUuid)
            && (material.isEmpty() || a.material == material))
            out.append(a);
    }
    return out;
}

bool CaseEditor::finalize()
{
    if (const QString reason = readOnlyReason(); !reason.isEmpty())
        return fail(reason);
    if (!version())
        return fail(tr("No assessment version is open."));
    const AssessmentVersion* v = version();
    QString error;
    if (!Workflow::finalize(m_store, m_library, v->id, v->assessor, v->reviewer, &error)) {
        reload();
        return fail(error);
    }
    m_undo->clear(); // a finalized version cannot be changed, so nothing can be undone
    return reload();
}

bool CaseEditor::reassess(TriggerKind trigger, const QDate& date, const QString& description, const QString& ruleSetId)
{
    if (m_store.isReadOnly())
        return fail(readOnlyReason());
    if (trigger == TriggerKind::Initial)
        return fail(tr("A re-assessment needs a trigger other than the initial assessment."));
    if (description.trimmed().isEmpty())
        return fail(tr("Describe what changed or happened: the report and the filing change cite it."));
    if (!date.isValid())
        return fail(tr("Give the date of the change or incident: deadlines are counted from it."));
    // Workflow::reassess: under the case's rules, or (legal basis changed) under others, answers carried over.
    Workflow::Reassessment outcome;
    QString error;
    if (!Workflow::reassess(m_store, m_library, caseId(), trigger, date, description.trimmed(),
            ruleSetId.isEmpty() ? m_ruleSet->id : ruleSetId, &outcome, &error))
        return fail(error);
    m_undo->clear();
    return load(caseId(), outcome.version.uuid);
}

QStringList CaseEditor::sectionsToReview() const
{
    const AssessmentVersion* v = version();
    if (!v || v->trigger == TriggerKind::Initial)
        return {};
    return Engine::sectionsToReview(*m_ruleSet, v->trigger);
}

QList<DiffRow> CaseEditor::changesSincePrevious(Language language) const
{
    const AssessmentVersion* v = version();
    const AssessmentVersion* previous = previousVersion();
    if (!v || !previous)
        return {};
    const RecordSnapshot now { organisation(), facts() };
    const RecordSnapshot then = previous->record.value_or(now);
    return VersionDiff::compare(*m_ruleSet, *previous, then, *v, now, language);
}

Engine CaseEditor::engine() const
{
    static const AssessmentVersion kNone;
    const AssessmentVersion* v = version();
    return Engine(*m_ruleSet, facts(), v ? *v : kNone);
}

FilingObligation CaseEditor::filingObligation() const
{
    return Engine::filingObligation(*m_ruleSet, facts());
}

QList<RaisedFlag> CaseEditor::redFlags() const
{
    return engine().redFlags();
}

Completeness CaseEditor::completeness() const
{
    return engine().completeness();
}

} // namespace piadesk
