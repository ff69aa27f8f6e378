#include "cli/commands/VerifyCommand.h"
#include "cli/CliContext.h"
#include "store/CaseStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace piadesk::cli {

int VerifyCommand::run(CliContext& c, const QStringList& arguments)
{
    Q_UNUSED(arguments)
    QString error;
    auto store = c.openStore(true, &error);
    if (!store)
        return c.failure(error);
    const VerifyReport report = store->verify();
    const bool json = c.json();
    if (json) {
        QJsonArray problems;
        for (const QString& p : report.problems)
            problems.append(p);
        QJsonArray warnings;
        for (const QString& w : report.warnings)
            warnings.append(w);
        c.out << QString::fromUtf8(QJsonDocument(
            QJsonObject { { QStringLiteral("ok"), report.ok() }, { QStringLiteral("problems"), problems },
                { QStringLiteral("warnings"), warnings }, { QStringLiteral("auditEvents"), double(report.auditEvents) },
                { QStringLiteral("auditHead"), report.auditHead },
                { QStringLiteral("finalizedVersions"), report.finalizedVersions },
                { QStringLiteral("attachments"), report.attachmentsChecked } })
                                       .toJson(QJsonDocument::Indented));
    } else {
        c.out << (c.isTeamStore() ? QCoreApplication::translate("piadesk::Cli", "Team store: %1").arg(store->path())
                                  : QCoreApplication::translate("piadesk::Cli", "Case file: %1")
                                        .arg(QDir::toNativeSeparators(store->path())))
              << '\n'
              << QCoreApplication::translate(
                     "piadesk::Cli", "Audit log: %n event(s), newest hash %1", nullptr, int(report.auditEvents))
                     .arg(report.auditHead)
              << '\n'
              << QCoreApplication::translate("piadesk::Cli", "Finalized versions checked: %1")
                     .arg(report.finalizedVersions)
              << '\n'
              << QCoreApplication::translate("piadesk::Cli", "Attachments checked: %1").arg(report.attachmentsChecked)
              << '\n';
        if (report.ok())
            c.out << QCoreApplication::translate("piadesk::Cli", "Everything checks out.") << '\n';
    }
    for (const QString& w : report.warnings)
        c.err << QCoreApplication::translate("piadesk::Cli", "Warning: %1").arg(w) << '\n';
    if (!report.ok()) {
        for (const QString& p : report.problems)
            c.err << QCoreApplication::translate("piadesk::Cli", "Problem: %1").arg(p) << '\n';
        c.err << QCoreApplication::translate(
            "piadesk::Cli", "Verification failed: %n problem(s).", nullptr, int(report.problems.size()))
              << '\n';
        return Failure;
    }
    return Success;
}

} // namespace piadesk::cli
