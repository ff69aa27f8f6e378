#include "cli/commands/ReassessCommand.h"
#include "cli/CliContext.h"
#include "core/ModelJson.h"
#include "workflow/Workflow.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>

namespace piadesk::cli {

int ReassessCommand::run(CliContext& c, const QStringList& arguments)
{
    const QString& reference = arguments.at(0);
    const QString triggerKey = c.parser.value(QStringLiteral("trigger")).trimmed();
    const auto trigger = enumFromKey<TriggerKind>(triggerKey);
    if (!trigger || *trigger == TriggerKind::Initial)
        return c.usage(QCoreApplication::translate("piadesk::Cli",
            "reassess needs --trigger, one of purpose_changed, methods_changed, security_incident, "
            "yearly_review, legal_basis_changed or other."));
    const QString dateText = c.parser.value(QStringLiteral("date")).trimmed();
    const QDate date = ModelJson::parseDate(dateText);
    if (!date.isValid())
        return c.usage(dateText.isEmpty()
                ? QCoreApplication::translate(
                    "piadesk::Cli", "reassess needs --date, the date of the change or incident (YYYY-MM-DD).")
                : QCoreApplication::translate("piadesk::Cli", "\"%1\" is not a date (YYYY-MM-DD).")
                      .arg(dateText.left(40)));
    RuleSetLibrary library;
    QString error;
    if (!c.loadRuleSets(&library, &error))
        return c.failure(error);
    auto store = c.openStore(false, &error);
    if (!store)
        return c.failure(error);
    const auto id = store->findCase(reference);
    if (!id)
        return c.failure(QCoreApplication::translate("piadesk::Cli", "There is no case %1 in %2.")
                             .arg(reference, QDir::toNativeSeparators(store->path())));
    Workflow::Reassessment outcome;
    if (!Workflow::reassess(*store, library, *id, *trigger, date, c.parser.value(QStringLiteral("description")),
            c.parser.value(QStringLiteral("rule-set")).trimmed(), &outcome, &error))
        return c.failure(error);
    const Language language = languageFor(QLocale());
    c.out << QCoreApplication::translate("piadesk::Cli", "Version %1 of case %2 is a draft under %3 %4.")
                 .arg(outcome.version.number)
                 .arg(reference, outcome.ruleSet->shortTitle.text(language), outcome.ruleSet->version)
          << '\n';
    if (!outcome.carried.isEmpty() || !outcome.open.isEmpty())
        c.out << QCoreApplication::translate("piadesk::Cli",
            "Answers carried over: %1. Questions open under the new rule set: %2. Earlier versions are unchanged.")
                     .arg(outcome.carried.size())
                     .arg(outcome.open.size())
              << '\n';
    return Success;
}

} // namespace piadesk::cli
