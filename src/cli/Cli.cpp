#include "Cli.h"
#include "rules/FilingAuthority.h"

#include "DateOutput.h"
#include "calendar/CalendarLoader.h"
#include "documents/FilingFolder.h"
#include "documents/Packet.h"
#include "documents/Report.h"
#include "documents/Workbook.h"

#include "core/Clock.h"
#include "core/DataFiles.h"
#include "core/FieldRules.h"
#include "core/ModelJson.h"
#include "demo/DemoCases.h"
#include "exchange/CaseExchange.h"
#include "store/CaseStore.h"
#include "store/Migrator.h"
#include "workflow/Workflow.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>

#include <functional>
#include <limits>
#include <optional>
#include <sqlite3.h>

namespace piadesk {

namespace {

/** A rendering's progress that only notes how many pages the document has. */
Progress countPages(int* pages)
{
    return [pages](int, int total) {
        *pages = total;
        return true;
    };
}

enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

constexpr int kMaxWorkingDays = 10000;

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
        "  --user NAME    Who the audit log names for changes (default: the system user).\n"
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
    Command(
        QCommandLineParser& parser, QTextStream& out, QTextStream& err, const Clock* clock, const Clock* changeClock)
        : m_parser(parser)
        , m_out(out)
        , m_err(err)
        , m_clock(clock)
        , m_changeClock(changeClock)
    {
    }

