#include "RuleSetReader.h"

#include "RuleSetLoader.h"
#include "core/DataFiles.h"
#include "core/DataMap.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QVersionNumber>

namespace piadesk {

const QRegularExpression& RuleSetReader::idPattern()
{
    static const QRegularExpression p(QStringLiteral("^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*$"));
    return p;
}

const QRegularExpression& RuleSetReader::keyPattern()
{
    static const QRegularExpression p(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return p;
}

LocalizedText RuleSetReader::text(JsonReader& r, const char* key, bool required)
{
    const QJsonValue v = r.value(key, required);
    if (v.isUndefined())
        return {};
    JsonReader t(v, r.path(key), m_problems);
    LocalizedText out;
    out.zh = t.text("zh", kRuleText, true);
    out.en = t.text("en", kRuleText, true);
    if (t.valid() && (out.zh.trimmed().isEmpty() || out.en.trimmed().isEmpty()))
        m_problems.add(r.path(key),
            QCoreApplication::translate(
                "piadesk::RuleSetLoader", "needs a text in both Chinese (zh) and English (en)."));
    return out;
}

QList<ArticleRef> RuleSetReader::articles(JsonReader& r, const char* key, bool required)
{
    QList<ArticleRef> out;
    const QJsonArray a = r.array(key);
    if (required && a.isEmpty()) {
        m_problems.add(
            r.path(key), QCoreApplication::translate("piadesk::RuleSetLoader", "must cite at least one article."));
        return out;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString p = r.path(key) + QStringLiteral("[%1]").arg(i);
        const QString s = a.at(i).toString();
        static const QRegularExpression pattern(QStringLiteral("^([a-z][a-z0-9_]*)(?::([0-9A-Za-z.-]+))?$"));
        const auto m = pattern.match(s);
        if (!a.at(i).isString() || !m.hasMatch()) {
            m_problems.add(p,
                QCoreApplication::translate("piadesk::RuleSetLoader",
                    "must be an article reference like \"frt:15\" or a source id like \"spp\"."));
            continue;
        }
        const ArticleRef ref { m.captured(1), m.captured(2) };
        out.append(ref);
        m_refs.append({ ref, p });
    }
    return out;
}

QString RuleSetReader::id(JsonReader& r, const char* key, const QRegularExpression& pattern)
{
    const QString s = r.text(key, 200, true);
    if (!s.isEmpty() && !pattern.match(s).hasMatch()) {
        m_problems.add(r.path(key),
            QCoreApplication::translate("piadesk::RuleSetLoader",
                "\"%1\" is not a valid id: lower-case letters, digits and '_', in parts joined by '.'.")
                .arg(s));
        return {};
    }
    return s;
}

QList<Option> RuleSetReader::options(const QJsonArray& array, const QString& path)
{
    QList<Option> out;
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        JsonReader o(array.at(i), path + QStringLiteral("[%1]").arg(i), m_problems);
        Option option;
        option.key = id(o, "key", keyPattern());
        option.text = text(o, "text");
        option.exclusive = o.boolean("exclusive");
        if (!option.key.isEmpty() && seen.contains(option.key))
            m_problems.add(o.path("key"),
                QCoreApplication::translate("piadesk::RuleSetLoader", "\"%1\" is used twice.").arg(option.key));
        seen.insert(option.key);
        out.append(option);
    }
    return out;
}

Question RuleSetReader::question(const QJsonValue& value, const QString& path, bool screening, const QString& prefix)
{
    Question q;
    JsonReader r(value, path, m_problems);
    q.id = id(r, "id", idPattern());
    const QString p = q.id.isEmpty() ? path : path + QStringLiteral(" (%1)").arg(q.id);
    // A screening question's id begins with "screen."; a section's question usually with its section's id, but it
    // may keep the id it has in another rule set (a question moved from the draft's "purpose" section to the
    // Measures' "legality" keeps "purpose.…"), so that answers carry over when a case changes rule set.
    const QString idPrefix = q.id.section(QLatin1Char('.'), 0, 0);
    if (!q.id.isEmpty() && screening && idPrefix != prefix)
        m_problems.add(
            p, QCoreApplication::translate("piadesk::RuleSetLoader", "the id must begin with \"%1.\".").arg(prefix));
    else if (!q.id.isEmpty() && !screening
        && (!q.id.contains(QLatin1Char('.')) || idPrefix == QLatin1String("screen")
            || idPrefix == QLatin1String("risk")))
        m_problems.add(p,
            QCoreApplication::translate("piadesk::RuleSetLoader",
                "the id must begin with a section's id and a dot (\"%1.\"), and not with \"screen.\" or \"risk.\".")
                .arg(prefix));
    if (q.id.endsWith(QLatin1String(".conclusion")) || q.id.startsWith(QLatin1String("flag.")))
        m_problems.add(p,
            QCoreApplication::translate(
                "piadesk::RuleSetLoader", "ids ending in \".conclusion\" or beginning with \"flag.\" are reserved."));
    q.text = text(r, "text");
    q.guidance = text(r, "guidance", false);
    q.articles = articles(r, "articles", true);
    if (screening)
        q.fact = r.text("fact", 100);
    const QString type = r.text("type", 40, q.fact.isEmpty());
    if (!q.fact.isEmpty()) {
        const auto info = Facts::info(q.fact);
        if (!info) {
            m_problems.add(
                p, QCoreApplication::translate("piadesk::RuleSetLoader", "\"%1\" is not a case fact.").arg(q.fact));
        } else {
            q.type = info->type == Facts::Type::Boolean ? AnswerType::YesNo
                : info->type == Facts::Type::Number     ? AnswerType::Number
                : info->type == Facts::Type::Key        ? AnswerType::Choice
                                                        : AnswerType::MultiChoice;
        }
        if (!type.isEmpty())
            m_problems.add(p,
                QCoreApplication::translate(
                    "piadesk::RuleSetLoader", "a question that shows a case fact takes its type from the fact."));
    } else if (!type.isEmpty()) {
        bool known = false;
        for (AnswerType t : { AnswerType::YesNo, AnswerType::YesNoNa, AnswerType::Choice, AnswerType::MultiChoice,
                 AnswerType::Number, AnswerType::Date, AnswerType::Text }) {
            if (type == answerTypeKey(t)) {
                q.type = t;
                known = true;
            }
        }
        if (!known)
            m_problems.add(r.path("type"),
                QCoreApplication::translate("piadesk::RuleSetLoader",
                    "\"%1\" is not an answer type (yes_no, yes_no_na, choice, multi_choice, number, date, text).")
                    .arg(type));
    }
    const QJsonArray opts = r.array("options");
    const bool choice = q.type == AnswerType::Choice || q.type == AnswerType::MultiChoice;
    if (choice && q.fact.isEmpty()) {
        q.options = options(opts, r.path("options"));
        if (q.options.size() < 2)
            m_problems.add(r.path("options"),
                QCoreApplication::translate("piadesk::RuleSetLoader", "a choice needs at least two options."));
    } else if (!opts.isEmpty()) {
        m_problems.add(r.path("options"),
            QCoreApplication::translate(
                "piadesk::RuleSetLoader", "only choice and multi_choice questions have options."));
    }
    if (q.fact.isEmpty() && r.value("required").isBool())
        q.required = r.boolean("required");
    else if (!r.value("required").isUndefined())
        m_problems.add(r.path("required"),
            QCoreApplication::translate(
                "piadesk::RuleSetLoader", "must be true or false, and only on questions that are asked."));
    for (const char* bound : { "min", "max" }) {
        const QJsonValue v = r.value(bound);
        if (v.isUndefined())
            continue;
        if (q.type != AnswerType::Number || !v.isDouble())
            m_problems.add(r.path(bound),
                QCoreApplication::translate(
                    "piadesk::RuleSetLoader", "only number questions have bounds, and a bound is a number."));
        else if (qstrcmp(bound, "min") == 0)
            q.min = v.toDouble();
        else
            q.max = v.toDouble();
    }
    if (q.min && q.max && *q.min > *q.max)
        m_problems.add(p, QCoreApplication::translate("piadesk::RuleSetLoader", "min is larger than max."));
    const QJsonValue showIf = r.value("showIf");
    if (!showIf.isUndefined())
        q.showIf = Condition::parse(showIf, r.path("showIf"), m_problems);
    const QJsonValue evidence = r.value("evidence");
    if (!evidence.isUndefined()) {
        JsonReader e(evidence, r.path("evidence"), m_problems);
        EvidenceRule rule;
        const QJsonValue when = e.value("when", true);
        if (when == QJsonValue(QStringLiteral("answered"))) {
            rule.anyAnswer = true;
        } else if (when.isArray() && !when.toArray().isEmpty()) {
            rule.values = e.textList("when", 100);
            checkValue(e.path("when"), when, q.allowedValues(), q.id);
        } else if (!when.isUndefined()) {
            m_problems.add(e.path("when"),
                QCoreApplication::translate(
                    "piadesk::RuleSetLoader", "must be \"answered\" or a non-empty list of answer values."));
        }
        const QString accepts = e.text("accepts", 40);
        if (accepts == QLatin1String("attachment"))
            rule.accepts = EvidenceKind::Attachment;
        else if (accepts == QLatin1String("justification"))
            rule.accepts = EvidenceKind::Justification;
        else if (accepts.isEmpty() || accepts == QLatin1String("either"))
            rule.accepts = EvidenceKind::Either;
        else
            m_problems.add(e.path("accepts"),
                QCoreApplication::translate("piadesk::RuleSetLoader", "must be attachment, justification or either."));
        rule.prompt = text(e, "prompt", false);
        if (!q.fact.isEmpty())
            m_problems.add(e.path("when"),
                QCoreApplication::translate(
                    "piadesk::RuleSetLoader", "a case fact cannot require evidence here; ask a question instead."));
        q.evidence = rule;
    }
    const QJsonArray adverse = r.array("adverse");
    for (qsizetype i = 0; i < adverse.size(); ++i) {
        const QString entryPath = r.path("adverse") + QStringLiteral("[%1]").arg(i);
        JsonReader a(adverse.at(i), entryPath, m_problems);
        AdverseFinding finding;
        finding.finding = text(a, "finding");
        // The rest of the entry is one operator on the question's own answer: {"eq": "no"}, {"gt": 1} …
        QJsonObject test { { QStringLiteral("answer"), q.id } };
        const QJsonObject entry = adverse.at(i).toObject();
        for (auto it = entry.constBegin(); it != entry.constEnd(); ++it) {
            if (it.key() == QLatin1String("finding"))
                continue;
            a.value(it.key().toUtf8().constData());
            test.insert(it.key(), it.value());
        }
        if (!q.fact.isEmpty())
            m_problems.add(entryPath,
                QCoreApplication::translate(
                    "piadesk::RuleSetLoader", "a case fact cannot be an adverse finding; use a red flag instead."));
        else if (a.valid())
            finding.when = Condition::parse(test, entryPath, m_problems);
        q.adverse.append(finding);
    }
    return q;
}

void RuleSetReader::checkValue(
    const QString& path, const QJsonValue& value, const QStringList& allowed, const QString& what)
{
    if (allowed.isEmpty())
        return;
    const QJsonArray list = value.isArray() ? value.toArray() : QJsonArray { value };
    for (const QJsonValue& v : list) {
        if (!v.isString() || !allowed.contains(v.toString()))
            m_problems.add(path,
                QCoreApplication::translate("piadesk::RuleSetLoader", "%1 is not a value %2 can take (%3).")
                    .arg(QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact))
                             .mid(1)
                             .chopped(1),
                        what, allowed.join(QStringLiteral(", "))));
    }
}

