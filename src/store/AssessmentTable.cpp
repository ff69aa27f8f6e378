#include "AssessmentTable.h"

#include "StoreContext.h"
#include "StoreRows.h"
#include "core/ModelJson.h"
#include "core/Uuid.h"
#include <QHash>
#include <QJsonDocument>

namespace piadesk {

using namespace StoreRows;

namespace AssessmentTable {

bool insertContent(StoreContext& store, qint64 assessmentId, const AssessmentVersion& content)
{
    Statement answer(store.db,
        QStringLiteral("INSERT INTO answer (assessment_id, question_id, value, "
                       "justification, evidence, updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const Answer& a : content.answers) {
        answer.reset();
        answer.bind(1, assessmentId)
            .bind(2, a.questionId)
            .bind(3, answerValueText(a.value))
            .bind(4, a.justification)
            .bind(5, jsonText(ModelJson::toJson(a.evidence)))
            .bind(6, store.nowText());
        if (!answer.run())
            return false;
    }
    Statement risk(store.db,
        QStringLiteral("INSERT INTO risk (uuid, assessment_id, position, title, description, "
                       "impact_kinds, impact, likelihood, residual_impact, "
                       "residual_likelihood, source, likelihood_basis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < content.risks.size(); ++i) {
        const Risk& r = content.risks.at(i);
        risk.reset();
        risk.bind(1, r.uuid.isEmpty() ? newUuid() : r.uuid)
            .bind(2, assessmentId)
            .bind(3, qint64(i))
            .bind(4, r.title)
            .bind(5, r.description)
            .bind(6, jsonText(ModelJson::enumArray(r.impactKinds)))
            .bind(7, enumKey(r.impact))
            .bind(8, enumKey(r.likelihood))
            .bind(9, enumKey(r.residualImpact))
            .bind(10, enumKey(r.residualLikelihood))
            .bind(11, r.source)
            .bind(12, r.likelihoodBasis);
        if (!risk.run())
            return false;
    }
    Statement measure(store.db,
        QStringLiteral("INSERT INTO measure (uuid, assessment_id, position, risk_uuid, "
                       "description, owner, due_date, status) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < content.measures.size(); ++i) {
        const Measure& m = content.measures.at(i);
        measure.reset();
        measure.bind(1, m.uuid.isEmpty() ? newUuid() : m.uuid)
            .bind(2, assessmentId)
            .bind(3, qint64(i))
            .bindOptional(4, m.riskUuid)
            .bind(5, m.description)
            .bind(6, m.owner)
            .bindOptional(7, dateText(m.dueDate))
            .bind(8, enumKey(m.status));
        if (!measure.run())
            return false;
    }
    Statement activity(store.db,
        QStringLiteral("INSERT INTO processing_activity (uuid, assessment_id, position, content) VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; i < content.activities.size(); ++i) {
        const ProcessingActivity& a = content.activities.at(i);
        activity.reset();
        activity.bind(1, a.uuid.isEmpty() ? newUuid() : a.uuid)
            .bind(2, assessmentId)
            .bind(3, qint64(i))
            .bind(4, jsonText(ModelJson::toJson(a, false)));
        if (!activity.run())
            return false;
    }
    return true;
}

bool load(StoreContext& store, qint64 caseId, QList<AssessmentVersion>* out, qint64 onlyId)
{
    Statement s(store.db,
        QStringLiteral("SELECT %1, trigger_description, record FROM assessment WHERE %2 ORDER BY number")
            .arg(kAssessmentHeadingColumns, onlyId ? QStringLiteral("id = ?") : QStringLiteral("case_id = ?")));
    s.bind(1, onlyId ? onlyId : caseId);
    QHash<qint64, qsizetype> index;
    constexpr int kDescription = 18;
    constexpr int kRecord = 19;
    while (s.next()) {
        AssessmentVersion a = assessmentHeadingFrom(s);
        a.triggerDescription = s.text(kDescription);
        if (!s.isNull(kRecord)) {
            Problems ignored;
            a.record = ModelJson::readSnapshot(objectFrom(s.text(kRecord)), {}, ignored);
        }
        index.insert(a.id, out->size());
        out->append(a);
    }
    if (!s.ok())
        return store.failFromDb();
    if (out->isEmpty())
        return true;
    const QString where = onlyId ? QStringLiteral("assessment_id = ?")
                                 : QStringLiteral("assessment_id IN (SELECT id FROM assessment WHERE case_id = ?)");
    Statement answers(store.db,
        QStringLiteral("SELECT assessment_id, question_id, value, justification, evidence "
                       "FROM answer WHERE %1 ORDER BY assessment_id, question_id")
            .arg(where));
    answers.bind(1, onlyId ? onlyId : caseId);
    while (answers.next()) {
        Answer a;
        a.questionId = answers.text(1);
        a.value = answerValueFrom(answers.text(2));
        a.justification = answers.text(3);
        a.evidence = stringsFrom(answers.text(4));
        (*out)[index.value(answers.integer(0))].answers.append(a);
    }
    Statement risks(store.db,
        QStringLiteral("SELECT assessment_id, uuid, title, description, impact_kinds, impact, "
                       "likelihood, residual_impact, residual_likelihood, source, likelihood_basis FROM risk "
                       "WHERE %1 ORDER BY assessment_id, position")
            .arg(where));
    risks.bind(1, onlyId ? onlyId : caseId);
    while (risks.next()) {
        Risk r;
        r.uuid = risks.text(1);
        r.title = risks.text(2);
        r.description = risks.text(3);
        r.impactKinds = enumsFrom<ImpactKind>(risks.text(4));
        r.impact = enumFrom(risks.text(5), ImpactLevel::Low);
        r.likelihood = enumFrom(risks.text(6), Likelihood::Low);
        r.residualImpact = enumFrom(risks.text(7), ImpactLevel::Low);
        r.residualLikelihood = enumFrom(risks.text(8), Likelihood::Low);
        r.source = risks.text(9);
        r.likelihoodBasis = risks.text(10);
        (*out)[index.value(risks.integer(0))].risks.append(r);
    }
    Statement measures(store.db,
        QStringLiteral("SELECT assessment_id, uuid, risk_uuid, description, owner, "
                       "due_date, status FROM measure WHERE %1 "
                       "ORDER BY assessment_id, position")
            .arg(where));
    measures.bind(1, onlyId ? onlyId : caseId);
    while (measures.next()) {
        Measure m;
        m.uuid = measures.text(1);
        m.riskUuid = measures.text(2);
        m.description = measures.text(3);
        m.owner = measures.text(4);
        m.dueDate = dateFrom(measures.text(5));
        m.status = enumFrom(measures.text(6), MeasureStatus::Planned);
        (*out)[index.value(measures.integer(0))].measures.append(m);
    }
    Statement activities(store.db,
        QStringLiteral("SELECT assessment_id, uuid, content FROM processing_activity WHERE %1 "
                       "ORDER BY assessment_id, position")
            .arg(where));
    activities.bind(1, onlyId ? onlyId : caseId);
    while (activities.next()) {
        // Written by AssessmentTable::insertContent(store, ) from the same model; a field that does not read back is
        // left empty.
        Problems ignored;
        ProcessingActivity activity = ModelJson::readActivity(
            QJsonDocument::fromJson(activities.text(2).toUtf8()).object(), QString(), ignored, false);
        activity.uuid = activities.text(1);
        (*out)[index.value(activities.integer(0))].activities.append(activity);
    }
    if (!answers.ok() || !risks.ok() || !measures.ok() || !activities.ok())
        return store.failFromDb();
    return true;
}

} // namespace AssessmentTable
} // namespace piadesk
