#include "cli/commands/CheckCommand.h"
#include "cli/CliContext.h"
#include "rules/FilingAuthority.h"
#include "workflow/Workflow.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace piadesk::cli {

int CheckCommand::run(CliContext& c, const QStringList& arguments)
{
    const QString& reference = arguments.at(0);
    const int number = c.versionNumber();
    if (number < 0)
        return c.usage(QCoreApplication::translate("piadesk::Cli", "--version needs a version number: 1, 2, …"));
    CliContext::OpenVersion opened;
    QString error;
    if (!c.openVersion(reference, number, &opened, &error))
        return c.failure(error);
    const CaseBundle& bundle = opened.bundle;
    const AssessmentVersion* v = opened.version;
    const RuleSet* rules = opened.rules;
    const Language language = languageFor(QLocale());
    const CheckResult result = Workflow::check(*rules, bundle, *v);
    if (c.json()) {
        c.out << QString::fromUtf8(
            QJsonDocument(Workflow::checkJson(*rules, bundle, *v, result, language)).toJson(QJsonDocument::Indented));
        return Success;
    }
    printCheck(c, result, *rules, bundle, *v);
    return Success;
}

void CheckCommand::printCheck(
    CliContext& c, const CheckResult& r, const RuleSet& rules, const CaseBundle& bundle, const AssessmentVersion& v)
{
    const Language language = languageFor(QLocale());
    const AssessedOn on = bundle.assessedOn(v);
    const Engine engine(rules, on.facts, v); // only to word gaps and inconsistencies
    c.out << QCoreApplication::translate("piadesk::Cli", "Case %1 \"%2\", version %3 (%4)")
                 .arg(bundle.caseInfo.id)
                 .arg(oneLine(on.facts.name))
                 .arg(v.number)
                 .arg(enumLabel(v.state))
          << '\n';
    c.out << QCoreApplication::translate("piadesk::Cli", "Rule set: %1, version %2")
                 .arg(rules.shortTitle.text(language), rules.version);
    if (!v.ruleSetId.isEmpty() && (v.ruleSetId != rules.id || v.ruleSetVersion != rules.version))
        c.out << ' '
              << QCoreApplication::translate("piadesk::Cli", "(this version was finalized under %1 %2)")
                     .arg(v.ruleSetId, v.ruleSetVersion);
    c.out << "\n\n";
    if (r.outOfScope) {
        c.out << QCoreApplication::translate("piadesk::Cli", "Not assessed: %1").arg(r.finalization.reasons.value(0))
              << "\n";
        return;
    }
    const FilingAuthority authority = FilingAuthority::resolve(rules.filing, on.organisation);
    c.out << QCoreApplication::translate("piadesk::Cli", "Filing: %1")
                 .arg(Engine::explain(rules, r.filing, language, authority.name(rules.filing, language)));
    if (r.filing.required && !authority.how(on.organisation, language).isEmpty())
        c.out << ' '
              << QCoreApplication::translate("piadesk::Cli", "(The administration was found %1.)")
                     .arg(authority.how(on.organisation, language));
    c.out << "\n\n";

    c.out << QCoreApplication::translate("piadesk::Cli", "Red flags: %n", nullptr, int(r.flags.size())) << '\n';
    for (const RaisedFlag& f : r.flags) {
        QString state;
        if (f.isProhibited())
            state = f.basisNotShown
                ? QCoreApplication::translate("piadesk::Cli", "PROHIBITED, basis not shown, blocks finalization")
                : QCoreApplication::translate("piadesk::Cli", "PROHIBITED, must stop, blocks finalization");
        else
            state = f.isAddressed() ? QCoreApplication::translate("piadesk::Cli", "condition, addressed")
                                    : QCoreApplication::translate("piadesk::Cli", "condition");
        c.out << QStringLiteral("  [%1] %2 (%3)")
                     .arg(state, f.rule->title.text(language), rules.cite(f.rule->articles, language))
              << '\n'
              << QStringLiteral("      ") << f.rule->message.text(language) << '\n';
        QStringList causes;
        for (const ConditionTerm& cause : f.causes)
            causes.append(QStringLiteral("%1 = %2").arg(cause.name,
                cause.value.isUndefined()
                    ? QCoreApplication::translate("piadesk::Cli", "(unanswered)")
                    : QString::fromUtf8(QJsonDocument(QJsonArray { cause.value }).toJson(QJsonDocument::Compact))
                          .mid(1)
                          .chopped(1)));
        if (!causes.isEmpty())
            c.out << QStringLiteral("      ")
                  << QCoreApplication::translate("piadesk::Cli", "Because: %1").arg(causes.join(QStringLiteral(", ")))
                  << '\n';
    }
    c.out << '\n';

    if (!r.adverse.isEmpty()) {
        c.out << QCoreApplication::translate("piadesk::Cli", "Adverse findings: %n", nullptr, int(r.adverse.size()))
              << '\n';
        for (const AdverseAnswer& a : r.adverse)
            c.out << QStringLiteral("  - %1: %2").arg(a.question->id, a.finding->finding.text(language)) << '\n';
        c.out << '\n';
    }
    if (!r.inconsistencies.isEmpty()) {
        c.out << QCoreApplication::translate(
            "piadesk::Cli", "Conclusions the answers contradict: %n", nullptr, int(r.inconsistencies.size()))
              << '\n';
        for (const Inconsistency& i : r.inconsistencies)
            c.out << QStringLiteral("  - ") << oneLine(engine.describe(i, language)) << '\n';
        c.out << '\n';
    }

    const Completeness& completeness = r.completeness;
    c.out << QCoreApplication::translate("piadesk::Cli", "Completeness: %1% (%2 of %3)")
                 .arg(completeness.percent())
                 .arg(completeness.done())
                 .arg(completeness.total())
          << '\n';
    for (const GroupCompleteness& g : completeness.groups) {
        const Section* section = rules.section(g.id);
        const QString title = section ? section->title.text(language) : groupTitle(g.id);
        c.out << QStringLiteral("  %1 %2%").arg(padded(title, 46)).arg(g.percent(), 3) << '\n';
        for (const Gap& gap : g.gaps)
            c.out << QStringLiteral("      - ") << oneLine(engine.describe(gap, language)) << '\n';
    }
    c.out << '\n';

    const RiskSummary& risks = r.risks;
    const auto levelText = [&rules, language](int level) {
        return level < 0 ? QCoreApplication::translate("piadesk::Cli", "not rated")
                         : scaleText(rules.risk.levels, level, language);
    };
    c.out << QCoreApplication::translate("piadesk::Cli", "Overall risk: %1 residual (%2 before measures, %3 target)")
                 .arg(levelText(risks.overall), levelText(risks.overallInherent), levelText(risks.overallTarget))
          << '\n';
    for (const RiskAdjustment* a : risks.adjustments)
        c.out << QStringLiteral("  * ") << a->text.text(language) << '\n';
    for (qsizetype i = 0; i < risks.risks.size() && i < v.risks.size(); ++i) {
        const RatedRisk& item = risks.risks.at(i);
        c.out << QStringLiteral("  - %1: %2 → %3 (%4)")
                     .arg(oneLine(v.risks.at(i).title), levelText(item.level), levelText(item.residualLevel),
                         item.measuresDone
                             ? QCoreApplication::translate("piadesk::Cli", "measures done")
                             : QCoreApplication::translate("piadesk::Cli", "target %1 once measures are done")
                                   .arg(levelText(item.targetLevel)))
              << '\n';
    }
    if (risks.needsAcceptance())
        c.out << QCoreApplication::translate("piadesk::Cli", "Residual risk above the acceptable level (%1): %2")
                     .arg(levelText(risks.acceptableLevel),
                         r.acceptance.isComplete()
                             ? QCoreApplication::translate("piadesk::Cli", "accepted by %1 on %2: %3")
                                   .arg(oneLine(r.acceptance.by), r.acceptance.on.toString(Qt::ISODate),
                                       oneLine(r.acceptance.reason))
                             : QCoreApplication::translate("piadesk::Cli", "nobody has accepted it"))
              << '\n';
    if (v.trigger != TriggerKind::Initial) {
        QStringList sections;
        for (const QString& s : r.sectionsToReview) {
            const Section* section = rules.section(s);
            sections.append(section ? section->title.text(language) : s);
        }
        c.out << '\n'
              << QCoreApplication::translate("piadesk::Cli", "Re-assessment (%1): review %2")
                     .arg(enumLabel(v.trigger), sections.join(QStringLiteral("; ")))
              << '\n';
    }
    c.out << '\n';
    if (r.finalization.allowed) {
        c.out << QCoreApplication::translate("piadesk::Cli", "Ready to finalize.") << '\n';
    } else {
        c.out << QCoreApplication::translate("piadesk::Cli", "Not ready to finalize:") << '\n';
        for (const QString& reason : r.finalization.reasons)
            c.out << QStringLiteral("  - ") << reason << '\n';
    }
}

QString CheckCommand::groupTitle(const QString& id)
{
    if (id == QLatin1String("screening"))
        return QCoreApplication::translate("piadesk::Cli", "Screening");
    if (id == QLatin1String("datamap"))
        return QCoreApplication::translate("piadesk::Cli", "Data map");
    if (id == QLatin1String("flags"))
        return QCoreApplication::translate("piadesk::Cli", "Red-flag conditions");
    if (id == QLatin1String("risks"))
        return QCoreApplication::translate("piadesk::Cli", "Risks and action plan");
    if (id == QLatin1String("signoff"))
        return QCoreApplication::translate("piadesk::Cli", "Sign-off");
    return id;
}

} // namespace piadesk::cli
