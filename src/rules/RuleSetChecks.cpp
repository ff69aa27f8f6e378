// The checks of a rule set that need the whole of it: what every condition tests, and what references point at.
#include "RuleSetReader.h"

#include "core/DataMap.h"

#include <QCoreApplication>
#include <QSet>

namespace piadesk {

void RuleSetReader::checkCondition(const RuleSet& rs, const Condition* condition, const QSet<QString>* earlier)
{
    if (!condition)
        return;
    for (const Condition* t : condition->tests()) {
        const QString subject = t->subject();
        if (t->source() == ConditionTerm::Source::Fact) {
            const auto info = Facts::info(subject);
            if (!info) {
                QStringList names;
                for (const Facts::Info& i : Facts::all())
                    names.append(QLatin1String(i.name));
                m_problems.add(t->path(),
                    QCoreApplication::translate("piadesk::RuleSetLoader", "\"%1\" is not a case fact (%2).")
                        .arg(subject, names.join(QStringLiteral(", "))));
                continue;
            }
            const bool numeric = t->op() == Condition::Op::Gt || t->op() == Condition::Op::Gte
                || t->op() == Condition::Op::Lt || t->op() == Condition::Op::Lte;
            if (numeric != (info->type == Facts::Type::Number) && t->op() != Condition::Op::Eq
                && t->op() != Condition::Op::Ne)
                m_problems.add(t->path(),
                    QCoreApplication::translate(
                        "piadesk::RuleSetLoader", "operator \"%1\" does not apply to fact \"%2\".")
                        .arg(Condition::opName(t->op()), subject));
            if (info->type == Facts::Type::Boolean && !t->operand().isBool())
                m_problems.add(t->path(),
                    QCoreApplication::translate("piadesk::RuleSetLoader", "fact \"%1\" is true or false.")
                        .arg(subject));
            if (info->type == Facts::Type::Number && !t->operand().isDouble())
                m_problems.add(t->path(),
                    QCoreApplication::translate("piadesk::RuleSetLoader", "fact \"%1\" is a number.").arg(subject));
            if (info->type == Facts::Type::Key || info->type == Facts::Type::KeyList)
                checkValue(t->path(), t->operand(), Facts::keys(subject), subject);
            continue;
        }
        const Question* q = rs.question(subject);
        if (!q) {
            m_problems.add(t->path(),
                QCoreApplication::translate(
                    "piadesk::RuleSetLoader", "refers to question \"%1\", which does not exist.")
                    .arg(subject));
            continue;
        }
        if (q->isFact()) {
            m_problems.add(t->path(),
                QCoreApplication::translate(
                    "piadesk::RuleSetLoader", "question \"%1\" shows the case fact \"%2\"; test the fact instead.")
                    .arg(subject, q->fact));
            continue;
        }
        if (earlier && !earlier->contains(subject)) {
            m_problems.add(t->path(),
                QCoreApplication::translate("piadesk::RuleSetLoader",
                    "refers to question \"%1\", which comes later; a question can only depend on "
                    "earlier ones.")
                    .arg(subject));
            continue;
        }
        if (t->op() != Condition::Op::Answered)
            checkValue(t->path(), t->operand(), q->allowedValues(), subject);
    }
}

void RuleSetReader::checkReferences(const RuleSet& rs)
{
    for (const PendingRef& p : m_refs) {
        const LegalSource* source = rs.source(p.ref.source);
        if (!source)
            m_problems.add(p.path,
                QCoreApplication::translate(
                    "piadesk::RuleSetLoader", "\"%1\" cites a source the rule set does not declare.")
                    .arg(p.ref.key()));
        else if (!p.ref.number.isEmpty() && !source->article(p.ref.number))
            m_problems.add(p.path,
                QCoreApplication::translate(
                    "piadesk::RuleSetLoader", "\"%1\" cites an article that source \"%2\" does not list.")
                    .arg(p.ref.key(), p.ref.source));
    }
    QSet<QString> earlier;
    QSet<QString> ids;
    const auto visit = [&](const Question& q, const QString& path) {
        if (ids.contains(q.id))
            m_problems.add(path,
                QCoreApplication::translate("piadesk::RuleSetLoader", "question id \"%1\" is used twice.").arg(q.id));
        ids.insert(q.id);
        checkCondition(rs, q.showIf.get(), &earlier);
        earlier.insert(q.id);
    };
    for (qsizetype i = 0; i < rs.screening.size(); ++i)
        visit(rs.screening.at(i), QStringLiteral("screening.questions[%1]").arg(i));
    QSet<QString> sectionIds;
    for (qsizetype s = 0; s < rs.sections.size(); ++s) {
        const Section& section = rs.sections.at(s);
        if (sectionIds.contains(section.id))
            m_problems.add(QStringLiteral("sections[%1].id").arg(s),
                QCoreApplication::translate("piadesk::RuleSetLoader", "\"%1\" is used twice.").arg(section.id));
        sectionIds.insert(section.id);
        for (qsizetype i = 0; i < section.questions.size(); ++i)
            visit(section.questions.at(i), QStringLiteral("sections[%1].questions[%2]").arg(s).arg(i));
    }
    QSet<QString> flagIds;
    for (qsizetype i = 0; i < rs.redFlags.size(); ++i) {
        const RedFlagRule& flag = rs.redFlags.at(i);
        if (flagIds.contains(flag.id))
            m_problems.add(QStringLiteral("redFlags[%1].id").arg(i),
                QCoreApplication::translate("piadesk::RuleSetLoader", "\"%1\" is used twice.").arg(flag.id));
        flagIds.insert(flag.id);
        checkCondition(rs, flag.when.get(), nullptr);
        checkCondition(rs, flag.basisNotShown.get(), nullptr);
        for (qsizetype j = 0; j < flag.sections.size(); ++j) {
            if (!rs.section(flag.sections.at(j)))
                m_problems.add(QStringLiteral("redFlags[%1].sections[%2]").arg(i).arg(j),
                    QCoreApplication::translate("piadesk::RuleSetLoader", "\"%1\" is not a section of the rule set.")
                        .arg(flag.sections.at(j)));
        }
    }
    const auto checkAdverse = [&](const Question& q) {
        for (const AdverseFinding& a : q.adverse)
            checkCondition(rs, a.when.get(), nullptr);
    };
    for (const Question& q : rs.screening)
        checkAdverse(q);
    for (const Section& section : rs.sections) {
        for (const Question& q : section.questions)
            checkAdverse(q);
    }
    for (const RiskAdjustment& a : rs.risk.adjustments)
        checkCondition(rs, a.when.get(), nullptr);
    checkCondition(rs, rs.scope.excludedWhen.get(), nullptr);
}

} // namespace piadesk
