#include "RuleSet.h"

namespace piadesk {

namespace {

/** 15 → 十五, 21 → 二十一, 105 → 一百零五: article numbers as Chinese legal texts write them. */
QString chineseNumeral(int n)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n <= 0 || n >= 1000)
        return QString::number(n);
    QString out;
    const int hundreds = n / 100;
    const int tens = (n / 10) % 10;
    const int ones = n % 10;
    if (hundreds > 0) {
        out += digits.at(hundreds);
        out += QStringLiteral("百");
        if (tens == 0 && ones != 0)
            out += digits.at(0);
    }
    if (tens > 0) {
        if (!(tens == 1 && hundreds == 0))
            out += digits.at(tens);
        out += QStringLiteral("十");
    }
    if (ones > 0)
        out += digits.at(ones);
    return out;
}

} // namespace

const Article* LegalSource::article(const QString& number) const
{
    for (const Article& a : articles) {
        if (a.number == number)
            return &a;
    }
    return nullptr;
}

QString answerTypeKey(AnswerType type)
{
    switch (type) {
    case AnswerType::YesNo:
        return QStringLiteral("yes_no");
    case AnswerType::YesNoNa:
        return QStringLiteral("yes_no_na");
    case AnswerType::Choice:
        return QStringLiteral("choice");
    case AnswerType::MultiChoice:
        return QStringLiteral("multi_choice");
    case AnswerType::Number:
        return QStringLiteral("number");
    case AnswerType::Date:
        return QStringLiteral("date");
    case AnswerType::Text:
        return QStringLiteral("text");
    }
    return {};
}

QStringList Question::allowedValues() const
{
    switch (type) {
    case AnswerType::YesNo:
        return { QStringLiteral("yes"), QStringLiteral("no") };
    case AnswerType::YesNoNa:
        return { QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("na") };
    case AnswerType::Choice:
    case AnswerType::MultiChoice: {
        QStringList keys;
        for (const Option& o : options)
            keys.append(o.key);
        return keys;
    }
    case AnswerType::Number:
    case AnswerType::Date:
    case AnswerType::Text:
        break;
    }
    return {};
}

const Question* RuleSet::question(const QString& wanted) const
{
    for (const Question& q : screening) {
        if (q.id == wanted)
            return &q;
    }
    for (const Section& s : sections) {
        for (const Question& q : s.questions) {
            if (q.id == wanted)
                return &q;
        }
    }
    return nullptr;
}

const Section* RuleSet::section(const QString& wanted) const
{
    for (const Section& s : sections) {
        if (s.id == wanted)
            return &s;
    }
    return nullptr;
}

const Section* RuleSet::sectionOf(const QString& questionId) const
{
    for (const Section& s : sections) {
        for (const Question& q : s.questions) {
            if (q.id == questionId)
                return &s;
        }
    }
    return nullptr;
}

const RedFlagRule* RuleSet::redFlag(const QString& wanted) const
{
    for (const RedFlagRule& r : redFlags) {
        if (r.id == wanted)
            return &r;
    }
    return nullptr;
}

const ReassessmentTrigger* RuleSet::reassessmentTrigger(TriggerKind kind) const
{
    for (const ReassessmentTrigger& t : reassessment) {
        if (t.kind == kind)
            return &t;
    }
    return nullptr;
}

const ProvinceAuthority* FilingRules::province(const QString& code) const
{
    for (const ProvinceAuthority& p : provinces) {
        if (p.code == code)
            return &p;
    }
    return nullptr;
}

const LegalSource* RuleSet::source(const QString& wanted) const
{
    for (const LegalSource& s : sources) {
        if (s.id == wanted)
            return &s;
    }
    return nullptr;
}

QString RuleSet::cite(const ArticleRef& ref, Language language) const
{
    const LegalSource* s = source(ref.source);
    if (!s)
        return ref.key();
    if (ref.number.isEmpty())
        return s->shortTitle.text(language);
    QString text = s->citation.text(language);
    bool numeric = false;
    const int n = ref.number.toInt(&numeric);
    text.replace(QStringLiteral("{cn}"), numeric ? chineseNumeral(n) : ref.number);
    text.replace(QStringLiteral("{n}"), ref.number);
    return text;
}

QString RuleSet::cite(const QList<ArticleRef>& refs, Language language) const
{
    QStringList parts;
    for (const ArticleRef& r : refs)
        parts.append(cite(r, language));
    return parts.join(language == Language::Chinese ? QStringLiteral("、") : QStringLiteral("; "));
}

QList<RuleSet::DataMapColumn> RuleSet::dataMapColumns(Language language) const
{
    QList<DataMapColumn> columns;
    for (const ScaleEntry& entry : dataMapFields) {
        if (const ActivityField* field = activityField(entry.key))
            columns.append({ field, entry.text.text(language) });
    }
    if (columns.isEmpty()) {
        for (const ActivityField& field : activityFields())
            columns.append({ &field, QString::fromLatin1(field.key) });
    }
    return columns;
}

QString RuleSet::processorLabel(Language language) const
{
    QString text = processorTerm.text(language);
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace piadesk
