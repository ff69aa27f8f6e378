#include "CaseStore.h"

#include "AssessmentTable.h"
#include "AttachmentTable.h"
#include "AuditChain.h"
#include "AuditLog.h"
#include "CaseFile.h"
#include "CaseHeads.h"
#include "CaseImporter.h"
#include "CaseTable.h"
#include "FilingTable.h"
#include "OrganisationTable.h"
#include "Sqlite.h"
#include "StoreContext.h"
#include "StoreRows.h"
#include "StoreVerifier.h"
#include "WriteScope.h"
#include "WriterLock.h"
#include "core/Clock.h"
#include "core/ContentHash.h"
#include "core/CreditCode.h"
#include "core/FieldRules.h"
#include "core/ModelJson.h"
#include "core/Uuid.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>

#include <pwd.h>
#include <unistd.h>

namespace piadesk {

namespace {

using namespace StoreRows;

} // namespace

CaseStore::CaseStore()
    : m_store(std::make_unique<StoreContext>())
    , m_lock(std::make_unique<WriterLock>())
{
}

CaseStore::~CaseStore()
{
    // The connection closes before the lock is let go.
    m_store->db.close();
}

QString CaseStore::defaultPath()
{
    // Independent of the application name, so the GUI and the CLI share it.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/piadesk/cases.piadesk");
}

QString CaseStore::systemUserName()
{
    if (const passwd* pw = getpwuid(geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

void CaseStore::setActor(const QString& actor)
{
    m_store->actor = actor.trimmed().isEmpty() ? systemUserName() : actor.trimmed().left(FieldRules::kShortText);
}

std::unique_ptr<CaseStore> CaseStore::open(const QString& path, const Options& options, QString* error)
{
    std::unique_ptr<CaseStore> store(new CaseStore);
    StoreContext& context = *store->m_store;
    context.path = QFileInfo(path).absoluteFilePath();
    context.clock = options.clock ? options.clock : &Clock::system();
    context.readOnly = options.readOnly;
    store->setActor(options.actor);
    if (!CaseFile::open(context, *store->m_lock, options, path, &store->m_backupPath)) {
        if (error)
            *error = context.error;
        return nullptr;
    }
    return store;
}

QString CaseStore::path() const
{
    return m_store->path;
}

bool CaseStore::isReadOnly() const
{
    return m_store->readOnly;
}

QString CaseStore::actor() const
{
    return m_store->actor;
}

const Clock& CaseStore::clock() const
{
    return *m_store->clock;
}

QString CaseStore::errorString() const
{
    return m_store->error;
}

bool CaseStore::saveCopy(const QString& path)
{
    return CaseFile::saveCopy(*m_store, path);
}

bool CaseStore::fail(const QString& message)
{
    return m_store->fail(message);
}

bool CaseStore::failFromDb()
{
    return m_store->failFromDb();
}

bool CaseStore::atomically(const std::function<bool()>& work)
{
    WriteScope write(*m_store);
    if (!write)
        return false;
    return work() && write.commit();
}

// ---------------------------------------------------------------- organisations

bool CaseStore::saveOrganisation(Organisation& organisation)
{
    WriteScope write(*m_store);
    if (!write)
        return false;
    Organisation o = organisation;
    o.creditCode = CreditCode::normalized(o.creditCode);
    Problems problems;
    FieldRules::checkOrganisation(o, QStringLiteral("organisation"), problems);
    if (o.name.trimmed().isEmpty())
        problems.add(QStringLiteral("organisation.name"), tr("must not be empty."));
    if (!problems.isEmpty())
        return fail(problems.toString());
    if (o.id == 0) {
        if (o.uuid.isEmpty())
            o.uuid = newUuid();
        if (!OrganisationTable::insert(*m_store, o))
            return failFromDb();
        o.id = m_store->db.lastInsertRowId();
        if (!write.audit(QStringLiteral("organisation.create"), {}, 0, QStringLiteral("organisation"), o.name))
            return false;
    } else {
        const auto old = OrganisationTable::read(*m_store, o.id);
        if (!old)
            return fail(tr("Organisation %1 does not exist.").arg(o.id));
        o.uuid = old->uuid;
        if (!OrganisationTable::update(*m_store, o))
            return failFromDb();
        if (!write.auditChanges(ModelJson::toJson(*old), ModelJson::toJson(o), QStringLiteral("organisation.update"),
                {}, QStringLiteral("organisation.")))
            return false;
    }
    if (!write.commit())
        return false;
    organisation = o;
    return true;
}

// ---------------------------------------------------------------- cases

bool CaseStore::createCase(qint64 organisationId, const CaseFacts& facts, Case* created, const QString& ruleSetId)
{
    WriteScope write(*m_store);
    if (!write)
        return false;
    Problems problems;
    FieldRules::checkFacts(facts, QStringLiteral("case"), problems);
    if (!problems.isEmpty())
        return fail(problems.toString());
    if (!OrganisationTable::read(*m_store, organisationId))
        return fail(tr("Organisation %1 does not exist.").arg(organisationId));
    Case c;
    c.uuid = newUuid();
    c.organisationId = organisationId;
    c.facts = facts;
    c.ruleSetId = ruleSetId;
    c.revision = 1;
    c.createdAt = c.updatedAt = dateTimeFrom(m_store->nowText());
    if (!CaseTable::insert(*m_store, c, &c.id))
        return failFromDb();
    // The schema's default rule set, when none was asked for.
    SqliteStatement ruleSet(m_store->db, QStringLiteral("SELECT rule_set FROM frt_case WHERE id = :id"));
    ruleSet.bind(":id", c.id);
    if (!ruleSet.next())
        return failFromDb();
    c.ruleSetId = ruleSet.text(0);
    if (!write.audit(QStringLiteral("case.create"), c.uuid, 0, {}, facts.name) || !write.commit())
        return false;
    if (created)
        *created = c;
    return true;
}

bool CaseStore::updateCaseFacts(qint64 caseId, const CaseFacts& facts)
{
    WriteScope write(*m_store);
    if (!write)
        return false;
    Problems problems;
    FieldRules::checkFacts(facts, QStringLiteral("case"), problems);
    if (!problems.isEmpty())
        return fail(problems.toString());
    const QString uuid = CaseTable::uuidOf(*m_store, caseId);
    if (uuid.isEmpty())
        return fail(tr("Case %1 does not exist.").arg(caseId));
    const std::optional<CaseFacts> old = CaseTable::facts(*m_store, caseId);
    if (!old)
        return failFromDb();
    if (*old == facts)
        return true;
    if (!CaseTable::updateFacts(*m_store, caseId, facts))
        return failFromDb();
    return write.auditChanges(
               ModelJson::toJson(*old), ModelJson::toJson(facts), QStringLiteral("case.update"), uuid, {})
        && write.commit();
}

std::optional<qint64> CaseStore::caseOfAssessment(qint64 assessmentId)
{
    SqliteStatement s(m_store->db, QStringLiteral("SELECT case_id FROM assessment WHERE id = ?"));
    s.bind(1, assessmentId);
    if (!s.next())
        return std::nullopt;
    return s.integer(0);
}

bool CaseStore::setCaseRuleSet(qint64 caseId, const QString& ruleSetId)
{
    WriteScope write(*m_store);
    if (!write)
        return false;
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,99}$"));
    if (!pattern.match(ruleSetId).hasMatch())
        return fail(tr("\"%1\" is not a rule-set id.").arg(ruleSetId.left(100)));
    SqliteStatement read(m_store->db, QStringLiteral("SELECT uuid, rule_set FROM frt_case WHERE id = ?"));
    read.bind(1, caseId);
    if (!read.next())
        return read.ok() ? fail(tr("Case %1 does not exist.").arg(caseId)) : failFromDb();
    const QString uuid = read.text(0);
    if (read.text(1) == ruleSetId)
        return true;
    if (!CaseTable::setRuleSet(*m_store, caseId, ruleSetId))
        return failFromDb();
    return write.audit(QStringLiteral("case.update"), uuid, 0, QStringLiteral("ruleSet"), ruleSetId) && write.commit();
}

bool CaseStore::discardCase(qint64 caseId)
{
    WriteScope write(*m_store);
    if (!write)
        return false;
    CaseBundle bundle;
    if (!loadCase(caseId, &bundle))
        return false;
    for (const AssessmentVersion& a : bundle.assessments) {
        if (a.isFinal())
            return fail(
                tr("The case \"%1\" has a finalized version and cannot be discarded.").arg(bundle.caseInfo.facts.name));
    }
    SqliteStatement deleteCase(m_store->db, QStringLiteral("DELETE FROM frt_case WHERE id = ?"));
    deleteCase.bind(1, caseId);
    SqliteStatement deleteOrganisation(m_store->db,
        QStringLiteral("DELETE FROM organisation WHERE id = ? "
                       "AND NOT EXISTS (SELECT 1 FROM frt_case WHERE organisation_id = ?)"));
    deleteOrganisation.bind(1, bundle.caseInfo.organisationId).bind(2, bundle.caseInfo.organisationId);
    if (!deleteCase.run() || !deleteOrganisation.run() || !AttachmentTable::removeOrphanBlobs(*m_store)
        || !write.audit(QStringLiteral("case.discard"), bundle.caseInfo.uuid, 0, {}, bundle.caseInfo.facts.name)
        || !write.commit())
        return failFromDb();
    return true;
}

bool CaseStore::deleteCase(qint64 caseId)
{
    WriteScope write(*m_store);
    if (!write)
        return false;
    CaseBundle bundle;
    if (!loadCase(caseId, &bundle))
        return false;
    const QDate today = m_store->clock->today();
    for (const AssessmentVersion& a : bundle.assessments) {
        if (a.isFinal() && a.retainUntil >= today)
            return fail(tr("The case \"%1\" cannot be deleted: the report of version %2 must be kept until %3 "
                           "(retention of assessment reports). It can be deleted from %4.")
                            .arg(bundle.caseInfo.facts.name)
                            .arg(a.number)
                            .arg(a.retainUntil.toString(Qt::ISODate), a.retainUntil.addDays(1).toString(Qt::ISODate)));
    }
    SqliteStatement s(m_store->db, QStringLiteral("DELETE FROM frt_case WHERE id = ?"));
    s.bind(1, caseId);
    if (!s.run() || !AttachmentTable::removeOrphanBlobs(*m_store)
        || !write.audit(QStringLiteral("case.delete"), bundle.caseInfo.uuid, 0, {}, bundle.caseInfo.facts.name)
        || !write.commit())
        return failFromDb();
    return true;
}

// ---------------------------------------------------------------- assessments

std::optional<AssessmentVersion> CaseStore::assessmentById(qint64 assessmentId, qint64* caseId)
{
    QList<AssessmentVersion> list;
    if (!AssessmentTable::load(*m_store, 0, &list, assessmentId))
        return std::nullopt;
    if (list.isEmpty()) {
        fail(tr("Assessment version %1 does not exist.").arg(assessmentId));
        return std::nullopt;
    }
    if (caseId)
        *caseId = list.constFirst().caseId;
    return list.constFirst();
}

bool CaseStore::requireEditable(const AssessmentVersion& a)
{
    if (a.isFinal())
        return fail(tr("Version %1 is %2 and cannot be changed. Start a re-assessment to revise it.")
                        .arg(a.number)
                        .arg(enumLabel(a.state).toLower()));
    return true;
}

bool CaseStore::createAssessment(qint64 caseId, TriggerKind trigger, const QDate& triggerDate,
    const QString& description, AssessmentVersion* created)
{
    return createAssessment(caseId, trigger, triggerDate, description, RuleSetChange {}, created);
}

bool CaseStore::createAssessment(qint64 caseId, TriggerKind trigger, const QDate& triggerDate,
    const QString& description, const RuleSetChange& change, AssessmentVersion* created)
{
    static const QRegularExpression ruleSetPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,99}$"));
    if (!change.ruleSetId.isEmpty() && !ruleSetPattern.match(change.ruleSetId).hasMatch())
        return fail(tr("\"%1\" is not a rule-set id.").arg(change.ruleSetId.left(100)));
    WriteScope write(*m_store);
    if (!write)
        return false;
    const QString textProblem = FieldRules::textProblem(description, FieldRules::kLongText);
    if (!textProblem.isEmpty())
        return fail(tr("The trigger description %1").arg(textProblem));
    if (const QString problem = FieldRules::dateProblem(triggerDate); !problem.isEmpty())
        return fail(tr("The trigger date %1").arg(problem));
    QList<AssessmentVersion> existing;
    if (!AssessmentTable::load(*m_store, caseId, &existing))
        return false;
    const QString uuidOfCase = CaseTable::uuidOf(*m_store, caseId);
    if (uuidOfCase.isEmpty())
        return fail(tr("Case %1 does not exist.").arg(caseId));
    for (const AssessmentVersion& a : existing) {
        if (!a.isFinal())
            return fail(tr("Version %1 of this case is still %2. Finalize or delete it before starting a new one.")
                            .arg(a.number)
                            .arg(enumLabel(a.state).toLower()));
    }
    if (existing.isEmpty() && trigger != TriggerKind::Initial)
        return fail(tr("The first assessment of a case is the initial assessment."));
    if (!existing.isEmpty() && trigger == TriggerKind::Initial)
        return fail(tr("This case has been assessed already; a new version needs a trigger such as a change of "
                       "purpose or methods."));
    if (!existing.isEmpty() && !triggerDate.isValid())
        return fail(tr("A re-assessment needs the date of its trigger."));

    AssessmentVersion a;
    if (!existing.isEmpty()) {
        a = existing.constLast();
        a.assessor.clear();
        a.reviewer.clear();
        a.signedOffBy.clear();
        a.signedOffOn = {};
        a.finalizedAt = {};
        a.retainUntil = {};
        a.contentHash.clear();
        a.record.reset();
        a.ruleSetId.clear(); // stamped again when this version is finalized
        a.ruleSetVersion.clear();
        if (!change.ruleSetId.isEmpty()) {
            // Under another rule set only the answers it asks (and accepts) carry over; conclusions, notes on
            // flags and the acceptance of the residual risk are made again.
            QList<Answer> kept;
            for (const Answer& answer : std::as_const(a.answers)) {
                if (change.keptAnswers.contains(answer.questionId))
                    kept.append(answer);
            }
            a.answers = kept;
        }
    }
    a.uuid = newUuid();
    a.caseId = caseId;
    a.number = existing.isEmpty() ? 1 : existing.constLast().number + 1;
    a.trigger = trigger;
    a.triggerDate = triggerDate.isValid() ? triggerDate : m_store->clock->today();
    a.triggerDescription = description;
    a.state = AssessmentState::Draft;
    SqliteStatement insert(m_store->db,
        QStringLiteral("INSERT INTO assessment (uuid, case_id, number, trigger_kind, "
                       "trigger_date, trigger_description, state, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, 'draft', ?, ?)"));
    insert.bind(1, a.uuid)
        .bind(2, caseId)
        .bind(3, a.number)
        .bind(4, enumKey(trigger))
        .bind(5, dateText(a.triggerDate))
        .bind(6, description)
        .bind(7, m_store->nowText())
        .bind(8, m_store->nowText());
    if (!insert.run())
        return failFromDb();
    a.id = m_store->db.lastInsertRowId();

    if (!existing.isEmpty()) {
        // Carry the previous version's evidence over, re-pointing answers at the copies.
        const qint64 previousId = existing.constLast().id;
        QHash<QString, QString> renamed;
        SqliteStatement evidence(m_store->db,
            QStringLiteral("SELECT uuid, material, name, media_type, size, sha256 "
                           "FROM attachment WHERE assessment_id = ? ORDER BY id"));
        evidence.bind(1, previousId);
        while (evidence.next()) {
            Attachment copy;
            copy.uuid = newUuid();
            copy.material = evidence.text(1);
            copy.name = evidence.text(2);
            copy.mediaType = evidence.text(3);
            copy.size = evidence.integer(4);
            copy.sha256 = evidence.text(5);
            renamed.insert(evidence.text(0), copy.uuid);
            if (!AttachmentTable::insert(*m_store, caseId, a.id, copy))
                return failFromDb();
        }
        if (!evidence.ok())
            return failFromDb();
        for (Answer& answer : a.answers) {
            for (QString& ref : answer.evidence)
                ref = renamed.value(ref, ref);
        }
    }
    if (!AssessmentTable::insertContent(*m_store, a.id, a))
        return failFromDb();
    if (!change.ruleSetId.isEmpty()) {
        SqliteStatement move(m_store->db,
            QStringLiteral("UPDATE frt_case SET rule_set = ?, revision = revision + 1, updated_at = ? WHERE id = ?"));
        move.bind(1, change.ruleSetId).bind(2, m_store->nowText()).bind(3, caseId);
        if (!move.run()
            || !write.audit(QStringLiteral("case.update"), uuidOfCase, 0, QStringLiteral("ruleSet"), change.ruleSetId))
            return failFromDb();
    }
    if (!write.audit(QStringLiteral("assessment.create"), uuidOfCase, a.number, QStringLiteral("trigger"),
            enumKey(trigger) + QLatin1Char(' ') + dateText(a.triggerDate) + QLatin1Char(' ') + description)
        || !write.commit())
        return failFromDb();
    if (created)
        *created = a;
    return true;
}

bool CaseStore::saveAnswer(qint64 assessmentId, const Answer& answer)
{
    WriteScope write(*m_store);
    if (!write)
        return false;
    qint64 caseId = 0;
    const auto a = assessmentById(assessmentId, &caseId);
    if (!a || !requireEditable(*a))
        return false;
    AssessmentVersion probe;
    probe.answers.append(answer);
    Problems problems;
    FieldRules::checkAssessment(probe, QStringLiteral("answer"), problems);
    if (!problems.isEmpty())
        return fail(problems.toString());
    SqliteStatement s(m_store->db,
        QStringLiteral("INSERT INTO answer (assessment_id, question_id, value, justification, "
                       "evidence, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (assessment_id, question_id) DO UPDATE SET "
                       "value = excluded.value, justification = excluded.justification, "
                       "evidence = excluded.evidence, updated_at = excluded.updated_at"));
    s.bind(1, assessmentId)
        .bind(2, answer.questionId)
        .bind(3, answerValueText(answer.value))
        .bind(4, answer.justification)
        .bind(5, jsonText(ModelJson::toJson(answer.evidence)))
        .bind(6, m_store->nowText());
    SqliteStatement touch(m_store->db, QStringLiteral("UPDATE assessment SET updated_at = ? WHERE id = ?"));
    touch.bind(1, m_store->nowText()).bind(2, assessmentId);
    const QString detail = answer.value.isString() ? answer.value.toString() : jsonText(answer.value);
    if (!s.run() || !touch.run()
        || !write.audit(
            QStringLiteral("answer.save"), CaseTable::uuidOf(*m_store, caseId), a->number, answer.questionId, detail)
        || !write.commit())
        return failFromDb();
    return true;
}

bool CaseStore::replaceContent(qint64 assessmentId, const AssessmentVersion& content, const QString& table,
    const QString& action, const QString& detail)
{
    WriteScope write(*m_store);
    if (!write)
        return false;
    qint64 caseId = 0;
    const auto a = assessmentById(assessmentId, &caseId);
    if (!a || !requireEditable(*a))
        return false;
    Problems problems;
    FieldRules::checkAssessment(content, QStringLiteral("assessment"), problems);
    if (!problems.isEmpty())
        return fail(problems.toString());
    SqliteStatement clear(m_store->db, QStringLiteral("DELETE FROM %1 WHERE assessment_id = ?").arg(table));
    clear.bind(1, assessmentId);
    if (!clear.run() || !AssessmentTable::insertContent(*m_store, assessmentId, content)
        || !write.audit(action, CaseTable::uuidOf(*m_store, caseId), a->number, table, detail) || !write.commit())
        return failFromDb();
    return true;
}

bool CaseStore::saveRisks(qint64 assessmentId, const QList<Risk>& risks)
{
    AssessmentVersion content;
    content.risks = risks;
    return replaceContent(assessmentId, content, QStringLiteral("risk"), QStringLiteral("risks.save"),
        tr("%n risk(s)", nullptr, int(risks.size())));
}

bool CaseStore::saveMeasures(qint64 assessmentId, const QList<Measure>& measures)
{
    AssessmentVersion content;
    content.measures = measures;
    return replaceContent(assessmentId, content, QStringLiteral("measure"), QStringLiteral("measures.save"),
        tr("%n measure(s)", nullptr, int(measures.size())));
}

bool CaseStore::saveActivities(qint64 assessmentId, const QList<ProcessingActivity>& activities)
{
    AssessmentVersion content;
    content.activities = activities;
    return replaceContent(assessmentId, content, QStringLiteral("processing_activity"),
        QStringLiteral("activities.save"), tr("%n processing activity(ies)", nullptr, int(activities.size())));
}

bool CaseStore::saveSignOff(qint64 assessmentId, const QString& assessor, const QString& reviewer,
    const QString& signedOffBy, const QDate& signedOffOn)
{
    WriteScope write(*m_store);
    if (!write)
        return false;
    qint64 caseId = 0;
    const auto a = assessmentById(assessmentId, &caseId);
    if (!a || !requireEditable(*a))
        return false;
    AssessmentVersion probe;
    probe.assessor = assessor;
    probe.reviewer = reviewer;
    probe.signedOffBy = signedOffBy;
    probe.signedOffOn = signedOffOn;
    Problems problems;
    FieldRules::checkAssessment(probe, QStringLiteral("assessment"), problems);
    if (!problems.isEmpty())
        return fail(problems.toString());
    SqliteStatement s(m_store->db,
        QStringLiteral("UPDATE assessment SET assessor = ?, reviewer = ?, signed_off_by = ?, "
                       "signed_off_on = ?, updated_at = ? WHERE id = ?"));
    s.bind(1, assessor).bind(2, reviewer).bind(3, signedOffBy).bindOptional(4, dateText(signedOffOn));
    s.bind(5, m_store->nowText()).bind(6, assessmentId);
    if (!s.run()
        || !write.audit(QStringLiteral("assessment.signoff"), CaseTable::uuidOf(*m_store, caseId), a->number,
            QStringLiteral("sign-off"),
            QStringList { assessor, reviewer, signedOffBy, dateText(signedOffOn) }.join(QStringLiteral(" / ")))
        || !write.commit())
        return failFromDb();
    return true;
}

bool CaseStore::setInReview(qint64 assessmentId, bool inReview)
{
    WriteScope write(*m_store);
    if (!write)
        return false;
    qint64 caseId = 0;
    const auto a = assessmentById(assessmentId, &caseId);
    if (!a || !requireEditable(*a))
        return false;
    const QString state = enumKey(inReview ? AssessmentState::InReview : AssessmentState::Draft);
    SqliteStatement s(m_store->db, QStringLiteral("UPDATE assessment SET state = ?, updated_at = ? WHERE id = ?"));
    s.bind(1, state).bind(2, m_store->nowText()).bind(3, assessmentId);
    if (!s.run()
        || !write.audit(QStringLiteral("assessment.state"), CaseTable::uuidOf(*m_store, caseId), a->number,
            QStringLiteral("state"), state)
        || !write.commit())
        return failFromDb();
    return true;
}

bool CaseStore::finalize(qint64 assessmentId, const FinalizeOptions& options)
{
    WriteScope write(*m_store);
    if (!write)
        return false;
    if (options.ruleSetId.isEmpty() || options.ruleSetVersion.isEmpty() || options.retentionYears < 1)
        return fail(tr("A version can only be finalized under a rule set that sets its retention period."));
    qint64 caseId = 0;
    auto a = assessmentById(assessmentId, &caseId);
    if (!a || !requireEditable(*a))
        return false;
    QStringList missing;
    if (a->assessor.trimmed().isEmpty())
        missing.append(tr("the assessor"));
    if (a->reviewer.trimmed().isEmpty())
        missing.append(tr("the reviewer"));
    if (!missing.isEmpty())
        return fail(tr("Version %1 cannot be finalized yet: name %2.").arg(a->number).arg(missing.join(tr(" and "))));
    CaseBundle bundle;
    if (!loadCase(caseId, &bundle))
        return false;
    if (options.check) {
        const QStringList reasons = options.check(bundle, *a);
        if (!reasons.isEmpty())
            return fail(tr("Version %1 cannot be finalized:").arg(a->number) + QStringLiteral("\n- ")
                + reasons.join(QStringLiteral("\n- ")));
    }

    const QDateTime now = m_store->clock->now().toUTC();
    a->finalizedAt = dateTimeFrom(dateTimeText(now));
    a->retainUntil = Retention::periodEnd(m_store->clock->today(), options.retentionYears);
    a->ruleSetId = options.ruleSetId;
    a->ruleSetVersion = options.ruleSetVersion;
    a->record = RecordSnapshot { bundle.organisation, bundle.caseInfo.facts };
    QList<Attachment> evidence;
    for (const Attachment& att : bundle.attachments) {
        if (att.assessmentUuid == a->uuid)
            evidence.append(att);
    }
    a->contentHash = ContentHash::compute(*a, bundle.caseInfo.uuid, evidence);
    SqliteStatement supersede(m_store->db,
        QStringLiteral("UPDATE assessment SET state = 'superseded' "
                       "WHERE case_id = ? AND state = 'finalized' AND id <> ?"));
    supersede.bind(1, caseId).bind(2, assessmentId);
    SqliteStatement s(m_store->db,
        QStringLiteral("UPDATE assessment SET state = 'finalized', finalized_at = ?, "
                       "retain_until = ?, content_hash = ?, record = ?, updated_at = ?, rule_set = ?, "
                       "rule_set_version = ? WHERE id = ? AND state IN ('draft', 'in_review')"));
    s.bind(1, dateTimeText(a->finalizedAt))
        .bind(2, dateText(a->retainUntil))
        .bind(3, a->contentHash)
        .bind(4, jsonText(ModelJson::toJson(*a->record)))
        .bind(5, m_store->nowText())
        .bind(6, a->ruleSetId)
        .bind(7, a->ruleSetVersion)
        .bind(8, assessmentId);
    if (!supersede.run() || !s.run()
        || !write.audit(QStringLiteral("assessment.finalize"), bundle.caseInfo.uuid, a->number,
            QStringLiteral("contentHash"), a->contentHash)
        || !write.commit())
        return failFromDb();
    return true;
}

bool CaseStore::deleteAssessment(qint64 assessmentId)
{
    WriteScope write(*m_store);
    if (!write)
        return false;
    qint64 caseId = 0;
    const auto a = assessmentById(assessmentId, &caseId);
    if (!a)
        return false;
    if (a->isFinal() && a->retainUntil >= m_store->clock->today())
        return fail(
            tr("Version %1 is finalized; its report must be kept until %2 (retention of assessment reports). It can "
               "be deleted from %3.")
                .arg(a->number)
                .arg(a->retainUntil.toString(Qt::ISODate), a->retainUntil.addDays(1).toString(Qt::ISODate)));
    SqliteStatement s(m_store->db, QStringLiteral("DELETE FROM assessment WHERE id = ?"));
    s.bind(1, assessmentId);
    if (!s.run() || !AttachmentTable::removeOrphanBlobs(*m_store)
        || !write.audit(
            QStringLiteral("assessment.delete"), CaseTable::uuidOf(*m_store, caseId), a->number, {}, enumKey(a->state))
        || !write.commit())
        return failFromDb();
    return true;
}

// ---------------------------------------------------------------- filings

bool CaseStore::saveFiling(qint64 caseId, FilingRecord& filing)
{
    WriteScope write(*m_store);
    if (!write)
        return false;
    Problems problems;
    FieldRules::checkFiling(filing, QStringLiteral("filing"), problems);
    if (!problems.isEmpty())
        return fail(problems.toString());
    const QString uuidOfCase = CaseTable::uuidOf(*m_store, caseId);
    if (uuidOfCase.isEmpty())
        return fail(tr("Case %1 does not exist.").arg(caseId));
    const bool inserting = filing.id == 0;
    if (inserting && filing.uuid.isEmpty())
        filing.uuid = newUuid();
    if (!FilingTable::write(*m_store, caseId, filing, inserting))
        return failFromDb();
    if (!inserting && m_store->db.changes() == 0)
        return fail(tr("Filing %1 does not exist in this case.").arg(filing.id));
    if (inserting)
        filing.id = m_store->db.lastInsertRowId();
    filing.caseId = caseId;
    if (!write.audit(inserting ? QStringLiteral("filing.create") : QStringLiteral("filing.update"), uuidOfCase, 0,
            enumKey(filing.kind), jsonText(ModelJson::toJson(filing)))
        || !write.commit())
        return failFromDb();
    return true;
}

bool CaseStore::deleteFiling(qint64 filingId)
{
    WriteScope write(*m_store);
    if (!write)
        return false;
    SqliteStatement find(m_store->db,
        QStringLiteral("SELECT c.uuid, f.kind FROM filing f JOIN frt_case c ON c.id = f.case_id "
                       "WHERE f.id = ?"));
    find.bind(1, filingId);
    if (!find.next())
        return find.ok() ? fail(tr("Filing %1 does not exist.").arg(filingId)) : failFromDb();
    SqliteStatement s(m_store->db, QStringLiteral("DELETE FROM filing WHERE id = ?"));
    s.bind(1, filingId);
    if (!s.run() || !write.audit(QStringLiteral("filing.delete"), find.text(0), 0, find.text(1), {}) || !write.commit())
        return failFromDb();
    return true;
}

// ---------------------------------------------------------------- attachments

bool CaseStore::addAttachment(qint64 caseId, Attachment& attachment)
{
    WriteScope write(*m_store);
    if (!write)
        return false;
    Attachment a = attachment;
    a.size = a.data.size();
    a.sha256 = QString::fromLatin1(QCryptographicHash::hash(a.data, QCryptographicHash::Sha256).toHex());
    if (a.uuid.isEmpty())
        a.uuid = newUuid();
    Problems problems;
    FieldRules::checkAttachment(a, QStringLiteral("attachment"), problems);
    if (!problems.isEmpty())
        return fail(problems.toString());
    const QString uuidOfCase = CaseTable::uuidOf(*m_store, caseId);
    if (uuidOfCase.isEmpty())
        return fail(tr("Case %1 does not exist.").arg(caseId));
    qint64 assessmentId = 0;
    int versionNumber = 0;
    if (!a.assessmentUuid.isEmpty()) {
        SqliteStatement find(
            m_store->db, QStringLiteral("SELECT id, number, state FROM assessment WHERE uuid = ? AND case_id = ?"));
        find.bind(1, a.assessmentUuid).bind(2, caseId);
        if (!find.next())
            return fail(tr("The assessment version this attachment is for does not belong to the case."));
        assessmentId = find.integer(0);
        versionNumber = int(find.integer(1));
        const auto state = enumFrom(find.text(2), AssessmentState::Draft);
        if (state == AssessmentState::Finalized || state == AssessmentState::Superseded)
            return fail(tr("Version %1 is finalized; evidence cannot be added to it.").arg(versionNumber));
    }
    a.createdAt = dateTimeFrom(m_store->nowText());
    if (!AttachmentTable::writeBlob(*m_store, a.data, a.sha256)
        || !AttachmentTable::insert(*m_store, caseId, assessmentId, a))
        return failFromDb();
    a.id = m_store->db.lastInsertRowId();
    a.caseId = caseId;
    if (!write.audit(QStringLiteral("attachment.add"), uuidOfCase, versionNumber, a.material,
            a.name + QStringLiteral(" (") + a.sha256 + QLatin1Char(')'))
        || !write.commit())
        return failFromDb();
    attachment = a;
    return true;
}

QByteArray CaseStore::attachmentData(qint64 attachmentId)
{
    SqliteStatement s(m_store->db,
        QStringLiteral("SELECT b.data FROM attachment a JOIN blob b ON b.sha256 = a.sha256 "
                       "WHERE a.id = ?"));
    s.bind(1, attachmentId);
    if (!s.next()) {
        if (s.ok())
            fail(tr("Attachment %1 does not exist.").arg(attachmentId));
        else
            failFromDb();
        return {};
    }
    QByteArray data = s.blob(0);
    if (data.isNull())
        data = QByteArray("");
    return data;
}

bool CaseStore::deleteAttachment(qint64 attachmentId)
{
    WriteScope write(*m_store);
    if (!write)
        return false;
    SqliteStatement find(m_store->db,
        QStringLiteral("SELECT c.uuid, t.name, COALESCE(a.number, 0) FROM attachment t "
                       "JOIN frt_case c ON c.id = t.case_id "
                       "LEFT JOIN assessment a ON a.id = t.assessment_id WHERE t.id = ?"));
    find.bind(1, attachmentId);
    if (!find.next())
        return find.ok() ? fail(tr("Attachment %1 does not exist.").arg(attachmentId)) : failFromDb();
    SqliteStatement s(m_store->db, QStringLiteral("DELETE FROM attachment WHERE id = ?"));
    s.bind(1, attachmentId);
    if (!s.run() || !AttachmentTable::removeOrphanBlobs(*m_store)
        || !write.audit(QStringLiteral("attachment.delete"), find.text(0), int(find.integer(2)), {}, find.text(1))
        || !write.commit())
        return failFromDb();
    return true;
}

// ---------------------------------------------------------------- exchange

// ---------------------------------------------------------------- audit and verify

// ---------------------------------------------------------------- reading, importing, verifying

std::optional<Organisation> CaseStore::organisation(qint64 id)
{
    return OrganisationTable::read(*m_store, id);
}

QList<Organisation> CaseStore::organisations()
{
    return OrganisationTable::all(*m_store);
}

QList<CaseSummary> CaseStore::listCases()
{
    return CaseTable::summaries(*m_store);
}

bool CaseStore::loadCaseHeads(qint64 afterId, int limit, const HeadParts& parts, QList<CaseBundle>* out)
{
    return CaseHeads::load(*m_store, afterId, limit, parts, out);
}

std::optional<qint64> CaseStore::findCase(const QString& reference)
{
    return CaseTable::find(*m_store, reference);
}

bool CaseStore::loadCase(qint64 caseId, CaseBundle* bundle)
{
    return CaseTable::loadBundle(*m_store, caseId, bundle);
}

bool CaseStore::importCases(const QList<CaseBundle>& bundles, QList<qint64>* caseIds)
{
    return CaseImporter::importCases(*m_store, bundles, caseIds);
}

QList<AuditEvent> CaseStore::auditEvents(const QString& caseUuid)
{
    return AuditLog(*m_store).events(caseUuid);
}

QStringList CaseStore::verifyCase(qint64 caseId)
{
    CaseBundle bundle;
    if (!loadCase(caseId, &bundle))
        return { errorString() };
    return verifyCase(bundle);
}

QStringList CaseStore::verifyCase(const CaseBundle& bundle)
{
    return StoreVerifier::verifyCase(*m_store, bundle);
}

VerifyReport CaseStore::verify()
{
    return StoreVerifier::verify(*m_store);
}

} // namespace piadesk