void RuleSetReader::readSources(const QJsonArray& array, const QString& path, RuleSet& rs)
{
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        JsonReader r(array.at(i), path + QStringLiteral("[%1]").arg(i), m_problems);
        LegalSource s;
        s.id = id(r, "id", keyPattern());
        if (!s.id.isEmpty() && ids.contains(s.id))
            m_problems.add(
                r.path("id"), QCoreApplication::translate("piadesk::RuleSetLoader", "\"%1\" is used twice.").arg(s.id));
        ids.insert(s.id);
        s.title = text(r, "title");
        s.shortTitle = text(r, "shortTitle");
        s.citation = text(r, "citation", false);
        const QJsonArray articles = r.array("articles");
        QSet<QString> numbers;
        for (qsizetype j = 0; j < articles.size(); ++j) {
            JsonReader a(articles.at(j), r.path("articles") + QStringLiteral("[%1]").arg(j), m_problems);
            Article article;
            article.number = a.text("number", 20, true);
            article.title = text(a, "title", false);
            if (numbers.contains(article.number))
                m_problems.add(a.path("number"),
                    QCoreApplication::translate("piadesk::RuleSetLoader", "article %1 is listed twice.")
                        .arg(article.number));
            numbers.insert(article.number);
            s.articles.append(article);
        }
        if (!s.articles.isEmpty()
            && (!s.citation.zh.contains(QLatin1String("{")) || !s.citation.en.contains(QLatin1String("{n}"))))
            m_problems.add(r.path("citation"),
                QCoreApplication::translate(
                    "piadesk::RuleSetLoader", "a source with articles needs a citation with \"{n}\" or \"{cn}\"."));
        rs.sources.append(s);
    }
}

