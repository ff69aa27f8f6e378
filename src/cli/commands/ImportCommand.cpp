#include "cli/commands/ImportCommand.h"
#include "cli/CliContext.h"
#include "exchange/CaseExchange.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace piadesk::cli {

int ImportCommand::run(CliContext& c, const QStringList& arguments)
{
    const QString& path = arguments.at(0);
    const QFileInfo info(path);
    if (!info.isFile())
        return c.failure(
            QCoreApplication::translate("piadesk::Cli", "%1 is not a file.").arg(QDir::toNativeSeparators(path)));
    if (info.size() > CaseExchange::kMaxDocumentBytes)
        return c.failure(QCoreApplication::translate(
            "piadesk::Cli", "%1 is too large to be a case document (%2 MiB; the limit is %3 MiB).")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(info.size() / (1024 * 1024))
                             .arg(CaseExchange::kMaxDocumentBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return c.failure(QCoreApplication::translate("piadesk::Cli", "%1 cannot be read: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray document = file.readAll();
    // Validate before touching the case file, so a bad document never opens (or creates) it.
    Problems problems;
    CaseExchange::parse(document, problems);
    if (!problems.isEmpty())
        return c.failure(QCoreApplication::translate("piadesk::Cli",
                             "Nothing was imported; %1 has %n problem(s):", nullptr, int(problems.size()))
                             .arg(QDir::toNativeSeparators(path))
            + QLatin1Char('\n') + problems.toString());
    QString error;
    auto store = c.openStore(false, &error);
    if (!store)
        return c.failure(error);
    QList<qint64> ids;
    if (!CaseExchange::importDocument(*store, document, &ids, &error))
        return c.failure(error);
    for (qint64 id : ids)
        c.out << id << '\n';
    return Success;
}

} // namespace piadesk::cli
