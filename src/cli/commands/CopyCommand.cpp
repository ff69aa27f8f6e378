#include "cli/commands/CopyCommand.h"
#include "cli/CliContext.h"
#include "exchange/CaseExchange.h"
#include "store/TeamStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace piadesk::cli {

namespace {

QString shown(const QString& location)
{
    return TeamStore::isUrl(location) ? TeamStore::displayUrl(location) : QDir::toNativeSeparators(location);
}

} // namespace

int CopyCommand::run(CliContext& c, const QStringList& arguments)
{
    const QString from = c.parser.value(QStringLiteral("from"));
    const QString to = c.parser.value(QStringLiteral("to"));
    if (from.isEmpty() || to.isEmpty())
        return c.usage(QCoreApplication::translate(
            "piadesk::Cli", "copy needs where from and where to: copy --from FILE|URL --to FILE|URL [CASE…]"));
    if (c.parser.isSet(QStringLiteral("file")) || c.parser.isSet(QStringLiteral("db")))
        return c.usage(QCoreApplication::translate(
            "piadesk::Cli", "copy takes its case files or team stores with --from and --to, not --file or --db."));
    if (TeamStore::isUrl(to) && c.parser.isSet(QStringLiteral("user")))
        return c.usage(QCoreApplication::translate("piadesk::Cli",
            "--user cannot be used with a team store: its audit log names the role you connect as. Connect as "
            "that person instead (the user in the address, or PGUSER)."));
    if (!TeamStore::isUrl(from) && !TeamStore::isUrl(to)
        && QFileInfo(from).absoluteFilePath() == QFileInfo(to).absoluteFilePath())
        return c.usage(QCoreApplication::translate("piadesk::Cli", "copy needs two different places."));
    if (!TeamStore::isUrl(from) && !QFileInfo::exists(from))
        return c.failure(QCoreApplication::translate("piadesk::Cli", "There is no case file at %1.").arg(shown(from)));

    QString error;
    auto source = c.openStoreAt(from, true, &error);
    if (!source)
        return c.failure(error);
    QList<qint64> ids;
    if (arguments.isEmpty()) {
        for (const CaseSummary& summary : source->listCases())
            ids.append(summary.id);
    }
    for (const QString& reference : arguments) {
        const auto id = source->findCase(reference);
        if (!id)
            return c.failure(
                QCoreApplication::translate("piadesk::Cli", "There is no case %1 in %2.").arg(reference, shown(from)));
        ids.append(*id);
    }
    if (ids.isEmpty()) {
        c.err << QCoreApplication::translate("piadesk::Cli", "There are no cases in %1 to copy.").arg(shown(from))
              << '\n';
        return Success;
    }
    const QByteArray document = CaseExchange::exportCases(*source, ids, &error);
    if (document.isEmpty())
        return c.failure(error);
    source.reset();

    // Read back as any exchange document is, before the target is opened (or created).
    Problems problems;
    const QList<CaseBundle> cases = CaseExchange::parse(document, problems);
    if (!problems.isEmpty())
        return c.failure(
            QCoreApplication::translate("piadesk::Cli", "The cases did not arrive whole: %1").arg(problems.toString()));
    auto target = c.openStoreAt(to, false, &error);
    if (!target)
        return c.failure(error);
    QList<qint64> newIds;
    if (!CaseExchange::importCases(*target, cases, &newIds, &error))
        return c.failure(error);
    c.err << QCoreApplication::translate(
        "piadesk::Cli", "Copied %n case(s) from %1 to %2.", nullptr, int(newIds.size()))
                 .arg(shown(from), shown(to))
          << '\n';
    for (qint64 id : newIds)
        c.out << id << '\n';
    return Success;
}

} // namespace piadesk::cli
