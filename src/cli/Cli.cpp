#include "Cli.h"

#include "core/Clock.h"
#include "core/ModelJson.h"
#include "exchange/CaseExchange.h"
#include "store/CaseStore.h"
#include "store/Migrator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace piadesk {

namespace {

enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

QString helpText()
{
    return QCoreApplication::translate("piadesk::Cli",
        "Usage: piadesk-cli [--file PATH] [--user NAME] COMMAND [ARGUMENTS]\n"
        "\n"
        "Keeps the facial-recognition impact assessments and CAC filings of a PIAdesk case file.\n"
        "\n"
        "Commands:\n"
        "  list [--json]                 List the cases in the case file.\n"
        "  import CASE.json              Import the cases of an exchange document; prints their ids.\n"
        "  export CASE_ID [--out FILE]   Export one case (id or uuid) as an exchange document.\n"
        "  verify                        Check the file's integrity, audit log and finalized versions.\n"
        "\n"
        "Options:\n"
        "  --file PATH    The case file (default: %1).\n"
        "  --user NAME    Who the audit log names for changes (default: the system user).\n"
        "  --json         Print results as JSON.\n"
        "  --out FILE     Write the result to FILE instead of standard output.\n"
        "  --version      Print the version.\n"
        "  --help         Print this help.\n")
        .arg(QDir::toNativeSeparators(CaseStore::defaultPath()));
}

/** Pads \a text to \a width characters, counting CJK characters as two columns as terminals show them. */
QString padded(const QString& text, int width)
{
    int columns = 0;
    for (const QChar c : text)
        columns += (c.unicode() >= 0x1100
                       && (c.unicode() <= 0x115f || (c.unicode() >= 0x2e80 && c.unicode() <= 0xa4cf)
                           || (c.unicode() >= 0xac00 && c.unicode() <= 0xd7a3)
                           || (c.unicode() >= 0xf900 && c.unicode() <= 0xfaff)
                           || (c.unicode() >= 0xff00 && c.unicode() <= 0xff60)))
            ? 2
            : 1;
    return text + QString(std::max(0, width - columns), QLatin1Char(' '));
}

QString oneLine(const QString& text)
{
    QString s = text;
    s.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    s.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return s.size() > 60 ? s.left(59) + QStringLiteral("…") : s;
}

class Command
{
public:
    Command(QCommandLineParser& parser, QTextStream& out, QTextStream& err, const Clock* clock)
        : m_parser(parser)
        , m_out(out)
        , m_err(err)
        , m_clock(clock)
    {
    }

    int run()
    {
        const QStringList args = m_parser.positionalArguments();
        const QString command = args.value(0);
        const QStringList rest = args.mid(1);
        if (command == QLatin1String("list"))
            return rest.isEmpty() ? list()
                                  : usage(QCoreApplication::translate("piadesk::Cli", "list takes no arguments."));
        if (command == QLatin1String("import"))
            return rest.size() == 1
                ? importFile(rest.at(0))
                : usage(QCoreApplication::translate("piadesk::Cli", "import needs one file: import CASE.json"));
        if (command == QLatin1String("export"))
            return rest.size() == 1
                ? exportCase(rest.at(0))
                : usage(QCoreApplication::translate("piadesk::Cli", "export needs one case: export CASE_ID"));
        if (command == QLatin1String("verify"))
            return rest.isEmpty() ? verify()
                                  : usage(QCoreApplication::translate("piadesk::Cli", "verify takes no arguments."));
        if (command.isEmpty())
            return usage(QCoreApplication::translate("piadesk::Cli", "No command given."));
        return usage(QCoreApplication::translate("piadesk::Cli", "Unknown command \"%1\".").arg(command));
    }

private:
    int usage(const QString& message)
    {
        m_err << message << '\n'
              << QCoreApplication::translate("piadesk::Cli", "Run piadesk-cli --help for the commands.") << '\n';
        return Usage;
    }

    int failure(const QString& message)
    {
        m_err << QCoreApplication::translate("piadesk::Cli", "Error: %1").arg(message) << '\n';
        return Failure;
    }

    QString filePath() const
    {
        return m_parser.isSet(QStringLiteral("file")) ? m_parser.value(QStringLiteral("file"))
                                                      : CaseStore::defaultPath();
    }

    std::unique_ptr<CaseStore> openStore(bool readOnly, QString* error)
    {
        CaseStore::Options options;
        options.readOnly = readOnly;
        options.clock = m_clock;
        options.actor = m_parser.value(QStringLiteral("user"));
        return CaseStore::open(filePath(), options, error);
    }