template <typename E> QList<ScaleEntry> RuleSetReader::scale(JsonReader& r, const char* key, bool matchEnum)
{
    QList<ScaleEntry> out;
    const QJsonArray a = r.array(key);
    for (qsizetype i = 0; i < a.size(); ++i) {
        JsonReader e(a.at(i), r.path(key) + QStringLiteral("[%1]").arg(i), m_problems);
        ScaleEntry entry;
        entry.key = id(e, "key", keyPattern());
        entry.text = text(e, "text");
        entry.description = text(e, "description", false);
        out.append(entry);
    }
    QStringList keys;
    for (const ScaleEntry& e : out)
        keys.append(e.key);
    if (matchEnum && keys != enumKeys<E>())
        m_problems.add(r.path(key),
            QCoreApplication::translate("piadesk::RuleSetLoader", "must list exactly %1, in this order.")
                .arg(enumKeys<E>().join(QStringLiteral(", "))));
    if (!matchEnum && (keys.size() < 2 || QSet<QString>(keys.begin(), keys.end()).size() != keys.size()))
        m_problems.add(r.path(key),
            QCoreApplication::translate("piadesk::RuleSetLoader", "must list at least two entries, each key once."));
    return out;
}

void RuleSetReader::readRisk(const QJsonValue& value, const QString& path, RuleSet& rs)
{
    JsonReader r(value, path, m_problems);
    RiskMethod& m = rs.risk;
    m.description = text(r, "description");
    m.articles = articles(r, "articles", true);
    m.impactLevels = scale<ImpactLevel>(r, "impactLevels", true);
    m.likelihoods = scale<Likelihood>(r, "likelihoods", true);
    m.levels = scale<ImpactLevel>(r, "levels", false);
    {
        QList<ScaleEntry> kinds = scale<ImpactKind>(r, "impactKinds", false);
        QStringList keys;
        for (const ScaleEntry& e : kinds)
            keys.append(e.key);
        QStringList sortedKeys = keys;
        QStringList enumSorted = enumKeys<ImpactKind>();
        sortedKeys.sort();
        enumSorted.sort();
        if (sortedKeys != enumSorted)
            m_problems.add(r.path("impactKinds"),
                QCoreApplication::translate("piadesk::RuleSetLoader", "must list exactly %1.")
                    .arg(enumKeys<ImpactKind>().join(QStringLiteral(", "))));
        m.impactKinds = kinds;
    }
    if (!r.value("sources").isUndefined())
        m.sources = scale<ImpactKind>(r, "sources", false);
    QStringList levelKeys;
    for (const ScaleEntry& e : m.levels)
        levelKeys.append(e.key);
    const QJsonValue matrixValue = r.value("matrix", true);
    JsonReader mx(matrixValue, r.path("matrix"), m_problems);
    for (const QString& impact : enumKeys<ImpactLevel>()) {
        const QByteArray k = impact.toLatin1();
        const QJsonArray row = mx.array(k.constData());
        QList<int> cells;
        if (row.size() != enumKeys<Likelihood>().size()) {
            if (mx.valid())
                m_problems.add(mx.path(impact),
                    QCoreApplication::translate("piadesk::RuleSetLoader",
                        "the matrix needs a row for impact \"%1\" with one level for each of the %2 likelihoods.")
                        .arg(impact)
                        .arg(enumKeys<Likelihood>().size()));
        }
        for (qsizetype c = 0; c < row.size(); ++c) {
            const int level = int(levelKeys.indexOf(row.at(c).toString()));
            if (level < 0)
                m_problems.add(mx.path(impact) + QStringLiteral("[%1]").arg(c),
                    QCoreApplication::translate("piadesk::RuleSetLoader", "is not one of the risk levels (%1).")
                        .arg(levelKeys.join(QStringLiteral(", "))));
            cells.append(std::max(level, 0));
        }
        m.matrix.append(cells);
    }
    // Format 1 had no acceptable level: every residual level above the lowest needs an acceptance.
    const QString acceptable = r.text("acceptableLevel", 40, m_formatVersion >= 2);
    if (!acceptable.isEmpty()) {
        m.acceptableLevel = int(levelKeys.indexOf(acceptable));
        if (m.acceptableLevel < 0) {
            m_problems.add(r.path("acceptableLevel"),
                QCoreApplication::translate("piadesk::RuleSetLoader", "is not one of the risk levels (%1).")
                    .arg(levelKeys.join(QStringLiteral(", "))));
            m.acceptableLevel = 0;
        }
    }
    const QJsonArray adjustments = r.array("adjustments");
    QSet<QString> ids;
    for (qsizetype i = 0; i < adjustments.size(); ++i) {
        JsonReader a(adjustments.at(i), r.path("adjustments") + QStringLiteral("[%1]").arg(i), m_problems);
        RiskAdjustment adj;
        adj.id = id(a, "id", keyPattern());
        if (ids.contains(adj.id))
            m_problems.add(a.path("id"),
                QCoreApplication::translate("piadesk::RuleSetLoader", "\"%1\" is used twice.").arg(adj.id));
        ids.insert(adj.id);
        adj.step = int(a.integer("step", -3, 3, true));
        if (adj.step == 0)
            m_problems.add(a.path("step"),
                QCoreApplication::translate(
                    "piadesk::RuleSetLoader", "must raise (positive) or lower (negative) the impact."));
        adj.when = Condition::parse(a.value("when", true), a.path("when"), m_problems);
        adj.text = text(a, "text");
        m.adjustments.append(adj);
    }
}

