#include "Condition.h"

#include "core/CaseFacts.h"
#include "core/JsonReader.h"
#include "core/TestableFacts.h"

#include <QJsonArray>
#include <QJsonObject>

namespace piadesk {

namespace {

struct OpName
{
    Condition::Op op;
    const char* name;
};

constexpr OpName kOps[] = {
    { Condition::Op::Eq, "eq" },
    { Condition::Op::Ne, "ne" },
    { Condition::Op::In, "in" },
    { Condition::Op::Contains, "contains" },
    { Condition::Op::ContainsAny, "containsAny" },
    { Condition::Op::Gt, "gt" },
    { Condition::Op::Gte, "gte" },
    { Condition::Op::Lt, "lt" },
    { Condition::Op::Lte, "lte" },
    { Condition::Op::Answered, "answered" },
};

bool sameValue(const QJsonValue& a, const QJsonValue& b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

bool listContains(const QJsonArray& list, const QJsonValue& v)
{
    for (const QJsonValue& item : list) {
        if (sameValue(item, v))
            return true;
    }
    return false;
}

} // namespace

QString Condition::opName(Op op)
{
    for (const OpName& o : kOps) {
        if (o.op == op)
            return QLatin1String(o.name);
    }
    return {};
}

std::shared_ptr<const Condition> Condition::parse(const QJsonValue& value, const QString& path, Problems& problems)
{
    if (!value.isObject()) {
        problems.add(path,
            QCoreApplication::translate("piadesk::Condition", "must be a condition object, not %1.")
                .arg(jsonTypeName(value)));
        return nullptr;
    }
    const QJsonObject object = value.toObject();
    auto condition = std::make_shared<Condition>();
    condition->m_path = path;
    const qsizetype before = problems.size();

    const auto combinator = [&](const char* key, Kind kind) -> bool {
        if (!object.contains(QLatin1String(key)))
            return false;
        condition->m_kind = kind;
        if (object.size() != 1) {
            problems.add(path,
                QCoreApplication::translate("piadesk::Condition", "\"%1\" must be the only key of its object.")
                    .arg(QLatin1String(key)));
            return true;
        }
        const QJsonValue inner = object.value(QLatin1String(key));
        const QString innerPath = path + QLatin1Char('.') + QLatin1String(key);
        if (kind == Kind::Not) {
            if (auto child = parse(inner, innerPath, problems))
                condition->m_children.append(child);
            return true;
        }
        if (!inner.isArray() || inner.toArray().isEmpty()) {
            problems.add(innerPath,
                QCoreApplication::translate("piadesk::Condition", "must be a non-empty array of conditions."));
            return true;
        }
        const QJsonArray list = inner.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (auto child = parse(list.at(i), innerPath + QStringLiteral("[%1]").arg(i), problems))
                condition->m_children.append(child);
        }
        return true;
    };
    if (combinator("all", Kind::All) || combinator("any", Kind::Any) || combinator("not", Kind::Not))
        return problems.size() == before ? condition : nullptr;

