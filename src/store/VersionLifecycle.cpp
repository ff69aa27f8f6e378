#include "VersionLifecycle.h"

#include "AssessmentTable.h"
#include "AttachmentTable.h"
#include "CaseTable.h"
#include "StoreContext.h"
#include "StoreRows.h"
#include "WriteScope.h"
#include "core/Clock.h"
#include "core/ContentHash.h"
#include "core/FieldRules.h"
#include "core/ModelJson.h"
#include "core/Uuid.h"

#include <QHash>
#include <QRegularExpression>

namespace piadesk::VersionLifecycle {

using namespace StoreRows;

std::optional<AssessmentVersion> byId(StoreContext& store, qint64 assessmentId, qint64* caseId)
{
    QList<AssessmentVersion> list;
    if (!AssessmentTable::load(store, 0, &list, assessmentId))
        return std::nullopt;
    if (list.isEmpty()) {
        store.fail(CaseStore::tr("Assessment version %1 does not exist.").arg(assessmentId));
        return std::nullopt;
    }
    if (caseId)
        *caseId = list.constFirst().caseId;
    return list.constFirst();
}

bool requireEditable(StoreContext& store, const AssessmentVersion& a)
{
    if (a.isFinal())
        return store.fail(CaseStore::tr("Version %1 is %2 and cannot be changed. Start a re-assessment to revise it.")
                              .arg(a.number)
                              .arg(enumLabel(a.state).toLower()));
    return true;
}

bool create(StoreContext& store, qint64 caseId, TriggerKind trigger, const QDate& triggerDate,
    const QString& description, const CaseStore::RuleSetChange& change, AssessmentVersion* created)
{
    static const QRegularExpression ruleSetPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,99}$"));
    if (!change.ruleSetId.isEmpty() && !ruleSetPattern.match(change.ruleSetId).hasMatch())
        return store.fail(CaseStore::tr("\"%1\" is not a rule-set id.").arg(change.ruleSetId.left(100)));
    WriteScope write(store);
    if (!write)
        return false;
    const QString textProblem = FieldRules::textProblem(description, FieldRules::kLongText);
    if (!textProblem.isEmpty())
        return store.fail(CaseStore::tr("The trigger description %1").arg(textProblem));
    if (const QString problem = FieldRules::dateProblem(triggerDate); !problem.isEmpty())
        return store.fail(CaseStore::tr("The trigger date %1").arg(problem));
    QList<AssessmentVersion> existing;
    if (!AssessmentTable::load(store, caseId, &existing))
        return false;
    QString uuidOfCase;
    if (!CaseTable::existingUuid(store, caseId, &uuidOfCase))
        return false;
    for (const AssessmentVersion& a : existing) {
        if (!a.isFinal())
            return store.fail(
                CaseStore::tr("Version %1 of this case is still %2. Finalize or delete it before starting a new one.")
                    .arg(a.number)
                    .arg(enumLabel(a.state).toLower()));
    }
    if (existing.isEmpty() && trigger != TriggerKind::Initial)
        return store.fail(CaseStore::tr("The first assessment of a case is the initial assessment."));
    if (!existing.isEmpty() && trigger == TriggerKind::Initial)
        return store.fail(
            CaseStore::tr("This case has been assessed already; a new version needs a trigger such as a change of "
                          "purpose or methods."));
    if (!existing.isEmpty() && !triggerDate.isValid())
        return store.fail(CaseStore::tr("A re-assessment needs the date of its trigger."));

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
    a.triggerDate = triggerDate.isValid() ? triggerDate : store.clock->today();
    a.triggerDescription = description;
    a.state = AssessmentState::Draft;
    Statement insert(store.db,
        QStringLiteral("INSERT INTO assessment (uuid, case_id, number, trigger_kind, "
                       "trigger_date, trigger_description, state, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, 'draft', ?, ?) RETURNING id"));
    insert.bind(1, a.uuid)
        .bind(2, caseId)
        .bind(3, a.number)
        .bind(4, enumKey(trigger))
        .bind(5, dateText(a.triggerDate))
        .bind(6, description)
        .bind(7, store.nowText())
        .bind(8, store.nowText());
    if (!insert.runReturningId(&a.id))
        return store.failFromDb();

