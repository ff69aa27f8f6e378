#include "Cli.h"

#include "cli/CliContext.h"
#include "cli/DateOutput.h"
#include "cli/commands/AboutCommand.h"
#include "cli/commands/CalendarCommand.h"
#include "cli/commands/CheckCommand.h"
#include "cli/commands/CopyCommand.h"
#include "cli/commands/DeadlinesCommand.h"
#include "cli/commands/DemoCommand.h"
#include "cli/commands/ExportCommand.h"
#include "cli/commands/FinalizeCommand.h"
#include "cli/commands/ImportCommand.h"
#include "cli/commands/ListCommand.h"
#include "cli/commands/ReassessCommand.h"
#include "cli/commands/RenderCommand.h"
#include "cli/commands/VerifyCommand.h"
#include "cli/commands/WorkdaysCommand.h"
#include "core/Clock.h"
#include "core/DataFiles.h"
#include "exchange/CaseExchange.h"
#include "store/CaseStore.h"
#include "store/Migrator.h"
#include "store/TeamStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QTextStream>

#include <memory>
#include <optional>

namespace piadesk {

namespace {

using cli::ExitCode;

template <typename C> std::unique_ptr<cli::CliCommand> make()
{
    return std::make_unique<C>();
}

/** A command of piadesk-cli: its name, how many arguments it takes, and whether --today applies to it. */
struct CommandEntry
{
    const char* name;
    int arguments; ///< how many, or -1 when the command checks them itself
    const char* wrongArguments; ///< said when the count is wrong (context "piadesk::Cli")
    bool countsFromToday; ///< --today applies
    std::unique_ptr<cli::CliCommand> (*create)();
};

const CommandEntry kCommands[] = {
    { "list", 0, QT_TRANSLATE_NOOP("piadesk::Cli", "list takes no arguments."), false, &make<cli::ListCommand> },
    { "import", 1, QT_TRANSLATE_NOOP("piadesk::Cli", "import needs one file: import CASE.json"), false,
        &make<cli::ImportCommand> },
    { "export", 1, QT_TRANSLATE_NOOP("piadesk::Cli", "export needs one case: export CASE_ID"), false,
        &make<cli::ExportCommand> },
    { "copy", -1, nullptr, false, &make<cli::CopyCommand> },
    { "check", 1, QT_TRANSLATE_NOOP("piadesk::Cli", "check needs one case: check CASE_ID"), true,
        &make<cli::CheckCommand> },
    { "finalize", 1,
        QT_TRANSLATE_NOOP("piadesk::Cli", "finalize needs one case: finalize CASE_ID --assessor NAME --reviewer NAME"),
        false, &make<cli::FinalizeCommand> },
    { "reassess", 1,
        QT_TRANSLATE_NOOP("piadesk::Cli", "reassess needs one case: reassess CASE_ID --trigger KIND --date DATE"),
        false, &make<cli::ReassessCommand> },
    { "deadlines", 0, QT_TRANSLATE_NOOP("piadesk::Cli", "deadlines takes no arguments."), true,
        &make<cli::DeadlinesCommand> },
    { "workdays", -1, nullptr, true, &make<cli::WorkdaysCommand> },
    { "calendar", 0, QT_TRANSLATE_NOOP("piadesk::Cli", "calendar takes no arguments."), false,
        &make<cli::CalendarCommand> },
    { "render", 1, QT_TRANSLATE_NOOP("piadesk::Cli", "render needs one case: render CASE_ID"), true,
        &make<cli::RenderCommand> },
    { "demo", 0, QT_TRANSLATE_NOOP("piadesk::Cli", "demo takes no arguments."), true, &make<cli::DemoCommand> },
    { "about", 0, QT_TRANSLATE_NOOP("piadesk::Cli", "about takes no arguments."), false, &make<cli::AboutCommand> },
    { "verify", 0, QT_TRANSLATE_NOOP("piadesk::Cli", "verify takes no arguments."), false, &make<cli::VerifyCommand> },
};

/** Runs the command named by the first positional argument. */
int dispatch(cli::CliContext& c)
{
    const QStringList args = c.parser.positionalArguments();
    const QString name = args.value(0);
    const QStringList rest = args.mid(1);
    const CommandEntry* entry = nullptr;
    for (const CommandEntry& e : kCommands) {
        if (name == QLatin1String(e.name))
            entry = &e;
    }
    if (c.parser.isSet(QStringLiteral("today")) && (!entry || !entry->countsFromToday))
        return c.usage(QCoreApplication::translate("piadesk::Cli",
            "--today applies to deadlines, workdays, check, render and demo only; changes are always recorded "
            "at the real time."));
    if ((c.parser.isSet(QStringLiteral("cases")) || c.parser.isSet(QStringLiteral("seed")))
        && name != QLatin1String("demo"))
        return c.usage(QCoreApplication::translate("piadesk::Cli", "--cases and --seed apply to demo only."));
    if ((c.parser.isSet(QStringLiteral("from")) || c.parser.isSet(QStringLiteral("to")))
        && name != QLatin1String("copy"))
        return c.usage(QCoreApplication::translate("piadesk::Cli", "--from and --to apply to copy only."));
    if (c.parser.isSet(QStringLiteral("calendar"))) {
        const int status = c.installCalendar();
        if (status != cli::Success || name.isEmpty())
            return status;
    }
    if (name.isEmpty())
        return c.usage(QCoreApplication::translate("piadesk::Cli", "No command given."));
    if (!entry)
        return c.usage(QCoreApplication::translate("piadesk::Cli", "Unknown command \"%1\".").arg(name));
    if (entry->arguments >= 0 && rest.size() != entry->arguments)
        return c.usage(QCoreApplication::translate("piadesk::Cli", entry->wrongArguments));
    return entry->create()->run(c, rest);
}

QString helpText()
{
    return QCoreApplication::translate("piadesk::Cli",
        "Usage: piadesk-cli [--file PATH | --db URL] [--user NAME] COMMAND [ARGUMENTS]\n"
        "\n"
        "Keeps the facial-recognition impact assessments and CAC filings of a PIAdesk case file or team store.\n"
        "\n"
        "Commands:\n"
        "  list [--json]                 List the cases in the case file.\n"
        "  import CASE.json              Import the cases of an exchange document; prints their ids.\n"
        "  export CASE_ID [--out FILE]   Export one case (id or uuid) as an exchange document.\n"
        "  verify                        Check the file's integrity, audit log and finalized versions.\n"
        "  copy --from FILE|URL --to FILE|URL [CASE_ID...]\n"
        "                                Copy cases (default: all) between case files and team stores\n"
        "                                through the exchange format; the target records their import.\n"
        "  check CASE_ID [--version N]   Filing obligation, red flags, completeness and risks of a version\n"
        "                                (default: the latest).\n"
        "  finalize CASE_ID --assessor NAME --reviewer NAME [--version N]\n"
        "                                Finalize a draft; refused, with the reasons, while the check says no.\n"
        "  render CASE_ID [--version N] [--lang zh_CN|en] [--report FILE.pdf] [--xlsx FILE.xlsx]\n"
        "         [--odt FILE.odt] [--packet FILE.pdf] [--packet-dir DIR]\n"
        "         [--filing initial|modification|deregistration]\n"
        "                                Write the PIA report (PDF; --odt: an editable working copy), the\n"
        "                                filing workbook (Excel), the filing packet (one PDF, with\n"
        "                                attachments) and the filing folder (one file per upload slot of\n"
        "                                the rule set, forms and letters filled in) of a version (default:\n"
        "                                in Chinese).\n"
        "  reassess CASE_ID --trigger KIND --date DATE [--description TEXT] [--rule-set ID]\n"
        "                                Start a new version after a change (KIND: purpose_changed,\n"
        "                                methods_changed, security_incident, yearly_review, other), or\n"
        "                                under another rule set (legal_basis_changed --rule-set\n"
        "                                cn-cac-frt-2025-measures): shared answers carry over, earlier\n"
        "                                versions never change.\n"
        "  deadlines [--today DATE] [--due-soon N] [--all]\n"
        "                                Every open deadline of every case, soonest first, with how it was\n"
        "                                counted (--all: met ones too).\n"
        "  workdays add DATE N           The N-th working day after DATE (DATE itself not counted).\n"
        "  workdays between FROM TO      The working days after FROM up to and including TO.\n"
        "  workdays info DATE            Whether DATE is a working day, and why.\n"
        "  calendar                      The holiday calendar in use.\n"
        "  about                         The version, and where PIAdesk's data files are read from.\n"
        "  demo --cases N [--seed S]     Fill a new or empty case file with N synthetic cases (for trying\n"
        "                                PIAdesk out and for benchmarks); the same seed and --today give\n"
        "                                the same cases. The first is a large case.\n"
        "\n"
        "Options:\n"
        "  --file PATH    The case file (default: %1).\n"
        "  --db URL       A team store on a PostgreSQL server instead of a case file:\n"
        "                 postgresql://HOST/DATABASE or postgresql:///DATABASE?host=SOCKET_DIR; the password\n"
        "                 comes from ~/.pgpass or PGPASSWORD. Its audit log names the role you connect as.\n"
        "  --user NAME    Who the audit log of a case file names for changes (default: the system user).\n"
        "  --rules FILE   Also load the rule set in FILE (a newer version replaces the built-in one).\n"
        "  --calendar FILE\n"
        "                 Load a newer holiday calendar from FILE and keep it for later runs.\n"
        "  --today DATE   Count deadlines as if today were DATE (deadlines, workdays, check, render); the day\n"
        "                 the demo cases are built around.\n"
        "  --json         Print results as JSON.\n"
        "  --out FILE     Write the result to FILE instead of standard output.\n"
        "  --version      Print the version.\n"
        "  --help         Print this help.\n")
        .arg(QDir::toNativeSeparators(CaseStore::defaultPath()));
}

} // namespace

int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err, const Clock* clock)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption file(QStringLiteral("file"), QCoreApplication::translate("piadesk::Cli", "The case file."),
        QCoreApplication::translate("piadesk::Cli", "PATH"));
    const QCommandLineOption db(QStringLiteral("db"),
        QCoreApplication::translate("piadesk::Cli", "A team store on a PostgreSQL server."), QStringLiteral("URL"));
    const QCommandLineOption from(QStringLiteral("from"),
        QCoreApplication::translate("piadesk::Cli", "Where copy takes the cases from."), QStringLiteral("FILE|URL"));
    const QCommandLineOption to(QStringLiteral("to"),
        QCoreApplication::translate("piadesk::Cli", "Where copy puts the cases."), QStringLiteral("FILE|URL"));
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
    const QCommandLineOption rules(QStringLiteral("rules"),
        QCoreApplication::translate("piadesk::Cli", "Also load the rule set in FILE."),
        QCoreApplication::translate("piadesk::Cli", "FILE"));
    const QCommandLineOption assessor(QStringLiteral("assessor"),
        QCoreApplication::translate("piadesk::Cli", "Who carried out the assessment."),
        QCoreApplication::translate("piadesk::Cli", "NAME"));
    const QCommandLineOption reviewer(QStringLiteral("reviewer"),
        QCoreApplication::translate("piadesk::Cli", "Who reviewed the assessment."),
        QCoreApplication::translate("piadesk::Cli", "NAME"));
    const QCommandLineOption calendar(QStringLiteral("calendar"),
        QCoreApplication::translate("piadesk::Cli", "Load a newer holiday calendar from FILE."),
        QCoreApplication::translate("piadesk::Cli", "FILE"));
    const QCommandLineOption today(QStringLiteral("today"),
        QCoreApplication::translate("piadesk::Cli", "Count as if today were DATE."),
        QCoreApplication::translate("piadesk::Cli", "DATE"));
    const QCommandLineOption dueSoon(QStringLiteral("due-soon"),
        QCoreApplication::translate("piadesk::Cli", "The due-soon window in working days."), QStringLiteral("N"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        QCoreApplication::translate("piadesk::Cli", "The language of the document: zh_CN or en."),
        QStringLiteral("zh_CN|en"));
    const QCommandLineOption report(QStringLiteral("report"),
        QCoreApplication::translate("piadesk::Cli", "Write the PIA report to FILE (PDF)."),
        QCoreApplication::translate("piadesk::Cli", "FILE"));
    const QCommandLineOption xlsx(QStringLiteral("xlsx"),
        QCoreApplication::translate("piadesk::Cli", "Write the filing workbook to FILE (Excel)."),
        QCoreApplication::translate("piadesk::Cli", "FILE"));
    const QCommandLineOption packet(QStringLiteral("packet"),
        QCoreApplication::translate("piadesk::Cli", "Write the filing packet to FILE (PDF)."),
        QCoreApplication::translate("piadesk::Cli", "FILE"));
    const QCommandLineOption odt(QStringLiteral("odt"),
        QCoreApplication::translate("piadesk::Cli", "Write an editable working copy of the PIA report to FILE (ODT)."),
        QCoreApplication::translate("piadesk::Cli", "FILE"));
    const QCommandLineOption packetDir(QStringLiteral("packet-dir"),
        QCoreApplication::translate(
            "piadesk::Cli", "Write the filing into DIR, one file per upload slot of the filing system."),
        QCoreApplication::translate("piadesk::Cli", "DIR"));
    const QCommandLineOption filing(QStringLiteral("filing"),
        QCoreApplication::translate("piadesk::Cli", "The kind of filing of the packet."),
        QStringLiteral("initial|modification|deregistration"));
    const QCommandLineOption all(
        QStringLiteral("all"), QCoreApplication::translate("piadesk::Cli", "Include met deadlines."));
    const QCommandLineOption trigger(QStringLiteral("trigger"),
        QCoreApplication::translate("piadesk::Cli", "What starts the re-assessment."), QStringLiteral("KIND"));
    const QCommandLineOption dateOption(QStringLiteral("date"),
        QCoreApplication::translate("piadesk::Cli", "The date of the change or incident."),
        QCoreApplication::translate("piadesk::Cli", "DATE"));
    const QCommandLineOption description(QStringLiteral("description"),
        QCoreApplication::translate("piadesk::Cli", "What changed or happened."),
        QCoreApplication::translate("piadesk::Cli", "TEXT"));
    const QCommandLineOption ruleSet(QStringLiteral("rule-set"),
        QCoreApplication::translate("piadesk::Cli", "The rule set the new version is assessed under."),
        QStringLiteral("ID"));
    const QCommandLineOption cases(QStringLiteral("cases"),
        QCoreApplication::translate("piadesk::Cli", "How many demo cases to write."), QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QCoreApplication::translate("piadesk::Cli", "The seed of the demo cases."), QStringLiteral("S"));
    QCommandLineOption versionNumber(QStringLiteral("version-number"),
        QCoreApplication::translate("piadesk::Cli", "The assessment version."), QStringLiteral("N"));
    versionNumber.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({ file, db, from, to, user, json, outFile, help, version, rules, assessor, reviewer, calendar,
        today, dueSoon, all, lang, report, xlsx, packet, odt, packetDir, filing, cases, seed, versionNumber, trigger,
        dateOption, description, ruleSet });
    // "--version N" after a command names an assessment version; "--version" alone prints the program's.
    QStringList args = arguments;
    // A negative number is an argument (to be refused with a clear message), not an option.
    static const QRegularExpression negative(QStringLiteral("^-\\d+$"));
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (negative.match(args.at(i)).hasMatch())
            args[i].replace(0, 1, QChar(0x2212));
    }
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        bool number = false;
        args.at(i + 1).toInt(&number);
        if (number && (args.at(i) == QLatin1String("--version") || args.at(i) == QLatin1String("-version")))
            args[i] = QStringLiteral("--version-number");
    }
    if (!parser.parse(args)) {
        err << parser.errorText() << '\n'
            << QCoreApplication::translate("piadesk::Cli", "Run piadesk-cli --help for the commands.") << '\n';
        return cli::Usage;
    }
    if (parser.isSet(help)) {
        out << helpText();
        return cli::Success;
    }
    if (parser.isSet(version)) {
        out << QCoreApplication::translate(
            "piadesk::Cli", "piadesk-cli %1 (case file schema %2, case exchange format %3)")
                   .arg(QStringLiteral(PIADESK_VERSION))
                   .arg(Migrator::currentSchemaVersion())
                   .arg(CaseExchange::kFormatVersion)
            << '\n';
        return cli::Success;
    }
    if (parser.isSet(db) && parser.isSet(file)) {
        err << QCoreApplication::translate("piadesk::Cli", "Give either --file or --db, not both.") << '\n';
        return cli::Usage;
    }
    if (parser.isSet(db) && !TeamStore::isUrl(parser.value(db))) {
        err << QCoreApplication::translate("piadesk::Cli",
            "--db takes the address of a team store: postgresql://HOST/DATABASE (or "
            "postgresql:///DATABASE?host=SOCKET_DIR).")
            << '\n';
        return cli::Usage;
    }
    if (parser.isSet(db) && parser.isSet(user)) {
        err << QCoreApplication::translate("piadesk::Cli",
            "--user cannot be used with a team store: its audit log names the role you connect as. Connect as "
            "that person instead (the user in the address, or PGUSER).")
            << '\n';
        return cli::Usage;
    }
    if (const QString problem = DataFiles::problem(); !problem.isEmpty()) {
        err << problem << '\n';
        return cli::Failure;
    }
    const Clock* changeClock = clock;
    std::optional<FixedClock> fixed;
    if (parser.isSet(today)) {
        QString error;
        const QDate date = DateOutput::parseDate(parser.value(today), &error);
        if (!date.isValid()) {
            err << error << '\n'
                << QCoreApplication::translate("piadesk::Cli", "Run piadesk-cli --help for the commands.") << '\n';
            return cli::Usage;
        }
        fixed.emplace(date);
        clock = &*fixed;
    }
    cli::CliContext context(parser, out, err, clock, changeClock);
    return dispatch(context);
}

} // namespace piadesk
