#include "cli/commands/ExportCommand.h"
#include "cli/CliContext.h"
#include "exchange/CaseExchange.h"

#include <QCoreApplication>
#include <QDir>

namespace piadesk::cli {

int ExportCommand::run(CliContext& c, const QStringList& arguments)
{
    const QString& reference = arguments.at(0);
    QString error;
    auto store = c.openStore(true, &error);
    if (!store)
        return c.failure(error);
    const auto id = store->findCase(reference);
    if (!id)
        return c.failure(QCoreApplication::translate("piadesk::Cli", "There is no case %1 in %2.")
                             .arg(reference, QDir::toNativeSeparators(store->path())));
    const QByteArray document = CaseExchange::exportCases(*store, { *id }, &error);
    if (document.isEmpty())
        return c.failure(error);
    if (!c.writeResult(document, &error))
        return c.failure(error);
    return Success;
}

} // namespace piadesk::cli
