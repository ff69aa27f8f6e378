// PIAdesk benchmarks (Google Benchmark): how long the things an officer waits for take on a demo case file.
// Run through scripts/bench.sh, which builds the files with `piadesk-cli demo` and runs every benchmark in a
// process of its own so that its peak memory is its own. docs/PERFORMANCE.md has the figures.
//
//   PIADESK_BENCH_FILE=cases.piadesk piadesk_bench [--benchmark_filter=REGEX]
//   PIADESK_BENCH_FILE='postgresql:///DB?host=SOCKETDIR' piadesk_bench   the same on a team store
//
// The file is a `piadesk-cli demo` file: case 1 is the large case (60 answers, 40 risks, 80 measures,
// 10 attachments). The field-save benchmark writes to it.

#include "calendar/CalendarLoader.h"
#include "documents/Packet.h"
#include "documents/Report.h"
#include "documents/Workbook.h"
#include "gui/register/CaseFilterModel.h"
#include "gui/register/CaseListModel.h"
#include "gui/register/MainWindow.h"
#include "i18n/Translations.h"
#include "session/CaseEditor.h"
#include "session/RegisterScan.h"
#include "store/CaseStore.h"
#include "workflow/FileDeadlines.h"
#include "workflow/Workflow.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QBuffer>
#include <QProcess>
#include <QTableView>
#include <QTest>

#include <cstdio>

#include <sys/resource.h>

using namespace piadesk;