void RuleSetReader::readFiling(const QJsonValue& value, const QString& path, RuleSet& rs)
{
    JsonReader r(value, path, m_problems);
    FilingRules& f = rs.filing;
    f.articles = articles(r, "articles", true);
    {
        JsonReader t(r.value("trigger", true), r.path("trigger"), m_problems);
        f.publicPlaceTriggers = t.boolean("publicPlace");
        const QJsonValue people = t.value("storedPeople");
        if (!people.isUndefined() && !people.isNull()) {
            JsonReader p(people, t.path("storedPeople"), m_problems);
            f.headCountThreshold = p.integer("threshold", 0, qint64(2000000000), true);
            const QString comparison = p.text("comparison", 20, true);
            if (comparison == QLatin1String("more_than"))
                f.comparison = ThresholdComparison::MoreThan;
            else if (comparison == QLatin1String("at_least"))
                f.comparison = ThresholdComparison::AtLeast;
            else if (!comparison.isEmpty())
                m_problems.add(p.path("comparison"),
                    QCoreApplication::translate("piadesk::RuleSetLoader", "must be more_than or at_least."));
        }
    }
    {
        JsonReader a(r.value("authority", true), r.path("authority"), m_problems);
        f.authorityLevel = a.text("level", 20, true);
        if (!f.authorityLevel.isEmpty() && f.authorityLevel != QLatin1String("prefecture")
            && f.authorityLevel != QLatin1String("province") && f.authorityLevel != QLatin1String("national"))
            m_problems.add(a.path("level"),
                QCoreApplication::translate("piadesk::RuleSetLoader", "must be prefecture, province or national."));
        f.authority = text(a, "name");
        const QJsonArray provinces = a.array("provinces");
        static const QRegularExpression twoDigits(QStringLiteral("^[1-9][0-9]$"));
        for (qsizetype i = 0; i < provinces.size(); ++i) {
            JsonReader p(provinces.at(i), a.path("provinces") + QStringLiteral("[%1]").arg(i), m_problems);
            ProvinceAuthority province;
            province.code = p.text("code", 2, true);
            if (!province.code.isEmpty() && !twoDigits.match(province.code).hasMatch())
                m_problems.add(p.path("code"),
                    QCoreApplication::translate("piadesk::RuleSetLoader",
                        "must be the two digits that begin a division code (GB/T 2260), like \"33\"."));
            else if (f.province(province.code))
                m_problems.add(p.path("code"),
                    QCoreApplication::translate("piadesk::RuleSetLoader", "\"%1\" is used twice.").arg(province.code));
            province.province = text(p, "province");
            province.name = text(p, "name");
            province.match = p.textList("match", 40);
            if (province.match.isEmpty())
                m_problems.add(p.path("match"),
                    QCoreApplication::translate(
                        "piadesk::RuleSetLoader", "must list how an address names the province."));
            f.provinces.append(province);
        }
    }
    {
        const QString clock = r.text("clock", 40);
        if (clock == QLatin1String("threshold_reached"))
            f.clock = FilingClock::ThresholdReached;
        else if (!clock.isEmpty() && clock != QLatin1String("start_of_use"))
            m_problems.add(r.path("clock"),
                QCoreApplication::translate("piadesk::RuleSetLoader", "must be start_of_use or threshold_reached."));
        if (const QJsonValue transitional = r.value("transitional"); !transitional.isUndefined()) {
            JsonReader t(transitional, r.path("transitional"), m_problems);
            TransitionalFiling tf;
            tf.reachedBefore = t.date("reachedBefore", true);
            tf.due = t.date("due", true);
            tf.articles = articles(t, "articles", true);
            tf.text = text(t, "text");
            if (tf.reachedBefore.isValid() && tf.due.isValid() && tf.due < tf.reachedBefore)
                m_problems.add(t.path("due"),
                    QCoreApplication::translate("piadesk::RuleSetLoader", "must not be before reachedBefore."));
            f.transitional = tf;
        }
        f.deregistrationDisposal = r.boolean("deregistrationDisposal");
    }
    {
        JsonReader d(r.value("deadlines", true), r.path("deadlines"), m_problems);
        f.initialDays = int(d.integer("initial", 1, 365, true));
        f.modificationDays = int(d.integer("modification", 1, 365, true));
        f.deregistrationDays = int(d.integer("deregistration", 1, 365, true));
    }
    const QJsonArray materials = r.array("materials");
    if (materials.isEmpty())
        m_problems.add(r.path("materials"),
            QCoreApplication::translate("piadesk::RuleSetLoader", "must list the filing materials."));
    QSet<QString> ids;
    static const QStringList fills { QStringLiteral("organisation"), QStringLiteral("responsible_person"),
        QStringLiteral("case_facts"), QStringLiteral("report"), QStringLiteral("attachments"), QStringLiteral("risks"),
        QStringLiteral("measures") };
    for (qsizetype i = 0; i < materials.size(); ++i) {
        JsonReader m(materials.at(i), r.path("materials") + QStringLiteral("[%1]").arg(i), m_problems);
        FilingMaterial material;
        material.id = id(m, "id", keyPattern());
        if (ids.contains(material.id))
            m_problems.add(m.path("id"),
                QCoreApplication::translate("piadesk::RuleSetLoader", "\"%1\" is used twice.").arg(material.id));
        ids.insert(material.id);
        material.number = int(m.integer("number", 1, 99, true));
        if (material.number != i + 1)
            m_problems.add(m.path("number"),
                QCoreApplication::translate(
                    "piadesk::RuleSetLoader", "materials must be numbered 1, 2, 3 … in order."));
        material.title = text(m, "title");
        material.description = text(m, "description", false);
        material.articles = articles(m, "articles", true);
        material.fill = m.textList("fill", 100);
        for (qsizetype j = 0; j < material.fill.size(); ++j) {
            const QString& fill = material.fill.at(j);
            if (fill.startsWith(QLatin1String("section:")))
                continue; // checked once the sections are known
            if (!fills.contains(fill))
                m_problems.add(m.path("fill") + QStringLiteral("[%1]").arg(j),
                    QCoreApplication::translate("piadesk::RuleSetLoader",
                        "\"%1\" is not something a material can be filled from (%2, section:ID).")
                        .arg(fill, fills.join(QStringLiteral(", "))));
        }
        f.materials.append(material);
    }
    const QJsonArray uploads = r.array("uploads");
    QSet<QString> uploadIds;
    for (qsizetype i = 0; i < uploads.size(); ++i) {
        JsonReader u(uploads.at(i), r.path("uploads") + QStringLiteral("[%1]").arg(i), m_problems);
        FilingUpload upload;
        upload.id = id(u, "id", keyPattern());
        if (uploadIds.contains(upload.id) || ids.contains(upload.id))
            m_problems.add(u.path("id"),
                QCoreApplication::translate("piadesk::RuleSetLoader", "\"%1\" is used twice.").arg(upload.id));
        uploadIds.insert(upload.id);
        upload.number = int(u.integer("number", 1, 99, true));
        if (upload.number != i + 1)
            m_problems.add(u.path("number"),
                QCoreApplication::translate("piadesk::RuleSetLoader", "uploads must be numbered 1, 2, 3 … in order."));
        upload.title = text(u, "title");
        upload.description = text(u, "description", false);
        upload.sealed = u.boolean("sealed");
        // What PIAdesk writes into the slot: the report, or a template of templates/documents by name; none: a scan.
        upload.document = u.text("document", 40);
        if (!upload.document.isEmpty()
            && !QRegularExpression(QStringLiteral("^[a-z][a-z-]*$")).match(upload.document).hasMatch())
            m_problems.add(u.path("document"),
                QCoreApplication::translate(
                    "piadesk::RuleSetLoader", "must name a document template: lower-case letters and hyphens."));
        f.uploads.append(upload);
    }
}