    if (!existing.isEmpty()) {
        // Carry the previous version's evidence over, re-pointing answers at the copies.
        const qint64 previousId = existing.constLast().id;
        QHash<QString, QString> renamed;
        Statement evidence(store.db,
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
            if (!AttachmentTable::insert(store, caseId, a.id, copy))
                return store.failFromDb();
        }
        if (!evidence.ok())
            return store.failFromDb();
        for (Answer& answer : a.answers) {
            for (QString& ref : answer.evidence)
                ref = renamed.value(ref, ref);
        }
    }
    if (!AssessmentTable::insertContent(store, a.id, a))
        return store.failFromDb();
    if (!change.ruleSetId.isEmpty()) {
        Statement move(store.db, QStringLiteral("UPDATE frt_case SET rule_set = ?, updated_at = ? WHERE id = ?"));
        move.bind(1, change.ruleSetId).bind(2, store.nowText()).bind(3, caseId);
        if (!move.run()
            || !write.audit(QStringLiteral("case.update"), uuidOfCase, 0, QStringLiteral("ruleSet"), change.ruleSetId))
            return store.failFromDb();
    }
    if (!write.audit(QStringLiteral("assessment.create"), uuidOfCase, a.number, QStringLiteral("trigger"),
            enumKey(trigger) + QLatin1Char(' ') + dateText(a.triggerDate) + QLatin1Char(' ') + description)
        || !write.commit())
        return store.failFromDb();
    if (created)
        *created = a;
    return true;
}

