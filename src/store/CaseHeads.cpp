#include "CaseHeads.h"

#include "StoreContext.h"
#include "StoreRows.h"
#include "core/ModelJson.h"
#include "core/TestableFacts.h"
#include <QHash>
#include <QJsonArray>
#include <functional>
#include <utility>

namespace piadesk {

using namespace StoreRows;

namespace {

/** The keys of a JSON array of plain strings, as the store writes key lists; the JSON parser when it holds escapes. */
QStringList keysFrom(const QString& text)
{
    if (text == QLatin1String("[]") || text.isEmpty())
        return {};
    if (text.contains(QLatin1Char('\\')))
        return stringsFrom(text);
    QStringList keys;
    const QStringList parts = text.split(QLatin1Char('"'));
    for (qsizetype i = 1; i < parts.size(); i += 2)
        keys.append(parts.at(i));
    return keys;
}

template <typename E> QList<E> enumListFrom(const QString& text)
{
    QList<E> list;
    for (const QString& key : keysFrom(text)) {
        if (const auto e = enumFromKey<E>(key))
            list.append(*e);
    }
    return list;
}

/** Column \a column of \a s, a fact of \a type as json_extract() gives it, as the JSON value the fact is set from. */
QJsonValue factValue(const Statement& s, int column, TestableFacts::Type type)
{
    switch (type) {
    case TestableFacts::Type::Boolean:
        return s.integer(column) != 0;
    case TestableFacts::Type::Number:
        return double(s.integer(column));
    case TestableFacts::Type::Key:
        return s.text(column);
    case TestableFacts::Type::KeyList:
        break;
    }
    return QJsonArray::fromStringList(keysFrom(s.text(column)));
}

} // namespace

namespace CaseHeads {

namespace {

/**
 * Which cases a load reads: those after an id, up to a number of them (the register's and the deadlines' pass over
 * the whole store), or those of a list of ids (the dashboard's most urgent cases) — read in one pass too, so that a
 * team store is asked a few statements, not a few per case.
 */
class Selection
{
public:
    Selection(qint64 afterId, int limit)
        : m_afterId(afterId)
        , m_limit(limit)
    {
    }
    Selection(const QList<qint64>& ids, bool postgres)
        : m_byIds(true)
        , m_postgres(postgres)
    {
        QStringList texts;
        for (const qint64 id : ids)
            texts.append(QString::number(id));
        // One parameter whatever the number of cases, so that each statement is prepared once.
        m_ids = postgres ? QLatin1Char('{') + texts.join(QLatin1Char(',')) + QLatin1Char('}')
                         : QLatin1Char('[') + texts.join(QLatin1Char(',')) + QLatin1Char(']');
        m_limit = int(ids.size());
    }

    /** The condition on the cases' own table (aliased c), ordered by id. */
    QString casesWhere() const
    {
        return m_byIds ? QStringLiteral("%1 ORDER BY c.id").arg(in(QStringLiteral("c.id")))
                       : QStringLiteral("c.id > ? ORDER BY c.id LIMIT ?");
    }
    int bindCases(Statement& s) const
    {
        if (m_byIds) {
            s.bind(1, m_ids);
            return 2;
        }
        s.bind(1, m_afterId).bind(2, m_limit);
        return 3;
    }
    /** The condition on \a column, a case id, once the cases are read (the last one's id \a lastId). */
    QString where(const QString& column) const
    {
        return m_byIds ? in(column) : QStringLiteral("%1 > ? AND %1 <= ?").arg(column);
    }
    /** Binds where()'s parameters from 1; the index of the next parameter. */
    int bind(Statement& s, qint64 lastId) const
    {
        if (m_byIds) {
            s.bind(1, m_ids);
            return 2;
        }
        s.bind(1, m_afterId).bind(2, lastId);
        return 3;
    }
    int limit() const { return m_limit; }

private:
    QString in(const QString& column) const
    {
        return m_postgres ? QStringLiteral("%1 = ANY (?::bigint[])").arg(column)
                          : QStringLiteral("%1 IN (SELECT value FROM json_each(?))").arg(column);
    }

