#include "cli/commands/DemoCommand.h"
#include "cli/CliContext.h"
#include "core/Clock.h"
#include "demo/DemoCases.h"
#include "store/CaseStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <limits>

namespace piadesk::cli {

int DemoCommand::run(CliContext& c, const QStringList& arguments)
{
    Q_UNUSED(arguments)
    bool ok = false;
    const int cases = c.parser.value(QStringLiteral("cases")).toInt(&ok);
    if (!c.parser.isSet(QStringLiteral("cases")) || !ok || cases < 1 || cases > DemoCases::kMaxCases)
        return c.usage(QCoreApplication::translate("piadesk::Cli", "demo needs --cases N, from 1 to %1.")
                           .arg(DemoCases::kMaxCases));
    DemoOptions options;
    options.cases = cases;
    options.today = c.today();
    if (c.parser.isSet(QStringLiteral("seed"))) {
        options.seed = c.parser.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok)
            return c.usage(QCoreApplication::translate("piadesk::Cli", "--seed needs a whole number from 0 to %1.")
                               .arg(std::numeric_limits<quint32>::max()));
    }
    RuleSetLibrary rules;
    QString error;
    if (!c.loadRuleSets(&rules, &error))
        return c.failure(error);
    // Changes are recorded at the real time, whatever --today says.
    CaseStore::Options storeOptions;
    storeOptions.clock = c.changeClock;
    storeOptions.actor = c.parser.value(QStringLiteral("user"));
    auto store = CaseStore::open(c.filePath(), storeOptions, &error);
    if (!store)
        return c.failure(error);
    c.summarize(*store);
    const qsizetype existing = store->listCases().size();
    if (existing > 0)
        return c.failure(QCoreApplication::translate("piadesk::Cli",
            "%1 already holds %n case(s); demo cases go only into a new or empty case file.", nullptr, int(existing))
                             .arg(QDir::toNativeSeparators(store->path())));
    const RuleSet* primary = DemoCases::rulesInForce(rules, &options);
    if (!DemoCases::generate(*store, *primary, options, {}, &error))
        return c.failure(error);
    c.out << QCoreApplication::translate(
        "piadesk::Cli", "%n demo case(s) written to %1 (seed %2, built around %3).", nullptr, cases)
                 .arg(QDir::toNativeSeparators(store->path()))
                 .arg(options.seed)
                 .arg(options.today.toString(Qt::ISODate))
          << '\n';
    return Success;
}

} // namespace piadesk::cli