RuleSet RuleSetReader::read(const QJsonObject& root)
{
    RuleSet rs;
    JsonReader r(root, QString(), m_problems);
    if (r.text("format", 40, true) != QLatin1String("piadesk-ruleset")) {
        m_problems.add(QStringLiteral("format"),
            QCoreApplication::translate(
                "piadesk::RuleSetLoader", "this is not a PIAdesk rule set (format \"piadesk-ruleset\")."));
        return rs;
    }
    const qint64 formatVersion = r.integer("formatVersion", 1, 1000, true);
    m_formatVersion = formatVersion;
    if (formatVersion > RuleSetLoader::kFormatVersion) {
        m_problems.add(QStringLiteral("formatVersion"),
            QCoreApplication::translate("piadesk::RuleSetLoader",
                "this rule set was written for a newer PIAdesk (format %1; this one reads format %2). Update PIAdesk.")
                .arg(formatVersion)
                .arg(RuleSetLoader::kFormatVersion));
        return rs;
    }
    static const QRegularExpression rulesetId(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    rs.id = r.text("id", 100, true);
    if (!rs.id.isEmpty() && !rulesetId.match(rs.id).hasMatch())
        m_problems.add(r.path("id"),
            QCoreApplication::translate(
                "piadesk::RuleSetLoader", "may contain only lower-case letters, digits and '-'."));
    rs.version = r.text("version", 40, true);
    if (!rs.version.isEmpty()) {
        qsizetype suffix = 0;
        const QVersionNumber v = QVersionNumber::fromString(rs.version, &suffix);
        if (v.isNull() || suffix != rs.version.size())
            m_problems.add(r.path("version"),
                QCoreApplication::translate("piadesk::RuleSetLoader", "\"%1\" is not a version number like 1.2.0.")
                    .arg(rs.version));
    }
    const QString status = r.text("status", 20, true);
    if (status == QLatin1String("draft"))
        rs.status = RuleSetStatus::Draft;
    else if (status == QLatin1String("in_force"))
        rs.status = RuleSetStatus::InForce;
    else if (status == QLatin1String("repealed"))
        rs.status = RuleSetStatus::Repealed;
    else if (!status.isEmpty())
        m_problems.add(r.path("status"),
            QCoreApplication::translate("piadesk::RuleSetLoader", "must be draft, in_force or repealed."));
    rs.title = text(r, "title");
    rs.shortTitle = text(r, "shortTitle");
    rs.issuer = text(r, "issuer");
    rs.published = r.date("published");
    rs.effective = r.date("effective");
    rs.sourceUrl = r.text("source", 2000);
    readSources(r.array("sources"), r.path("sources"), rs);

    {
        JsonReader t(r.value("retention", true), r.path("retention"), m_problems);
        rs.retentionYears = int(t.integer("years", 1, 100, true));
        rs.retentionArticles = articles(t, "articles", true);
    }
    // The yearly test of the draft's Art. 19; the Measures have none (format 2: optional).
    if (const QJsonValue yearly = r.value("yearlyReview", m_formatVersion < 2); !yearly.isUndefined()) {
        JsonReader t(yearly, r.path("yearlyReview"), m_problems);
        rs.yearlyReviewMonths = int(t.integer("months", 1, 120, true));
        rs.yearlyReviewArticles = articles(t, "articles", true);
    }
    if (const QJsonValue superseded = r.value("supersededBy"); !superseded.isUndefined()) {
        JsonReader t(superseded, r.path("supersededBy"), m_problems);
        RuleSet::Supersession s;
        s.ruleSetId = t.text("ruleSet", 100, true);
        s.on = t.date("on", true);
        s.text = text(t, "text");
        rs.supersededBy = s;
    }
    if (const QJsonValue terms = r.value("terms"); !terms.isUndefined()) {
        JsonReader t(terms, r.path("terms"), m_problems);
        rs.processorTerm = text(t, "processor");
        rs.modificationTerm = text(t, "modification", false);
        rs.deregistrationTerm = text(t, "deregistration", false);
    }
    if (const QJsonValue scope = r.value("scope"); !scope.isUndefined()) {
        JsonReader t(scope, r.path("scope"), m_problems);
        rs.scope.articles = articles(t, "articles", true);
        rs.scope.excludedWhen = Condition::parse(t.value("excludedWhen", true), t.path("excludedWhen"), m_problems);
        rs.scope.text = text(t, "text");
    }
    {
        JsonReader t(r.value("signOff", true), r.path("signOff"), m_problems);
        rs.requireDistinctReviewer = t.boolean("requireDistinctReviewer");
        if (!t.value("methods").isUndefined())
            rs.assessmentMethods = scale<ImpactKind>(t, "methods", false);
    }
    if (const QJsonValue dataMap = r.value("dataMap"); !dataMap.isUndefined()) {
        JsonReader t(dataMap, r.path("dataMap"), m_problems);
        rs.dataMapFields = scale<ImpactKind>(t, "fields", false);
        QSet<QString> seen;
        for (qsizetype i = 0; i < rs.dataMapFields.size(); ++i) {
            const QString& key = rs.dataMapFields.at(i).key;
            const QString at = t.path("fields") + QStringLiteral("[%1].key").arg(i);
            if (!activityField(key))
                m_problems.add(at,
                    QCoreApplication::translate("piadesk::RuleSetLoader", "\"%1\" is not a field of the data map.")
                        .arg(key));
            seen.insert(key);
        }
        if (!seen.contains(QStringLiteral("name")))
            m_problems.add(t.path("fields"),
                QCoreApplication::translate("piadesk::RuleSetLoader", "must list the activity's name (\"name\")."));
    }
    rs.conclusions = options(r.array("conclusions"), r.path("conclusions"));
    if (rs.conclusions.size() < 2)
        m_problems.add(r.path("conclusions"),
            QCoreApplication::translate("piadesk::RuleSetLoader", "a conclusion needs at least two possible values."));

    {
        JsonReader s(r.value("screening", true), r.path("screening"), m_problems);
        const QJsonArray qs = s.array("questions");
        for (qsizetype i = 0; i < qs.size(); ++i)
            rs.screening.append(question(
                qs.at(i), s.path("questions") + QStringLiteral("[%1]").arg(i), true, QStringLiteral("screen")));
    }
    const QJsonArray sections = r.array("sections");
    if (sections.isEmpty())
        m_problems.add(r.path("sections"),
            QCoreApplication::translate("piadesk::RuleSetLoader", "a rule set needs at least one section."));
    for (qsizetype i = 0; i < sections.size(); ++i) {
        JsonReader s(sections.at(i), r.path("sections") + QStringLiteral("[%1]").arg(i), m_problems);
        Section section;
        section.id = id(s, "id", keyPattern());
        if (section.id == QLatin1String("screen") || section.id == QLatin1String("flag")
            || section.id == QLatin1String("risk"))
            m_problems.add(s.path("id"),
                QCoreApplication::translate("piadesk::RuleSetLoader", "\"%1\" is reserved.").arg(section.id));
        section.item = int(s.integer("item", 1, 99, true));
        if (section.item != i + 1)
            m_problems.add(s.path("item"),
                QCoreApplication::translate("piadesk::RuleSetLoader", "sections must be numbered 1, 2, 3 … in order."));
        section.title = text(s, "title");
        section.requirement = text(s, "requirement");
        section.articles = articles(s, "articles", true);
        const QJsonArray qs = s.array("questions");
        if (qs.isEmpty())
            m_problems.add(s.path("questions"),
                QCoreApplication::translate("piadesk::RuleSetLoader", "a section needs at least one question."));
        const QString base = s.path("questions");
        for (qsizetype j = 0; j < qs.size(); ++j)
            section.questions.append(question(qs.at(j), base + QStringLiteral("[%1]").arg(j), false, section.id));
        rs.sections.append(section);
    }

    const QJsonArray flags = r.array("redFlags");
    for (qsizetype i = 0; i < flags.size(); ++i) {
        JsonReader f(flags.at(i), r.path("redFlags") + QStringLiteral("[%1]").arg(i), m_problems);
        RedFlagRule flag;
        flag.id = id(f, "id", keyPattern());
        const QString severity = f.text("severity", 20, true);
        if (severity == QLatin1String("prohibited"))
            flag.severity = Severity::Prohibited;
        else if (severity == QLatin1String("condition"))
            flag.severity = Severity::Condition;
        else if (!severity.isEmpty())
            m_problems.add(f.path("severity"),
                QCoreApplication::translate("piadesk::RuleSetLoader", "must be prohibited or condition."));
        flag.enforcementPriority = f.boolean("enforcementPriority");
        flag.articles = articles(f, "articles", true);
        flag.when = Condition::parse(f.value("when", true), f.path("when"), m_problems);
        const QJsonValue basis = f.value("basisNotShown");
        if (!basis.isUndefined())
            flag.basisNotShown = Condition::parse(basis, f.path("basisNotShown"), m_problems);
        flag.sections = f.textList("sections", 100);
        flag.title = text(f, "title");
        flag.message = text(f, "message");
        flag.remedy = text(f, "remedy");
        rs.redFlags.append(flag);
    }
    readFiling(r.value("filing", true), r.path("filing"), rs);
    readRisk(r.value("risk", true), r.path("risk"), rs);

    const QJsonArray triggers = r.array("reassessment");
    for (qsizetype i = 0; i < triggers.size(); ++i) {
        JsonReader t(triggers.at(i), r.path("reassessment") + QStringLiteral("[%1]").arg(i), m_problems);
        ReassessmentTrigger trigger;
        trigger.kind = t.enumeration<TriggerKind>("trigger", TriggerKind::Other, true);
        trigger.text = text(t, "text");
        trigger.articles = articles(t, "articles", true);
        trigger.sections = t.textList("sections", 100);
        for (qsizetype j = 0; j < i; ++j) {
            if (rs.reassessment.at(j).kind == trigger.kind)
                m_problems.add(t.path("trigger"),
                    QCoreApplication::translate("piadesk::RuleSetLoader", "\"%1\" is listed twice.")
                        .arg(enumKey(trigger.kind)));
        }
        for (qsizetype j = 0; j < trigger.sections.size(); ++j) {
            if (!rs.section(trigger.sections.at(j)))
                m_problems.add(t.path("sections") + QStringLiteral("[%1]").arg(j),
                    QCoreApplication::translate("piadesk::RuleSetLoader", "\"%1\" is not a section of this rule set.")
                        .arg(trigger.sections.at(j)));
        }
        rs.reassessment.append(trigger);
    }
    for (qsizetype i = 0; i < rs.filing.materials.size(); ++i) {
        for (const QString& fill : rs.filing.materials.at(i).fill) {
            if (fill.startsWith(QLatin1String("section:")) && !rs.section(fill.mid(8)))
                m_problems.add(QStringLiteral("filing.materials[%1].fill").arg(i),
                    QCoreApplication::translate("piadesk::RuleSetLoader", "\"%1\" is not a section of this rule set.")
                        .arg(fill.mid(8)));
        }
    }
    if (m_problems.isEmpty())
        checkReferences(rs);
    return rs;
}

/** Checks the facts and questions \a condition tests; with \a earlier, only those questions may be tested. */

} // namespace piadesk