    bool m_byIds = false;
    bool m_postgres = false;
    qint64 m_afterId = 0;
    int m_limit = 0;
    QString m_ids;
};

bool loadSelected(
    StoreContext& store, const Selection& selection, const CaseStore::HeadParts& parts, QList<CaseBundle>* out)
{
    const qsizetype first = out->size();
    QHash<qint64, qsizetype> byCase;
    {
        Statement s(store.db,
            QStringLiteral("SELECT c.id, c.uuid, c.organisation_id, o.uuid, o.name, c.rule_set, c.revision, "
                           "c.created_at, c.updated_at, c.name, c.place_kind, c.public_place, c.methods, "
                           "c.stored_people, c.minors_under_14, c.original_images_stored, c.start_of_use, "
                           "c.end_of_use, c.status, c.threshold_reached_on "
                           "FROM frt_case c JOIN organisation o ON o.id = c.organisation_id "
                           "WHERE %1")
                .arg(selection.casesWhere()));
        selection.bindCases(s);
        out->reserve(first + qMin(selection.limit(), 10000));
        while (s.next()) {
            CaseBundle b;
            Case& c = b.caseInfo;
            c.id = s.integer(0);
            c.uuid = s.text(1);
            c.organisationId = s.integer(2);
            b.organisation.id = c.organisationId;
            b.organisation.uuid = s.text(3);
            b.organisation.name = s.text(4);
            c.ruleSetId = s.text(5);
            c.revision = int(s.integer(6));
            c.createdAt = ModelJson::parseDateTime(s.utf8(7));
            c.updatedAt = ModelJson::parseDateTime(s.utf8(8));
            CaseFacts& f = c.facts;
            f.name = s.text(9);
            f.placeKind = enumFrom(s.text(10), PlaceKind::Unspecified);
            f.publicPlace = s.integer(11) != 0;
            f.methods = enumListFrom<Method>(s.text(12));
            f.storedPeople = s.integer(13);
            f.minorsUnder14 = s.integer(14) != 0;
            f.originalImagesStored = s.integer(15) != 0;
            f.startOfUse = ModelJson::parseDate(s.utf8(16));
            f.endOfUse = ModelJson::parseDate(s.utf8(17));
            f.status = enumFrom(s.text(18), CaseStatus::Planned);
            f.thresholdReachedOn = ModelJson::parseDate(s.utf8(19));
            byCase.insert(c.id, out->size());
            out->append(std::move(b));
        }
        if (!s.ok())
            return store.failFromDb();
    }
    if (out->size() == first)
        return true;
    const qint64 lastId = out->constLast().caseInfo.id;
    const auto bundleOf = [&](qint64 caseId) -> CaseBundle* {
        const qsizetype i = byCase.value(caseId, -1);
        return i < 0 ? nullptr : &(*out)[i];
    };
    {
        Statement s(store.db,
            QStringLiteral("SELECT %1 FROM assessment WHERE %2 ORDER BY case_id, number")
                .arg(kAssessmentHeadingColumns, selection.where(QStringLiteral("case_id"))));
        selection.bind(s, lastId);
        while (s.next()) {
            AssessmentVersion a = assessmentHeadingFrom(s);
            if (CaseBundle* b = bundleOf(a.caseId))
                b->assessments.append(std::move(a));
        }
        if (!s.ok())
            return store.failFromDb();
    }
    {
        Statement s(store.db,
            QStringLiteral("SELECT %1 FROM filing WHERE %2 ORDER BY case_id, id")
                .arg(kFilingHeadingColumns, selection.where(QStringLiteral("case_id"))));
        selection.bind(s, lastId);
        while (s.next()) {
            FilingRecord r = filingHeadingFrom(s);
            if (CaseBundle* b = bundleOf(r.caseId))
                b->filings.append(std::move(r));
        }
        if (!s.ok())
            return store.failFromDb();
    }
    if (!parts.latestRisks && !parts.latestMeasures)
        return true;

    // The latest version of each case, its risks, the answers asked for, and the facts it recorded.
    const QString latest = selection.where(QStringLiteral("a.case_id"))
        + QStringLiteral(" AND a.number = (SELECT MAX(l.number) FROM assessment l WHERE l.case_id = a.case_id)");
    const auto latestOf = [&](qint64 caseId) -> AssessmentVersion* {
        CaseBundle* b = bundleOf(caseId);
        return b && !b->assessments.isEmpty() ? &b->assessments.last() : nullptr;
    };
    // Runs \a select (its first column the case id) over the latest versions, handing each row to \a read.
    const auto readLatest
        = [&](const QString& select, const std::function<void(AssessmentVersion&, const Statement&)>& read) {
              Statement s(store.db, select.arg(latest));
              selection.bind(s, lastId);
              while (s.next()) {
                  if (AssessmentVersion* a = latestOf(s.integer(0)))
                      read(*a, s);
              }
              return s.ok();
          };
    const bool risksRead = !parts.latestRisks
        || readLatest(QStringLiteral("SELECT a.case_id, r.uuid, r.impact, r.likelihood, r.residual_impact, "
                                     "r.residual_likelihood FROM assessment a JOIN risk r ON r.assessment_id = a.id "
                                     "WHERE %1 ORDER BY a.case_id, r.position"),
            [](AssessmentVersion& a, const Statement& s) {
                Risk r;
                r.uuid = s.text(1);
                r.impact = enumFrom(s.text(2), ImpactLevel::Low);
                r.likelihood = enumFrom(s.text(3), Likelihood::Low);
                r.residualImpact = enumFrom(s.text(4), ImpactLevel::Low);
                r.residualLikelihood = enumFrom(s.text(5), Likelihood::Low);
                a.risks.append(r);
            });
    // Which risk each measure answers and whether it is done (a residual level counts only measures done); what
    // it is, who carries it out and by when (the action plan's deadlines).
    const bool measuresRead = risksRead
        && readLatest(QStringLiteral("SELECT a.case_id, m.risk_uuid, m.status, m.description, m.owner, m.due_date "
                                     "FROM assessment a JOIN measure m ON m.assessment_id = a.id WHERE %1 "
                                     "ORDER BY a.case_id, m.position"),
            [](AssessmentVersion& a, const Statement& s) {
                Measure m;
                m.riskUuid = s.text(1);
                m.status = enumFrom(s.text(2), MeasureStatus::Planned);
                m.description = s.text(3);
                m.owner = s.text(4);
                m.dueDate = dateFrom(s.text(5));
                a.measures.append(m);
            });
    if (!measuresRead)
        return store.failFromDb();
    if (!parts.answerIds.isEmpty()) {
        QStringList placeholders;
        for (qsizetype i = 0; i < parts.answerIds.size(); ++i)
            placeholders.append(QStringLiteral("?"));
        Statement s(store.db,
            QStringLiteral("SELECT a.case_id, n.question_id, n.value FROM assessment a "
                           "JOIN answer n ON n.assessment_id = a.id "
                           "WHERE %1 AND n.question_id IN (%2) ORDER BY a.case_id, n.question_id")
                .arg(latest, placeholders.join(QLatin1Char(','))));
        const int next = selection.bind(s, lastId);
        for (qsizetype i = 0; i < parts.answerIds.size(); ++i)
            s.bind(int(i) + next, parts.answerIds.at(i));
        while (s.next()) {
            AssessmentVersion* a = latestOf(s.integer(0));
            if (!a)
                continue;
            Answer answer;
            answer.questionId = s.text(1);
            answer.value = answerValueFrom(s.text(2));
            a->answers.append(answer);
        }
        if (!s.ok())
            return store.failFromDb();
    }
    if (parts.latestRisks) {
        // Only the facts a condition can test, taken out of the record by the database: for the standing.
        const QList<TestableFacts::Fact>& testable = TestableFacts::all();
        QStringList columns;
        for (const TestableFacts::Fact& fact : testable) {
            if (!store.db.isPostgres())
                columns.append(QStringLiteral("json_extract(a.record, '$.facts.%1')").arg(QLatin1String(fact.name)));
            else if (fact.type == TestableFacts::Type::Boolean)
                columns.append(QStringLiteral("(f.facts #>> '{%1}')::boolean").arg(QLatin1String(fact.name)));
            else
                columns.append(QStringLiteral("f.facts #>> '{%1}'").arg(QLatin1String(fact.name)));
        }
        // PostgreSQL parses the record (text, kept byte for byte for its hash) once per row for its facts, not once per
        // column: "OFFSET 0" keeps the planner from copying the expression into every column that uses it.
        const QString from = store.db.isPostgres()
            ? QStringLiteral("assessment a CROSS JOIN LATERAL (SELECT a.record::json -> 'facts' AS facts OFFSET 0) f")
            : QStringLiteral("assessment a");
        Statement s(store.db,
            QStringLiteral("SELECT a.case_id, %1 FROM %2 WHERE %3 AND a.record IS NOT NULL ORDER BY a.case_id")
                .arg(columns.join(QStringLiteral(", ")), from, latest));
        selection.bind(s, lastId);
        while (s.next()) {
            AssessmentVersion* a = latestOf(s.integer(0));
            if (!a)
                continue;
            RecordSnapshot record;
            for (qsizetype i = 0; i < testable.size(); ++i)
                testable.at(i).set(record.facts, factValue(s, int(i) + 1, testable.at(i).type));
            a->record = record;
        }
        if (!s.ok())
            return store.failFromDb();
    }
    return true;
}

} // namespace

bool load(StoreContext& store, qint64 afterId, int limit, const CaseStore::HeadParts& parts, QList<CaseBundle>* out)
{
    return loadSelected(store, Selection(afterId, limit), parts, out);
}

bool load(StoreContext& store, const QList<qint64>& ids, const CaseStore::HeadParts& parts, QList<CaseBundle>* out)
{
    QList<CaseBundle> read;
    if (!ids.isEmpty() && !loadSelected(store, Selection(ids, store.db.isPostgres()), parts, &read))
        return false;
    // In the order asked for, each once.
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < read.size(); ++i)
        index.insert(read.at(i).caseInfo.id, i);
    for (const qint64 id : ids) {
        const qsizetype i = index.value(id, -1);
        if (i < 0)
            continue;
        index.remove(id);
        out->append(std::move(read[i]));
    }
    return true;
}

} // namespace CaseHeads
} // namespace piadesk
