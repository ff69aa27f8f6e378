#include "cli/commands/AboutCommand.h"
#include "calendar/CalendarLoader.h"
#include "cli/CliContext.h"
#include "cli/DateOutput.h"
#include "core/DataFiles.h"
#include "exchange/CaseExchange.h"
#include "store/Migrator.h"
#include "store/TeamStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include <sqlite3.h>

namespace piadesk::cli {

/** The version, and where the data files in use come from: installed, or built into the program. */
int AboutCommand::run(CliContext& c, const QStringList& arguments)
{
    Q_UNUSED(arguments)
    const RuleSetLibrary rules = RuleSetLibrary::builtIn();
    const CalendarLibrary library = c.calendars();
    QJsonObject files;
    for (const auto& [subdirectory, filter] : { std::pair { QStringLiteral("rulesets"), QStringLiteral("*.json") },
             std::pair { QStringLiteral("calendar"), QStringLiteral("*.json") },
             std::pair { QStringLiteral("documents"), QStringLiteral("*") },
             std::pair { QStringLiteral("translations"), QStringLiteral("*.qm") } }) {
        for (const QString& name : DataFiles::names(subdirectory, filter)) {
            const QString relative = subdirectory + QLatin1Char('/') + name;
            files.insert(relative, DataFiles::locate(relative));
        }
    }
    QJsonArray ruleSets;
    for (const auto& rs : rules.all())
        ruleSets.append(QJsonObject { { QStringLiteral("id"), rs->id }, { QStringLiteral("version"), rs->version } });
    const QString directory = DataFiles::directory();
    if (c.json()) {
        c.printJson(QJsonObject {
            { QStringLiteral("version"), QStringLiteral(PIADESK_VERSION) },
            { QStringLiteral("schema"), Migrator::currentSchemaVersion() },
            { QStringLiteral("exchangeFormat"), CaseExchange::kFormatVersion },
            { QStringLiteral("qt"), QString::fromLatin1(qVersion()) },
            { QStringLiteral("sqlite"), QString::fromLatin1(sqlite3_libversion()) },
            { QStringLiteral("dataDirectory"), directory.isEmpty() ? QJsonValue(QJsonValue::Null) : directory },
            { QStringLiteral("embeddedData"), DataFiles::embedded() },
            { QStringLiteral("files"), files },
            { QStringLiteral("ruleSets"), ruleSets },
            { QStringLiteral("calendar"), DateOutput::calendarJson(library.calendar()) },
            { QStringLiteral("caseFile"), c.isTeamStore() ? TeamStore::displayUrl(c.filePath()) : c.filePath() },
        });
        return Success;
    }
    c.out << QCoreApplication::translate("piadesk::Cli", "PIAdesk %1, Qt %2, SQLite %3")
                 .arg(QStringLiteral(PIADESK_VERSION), QString::fromLatin1(qVersion()),
                     QString::fromLatin1(sqlite3_libversion()))
          << '\n'
          << (directory.isEmpty() ? QCoreApplication::translate("piadesk::Cli", "Data files: built into the program.")
                                  : QCoreApplication::translate("piadesk::Cli", "Data files: %1")
                                        .arg(QDir::toNativeSeparators(directory)))
          << '\n';
    for (auto it = files.constBegin(); it != files.constEnd(); ++it)
        c.out << "  " << padded(it.key(), 38) << QDir::toNativeSeparators(it.value().toString()) << '\n';
    for (const auto& rs : rules.all())
        c.out << QCoreApplication::translate("piadesk::Cli", "Rule set: %1, version %2").arg(rs->id, rs->version)
              << '\n';
    c.out << QCoreApplication::translate("piadesk::Cli", "Holiday calendar: %1–%2")
                 .arg(library.calendar().firstYear())
                 .arg(library.calendar().lastYear())
          << '\n'
          << (c.isTeamStore() ? QCoreApplication::translate("piadesk::Cli", "Team store: %1")
                                    .arg(TeamStore::displayUrl(c.filePath()))
                              : QCoreApplication::translate("piadesk::Cli", "Case file: %1")
                                    .arg(QDir::toNativeSeparators(c.filePath())))
          << '\n';
    return Success;
}

} // namespace piadesk::cli