bool saveAnswer(StoreContext& store, qint64 assessmentId, const Answer& answer)
{
    WriteScope write(store);
    if (!write)
        return false;
    qint64 caseId = 0;
    const auto a = byId(store, assessmentId, &caseId);
    if (!a || !requireEditable(store, *a))
        return false;
    AssessmentVersion probe;
    probe.answers.append(answer);
    Problems problems;
    FieldRules::checkAssessment(probe, QStringLiteral("answer"), problems);
    if (!problems.isEmpty())
        return store.fail(problems.toString());
    Statement s(store.db,
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
        .bind(6, store.nowText());
    Statement touch(store.db, QStringLiteral("UPDATE assessment SET updated_at = ? WHERE id = ?"));
    touch.bind(1, store.nowText()).bind(2, assessmentId);
    const QString detail = answer.value.isString() ? answer.value.toString() : jsonText(answer.value);
    if (!s.run() || !touch.run()
        || !write.audit(
            QStringLiteral("answer.save"), CaseTable::uuidOf(store, caseId), a->number, answer.questionId, detail)
        || !write.commit())
        return store.failFromDb();
    return true;
}

bool replaceContent(StoreContext& store, qint64 assessmentId, const AssessmentVersion& content, const QString& table,
    const QString& action, const QString& detail)
{
    WriteScope write(store);
    if (!write)
        return false;
    qint64 caseId = 0;
    const auto a = byId(store, assessmentId, &caseId);
    if (!a || !requireEditable(store, *a))
        return false;
    Problems problems;
    FieldRules::checkAssessment(content, QStringLiteral("assessment"), problems);
    if (!problems.isEmpty())
        return store.fail(problems.toString());
    Statement clear(store.db, QStringLiteral("DELETE FROM %1 WHERE assessment_id = ?").arg(table));
    clear.bind(1, assessmentId);
    if (!clear.run() || !AssessmentTable::insertContent(store, assessmentId, content)
        || !write.audit(action, CaseTable::uuidOf(store, caseId), a->number, table, detail) || !write.commit())
        return store.failFromDb();
    return true;
}

bool saveSignOff(StoreContext& store, qint64 assessmentId, const QString& assessor, const QString& reviewer,
    const QString& signedOffBy, const QDate& signedOffOn)
{
    WriteScope write(store);
    if (!write)
        return false;
    qint64 caseId = 0;
    const auto a = byId(store, assessmentId, &caseId);
    if (!a || !requireEditable(store, *a))
        return false;
    AssessmentVersion probe;
    probe.assessor = assessor;
    probe.reviewer = reviewer;
    probe.signedOffBy = signedOffBy;
    probe.signedOffOn = signedOffOn;
    Problems problems;
    FieldRules::checkAssessment(probe, QStringLiteral("assessment"), problems);
    if (!problems.isEmpty())
        return store.fail(problems.toString());
    Statement s(store.db,
        QStringLiteral("UPDATE assessment SET assessor = ?, reviewer = ?, signed_off_by = ?, "
                       "signed_off_on = ?, updated_at = ? WHERE id = ?"));
    s.bind(1, assessor).bind(2, reviewer).bind(3, signedOffBy).bindOptional(4, dateText(signedOffOn));
    s.bind(5, store.nowText()).bind(6, assessmentId);
    if (!s.run()
        || !write.audit(QStringLiteral("assessment.signoff"), CaseTable::uuidOf(store, caseId), a->number,
            QStringLiteral("sign-off"),
            QStringList { assessor, reviewer, signedOffBy, dateText(signedOffOn) }.join(QStringLiteral(" / ")))
        || !write.commit())
        return store.failFromDb();
    return true;
}

bool setInReview(StoreContext& store, qint64 assessmentId, bool inReview)
{
    WriteScope write(store);
    if (!write)
        return false;
    qint64 caseId = 0;
    const auto a = byId(store, assessmentId, &caseId);
    if (!a || !requireEditable(store, *a))
        return false;
    const QString state = enumKey(inReview ? AssessmentState::InReview : AssessmentState::Draft);
    Statement s(store.db, QStringLiteral("UPDATE assessment SET state = ?, updated_at = ? WHERE id = ?"));
    s.bind(1, state).bind(2, store.nowText()).bind(3, assessmentId);
    if (!s.run()
        || !write.audit(QStringLiteral("assessment.state"), CaseTable::uuidOf(store, caseId), a->number,
            QStringLiteral("state"), state)
        || !write.commit())
        return store.failFromDb();
    return true;
}

bool finalize(StoreContext& store, qint64 assessmentId, const CaseStore::FinalizeOptions& options)
{
    WriteScope write(store);
    if (!write)
        return false;
    if (options.ruleSetId.isEmpty() || options.ruleSetVersion.isEmpty() || options.retentionYears < 1)
        return store.fail(
            CaseStore::tr("A version can only be finalized under a rule set that sets its retention period."));
    qint64 caseId = 0;
    auto a = byId(store, assessmentId, &caseId);
    if (!a || !requireEditable(store, *a))
        return false;
    QStringList missing;
    if (a->assessor.trimmed().isEmpty())
        missing.append(CaseStore::tr("the assessor"));
    if (a->reviewer.trimmed().isEmpty())
        missing.append(CaseStore::tr("the reviewer"));
    if (!missing.isEmpty())
        return store.fail(CaseStore::tr("Version %1 cannot be finalized yet: name %2.")
                              .arg(a->number)
                              .arg(missing.join(CaseStore::tr(" and "))));
    CaseBundle bundle;
    if (!CaseTable::loadBundle(store, caseId, &bundle))
        return false;
    if (options.check) {
        const QStringList reasons = options.check(bundle, *a);
        if (!reasons.isEmpty())
            return store.fail(CaseStore::tr("Version %1 cannot be finalized:").arg(a->number) + QStringLiteral("\n- ")
                + reasons.join(QStringLiteral("\n- ")));
    }

    const QDateTime now = store.clock->now().toUTC();
    a->finalizedAt = dateTimeFrom(dateTimeText(now));
    a->retainUntil = Retention::periodEnd(store.clock->today(), options.retentionYears);
    a->ruleSetId = options.ruleSetId;
    a->ruleSetVersion = options.ruleSetVersion;
    a->record = RecordSnapshot { bundle.organisation, bundle.caseInfo.facts };
    QList<Attachment> evidence;
    for (const Attachment& att : bundle.attachments) {
        if (att.assessmentUuid == a->uuid)
            evidence.append(att);
    }
    a->contentHash = ContentHash::compute(*a, bundle.caseInfo.uuid, evidence);
    Statement supersede(store.db,
        QStringLiteral("UPDATE assessment SET state = 'superseded' "
                       "WHERE case_id = ? AND state = 'finalized' AND id <> ?"));
    supersede.bind(1, caseId).bind(2, assessmentId);
    Statement s(store.db,
        QStringLiteral("UPDATE assessment SET state = 'finalized', finalized_at = ?, "
                       "retain_until = ?, content_hash = ?, record = ?, updated_at = ?, rule_set = ?, "
                       "rule_set_version = ? WHERE id = ? AND state IN ('draft', 'in_review')"));
    s.bind(1, dateTimeText(a->finalizedAt))
        .bind(2, dateText(a->retainUntil))
        .bind(3, a->contentHash)
        .bind(4, jsonText(ModelJson::toJson(*a->record)))
        .bind(5, store.nowText())
        .bind(6, a->ruleSetId)
        .bind(7, a->ruleSetVersion)
        .bind(8, assessmentId);
    if (!supersede.run() || !s.run()
        || !write.audit(QStringLiteral("assessment.finalize"), bundle.caseInfo.uuid, a->number,
            QStringLiteral("contentHash"), a->contentHash)
        || !write.commit())
        return store.failFromDb();
    return true;
}

bool remove(StoreContext& store, qint64 assessmentId)
{
    WriteScope write(store);
    if (!write)
        return false;
    qint64 caseId = 0;
    const auto a = byId(store, assessmentId, &caseId);
    if (!a)
        return false;
    if (a->isFinal() && a->retainUntil >= store.clock->today())
        return store.fail(
            CaseStore::tr(
                "Version %1 is finalized; its report must be kept until %2 (retention of assessment reports). It can "
                "be deleted from %3.")
                .arg(a->number)
                .arg(a->retainUntil.toString(Qt::ISODate), a->retainUntil.addDays(1).toString(Qt::ISODate)));
    Statement s(store.db, QStringLiteral("DELETE FROM assessment WHERE id = ?"));
    s.bind(1, assessmentId);
    if (!s.run() || !AttachmentTable::removeOrphanBlobs(store)
        || !write.audit(
            QStringLiteral("assessment.delete"), CaseTable::uuidOf(store, caseId), a->number, {}, enumKey(a->state))
        || !write.commit())
        return store.failFromDb();
    return true;
}

} // namespace piadesk::VersionLifecycle
