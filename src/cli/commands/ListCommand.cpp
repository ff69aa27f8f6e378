#include "cli/commands/ListCommand.h"
#include "cli/CliContext.h"
#include "core/JsonText.h"
#include "core/ModelJson.h"
#include "store/CaseStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace piadesk::cli {

namespace {

/** \a time as ModelJson::dateTimeValue() gives it in JSON, without forming a string through QLocale. */
void appendTimestamp(QByteArray& text, const QDateTime& time)
{
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (!time.isValid() || d.year() < 1 || d.year() > 9999) {
        JsonText::appendValue(text, ModelJson::dateTimeValue(time), 0);
        return;
    }
    char buffer[32];
    const int length = std::snprintf(buffer, sizeof buffer, "\"%04d-%02d-%02dT%02d:%02d:%02dZ\"", d.year(), d.month(),
        d.day(), t.hour(), t.minute(), t.second());
    text.append(buffer, length);
}

} // namespace

int ListCommand::run(CliContext& c, const QStringList& arguments)
{
    Q_UNUSED(arguments)
    const bool json = c.json();
    if (!c.isTeamStore() && !QFileInfo::exists(c.filePath())) {
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
    if (json) {
        // Written case by case as the file is read, laid out as QJsonDocument lays out the whole array, so that
        // memory does not grow with the register.
        constexpr qsizetype kChunk = 65536;
        QByteArray text;
        text.reserve(kChunk + 4096);
        text.append("[\n");
        bool first = true;
        const auto flush = [&c, &text] {
            c.writeOut(text);
            text.resize(0); // keeps its room
        };
        const auto key = [&text](const char* name) { text.append(",\n        \"").append(name).append("\": "); };
        const bool read = store->visitCases(false, [&](CaseSummary&& row) {
            // The keys in QJsonObject's order.
            text.append(first ? "    {\n        \"id\": " : ",\n    {\n        \"id\": ");
            first = false;
            JsonText::appendDouble(text, double(row.id));
            key("latestState");
            if (row.latestVersion)
                JsonText::appendString(text, enumKey(row.latestState));
            else
                text.append("null");
            key("latestVersion");
            JsonText::appendInteger(text, row.latestVersion);
            key("name");
            JsonText::appendString(text, row.name);
            key("organisation");
            JsonText::appendString(text, row.organisation);
            key("publicPlace");
            text.append(row.publicPlace ? "true" : "false");
            key("status");
            JsonText::appendString(text, enumKey(row.status));
            key("storedPeople");
            JsonText::appendDouble(text, double(row.storedPeople));
            key("updatedAt");
            appendTimestamp(text, row.updatedAt);
            key("uuid");
            JsonText::appendString(text, row.uuid);
            key("versions");
            JsonText::appendInteger(text, row.versions);
            text.append("\n    }");
            if (text.size() > kChunk)
                flush();
        });
        text.append(first ? "]\n" : "\n]\n");
        flush();
        return read ? Success : c.failure(store->errorString());
    }
    const QList<CaseSummary> cases = store->listCases();
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