    bool writeResult(const QByteArray& bytes, QString* error)
    {
        if (!m_parser.isSet(QStringLiteral("out"))) {
            m_out << QString::fromUtf8(bytes);
            return true;
        }
        QSaveFile file(m_parser.value(QStringLiteral("out")));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            *error = QCoreApplication::translate("piadesk::Cli", "%1 cannot be written: %2")
                         .arg(QDir::toNativeSeparators(m_parser.value(QStringLiteral("out"))), file.errorString());
            return false;
        }
        return true;
    }

    int list()
    {
        const bool json = m_parser.isSet(QStringLiteral("json"));
        if (!QFileInfo::exists(filePath())) {
            if (json)
                m_out << "[]\n";
            else
                m_err << QCoreApplication::translate("piadesk::Cli", "There is no case file at %1 yet.")
                             .arg(QDir::toNativeSeparators(filePath()))
                      << '\n';
            return Success;
        }
        QString error;
        auto store = openStore(true, &error);
        if (!store)
            return failure(error);
        const QList<CaseSummary> cases = store->listCases();
        if (json) {
            QJsonArray array;
            for (const CaseSummary& c : cases)
                array.append(QJsonObject { { QStringLiteral("id"), double(c.id) }, { QStringLiteral("uuid"), c.uuid },
                    { QStringLiteral("name"), c.name }, { QStringLiteral("organisation"), c.organisation },
                    { QStringLiteral("status"), enumKey(c.status) }, { QStringLiteral("publicPlace"), c.publicPlace },
                    { QStringLiteral("storedPeople"), double(c.storedPeople) },
                    { QStringLiteral("versions"), c.versions }, { QStringLiteral("latestVersion"), c.latestVersion },
                    { QStringLiteral("latestState"),
                        c.latestVersion ? QJsonValue(enumKey(c.latestState)) : QJsonValue(QJsonValue::Null) },
                    { QStringLiteral("updatedAt"), ModelJson::dateTimeValue(c.updatedAt) } });
            m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
            return Success;
        }
        if (cases.isEmpty()) {
            m_out << QCoreApplication::translate("piadesk::Cli", "No cases.") << '\n';
            return Success;
        }
        m_out << padded(QCoreApplication::translate("piadesk::Cli", "ID"), 6)
              << padded(QCoreApplication::translate("piadesk::Cli", "Status"), 14)
              << padded(QCoreApplication::translate("piadesk::Cli", "Assessment"), 20)
              << padded(QCoreApplication::translate("piadesk::Cli", "Organisation"), 30)
              << QCoreApplication::translate("piadesk::Cli", "Case") << '\n';
        for (const CaseSummary& c : cases) {
            const QString assessment = c.latestVersion ? QCoreApplication::translate("piadesk::Cli", "v%1 %2")
                                                             .arg(c.latestVersion)
                                                             .arg(enumLabel(c.latestState))
                                                       : QCoreApplication::translate("piadesk::Cli", "none");
            m_out << padded(QString::number(c.id), 6) << padded(enumLabel(c.status), 14) << padded(assessment, 20)
                  << padded(oneLine(c.organisation).left(28), 30) << oneLine(c.name) << '\n';
        }
        return Success;
    }

