#include "cli/commands/FinalizeCommand.h"
#include "cli/CliContext.h"
#include "workflow/Workflow.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

namespace piadesk::cli {

int FinalizeCommand::run(CliContext& c, const QStringList& arguments)
{
    const QString& reference = arguments.at(0);
    const int number = c.versionNumber();
    if (number < 0)
        return c.usage(QCoreApplication::translate("piadesk::Cli", "--version needs a version number: 1, 2, …"));
    const QString assessor = c.parser.value(QStringLiteral("assessor")).trimmed();
    const QString reviewer = c.parser.value(QStringLiteral("reviewer")).trimmed();
    if (assessor.isEmpty() || reviewer.isEmpty())
        return c.usage(QCoreApplication::translate("piadesk::Cli",
            "finalize needs the names of the assessor and the reviewer: --assessor NAME --reviewer NAME"));
    RuleSetLibrary library;
    QString error;
    if (!c.loadRuleSets(&library, &error))
        return c.failure(error);
    auto store = c.openStore(false, &error);
    if (!store)
        return c.failure(error);
    CaseBundle bundle;
    const AssessmentVersion* v = c.loadVersion(*store, reference, number, &bundle, &error);
    if (!v)
        return c.failure(error);
    if (v->isFinal())
        return c.failure(QCoreApplication::translate("piadesk::Cli", "Version %1 of case %2 is already finalized.")
                             .arg(v->number)
                             .arg(reference));
    if (!Workflow::finalize(*store, library, v->id, assessor, reviewer, &error))
        return c.failure(error);
    if (!store->loadCase(bundle.caseInfo.id, &bundle))
        return c.failure(store->errorString());
    const AssessmentVersion* done = Workflow::version(bundle, v->number);
    c.out << QCoreApplication::translate(
        "piadesk::Cli", "Version %1 of case %2 is finalized under %3 %4.\nContent hash: %5\nKeep the report until %6.")
                 .arg(done->number)
                 .arg(bundle.caseInfo.id)
                 .arg(done->ruleSetId, done->ruleSetVersion, done->contentHash,
                     QLocale().toString(done->retainUntil, QLocale::LongFormat))
          << '\n';
    return Success;
}

} // namespace piadesk::cli