    int run()
    {
        const QStringList args = m_parser.positionalArguments();
        const QString command = args.value(0);
        const QStringList rest = args.mid(1);
        if (m_parser.isSet(QStringLiteral("today")) && command != QLatin1String("deadlines")
            && command != QLatin1String("workdays") && command != QLatin1String("check")
            && command != QLatin1String("render") && command != QLatin1String("demo"))
            return usage(QCoreApplication::translate("piadesk::Cli",
                "--today applies to deadlines, workdays, check, render and demo only; changes are always recorded "
                "at the real time."));
        if ((m_parser.isSet(QStringLiteral("cases")) || m_parser.isSet(QStringLiteral("seed")))
            && command != QLatin1String("demo"))
            return usage(QCoreApplication::translate("piadesk::Cli", "--cases and --seed apply to demo only."));
        if (m_parser.isSet(QStringLiteral("calendar"))) {
            const int status = installCalendar();
            if (status != Success || command.isEmpty())
                return status;
        }
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
        if (command == QLatin1String("check"))
            return rest.size() == 1
                ? check(rest.at(0))
                : usage(QCoreApplication::translate("piadesk::Cli", "check needs one case: check CASE_ID"));
        if (command == QLatin1String("finalize"))
            return rest.size() == 1 ? finalize(rest.at(0))
                                    : usage(QCoreApplication::translate("piadesk::Cli",
                                        "finalize needs one case: finalize CASE_ID --assessor NAME --reviewer NAME"));
        if (command == QLatin1String("reassess"))
            return rest.size() == 1 ? reassess(rest.at(0))
                                    : usage(QCoreApplication::translate("piadesk::Cli",
                                        "reassess needs one case: reassess CASE_ID --trigger KIND --date DATE"));
        if (command == QLatin1String("deadlines"))
            return rest.isEmpty() ? deadlines()
                                  : usage(QCoreApplication::translate("piadesk::Cli", "deadlines takes no arguments."));
        if (command == QLatin1String("workdays"))
            return workdays(rest);
        if (command == QLatin1String("calendar"))
            return rest.isEmpty() ? showCalendar()
                                  : usage(QCoreApplication::translate("piadesk::Cli", "calendar takes no arguments."));
        if (command == QLatin1String("render"))
            return rest.size() == 1
                ? render(rest.at(0))
                : usage(QCoreApplication::translate("piadesk::Cli", "render needs one case: render CASE_ID"));
        if (command == QLatin1String("demo"))
            return rest.isEmpty() ? demo()
                                  : usage(QCoreApplication::translate("piadesk::Cli", "demo takes no arguments."));
        if (command == QLatin1String("about"))
            return rest.isEmpty() ? about()
                                  : usage(QCoreApplication::translate("piadesk::Cli", "about takes no arguments."));
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
            // Written case by case, laid out as QJsonDocument lays out the whole array, so that memory does not
            // grow with a second copy of the register.
            m_out << "[\n";
            for (qsizetype i = 0; i < cases.size(); ++i) {
                const CaseSummary& c = cases.at(i);
                const QJsonObject object { { QStringLiteral("id"), double(c.id) }, { QStringLiteral("uuid"), c.uuid },
                    { QStringLiteral("name"), c.name }, { QStringLiteral("organisation"), c.organisation },
                    { QStringLiteral("status"), enumKey(c.status) }, { QStringLiteral("publicPlace"), c.publicPlace },
                    { QStringLiteral("storedPeople"), double(c.storedPeople) },
                    { QStringLiteral("versions"), c.versions }, { QStringLiteral("latestVersion"), c.latestVersion },
                    { QStringLiteral("latestState"),
                        c.latestVersion ? QJsonValue(enumKey(c.latestState)) : QJsonValue(QJsonValue::Null) },
                    { QStringLiteral("updatedAt"), ModelJson::dateTimeValue(c.updatedAt) } };
                QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
                text.chop(1);
                text.replace('\n', "\n    ");
                m_out << "    " << QString::fromUtf8(text) << (i + 1 < cases.size() ? ",\n" : "\n");
            }
            m_out << "]\n";
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

    QDate today() const { return (m_clock ? *m_clock : Clock::system()).today(); }

    /** The calendar in use, after any --calendar; its warning (a kept file that cannot be used) goes to stderr. */
    CalendarLibrary calendars()
    {
        CalendarLibrary library(CalendarLibrary::defaultDataDirectory());
        if (!library.warning().isEmpty())
            m_err << QCoreApplication::translate("piadesk::Cli", "Warning: %1").arg(library.warning()) << '\n';
        return library;
    }

    int installCalendar()
    {
        CalendarLibrary library(CalendarLibrary::defaultDataDirectory());
        QString error;
        if (!library.install(m_parser.value(QStringLiteral("calendar")), &error))
            return failure(error);
        m_err << QCoreApplication::translate("piadesk::Cli", "Holiday calendar %1–%2 loaded and kept in %3.")
                     .arg(library.calendar().firstYear())
                     .arg(library.calendar().lastYear())
                     .arg(QDir::toNativeSeparators(library.keptFile()))
              << '\n';
        return Success;
    }

    void printJson(const QJsonObject& object)
    {
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    }

    /** The version, and where the data files in use come from: installed, or built into the program. */
    int about()
    {
        const RuleSetLibrary rules = RuleSetLibrary::builtIn();
        const CalendarLibrary library = calendars();
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
            ruleSets.append(
                QJsonObject { { QStringLiteral("id"), rs->id }, { QStringLiteral("version"), rs->version } });
        const QString directory = DataFiles::directory();
        if (m_parser.isSet(QStringLiteral("json"))) {
            printJson(QJsonObject {
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
                { QStringLiteral("caseFile"), filePath() },
            });
            return Success;
        }
        m_out << QCoreApplication::translate("piadesk::Cli", "PIAdesk %1, Qt %2, SQLite %3")
                     .arg(QStringLiteral(PIADESK_VERSION), QString::fromLatin1(qVersion()),
                         QString::fromLatin1(sqlite3_libversion()))
              << '\n'
              << (directory.isEmpty()
                         ? QCoreApplication::translate("piadesk::Cli", "Data files: built into the program.")
                         : QCoreApplication::translate("piadesk::Cli", "Data files: %1")
                               .arg(QDir::toNativeSeparators(directory)))
              << '\n';
        for (auto it = files.constBegin(); it != files.constEnd(); ++it)
            m_out << "  " << padded(it.key(), 38) << QDir::toNativeSeparators(it.value().toString()) << '\n';
        for (const auto& rs : rules.all())
            m_out << QCoreApplication::translate("piadesk::Cli", "Rule set: %1, version %2").arg(rs->id, rs->version)
                  << '\n';
        m_out << QCoreApplication::translate("piadesk::Cli", "Holiday calendar: %1–%2")
                     .arg(library.calendar().firstYear())
                     .arg(library.calendar().lastYear())
              << '\n'
              << QCoreApplication::translate("piadesk::Cli", "Case file: %1").arg(QDir::toNativeSeparators(filePath()))
              << '\n';
        return Success;
    }

    int showCalendar()
    {
        const CalendarLibrary library = calendars();
        if (m_parser.isSet(QStringLiteral("json")))
            printJson(DateOutput::calendarJson(library.calendar()));
        else
            m_out << DateOutput::calendarText(library.calendar());
        return Success;
    }

    int workdays(const QStringList& args)
    {
        const QString sub = args.value(0);
        const int expected = sub == QLatin1String("info") ? 2 : 3;
        if ((sub != QLatin1String("add") && sub != QLatin1String("between") && sub != QLatin1String("info"))
            || args.size() != expected)
            return usage(QCoreApplication::translate("piadesk::Cli",
                "workdays needs one of: workdays add DATE N, workdays between FROM TO, workdays info DATE"));
        QString error;
        const QDate first = DateOutput::parseDate(args.at(1), &error);
        if (!first.isValid())
            return usage(error);
        const CalendarLibrary library = calendars();
        const WorkCalendar& calendar = library.calendar();
        const bool json = m_parser.isSet(QStringLiteral("json"));
        if (sub == QLatin1String("info")) {
            const DayInfo day = calendar.info(first);
            if (json)
                printJson(DateOutput::dayJson(day));
            else
                m_out << DateOutput::dayText(calendar, day);
            return Success;
        }
        WorkdayCount count;
        if (sub == QLatin1String("add")) {
            bool ok = false;
            const int n = args.at(2).toInt(&ok);
            if (!ok || n < 0 || n > kMaxWorkingDays)
                return usage(
                    QCoreApplication::translate("piadesk::Cli", "\"%1\" is not a number of working days from 0 to %2.")
                        .arg(args.at(2).left(40))
                        .arg(kMaxWorkingDays));
            count = calendar.addWorkingDays(first, n);
            if (!count.isValid() || !FieldRules::dateProblem(count.to).isEmpty())
                return failure(QCoreApplication::translate("piadesk::Cli", "The result lies beyond the year %1.")
                                   .arg(FieldRules::kMaxYear));
        } else {
            const QDate second = DateOutput::parseDate(args.at(2), &error);
            if (!second.isValid())
                return usage(error);
            count = calendar.workingDaysBetween(first, second);
        }
        if (json) {
            QJsonObject o = DateOutput::countJson(count);
            o.insert(QStringLiteral("calendar"), DateOutput::calendarJson(calendar));
            printJson(o);
        } else {
            m_out << DateOutput::countText(calendar, count, sub == QLatin1String("add"));
        }
        return Success;
    }

    int deadlines()
    {
        DeadlineOptions options;
        options.today = today();
        if (m_parser.isSet(QStringLiteral("due-soon"))) {
            bool ok = false;
            options.dueSoonWorkingDays = m_parser.value(QStringLiteral("due-soon")).toInt(&ok);
            if (!ok || options.dueSoonWorkingDays < 0 || options.dueSoonWorkingDays > 250)
                return usage(QCoreApplication::translate(
                    "piadesk::Cli", "--due-soon needs a number of working days from 0 to 250."));
        }
        const bool json = m_parser.isSet(QStringLiteral("json"));
        RuleSetLibrary rules;
        QString error;
        if (!loadRuleSets(&rules, &error))
            return failure(error);
        const CalendarLibrary library = calendars();
        DeadlineReport report;
        if (QFileInfo::exists(filePath())) {
            auto store = openStore(true, &error);
            if (!store)
                return failure(error);
            DeadlineScope scope;
            scope.includeMet = m_parser.isSet(QStringLiteral("all"));
            scope.json = json;
            report = Workflow::deadlines(
                *store, rules, library.calendar(), options, languageFor(QLocale()), scope, &error);
            if (!error.isEmpty())
                return failure(error);
        }
        for (const QString& warning : report.warnings)
            m_err << QCoreApplication::translate("piadesk::Cli", "Warning: %1").arg(warning) << '\n';
        if (json) {
            QJsonArray items;
            for (const DeadlineEntry& entry : report.entries)
                items.append(entry.json);
            printJson(QJsonObject {
                { QStringLiteral("today"), options.today.toString(Qt::ISODate) },
                { QStringLiteral("dueSoonWorkingDays"), options.dueSoonWorkingDays },
                { QStringLiteral("calendar"), DateOutput::calendarJson(library.calendar()) },
                { QStringLiteral("estimated"), report.estimated },
                { QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings) },
                { QStringLiteral("deadlines"), items },
            });
        } else {
            DateOutput::writeDeadlines(m_out, library.calendar(), report, options.today);
        }
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

    int demo()
    {
        bool ok = false;
        const int cases = m_parser.value(QStringLiteral("cases")).toInt(&ok);
        if (!m_parser.isSet(QStringLiteral("cases")) || !ok || cases < 1 || cases > DemoCases::kMaxCases)
            return usage(QCoreApplication::translate("piadesk::Cli", "demo needs --cases N, from 1 to %1.")
                             .arg(DemoCases::kMaxCases));
        DemoOptions options;
        options.cases = cases;
        options.today = today();
        if (m_parser.isSet(QStringLiteral("seed"))) {
            options.seed = m_parser.value(QStringLiteral("seed")).toUInt(&ok);
            if (!ok)
                return usage(QCoreApplication::translate("piadesk::Cli", "--seed needs a whole number from 0 to %1.")
                                 .arg(std::numeric_limits<quint32>::max()));
        }
        RuleSetLibrary rules;
        QString error;
        if (!loadRuleSets(&rules, &error))
            return failure(error);
        // Changes are recorded at the real time, whatever --today says.
        CaseStore::Options storeOptions;
        storeOptions.clock = m_changeClock;
        storeOptions.actor = m_parser.value(QStringLiteral("user"));
        auto store = CaseStore::open(filePath(), storeOptions, &error);
        if (!store)
            return failure(error);
        const qsizetype existing = store->listCases().size();
        if (existing > 0)
            return failure(QCoreApplication::translate("piadesk::Cli",
                "%1 already holds %n case(s); demo cases go only into a new or empty case file.", nullptr,
                int(existing))
                               .arg(QDir::toNativeSeparators(store->path())));
        const RuleSet* primary = DemoCases::rulesInForce(rules, &options);
        if (!DemoCases::generate(*store, *primary, options, {}, &error))
            return failure(error);
        m_out << QCoreApplication::translate(
            "piadesk::Cli", "%n demo case(s) written to %1 (seed %2, built around %3).", nullptr, cases)
                     .arg(QDir::toNativeSeparators(store->path()))
                     .arg(options.seed)
                     .arg(options.today.toString(Qt::ISODate))
              << '\n';
        return Success;
    }

    /** The built-in rule sets and those given with --rules; false (with a message) when a file is refused. */
    bool loadRuleSets(RuleSetLibrary* library, QString* error)
    {
        *library = RuleSetLibrary::builtIn();
        for (const QString& path : m_parser.values(QStringLiteral("rules"))) {
            if (!library->addFile(path, error))
                return false;
        }
        return true;
    }

    /** The --version N given after a command, or 0 for the latest; -1 when it is not a number. */
    int versionNumber() const
    {
        if (!m_parser.isSet(QStringLiteral("version-number")))
            return 0;
        bool ok = false;
        const int n = m_parser.value(QStringLiteral("version-number")).toInt(&ok);
        return ok && n >= 1 ? n : -1;
    }

    /** Loads the case \a reference and its version (\a number, 0 for the latest) into \a bundle. */
    const AssessmentVersion* loadVersion(
        CaseStore& store, const QString& reference, int number, CaseBundle* bundle, QString* error)
    {
        const auto id = store.findCase(reference);
        if (!id) {
            *error = QCoreApplication::translate("piadesk::Cli", "There is no case %1 in %2.")
                         .arg(reference, QDir::toNativeSeparators(store.path()));
            return nullptr;
        }
        if (!store.loadCase(*id, bundle)) {
            *error = store.errorString();
            return nullptr;
        }
        const AssessmentVersion* v = Workflow::version(*bundle, number);
        if (!v)
            *error = number == 0
                ? QCoreApplication::translate("piadesk::Cli", "Case %1 has no assessment yet.").arg(reference)
                : QCoreApplication::translate("piadesk::Cli", "Case %1 has no version %2.").arg(reference).arg(number);
        return v;
    }

    /** A version read from the case file, with the rule set its case is assessed under. */
    struct OpenVersion
    {
        RuleSetLibrary library;
        std::unique_ptr<CaseStore> store;
        CaseBundle bundle;
        const AssessmentVersion* version = nullptr; ///< in bundle
        const RuleSet* rules = nullptr; ///< in library
    };

    /** Opens the case file read-only and loads version \a number (0: the latest) of case \a reference. */
    bool openVersion(const QString& reference, int number, OpenVersion* out, QString* error)
    {
        if (!loadRuleSets(&out->library, error))
            return false;
        out->store = openStore(true, error);
        if (!out->store)
            return false;
        out->version = loadVersion(*out->store, reference, number, &out->bundle, error);
        if (!out->version)
            return false;
        out->rules = Workflow::ruleSetFor(out->library, out->bundle.caseInfo, *out->version, error);
        return out->rules != nullptr;
    }

    /** Writes one document to \a path through a QSaveFile: the file appears whole or not at all. */
    bool writeDocument(const QString& path, const std::function<bool(QIODevice*, QString*)>& write, QString* error)
    {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = QCoreApplication::translate("piadesk::Cli", "%1 cannot be written: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
        if (!write(&file, error))
            return false;
        if (!file.commit()) {
            *error = QCoreApplication::translate("piadesk::Cli", "%1 cannot be written: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
        return true;
    }

    int render(const QString& reference)
    {
        const int number = versionNumber();
        if (number < 0)
            return usage(QCoreApplication::translate("piadesk::Cli", "--version needs a version number: 1, 2, …"));
        const QString lang = m_parser.value(QStringLiteral("lang"));
        if (!lang.isEmpty() && lang != QLatin1String("zh_CN") && lang != QLatin1String("en"))
            return usage(QCoreApplication::translate("piadesk::Cli", "--lang is zh_CN or en."));
        const Language language = lang == QLatin1String("en") ? Language::English : Language::Chinese;
        const QString reportPath = m_parser.value(QStringLiteral("report"));
        const QString xlsxPath = m_parser.value(QStringLiteral("xlsx"));
        const QString packetPath = m_parser.value(QStringLiteral("packet"));
        const QString odtPath = m_parser.value(QStringLiteral("odt"));
        const QString folderPath = m_parser.value(QStringLiteral("packet-dir"));
        if (reportPath.isEmpty() && xlsxPath.isEmpty() && packetPath.isEmpty() && odtPath.isEmpty()
            && folderPath.isEmpty())
            return usage(QCoreApplication::translate("piadesk::Cli",
                "render needs a file to write: render CASE_ID --report FILE.pdf, --odt FILE.odt, --packet "
                "FILE.pdf, --packet-dir DIR or --xlsx FILE.xlsx"));
        const auto kind = enumFromKey<FilingKind>(m_parser.isSet(QStringLiteral("filing"))
                ? m_parser.value(QStringLiteral("filing"))
                : QStringLiteral("initial"));
        if (!kind)
            return usage(
                QCoreApplication::translate("piadesk::Cli", "--filing is initial, modification or deregistration."));
        OpenVersion opened;
        QString error;
        if (!openVersion(reference, number, &opened, &error))
            return failure(error);
        const CaseBundle& bundle = opened.bundle;
        const AssessmentVersion* v = opened.version;
        const RuleSet* rules = opened.rules;
        if (!reportPath.isEmpty()) {
            int pages = 0;
            if (!writeDocument(
                    reportPath,
                    [&](QIODevice* device, QString* why) {
                        return Report::render(*rules, bundle, *v, language, device, countPages(&pages), why);
                    },
                    &error))
                return failure(error);
            m_out << QCoreApplication::translate(
                "piadesk::Cli", "Report of case %1, version %2: %3 (%n page(s)).", nullptr, pages)
                         .arg(bundle.caseInfo.id)
                         .arg(v->number)
                         .arg(QDir::toNativeSeparators(reportPath))
                  << '\n';
        }
        if (!packetPath.isEmpty()) {
            int pages = 0;
            const auto data = [&opened](const Attachment& a) { return opened.store->attachmentData(a.id); };
            if (!writeDocument(
                    packetPath,
                    [&](QIODevice* device, QString* why) {
                        return Packet::render(
                            *rules, bundle, *v, *kind, language, data, device, countPages(&pages), why);
                    },
                    &error))
                return failure(error);
            m_out << QCoreApplication::translate(
                "piadesk::Cli", "Filing packet (%4) of case %1, version %2: %3 (%n page(s)).", nullptr, pages)
                         .arg(bundle.caseInfo.id)
                         .arg(v->number)
                         .arg(QDir::toNativeSeparators(packetPath), enumLabel(*kind))
                  << '\n';
            if (const QString notReady = Packet::readiness(*rules, bundle, *v); !notReady.isEmpty())
                m_err << QCoreApplication::translate("piadesk::Cli", "Warning: %1").arg(notReady) << '\n';
        }
        if (!odtPath.isEmpty()) {
            if (!writeDocument(
                    odtPath,
                    [&](QIODevice* device, QString* why) {
                        return FilingFolder::renderOdt(
                            QStringLiteral("report"), *rules, bundle, *v, *kind, language, device, why);
                    },
                    &error))
                return failure(error);
            m_out << QCoreApplication::translate(
                "piadesk::Cli", "Working copy of the report of case %1, version %2: %3 (editable; not the record).")
                         .arg(bundle.caseInfo.id)
                         .arg(v->number)
                         .arg(QDir::toNativeSeparators(odtPath))
                  << '\n';
        }
        if (!folderPath.isEmpty()) {
            const auto data = [&opened](const Attachment& a) { return opened.store->attachmentData(a.id); };
            QList<FolderEntry> entries;
            if (!FilingFolder::write(*rules, bundle, *v, *kind, language, data, folderPath, &entries, {}, &error))
                return failure(error);
            m_out << QCoreApplication::translate("piadesk::Cli", "Filing folder (%4) of case %1, version %2: %3")
                         .arg(bundle.caseInfo.id)
                         .arg(v->number)
                         .arg(QDir::toNativeSeparators(folderPath), enumLabel(*kind))
                  << '\n';
            for (const FolderEntry& e : entries) {
                const QString how = e.kind == FolderEntry::Kind::Written
                    ? QCoreApplication::translate("piadesk::Cli", "filled in")
                    : e.kind == FolderEntry::Kind::ToSeal
                    ? QCoreApplication::translate("piadesk::Cli", "filled in; print, sign, seal and scan it")
                    : e.kind == FolderEntry::Kind::Copied
                    ? QCoreApplication::translate("piadesk::Cli", "the case's scan")
                    : QCoreApplication::translate("piadesk::Cli", "attach the scan");
                m_out << QStringLiteral("  %1  %2 (%3)").arg(e.number, 2).arg(e.fileName, how) << '\n';
            }
            if (const QString notReady = Packet::readiness(*rules, bundle, *v); !notReady.isEmpty())
                m_err << QCoreApplication::translate("piadesk::Cli", "Warning: %1").arg(notReady) << '\n';
        }
        if (!xlsxPath.isEmpty()) {
            const CalendarLibrary calendars = this->calendars();
            if (!writeDocument(
                    xlsxPath,
                    [&](QIODevice* device, QString* why) {
                        return Workbook::write(
                            *rules, bundle, *v, calendars.calendar(), today(), language, device, nullptr, why);
                    },
                    &error))
                return failure(error);
            m_out << QCoreApplication::translate("piadesk::Cli", "Filing workbook of case %1, version %2: %3.")
                         .arg(bundle.caseInfo.id)
                         .arg(v->number)
                         .arg(QDir::toNativeSeparators(xlsxPath))
                  << '\n';
        }
        if (!v->isFinal())
            m_out << QCoreApplication::translate(
                "piadesk::Cli", "The version is a draft: every page is marked DRAFT and carries no content hash.")
                  << '\n';
        return Success;
    }

    int check(const QString& reference)
    {
        const int number = versionNumber();
        if (number < 0)
            return usage(QCoreApplication::translate("piadesk::Cli", "--version needs a version number: 1, 2, …"));
        OpenVersion opened;
        QString error;
        if (!openVersion(reference, number, &opened, &error))
            return failure(error);
        const CaseBundle& bundle = opened.bundle;
        const AssessmentVersion* v = opened.version;
        const RuleSet* rules = opened.rules;
        const Language language = languageFor(QLocale());
        const CheckResult result = Workflow::check(*rules, bundle, *v);
        if (m_parser.isSet(QStringLiteral("json"))) {
            m_out << QString::fromUtf8(QJsonDocument(Workflow::checkJson(*rules, bundle, *v, result, language))
                                           .toJson(QJsonDocument::Indented));
            return Success;
        }
        printCheck(result, *rules, bundle, *v);
        return Success;
    }

    void printCheck(const CheckResult& r, const RuleSet& rules, const CaseBundle& bundle, const AssessmentVersion& v)
    {
        const Language language = languageFor(QLocale());
        const AssessedOn on = bundle.assessedOn(v);
        const Engine engine(rules, on.facts, v); // only to word gaps and inconsistencies
        m_out << QCoreApplication::translate("piadesk::Cli", "Case %1 \"%2\", version %3 (%4)")
                     .arg(bundle.caseInfo.id)
                     .arg(oneLine(on.facts.name))
                     .arg(v.number)
                     .arg(enumLabel(v.state))
              << '\n';
        m_out << QCoreApplication::translate("piadesk::Cli", "Rule set: %1, version %2")
                     .arg(rules.shortTitle.text(language), rules.version);
        if (!v.ruleSetId.isEmpty() && (v.ruleSetId != rules.id || v.ruleSetVersion != rules.version))
            m_out << ' '
                  << QCoreApplication::translate("piadesk::Cli", "(this version was finalized under %1 %2)")
                         .arg(v.ruleSetId, v.ruleSetVersion);
        m_out << "\n\n";
        if (r.outOfScope) {
            m_out
                << QCoreApplication::translate("piadesk::Cli", "Not assessed: %1").arg(r.finalization.reasons.value(0))
                << "\n";
            return;
        }
        const FilingAuthority authority = FilingAuthority::resolve(rules.filing, on.organisation);
        m_out << QCoreApplication::translate("piadesk::Cli", "Filing: %1")
                     .arg(Engine::explain(rules, r.filing, language, authority.name(rules.filing, language)));
        if (r.filing.required && !authority.how(on.organisation, language).isEmpty())
            m_out << ' '
                  << QCoreApplication::translate("piadesk::Cli", "(The administration was found %1.)")
                         .arg(authority.how(on.organisation, language));
        m_out << "\n\n";

        m_out << QCoreApplication::translate("piadesk::Cli", "Red flags: %n", nullptr, int(r.flags.size())) << '\n';
        for (const RaisedFlag& f : r.flags) {
            QString state;
            if (f.isProhibited())
                state = f.basisNotShown
                    ? QCoreApplication::translate("piadesk::Cli", "PROHIBITED, basis not shown, blocks finalization")
                    : QCoreApplication::translate("piadesk::Cli", "PROHIBITED, must stop, blocks finalization");
            else
                state = f.isAddressed() ? QCoreApplication::translate("piadesk::Cli", "condition, addressed")
                                        : QCoreApplication::translate("piadesk::Cli", "condition");
            m_out << QStringLiteral("  [%1] %2 (%3)")
                         .arg(state, f.rule->title.text(language), rules.cite(f.rule->articles, language))
                  << '\n'
                  << QStringLiteral("      ") << f.rule->message.text(language) << '\n';
            QStringList causes;
            for (const ConditionTerm& cause : f.causes)
                causes.append(QStringLiteral("%1 = %2").arg(cause.name,
                    cause.value.isUndefined()
                        ? QCoreApplication::translate("piadesk::Cli", "(unanswered)")
                        : QString::fromUtf8(QJsonDocument(QJsonArray { cause.value }).toJson(QJsonDocument::Compact))
                              .mid(1)
                              .chopped(1)));
            if (!causes.isEmpty())
                m_out
                    << QStringLiteral("      ")
                    << QCoreApplication::translate("piadesk::Cli", "Because: %1").arg(causes.join(QStringLiteral(", ")))
                    << '\n';
        }
        m_out << '\n';

        if (!r.adverse.isEmpty()) {
            m_out << QCoreApplication::translate("piadesk::Cli", "Adverse findings: %n", nullptr, int(r.adverse.size()))
                  << '\n';
            for (const AdverseAnswer& a : r.adverse)
                m_out << QStringLiteral("  - %1: %2").arg(a.question->id, a.finding->finding.text(language)) << '\n';
            m_out << '\n';
        }
        if (!r.inconsistencies.isEmpty()) {
            m_out << QCoreApplication::translate(
                "piadesk::Cli", "Conclusions the answers contradict: %n", nullptr, int(r.inconsistencies.size()))
                  << '\n';
            for (const Inconsistency& i : r.inconsistencies)
                m_out << QStringLiteral("  - ") << oneLine(engine.describe(i, language)) << '\n';
            m_out << '\n';
        }

        const Completeness& completeness = r.completeness;
        m_out << QCoreApplication::translate("piadesk::Cli", "Completeness: %1% (%2 of %3)")
                     .arg(completeness.percent())
                     .arg(completeness.done())
                     .arg(completeness.total())
              << '\n';
        for (const GroupCompleteness& g : completeness.groups) {
            const Section* section = rules.section(g.id);
            const QString title = section ? section->title.text(language) : groupTitle(g.id);
            m_out << QStringLiteral("  %1 %2%").arg(padded(title, 46)).arg(g.percent(), 3) << '\n';
            for (const Gap& gap : g.gaps)
                m_out << QStringLiteral("      - ") << oneLine(engine.describe(gap, language)) << '\n';
        }
        m_out << '\n';

        const RiskSummary& risks = r.risks;
        const auto levelText = [&rules, language](int level) {
            return level < 0 ? QCoreApplication::translate("piadesk::Cli", "not rated")
                             : scaleText(rules.risk.levels, level, language);
        };
        m_out << QCoreApplication::translate(
            "piadesk::Cli", "Overall risk: %1 residual (%2 before measures, %3 target)")
                     .arg(levelText(risks.overall), levelText(risks.overallInherent), levelText(risks.overallTarget))
              << '\n';
        for (const RiskAdjustment* a : risks.adjustments)
            m_out << QStringLiteral("  * ") << a->text.text(language) << '\n';
        for (qsizetype i = 0; i < risks.risks.size() && i < v.risks.size(); ++i) {
            const RatedRisk& item = risks.risks.at(i);
            m_out << QStringLiteral("  - %1: %2 → %3 (%4)")
                         .arg(oneLine(v.risks.at(i).title), levelText(item.level), levelText(item.residualLevel),
                             item.measuresDone
                                 ? QCoreApplication::translate("piadesk::Cli", "measures done")
                                 : QCoreApplication::translate("piadesk::Cli", "target %1 once measures are done")
                                       .arg(levelText(item.targetLevel)))
                  << '\n';
        }
        if (risks.needsAcceptance())
            m_out << QCoreApplication::translate("piadesk::Cli", "Residual risk above the acceptable level (%1): %2")
                         .arg(levelText(risks.acceptableLevel),
                             r.acceptance.isComplete()
                                 ? QCoreApplication::translate("piadesk::Cli", "accepted by %1 on %2: %3")
                                       .arg(oneLine(r.acceptance.by), r.acceptance.on.toString(Qt::ISODate),
                                           oneLine(r.acceptance.reason))
                                 : QCoreApplication::translate("piadesk::Cli", "nobody has accepted it"))
                  << '\n';
        if (v.trigger != TriggerKind::Initial) {
            QStringList sections;
            for (const QString& s : r.sectionsToReview) {
                const Section* section = rules.section(s);
                sections.append(section ? section->title.text(language) : s);
            }
            m_out << '\n'
                  << QCoreApplication::translate("piadesk::Cli", "Re-assessment (%1): review %2")
                         .arg(enumLabel(v.trigger), sections.join(QStringLiteral("; ")))
                  << '\n';
        }
        m_out << '\n';
        if (r.finalization.allowed) {
            m_out << QCoreApplication::translate("piadesk::Cli", "Ready to finalize.") << '\n';
        } else {
            m_out << QCoreApplication::translate("piadesk::Cli", "Not ready to finalize:") << '\n';
            for (const QString& reason : r.finalization.reasons)
                m_out << QStringLiteral("  - ") << reason << '\n';
        }
    }

    static QString groupTitle(const QString& id)
    {
        if (id == QLatin1String("screening"))
            return QCoreApplication::translate("piadesk::Cli", "Screening");
        if (id == QLatin1String("datamap"))
            return QCoreApplication::translate("piadesk::Cli", "Data map");
        if (id == QLatin1String("flags"))
            return QCoreApplication::translate("piadesk::Cli", "Red-flag conditions");
        if (id == QLatin1String("risks"))
            return QCoreApplication::translate("piadesk::Cli", "Risks and action plan");
        if (id == QLatin1String("signoff"))
            return QCoreApplication::translate("piadesk::Cli", "Sign-off");
        return id;
    }

    int finalize(const QString& reference)
    {
        const int number = versionNumber();
        if (number < 0)
            return usage(QCoreApplication::translate("piadesk::Cli", "--version needs a version number: 1, 2, …"));
        const QString assessor = m_parser.value(QStringLiteral("assessor")).trimmed();
        const QString reviewer = m_parser.value(QStringLiteral("reviewer")).trimmed();
        if (assessor.isEmpty() || reviewer.isEmpty())
            return usage(QCoreApplication::translate("piadesk::Cli",
                "finalize needs the names of the assessor and the reviewer: --assessor NAME --reviewer NAME"));
        RuleSetLibrary library;
        QString error;
        if (!loadRuleSets(&library, &error))
            return failure(error);
        auto store = openStore(false, &error);
        if (!store)
            return failure(error);
        CaseBundle bundle;
        const AssessmentVersion* v = loadVersion(*store, reference, number, &bundle, &error);
        if (!v)
            return failure(error);
        if (v->isFinal())
            return failure(QCoreApplication::translate("piadesk::Cli", "Version %1 of case %2 is already finalized.")
                               .arg(v->number)
                               .arg(reference));
        if (!Workflow::finalize(*store, library, v->id, assessor, reviewer, &error))
            return failure(error);
        if (!store->loadCase(bundle.caseInfo.id, &bundle))
            return failure(store->errorString());
        const AssessmentVersion* done = Workflow::version(bundle, v->number);
        m_out << QCoreApplication::translate("piadesk::Cli",
            "Version %1 of case %2 is finalized under %3 %4.\nContent hash: %5\nKeep the report until %6.")
                     .arg(done->number)
                     .arg(bundle.caseInfo.id)
                     .arg(done->ruleSetId, done->ruleSetVersion, done->contentHash,
                         QLocale().toString(done->retainUntil, QLocale::LongFormat))
              << '\n';
        return Success;
    }

    int reassess(const QString& reference)
    {
        const QString triggerKey = m_parser.value(QStringLiteral("trigger")).trimmed();
        const auto trigger = enumFromKey<TriggerKind>(triggerKey);
        if (!trigger || *trigger == TriggerKind::Initial)
            return usage(QCoreApplication::translate("piadesk::Cli",
                "reassess needs --trigger, one of purpose_changed, methods_changed, security_incident, "
                "yearly_review, legal_basis_changed or other."));
        const QString dateText = m_parser.value(QStringLiteral("date")).trimmed();
        const QDate date = ModelJson::parseDate(dateText);
        if (!date.isValid())
            return usage(dateText.isEmpty()
                    ? QCoreApplication::translate(
                        "piadesk::Cli", "reassess needs --date, the date of the change or incident (YYYY-MM-DD).")
                    : QCoreApplication::translate("piadesk::Cli", "\"%1\" is not a date (YYYY-MM-DD).")
                          .arg(dateText.left(40)));
        RuleSetLibrary library;
        QString error;
        if (!loadRuleSets(&library, &error))
            return failure(error);
        auto store = openStore(false, &error);
        if (!store)
            return failure(error);
        const auto id = store->findCase(reference);
        if (!id)
            return failure(QCoreApplication::translate("piadesk::Cli", "There is no case %1 in %2.")
                               .arg(reference, QDir::toNativeSeparators(store->path())));
        Workflow::Reassessment outcome;
        if (!Workflow::reassess(*store, library, *id, *trigger, date, m_parser.value(QStringLiteral("description")),
                m_parser.value(QStringLiteral("rule-set")).trimmed(), &outcome, &error))
            return failure(error);
        const Language language = languageFor(QLocale());
        m_out << QCoreApplication::translate("piadesk::Cli", "Version %1 of case %2 is a draft under %3 %4.")
                     .arg(outcome.version.number)
                     .arg(reference, outcome.ruleSet->shortTitle.text(language), outcome.ruleSet->version)
              << '\n';
        if (!outcome.carried.isEmpty() || !outcome.open.isEmpty())
            m_out << QCoreApplication::translate("piadesk::Cli",
                "Answers carried over: %1. Questions open under the new rule set: %2. Earlier versions are unchanged.")
                         .arg(outcome.carried.size())
                         .arg(outcome.open.size())
                  << '\n';
        return Success;
    }

    QCommandLineParser& m_parser;
    QTextStream& m_out;
    QTextStream& m_err;
    const Clock* m_clock;
    const Clock* m_changeClock; ///< the clock changes are recorded by: the real one, whatever --today says
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
    parser.addOptions({ file, user, json, outFile, help, version, rules, assessor, reviewer, calendar, today, dueSoon,
        all, lang, report, xlsx, packet, odt, packetDir, filing, cases, seed, versionNumber, trigger, dateOption,
        description, ruleSet });
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
    if (const QString problem = DataFiles::problem(); !problem.isEmpty()) {
        err << problem << '\n';
        return Failure;
    }
    const Clock* changeClock = clock;
    std::optional<FixedClock> fixed;
    if (parser.isSet(today)) {
        QString error;
        const QDate date = DateOutput::parseDate(parser.value(today), &error);
        if (!date.isValid()) {
            err << error << '\n'
                << QCoreApplication::translate("piadesk::Cli", "Run piadesk-cli --help for the commands.") << '\n';
            return Usage;
        }
        fixed.emplace(date);
        clock = &*fixed;
    }
    Command command(parser, out, err, clock, changeClock);
    return command.run();
}

} // namespace piadesk