    int importFile(const QString& path)
    {
        const QFileInfo info(path);
        if (!info.isFile())
            return failure(
                QCoreApplication::translate("piadesk::Cli", "%1 is not a file.").arg(QDir::toNativeSeparators(path)));
        if (info.size() > CaseExchange::kMaxDocumentBytes)
            return failure(QCoreApplication::translate(
                "piadesk::Cli", "%1 is too large to be a case document (%2 MiB; the limit is %3 MiB).")
                               .arg(QDir::toNativeSeparators(path))
                               .arg(info.size() / (1024 * 1024))
                               .arg(CaseExchange::kMaxDocumentBytes / (1024 * 1024)));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return failure(QCoreApplication::translate("piadesk::Cli", "%1 cannot be read: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
        const QByteArray document = file.readAll();
        // Validate before touching the case file, so a bad document never opens (or creates) it.
        Problems problems;
        CaseExchange::parse(document, problems);
        if (!problems.isEmpty())
            return failure(QCoreApplication::translate("piadesk::Cli",
                               "Nothing was imported; %1 has %n problem(s):", nullptr, int(problems.size()))
                               .arg(QDir::toNativeSeparators(path))
                + QLatin1Char('\n') + problems.toString());
        QString error;
        auto store = openStore(false, &error);
        if (!store)
            return failure(error);
        QList<qint64> ids;
        if (!CaseExchange::importDocument(*store, document, &ids, &error))
            return failure(error);
        for (qint64 id : ids)
            m_out << id << '\n';
        return Success;
    }

    int exportCase(const QString& reference)
    {
        QString error;
        auto store = openStore(true, &error);
        if (!store)
            return failure(error);
        const auto id = store->findCase(reference);
        if (!id)
            return failure(QCoreApplication::translate("piadesk::Cli", "There is no case %1 in %2.")
                               .arg(reference, QDir::toNativeSeparators(store->path())));
        const QByteArray document = CaseExchange::exportCases(*store, { *id }, &error);
        if (document.isEmpty())
            return failure(error);
        if (!writeResult(document, &error))
            return failure(error);
        return Success;
    }

    int verify()
    {
        QString error;
        auto store = openStore(true, &error);
        if (!store)
            return failure(error);
        const VerifyReport report = store->verify();
        const bool json = m_parser.isSet(QStringLiteral("json"));
        if (json) {
            QJsonArray problems;
            for (const QString& p : report.problems)
                problems.append(p);
            m_out << QString::fromUtf8(QJsonDocument(
                QJsonObject { { QStringLiteral("ok"), report.ok() }, { QStringLiteral("problems"), problems },
                    { QStringLiteral("auditEvents"), double(report.auditEvents) },
                    { QStringLiteral("auditHead"), report.auditHead },
                    { QStringLiteral("finalizedVersions"), report.finalizedVersions },
                    { QStringLiteral("attachments"), report.attachmentsChecked } })
                                           .toJson(QJsonDocument::Indented));
        } else {
            m_out
                << QCoreApplication::translate("piadesk::Cli", "Case file: %1")
                       .arg(QDir::toNativeSeparators(store->path()))
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
                m_out << QCoreApplication::translate("piadesk::Cli", "Everything checks out.") << '\n';
        }
        if (!report.ok()) {
            for (const QString& p : report.problems)
                m_err << QCoreApplication::translate("piadesk::Cli", "Problem: %1").arg(p) << '\n';
            m_err << QCoreApplication::translate(
                "piadesk::Cli", "Verification failed: %n problem(s).", nullptr, int(report.problems.size()))
                  << '\n';
            return Failure;
        }
        return Success;
    }

    QCommandLineParser& m_parser;
    QTextStream& m_out;
    QTextStream& m_err;
    const Clock* m_clock;
};

} // namespace

int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err, const Clock* clock)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption file(QStringLiteral("file"), QCoreApplication::translate("piadesk::Cli", "The case file."),
        QCoreApplication::translate("piadesk::Cli", "PATH"));
    const QCommandLineOption user(QStringLiteral("user"),
        QCoreApplication::translate("piadesk::Cli", "Who the audit log names."),
        QCoreApplication::translate("piadesk::Cli", "NAME"));
    const QCommandLineOption json(
        QStringLiteral("json"), QCoreApplication::translate("piadesk::Cli", "Print results as JSON."));
    const QCommandLineOption outFile(QStringLiteral("out"),
        QCoreApplication::translate("piadesk::Cli", "Write the result to a file."),
        QCoreApplication::translate("piadesk::Cli", "FILE"));
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
        QCoreApplication::translate("piadesk::Cli", "Print this help."));
    const QCommandLineOption version(
        QStringLiteral("version"), QCoreApplication::translate("piadesk::Cli", "Print the version."));
    parser.addOptions({ file, user, json, outFile, help, version });
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n'
            << QCoreApplication::translate("piadesk::Cli", "Run piadesk-cli --help for the commands.") << '\n';
        return Usage;
    }
    if (parser.isSet(help)) {
        out << helpText();
        return Success;
    }
    if (parser.isSet(version)) {
        out << QCoreApplication::translate(
            "piadesk::Cli", "piadesk-cli %1 (case file schema %2, case exchange format %3)")
                   .arg(QStringLiteral(PIADESK_VERSION))
                   .arg(Migrator::currentSchemaVersion())
                   .arg(CaseExchange::kFormatVersion)
            << '\n';
        return Success;
    }
    Command command(parser, out, err, clock);
    return command.run();
}

} // namespace piadesk
