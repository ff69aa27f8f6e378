#pragma once

#include "core/Problems.h"
#include "core/TestableFacts.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace piadesk {

struct CaseFacts;

/** A fact or answer that a condition looked at, with the value it had. */
struct ConditionTerm
{
    enum class Source { Fact, Answer };
    Source source = Source::Fact;
    QString name; ///< the fact's name or the question's id
    QJsonValue value; ///< undefined when the question is unanswered (or hidden)
    bool operator==(const ConditionTerm&) const = default;
};

/** Where a condition finds the values it tests. */
class ConditionContext
{
public:
    virtual ~ConditionContext() = default;
    virtual QJsonValue value(ConditionTerm::Source source, const QString& name) const = 0;
};

/**
 * A condition of the rule set: a show-if rule of a question, the trigger of a red
 * flag, or the test of a risk adjustment. Written in JSON as
 *
 *     {"fact": "minorsUnder14", "eq": true}
 *     {"answer": "screen.consent_basis", "in": ["none"]}
 *     {"answer": "purpose.necessity", "answered": true}
 *     {"all": [...]}, {"any": [...]}, {"not": {...}}
 *
 * with the operators eq, ne, in, contains, containsAny, gt, gte, lt, lte and answered.
 * Every comparison with an unanswered question is false; only "answered" tests for it.
 */
class Condition
{
public:
    enum class Kind { All, Any, Not, Test };
    enum class Op { Eq, Ne, In, Contains, ContainsAny, Gt, Gte, Lt, Lte, Answered };

    /** Parses \a value; problems are reported under \a path and a null pointer is returned. */
    static std::shared_ptr<const Condition> parse(const QJsonValue& value, const QString& path, Problems& problems);

    /** Whether the condition holds; when it does, \a causes receives the facts and answers that made it hold. */
    bool evaluate(const ConditionContext& context, QList<ConditionTerm>* causes = nullptr) const;

    Kind kind() const { return m_kind; }
    Op op() const { return m_op; }
    ConditionTerm::Source source() const { return m_source; }
    QString subject() const { return m_subject; }
    QJsonValue operand() const { return m_operand; }
    QString path() const { return m_path; }
    const QList<std::shared_ptr<const Condition>>& children() const { return m_children; }

    /** Every test in this condition, depth first. */
    QList<const Condition*> tests() const;

    static QString opName(Op op);

private:
    bool test(const ConditionContext& context) const;
    void collectTerms(const ConditionContext& context, QList<ConditionTerm>* causes) const;

    Kind m_kind = Kind::Test;
    Op m_op = Op::Eq;
    ConditionTerm::Source m_source = ConditionTerm::Source::Fact;
    QString m_subject;
    QJsonValue m_operand;
    QString m_path;
    QList<std::shared_ptr<const Condition>> m_children;
};

/** The case facts that conditions can test (declared in core/TestableFacts.h), and the value of each for \a facts. */
namespace Facts {
using Type = TestableFacts::Type;
struct Info
{
    const char* name;
    Type type;
};
QList<Info> all();
std::optional<Info> info(const QString& name);
/** The keys a Key or KeyList fact can take (e.g. the place kinds). */
QStringList keys(const QString& name);
QJsonValue value(const CaseFacts& facts, const QString& name);
} // namespace Facts

} // namespace piadesk
