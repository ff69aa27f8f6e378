#include "cli/commands/ListCommand.h"
#include "cli/CliContext.h"
#include "core/ModelJson.h"
#include "store/CaseStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace piadesk::cli {

int ListCommand::run(CliContext& c, const QStringList& arguments)
{
    Q_UNUSED(arguments)
    const bool json = c.json();
    if (!QFileInfo::exists(c.filePath())) {
        if (json)
            c.out << "[]\n";
        else
            c.err << QCoreApplication::translate("piadesk::Cli", "There is no case file at %1 yet.")
                         .arg(QDir::toNativeSeparators(c.filePath()))
                  << '\n';
        return Success;
    }
    QString error;
    auto store = c.openStore(true, &error);
    if (!store)
        return c.failure(error);
    const QList<CaseSummary> cases = store->listCases();
    if (json) {
        // Written case by case, laid out as QJsonDocument lays out the whole array, so that memory does not
        // grow with a second copy of the register.
        c.out << "[\n";
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const CaseSummary& row = cases.at(i);
            const QJsonObject object { { QStringLiteral("id"), double(row.id) }, { QStringLiteral("uuid"), row.uuid },
                { QStringLiteral("name"), row.name }, { QStringLiteral("organisation"), row.organisation },
                { QStringLiteral("status"), enumKey(row.status) }, { QStringLiteral("publicPlace"), row.publicPlace },
                { QStringLiteral("storedPeople"), double(row.storedPeople) },
                { QStringLiteral("versions"), row.versions }, { QStringLiteral("latestVersion"), row.latestVersion },
                { QStringLiteral("latestState"),
                    row.latestVersion ? QJsonValue(enumKey(row.latestState)) : QJsonValue(QJsonValue::Null) },
                { QStringLiteral("updatedAt"), ModelJson::dateTimeValue(row.updatedAt) } };
            c.out << CliContext::nestedJson(object, 1) << (i + 1 < cases.size() ? ",\n" : "\n");
        }
        c.out << "]\n";
        return Success;
    }
    if (cases.isEmpty()) {
        c.out << QCoreApplication::translate("piadesk::Cli", "No cases.") << '\n';
        return Success;
    }
    c.out << padded(QCoreApplication::translate("piadesk::Cli", "ID"), 6)
          << padded(QCoreApplication::translate("piadesk::Cli", "Status"), 14)
          << padded(QCoreApplication::translate("piadesk::Cli", "Assessment"), 20)
          << padded(QCoreApplication::translate("piadesk::Cli", "Organisation"), 30)
          << QCoreApplication::translate("piadesk::Cli", "Case") << '\n';
    for (const CaseSummary& row : cases) {
        const QString assessment = row.latestVersion ? QCoreApplication::translate("piadesk::Cli", "v%1 %2")
                                                           .arg(row.latestVersion)
                                                           .arg(enumLabel(row.latestState))
                                                     : QCoreApplication::translate("piadesk::Cli", "none");
        c.out << padded(QString::number(row.id), 6) << padded(enumLabel(row.status), 14) << padded(assessment, 20)
              << padded(oneLine(row.organisation).left(28), 30) << oneLine(row.name) << '\n';
    }
    return Success;
}

} // namespace piadesk::cli
