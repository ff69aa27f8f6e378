#include "cli/commands/ImportCommand.h"
#include "cli/CliContext.h"
#include "exchange/CaseExchange.h"

namespace piadesk::cli {

int ImportCommand::run(CliContext& c, const QStringList& arguments)
{
    // Read and validate before touching the case file, so a bad document never opens (or creates) it.
    QString error;
    const std::optional<QList<CaseBundle>> cases = CaseExchange::readFile(arguments.at(0), &error);
    if (!cases)
        return c.failure(error);
    auto store = c.openStore(false, &error);
    if (!store)
        return c.failure(error);
    QList<qint64> ids;
    if (!CaseExchange::importCases(*store, *cases, &ids, &error))
        return c.failure(error);
    for (qint64 id : ids)
        c.out << id << '\n';
    return Success;
}

} // namespace piadesk::cli