namespace {

QString benchFile()
{
    return qEnvironmentVariable("PIADESK_BENCH_FILE");
}

/** The peak resident memory of this process so far, in MiB. */
double peakMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

void finish(benchmark::State& state)
{
    state.counters["peak_MiB"] = peakMiB();
}

std::unique_ptr<CaseStore> openStore(bool readOnly)
{
    CaseStore::Options options;
    options.readOnly = readOnly;
    QString error;
    auto store = CaseStore::open(benchFile(), options, &error);
    if (!store)
        qFatal("%s", qPrintable(error));
    return store;
}

const RuleSetLibrary& rules()
{
    static const RuleSetLibrary library = RuleSetLibrary::builtIn();
    return library;
}

const WorkCalendar& calendar()
{
    static const WorkCalendar c = CalendarLibrary::builtIn();
    return c;
}

/** Runs piadesk-cli with \a arguments on the bench file, output discarded. */
void runCli(benchmark::State& state, const QStringList& arguments)
{
    for (auto _ : state) {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        const QString where
            = benchFile().startsWith(QLatin1String("postgresql:")) ? QStringLiteral("--db") : QStringLiteral("--file");
        process.start(QStringLiteral(PIADESK_CLI), QStringList { where, benchFile() } + arguments);
        if (!process.waitForFinished(600000) || process.exitCode() != 0)
            state.SkipWithError("piadesk-cli failed");
    }
}

// Opening the file and producing the register: CaseStore::listCases, what `list` and the window show.
void BM_OpenAndList(benchmark::State& state)
{
    for (auto _ : state) {
        auto store = openStore(true);
        const QList<CaseSummary> cases = store->listCases();
        benchmark::DoNotOptimize(cases.size());
    }
    finish(state);
}
BENCHMARK(BM_OpenAndList)->Unit(benchmark::kMillisecond);

// The same through the real command line: process start, open, list, JSON written.
void BM_CliListJson(benchmark::State& state)
{
    runCli(state, { QStringLiteral("list"), QStringLiteral("--json") });
    finish(state);
}
BENCHMARK(BM_CliListJson)->Unit(benchmark::kMillisecond)->UseRealTime();

// The main window on the file, shown at a usual size.
std::unique_ptr<MainWindow> shownWindow(benchmark::State& state)
{
    auto window = std::make_unique<MainWindow>(openStore(false));
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        state.SkipWithError("window not exposed");
    return window;
}

// The main window from the open file to its register's first screen painted (the scan goes on after).
void BM_WindowUsable(benchmark::State& state)
{
    for (auto _ : state) {
        auto window = shownWindow(state);
        auto* table = window->findChild<QTableView*>(QStringLiteral("caseTable"));
        table->viewport()->repaint();
        QCoreApplication::processEvents();
        state.PauseTiming();
        window.reset();
        state.ResumeTiming();
    }
    finish(state);
}
BENCHMARK(BM_WindowUsable)->Unit(benchmark::kMillisecond)->UseRealTime();

// The main window until its background scan has filled in every case's risk, filing and deadlines: the whole
// register in memory, as the window holds it.
void BM_WindowScanned(benchmark::State& state)
{
    for (auto _ : state) {
        auto window = shownWindow(state);
        while (!window->isScanDone())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        state.PauseTiming();
        window.reset();
        state.ResumeTiming();
    }
    finish(state);
}
BENCHMARK(BM_WindowScanned)->Unit(benchmark::kMillisecond)->UseRealTime();

/** The register model and its filter, holding every case of the file, as the window has them. */
struct Register
{
    std::unique_ptr<CaseStore> store = openStore(true);
    CaseListModel model;
    CaseFilterModel filter;
    Register()
    {
        model.setCases(store->listCases());
        filter.setSource(&model);
    }
};

// Searching the register as the user types (case, organisation or id).
void BM_Search(benchmark::State& state)
{
    Register r;
    const QStringList searches { QStringLiteral("华信"), QStringLiteral("门禁"), QStringLiteral("华信购物"),
        QStringLiteral("12"), QString() };
    qsizetype i = 0;
    for (auto _ : state) {
        r.filter.setSearchText(searches.at(i++ % searches.size()));
        benchmark::DoNotOptimize(r.filter.rowCount());
    }
    finish(state);
}
BENCHMARK(BM_Search)->Unit(benchmark::kMillisecond);

// Filtering the register by status.
void BM_FilterStatus(benchmark::State& state)
{
    Register r;
    int i = 0;
    for (auto _ : state) {
        r.filter.setStatus(i++ % 2 ? CaseStatus::InUse : CaseStatus::Ended);
        benchmark::DoNotOptimize(r.filter.rowCount());
    }
    finish(state);
}
BENCHMARK(BM_FilterStatus)->Unit(benchmark::kMillisecond);

// What the window's background scan reads and derives: every case's risk, filing and deadlines.
void BM_RegisterScan(benchmark::State& state)
{
    auto store = openStore(true);
    const int total = int(store->listCases().size());
    for (auto _ : state) {
        RegisterScan scan(
            *store, rules(), calendar(), DeadlineOptions { QDate::currentDate(), 10 }, Language::Chinese, total);
        while (scan.step(MainWindow::kScanBatch)) { }
        benchmark::DoNotOptimize(scan.report().standings.size());
    }
    finish(state);
}
BENCHMARK(BM_RegisterScan)->Unit(benchmark::kMillisecond);

// Every open deadline of the file, in process (FileDeadlines::collect, what `deadlines` computes).
void BM_Deadlines(benchmark::State& state)
{
    auto store = openStore(true);
    for (auto _ : state) {
        QString error;
        const DeadlineReport report = FileDeadlines::collect(*store, rules(), calendar(),
            DeadlineOptions { QDate::currentDate(), 10 }, Language::Chinese, DeadlineScope(), &error);
        benchmark::DoNotOptimize(report.entries.size());
    }
    finish(state);
}
BENCHMARK(BM_Deadlines)->Unit(benchmark::kMillisecond);

// The same through the command line, the text of every deadline written out.
void BM_CliDeadlines(benchmark::State& state)
{
    runCli(state, { QStringLiteral("deadlines") });
    finish(state);
}
BENCHMARK(BM_CliDeadlines)->Unit(benchmark::kMillisecond)->UseRealTime();

// Opening the large case with all its versions, as the wizard does (and checking it was not changed outside).
void BM_OpenCase(benchmark::State& state)
{
    auto store = openStore(false);
    for (auto _ : state) {
        CaseEditor editor(*store, rules());
        if (!editor.open(1))
            state.SkipWithError(qPrintable(editor.errorString()));
        benchmark::DoNotOptimize(editor.bundle().assessments.size());
    }
    finish(state);
}
BENCHMARK(BM_OpenCase)->Unit(benchmark::kMillisecond);

// One field edit saved as the user types (the autosave path: a transaction, its audit event, the undo step).
void BM_FieldSave(benchmark::State& state)
{
    auto store = openStore(false);
    // As the window saves: the case's summary formed again in the same transaction.
    if (!store->setDigester(FileDeadlines::digester(rules(), calendar())))
        state.SkipWithError(qPrintable(store->errorString()));
    qint64 draft = 0;
    for (const CaseSummary& c : store->listCases()) {
        if (c.latestVersion && c.latestState == AssessmentState::Draft) {
            draft = c.id;
            break;
        }
    }
    CaseEditor editor(*store, rules());
    if (!draft || !editor.open(draft)) {
        state.SkipWithError("no draft case");
        return;
    }
    const Section& section = editor.ruleSet()->sections.first();
    Answer answer;
    answer.questionId = section.conclusionId();
    int i = 0;
    for (auto _ : state) {
        answer.value = QStringLiteral("meets");
        answer.justification = QStringLiteral("已取得个人的单独同意，并提供替代方式。第 %1 次修改").arg(++i);
        if (!editor.setAnswer(answer))
            state.SkipWithError(qPrintable(editor.errorString()));
    }
    finish(state);
}
BENCHMARK(BM_FieldSave)->Unit(benchmark::kMicrosecond);

struct LargeCase
{
    std::unique_ptr<CaseStore> store = openStore(true);
    CaseBundle bundle;
    LargeCase()
    {
        if (!store->loadCase(1, &bundle))
            qFatal("%s", qPrintable(store->errorString()));
    }
    const AssessmentVersion& latest() const { return bundle.assessments.constLast(); }
};

void BM_ReportPdf(benchmark::State& state)
{
    LargeCase c;
    for (auto _ : state) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QString error;
        if (!Report::render(*Workflow::ruleSetFor(rules(), c.bundle.caseInfo, c.latest(), nullptr), c.bundle,
                c.latest(), Language::Chinese, &buffer, {}, &error))
            state.SkipWithError(qPrintable(error));
        state.counters["bytes"] = double(bytes.size());
    }
    finish(state);
}
BENCHMARK(BM_ReportPdf)->Unit(benchmark::kMillisecond);