    condition->m_kind = Kind::Test;
    if (object.contains(QLatin1String("fact"))) {
        condition->m_source = ConditionTerm::Source::Fact;
        condition->m_subject = object.value(QLatin1String("fact")).toString();
    } else if (object.contains(QLatin1String("answer"))) {
        condition->m_source = ConditionTerm::Source::Answer;
        condition->m_subject = object.value(QLatin1String("answer")).toString();
    } else {
        problems.add(path,
            QCoreApplication::translate(
                "piadesk::Condition", "needs \"fact\", \"answer\", \"all\", \"any\" or \"not\"."));
        return nullptr;
    }
    if (condition->m_subject.isEmpty())
        problems.add(path, QCoreApplication::translate("piadesk::Condition", "names no fact or question."));
    if (object.size() != 2) {
        problems.add(path,
            QCoreApplication::translate(
                "piadesk::Condition", "must have exactly one operator besides its fact or question."));
        return nullptr;
    }
    bool found = false;
    for (const OpName& o : kOps) {
        const QString key = QLatin1String(o.name);
        if (!object.contains(key))
            continue;
        found = true;
        condition->m_op = o.op;
        condition->m_operand = object.value(key);
        const QString opPath = path + QLatin1Char('.') + key;
        const QJsonValue& operand = condition->m_operand;
        switch (o.op) {
        case Op::In:
        case Op::ContainsAny:
            if (!operand.isArray() || operand.toArray().isEmpty())
                problems.add(
                    opPath, QCoreApplication::translate("piadesk::Condition", "must be a non-empty array of values."));
            break;
        case Op::Gt:
        case Op::Gte:
        case Op::Lt:
        case Op::Lte:
            if (!operand.isDouble())
                problems.add(opPath, QCoreApplication::translate("piadesk::Condition", "must be a number."));
            break;
        case Op::Answered:
            if (!operand.isBool())
                problems.add(opPath, QCoreApplication::translate("piadesk::Condition", "must be true or false."));
            if (condition->m_source != ConditionTerm::Source::Answer)
                problems.add(opPath, QCoreApplication::translate("piadesk::Condition", "applies to questions only."));
            break;
        case Op::Eq:
        case Op::Ne:
        case Op::Contains:
            if (!operand.isString() && !operand.isBool() && !operand.isDouble())
                problems.add(opPath,
                    QCoreApplication::translate("piadesk::Condition", "must be a string, a number or true/false."));
            break;
        }
    }
    if (!found)
        problems.add(path,
            QCoreApplication::translate("piadesk::Condition",
                "has no known operator (eq, ne, in, contains, containsAny, gt, gte, lt, lte, answered)."));
    return problems.size() == before ? condition : nullptr;
}

bool Condition::test(const ConditionContext& context) const
{
    const QJsonValue v = context.value(m_source, m_subject);
    if (m_op == Op::Answered)
        return !v.isUndefined() == m_operand.toBool();
    if (v.isUndefined() || v.isNull())
        return false;
    switch (m_op) {
    case Op::Eq:
        return sameValue(v, m_operand);
    case Op::Ne:
        return !sameValue(v, m_operand);
    case Op::In:
        return listContains(m_operand.toArray(), v);
    case Op::Contains:
        return v.isArray() && listContains(v.toArray(), m_operand);
    case Op::ContainsAny:
        if (!v.isArray())
            return false;
        for (const QJsonValue& wanted : m_operand.toArray()) {
            if (listContains(v.toArray(), wanted))
                return true;
        }
        return false;
    case Op::Gt:
        return v.isDouble() && v.toDouble() > m_operand.toDouble();
    case Op::Gte:
        return v.isDouble() && v.toDouble() >= m_operand.toDouble();
    case Op::Lt:
        return v.isDouble() && v.toDouble() < m_operand.toDouble();
    case Op::Lte:
        return v.isDouble() && v.toDouble() <= m_operand.toDouble();
    case Op::Answered:
        break;
    }
    return false;
}

void Condition::collectTerms(const ConditionContext& context, QList<ConditionTerm>* causes) const
{
    for (const Condition* t : tests()) {
        ConditionTerm term { t->m_source, t->m_subject, context.value(t->m_source, t->m_subject) };
        if (!causes->contains(term))
            causes->append(term);
    }
}

bool Condition::evaluate(const ConditionContext& context, QList<ConditionTerm>* causes) const
{
    switch (m_kind) {
    case Kind::Test: {
        const bool holds = test(context);
        if (holds && causes)
            collectTerms(context, causes);
        return holds;
    }
    case Kind::All: {
        for (const auto& child : m_children) {
            if (!child->evaluate(context))
                return false;
        }
        if (causes) {
            for (const auto& child : m_children)
                child->evaluate(context, causes);
        }
        return true;
    }
    case Kind::Any: {
        bool any = false;
        for (const auto& child : m_children)
            any = child->evaluate(context, causes) || any;
        return any;
    }
    case Kind::Not: {
        const bool holds = m_children.isEmpty() || !m_children.first()->evaluate(context);
        if (holds && causes && !m_children.isEmpty())
            m_children.first()->collectTerms(context, causes);
        return holds;
    }
    }
    return false;
}

QList<const Condition*> Condition::tests() const
{
    if (m_kind == Kind::Test)
        return { this };
    QList<const Condition*> out;
    for (const auto& child : m_children)
        out.append(child->tests());
    return out;
}

namespace Facts {

QList<Info> all()
{
    QList<Info> list;
    for (const TestableFacts::Fact& fact : TestableFacts::all())
        list.append({ fact.name, fact.type });
    return list;
}

std::optional<Info> info(const QString& name)
{
    if (const TestableFacts::Fact* fact = TestableFacts::find(name))
        return Info { fact->name, fact->type };
    return std::nullopt;
}

QStringList keys(const QString& name)
{
    const TestableFacts::Fact* fact = TestableFacts::find(name);
    return fact ? fact->keys() : QStringList();
}

QJsonValue value(const CaseFacts& facts, const QString& name)
{
    const TestableFacts::Fact* fact = TestableFacts::find(name);
    return fact ? fact->get(facts) : QJsonValue(QJsonValue::Undefined);
}

} // namespace Facts

} // namespace piadesk
