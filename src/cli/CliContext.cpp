#include "cli/CliContext.h"

#include "core/Clock.h"
#include "core/JsonText.h"
#include "workflow/FileDeadlines.h"
#include "workflow/Workflow.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

namespace piadesk::cli {

CliContext::CliContext(
    QCommandLineParser& parser_, QTextStream& out_, QTextStream& err_, const Clock* clock_, const Clock* changeClock_)
    : parser(parser_)
    , out(out_)
    , err(err_)
    , clock(clock_)
    , changeClock(changeClock_)
{
}

bool CliContext::json() const
{
    return parser.isSet(QStringLiteral("json"));
}

int CliContext::usage(const QString& message)
{
    err << message << '\n'
        << QCoreApplication::translate("piadesk::Cli", "Run piadesk-cli --help for the commands.") << '\n';
    return Usage;
}

int CliContext::failure(const QString& message)
{
    err << QCoreApplication::translate("piadesk::Cli", "Error: %1").arg(message) << '\n';
    return Failure;
}

QString CliContext::filePath() const
{
    if (parser.isSet(QStringLiteral("db")))
        return parser.value(QStringLiteral("db"));
    return parser.isSet(QStringLiteral("file")) ? parser.value(QStringLiteral("file")) : CaseStore::defaultPath();
}

bool CliContext::isTeamStore() const
{
    return parser.isSet(QStringLiteral("db"));
}

std::unique_ptr<CaseStore> CliContext::openStore(bool readOnly, QString* error)
{
    return openStoreAt(filePath(), readOnly, error);
}

std::unique_ptr<CaseStore> CliContext::openStoreAt(const QString& location, bool readOnly, QString* error)
{
    CaseStore::Options options;
    options.readOnly = readOnly;
    options.clock = clock;
    options.actor = parser.value(QStringLiteral("user"));
    std::unique_ptr<CaseStore> store = CaseStore::open(location, options, error);
    // A writer keeps the summaries of the cases it changes; a reader's commands do not read digests.
    if (store && !readOnly)
        summarize(*store);
    return store;
}

void CliContext::summarize(CaseStore& store)
{
    // The built-in rule sets only, so that --rules does not make every summary be formed again; a case under a rule
    // set given with --rules is read whole where its standing is needed.
    const CalendarLibrary calendars(CalendarLibrary::defaultDataDirectory());
    if (!store.setDigester(FileDeadlines::digester(RuleSetLibrary::builtIn(), calendars.calendar())))
        err << QCoreApplication::translate("piadesk::Cli",
            "Warning: the summaries of the cases could not be brought "
            "up to date: %1")
                   .arg(store.errorString())
            << '\n';
}

void CliContext::writeOut(const QByteArray& text)
{
    if (QIODevice* device = out.device()) {
        out.flush();
        device->write(text);
    } else {
        out << QString::fromUtf8(text);
    }
}

bool CliContext::writeResult(const QByteArray& bytes, QString* error)
{
    if (!parser.isSet(QStringLiteral("out"))) {
        out << QString::fromUtf8(bytes);
        return true;
    }
    QSaveFile file(parser.value(QStringLiteral("out")));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QCoreApplication::translate("piadesk::Cli", "%1 cannot be written: %2")
                     .arg(QDir::toNativeSeparators(parser.value(QStringLiteral("out"))), file.errorString());
        return false;
    }
    return true;
}

QDate CliContext::today() const
{
    return (clock ? *clock : Clock::system()).today();
}

/** The calendar in use, after any --calendar; its warning (a kept file that cannot be used) goes to stderr. */
CalendarLibrary CliContext::calendars()
{
    CalendarLibrary library(CalendarLibrary::defaultDataDirectory());
    if (!library.warning().isEmpty())
        err << QCoreApplication::translate("piadesk::Cli", "Warning: %1").arg(library.warning()) << '\n';
    return library;
}

int CliContext::installCalendar()
{
    CalendarLibrary library(CalendarLibrary::defaultDataDirectory());
    QString error;
    if (!library.install(parser.value(QStringLiteral("calendar")), &error))
        return failure(error);
    err << QCoreApplication::translate("piadesk::Cli", "Holiday calendar %1–%2 loaded and kept in %3.")
               .arg(library.calendar().firstYear())
               .arg(library.calendar().lastYear())
               .arg(QDir::toNativeSeparators(library.keptFile()))
        << '\n';
    return Success;
}

void CliContext::printJson(const QJsonObject& object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

/** The built-in rule sets and those given with --rules; false (with a message) when a file is refused. */
bool CliContext::loadRuleSets(RuleSetLibrary* library, QString* error)
{
    *library = RuleSetLibrary::builtIn();
    for (const QString& path : parser.values(QStringLiteral("rules"))) {
        if (!library->addFile(path, error))
            return false;
    }
    return true;
}

/** The --version N given after a command, or 0 for the latest; -1 when it is not a number. */
int CliContext::versionNumber() const
{
    if (!parser.isSet(QStringLiteral("version-number")))
        return 0;
    bool ok = false;
    const int n = parser.value(QStringLiteral("version-number")).toInt(&ok);
    return ok && n >= 1 ? n : -1;
}

/** Loads the case \a reference and its version (\a number, 0 for the latest) into \a bundle. */
const AssessmentVersion* CliContext::loadVersion(
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

/** Opens the case file read-only and loads version \a number (0: the latest) of case \a reference. */
bool CliContext::openVersion(const QString& reference, int number, OpenVersion* opened, QString* error)
{
    if (!loadRuleSets(&opened->library, error))
        return false;
    opened->store = openStore(true, error);
    if (!opened->store)
        return false;
    opened->version = loadVersion(*opened->store, reference, number, &opened->bundle, error);
    if (!opened->version)
        return false;
    opened->rules = Workflow::ruleSetFor(opened->library, opened->bundle.caseInfo, *opened->version, error);
    return opened->rules != nullptr;
}

/** Writes one document to \a path through a QSaveFile: the file appears whole or not at all. */
bool CliContext::writeDocument(
    const QString& path, const std::function<bool(QIODevice*, QString*)>& write, QString* error)
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

Progress countPages(int* pages)
{
    return [pages](int, int total) {
        *pages = total;
        return true;
    };
}

} // namespace piadesk::cli
