#include "VersionDiff.h"

#include "i18n/Translations.h"

#include "core/ModelJson.h"

#include <QJsonArray>
#include <QLocale>

namespace piadesk {

namespace {

QString yesNo(bool value)
{
    return value ? VersionDiff::tr("Yes") : VersionDiff::tr("No");
}

QString optionText(const RuleSet& rules, const Question* q, const QString& key, Language language)
{
    if (q) {
        for (const Option& o : q->options) {
            if (o.key == key)
                return o.text.text(language);
        }
    }
    for (const Option& o : rules.conclusions) {
        if (o.key == key)
            return o.text.text(language);
    }
    if (key == QLatin1String("yes"))
        return VersionDiff::tr("Yes");
    if (key == QLatin1String("no"))
        return VersionDiff::tr("No");
    if (key == QLatin1String("na"))
        return VersionDiff::tr("Not applicable");
    return key;
}

void add(QList<DiffRow>& rows, const QString& group, const QString& label, const QString& before, const QString& after)
{
    if (before != after)
        rows.append({ group, label, before, after });
}

QString riskText(const RuleSet& rules, const Risk& r, Language language)
{
    const RiskMethod& m = rules.risk;
    return VersionDiff::tr("%1 — impact %2, likelihood %3; after measures %4, %5")
        .arg(r.title, scaleText(m.impactLevels, int(r.impact), language),
            scaleText(m.likelihoods, int(r.likelihood), language),
            scaleText(m.impactLevels, int(r.residualImpact), language),
            scaleText(m.likelihoods, int(r.residualLikelihood), language));
}

QString measureText(const Measure& m)
{
    return VersionDiff::tr("%1 — %2, due %3, %4")
        .arg(m.description, m.owner, m.dueDate.isValid() ? Translations::date(m.dueDate) : QStringLiteral("—"),
            enumLabel(m.status));
}

} // namespace

QString VersionDiff::answerText(
    const RuleSet& rules, const QString& questionId, const Answer* answer, Language language)
{
    if (!answer)
        return {};
    const Question* q = rules.question(questionId);
    const QJsonValue v = answer->value;
    QString text;
    if (v.isString())
        text = q && (q->type == AnswerType::Text || q->type == AnswerType::Date)
            ? v.toString()
            : optionText(rules, q, v.toString(), language);
    else if (v.isArray()) {
        QStringList items;
        for (const QJsonValue& item : v.toArray())
            items.append(optionText(rules, q, item.toString(), language));
        text = items.join(QLatin1String("; "));
    } else if (v.isDouble())
        text = QLocale().toString(v.toDouble(), 'g', 15);
    else if (v.isBool())
        text = yesNo(v.toBool());
    if (!answer->justification.isEmpty())
        text
            += (text.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Justification: %1").arg(answer->justification);
    if (!answer->evidence.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n"))
            + tr("%n evidence file(s)", nullptr, int(answer->evidence.size()));
    return text;
}

QList<DiffRow> VersionDiff::compare(const RuleSet& rules, const AssessmentVersion& before,
    const RecordSnapshot& beforeRecord, const AssessmentVersion& after, const RecordSnapshot& afterRecord,
    Language language)
{
    QList<DiffRow> rows;
    const QString facts = QStringLiteral("facts");
    const CaseFacts& a = beforeRecord.facts;
    const CaseFacts& b = afterRecord.facts;
    const QString nl = QStringLiteral("\n");
    add(rows, facts, tr("Case name"), a.name, b.name);
    add(rows, facts, tr("Description"), a.description, b.description);
    add(rows, facts, tr("Sites"), a.places.join(nl), b.places.join(nl));
    add(rows, facts, tr("Kind of place"), enumLabel(a.placeKind), enumLabel(b.placeKind));
    add(rows, facts, tr("Public place"), yesNo(a.publicPlace), yesNo(b.publicPlace));
    add(rows, facts, tr("Purposes"), a.purposes.join(nl), b.purposes.join(nl));
    const auto methods = [](const CaseFacts& f) {
        QStringList out;
        for (const Method m : f.methods)
            out.append(enumLabel(m));
        return out.join(QLatin1String("; "));
    };
    add(rows, facts, tr("Identification methods"), methods(a), methods(b));
    add(rows, facts, tr("People stored"), QLocale().toString(a.storedPeople), QLocale().toString(b.storedPeople));
    add(rows, facts, tr("Minors under 14"), yesNo(a.minorsUnder14), yesNo(b.minorsUnder14));
    add(rows, facts, tr("Original images kept"), yesNo(a.originalImagesStored), yesNo(b.originalImagesStored));
    add(rows, facts, tr("Storage location"), a.storageLocation, b.storageLocation);
    add(rows, facts, tr("Storage period"), a.storagePeriod, b.storagePeriod);
    add(rows, facts, tr("Anonymization"), a.anonymization, b.anonymization);
    add(rows, facts, tr("Vendors"), a.vendors.join(nl), b.vendors.join(nl));
    const auto equipment = [](const CaseFacts& f) {
        QStringList out;
        for (const Equipment& e : f.equipment)
            out.append(QStringLiteral("%1 %2 (%3) × %4").arg(e.name, e.model, e.vendor).arg(e.quantity));
        return out.join(QLatin1String("\n"));
    };
    add(rows, facts, tr("Equipment"), equipment(a), equipment(b));
    add(rows, facts, tr("Start of use"), Translations::date(a.startOfUse), Translations::date(b.startOfUse));
    add(rows, facts, tr("Head count reached the threshold on"), Translations::date(a.thresholdReachedOn),
        Translations::date(b.thresholdReachedOn));
    add(rows, facts, tr("End of use"), Translations::date(a.endOfUse), Translations::date(b.endOfUse));

    const QString org = QStringLiteral("organisation");
    const Organisation& oa = beforeRecord.organisation;
    const Organisation& ob = afterRecord.organisation;
    add(rows, org, tr("Organisation"), oa.name, ob.name);
    add(rows, org, tr("Credit code"), oa.creditCode, ob.creditCode);
    add(rows, org, tr("Address"), oa.address, ob.address);
    add(rows, org, tr("Responsible person"),
        QStringList { oa.responsiblePerson.name, oa.responsiblePerson.phone, oa.responsiblePerson.email }.join(
            QLatin1String(", ")),
        QStringList { ob.responsiblePerson.name, ob.responsiblePerson.phone, ob.responsiblePerson.email }.join(
            QLatin1String(", ")));

    // Answers, in questionnaire order, then the conclusions and flag notes.
    const auto compareAnswer = [&](const QString& group, const QString& id, const QString& label) {
        add(rows, group, label, answerText(rules, id, before.answer(id), language),
            answerText(rules, id, after.answer(id), language));
    };
    for (const Question& q : rules.screening) {
        if (!q.isFact())
            compareAnswer(QStringLiteral("screening"), q.id, q.text.text(language));
    }
    for (const Section& s : rules.sections) {
        for (const Question& q : s.questions)
            compareAnswer(s.id, q.id, q.text.text(language));
        compareAnswer(s.id, s.conclusionId(), tr("Conclusion: %1").arg(s.title.text(language)));
    }
    for (const RedFlagRule& f : rules.redFlags)
        compareAnswer(QStringLiteral("flags"), f.justificationId(), tr("Red flag: %1").arg(f.title.text(language)));

    // The data map, matched by identity: a changed field on its own row, an activity added or removed whole.
    const QList<RuleSet::DataMapColumn> columns = rules.dataMapColumns(language);
    const auto fieldName = [&](const ActivityField& field) {
        for (const RuleSet::DataMapColumn& c : columns) {
            if (c.field == &field)
                return c.name;
        }
        return QString::fromLatin1(field.key);
    };
    const auto activityText = [&](const ProcessingActivity& activity) {
        QStringList lines;
        for (const ActivityField& f : activityFields()) {
            if (!(activity.*f.member).trimmed().isEmpty())
                lines.append(fieldName(f) + QStringLiteral(": ") + (activity.*f.member).trimmed());
        }
        return lines.join(QLatin1Char('\n'));
    };
    for (const ProcessingActivity& was : before.activities) {
        const auto it = std::find_if(after.activities.cbegin(), after.activities.cend(),
            [&](const ProcessingActivity& x) { return x.uuid == was.uuid; });
        if (it == after.activities.cend()) {
            add(rows, QStringLiteral("datamap"), tr("Data map: %1").arg(was.name), activityText(was), QString());
            continue;
        }
        for (const ActivityField& f : activityFields())
            add(rows, QStringLiteral("datamap"), tr("Data map: %1 — %2").arg(it->name, fieldName(f)), was.*f.member,
                (*it).*f.member);
    }
    for (const ProcessingActivity& added : after.activities) {
        if (std::none_of(before.activities.cbegin(), before.activities.cend(),
                [&](const ProcessingActivity& x) { return x.uuid == added.uuid; }))
            add(rows, QStringLiteral("datamap"), tr("Data map: %1").arg(added.name), QString(), activityText(added));
    }

    // Risks and measures, matched by identity.
    for (const Risk& r : before.risks) {
        const auto it
            = std::find_if(after.risks.cbegin(), after.risks.cend(), [&](const Risk& x) { return x.uuid == r.uuid; });
        add(rows, QStringLiteral("risks"), tr("Risk: %1").arg(r.title), riskText(rules, r, language),
            it == after.risks.cend() ? QString() : riskText(rules, *it, language));
    }
    for (const Risk& r : after.risks) {
        if (std::none_of(before.risks.cbegin(), before.risks.cend(), [&](const Risk& x) { return x.uuid == r.uuid; }))
            add(rows, QStringLiteral("risks"), tr("Risk: %1").arg(r.title), QString(), riskText(rules, r, language));
    }
    for (const Measure& m : before.measures) {
        const auto it = std::find_if(
            after.measures.cbegin(), after.measures.cend(), [&](const Measure& x) { return x.uuid == m.uuid; });
        add(rows, QStringLiteral("measures"), tr("Measure: %1").arg(m.description.section(QLatin1Char('\n'), 0, 0)),
            measureText(m), it == after.measures.cend() ? QString() : measureText(*it));
    }
    for (const Measure& m : after.measures) {
        if (std::none_of(
                before.measures.cbegin(), before.measures.cend(), [&](const Measure& x) { return x.uuid == m.uuid; }))
            add(rows, QStringLiteral("measures"), tr("Measure: %1").arg(m.description.section(QLatin1Char('\n'), 0, 0)),
                QString(), measureText(m));
    }
    if (after.isFinal()) { // a draft is signed off when it is finalized: no sign-off yet is no change
        add(rows, QStringLiteral("signoff"), tr("Assessor"), before.assessor, after.assessor);
        add(rows, QStringLiteral("signoff"), tr("Reviewer"), before.reviewer, after.reviewer);
    }
    return rows;
}

} // namespace piadesk