void BM_PacketPdf(benchmark::State& state)
{
    LargeCase c;
    const auto data = [&c](const Attachment& a) { return c.store->attachmentData(a.id); };
    for (auto _ : state) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QString error;
        if (!Packet::render(*Workflow::ruleSetFor(rules(), c.bundle.caseInfo, c.latest(), nullptr), c.bundle,
                c.latest(), FilingKind::Modification, Language::Chinese, data, &buffer, {}, &error))
            state.SkipWithError(qPrintable(error));
        state.counters["bytes"] = double(bytes.size());
    }
    finish(state);
}
BENCHMARK(BM_PacketPdf)->Unit(benchmark::kMillisecond);

void BM_Workbook(benchmark::State& state)
{
    LargeCase c;
    for (auto _ : state) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QString error;
        if (!Workbook::write(*Workflow::ruleSetFor(rules(), c.bundle.caseInfo, c.latest(), nullptr), c.bundle,
                c.latest(), calendar(), QDate::currentDate(), Language::Chinese, &buffer, {}, &error))
            state.SkipWithError(qPrintable(error));
        state.counters["bytes"] = double(bytes.size());
    }
    finish(state);
}
BENCHMARK(BM_Workbook)->Unit(benchmark::kMillisecond);

} // namespace

QtMessageHandler previousHandler = nullptr;

void quietOffscreen(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    // The offscreen platform's notes about window hints say nothing about what is measured.
    if (message.contains(QLatin1String("propagateSizeHints")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
    else
        fprintf(stderr, "%s\n", qPrintable(message));
}

int main(int argc, char** argv)
{
    qputenv(
        "QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    previousHandler = qInstallMessageHandler(quietOffscreen);
    Translations::install(app, Translations::chooseLocale(QStringLiteral("zh_CN")), true);
    if (benchFile().isEmpty()) {
        qWarning("Set PIADESK_BENCH_FILE to a case file made by `piadesk-cli demo` (see scripts/bench.sh).");
        return 2;
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
