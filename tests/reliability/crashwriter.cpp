// crashwriter: the process tst_reliability kills. It saves a reproducible stream of edits to a case file
// through CaseEditor (the GUI's autosave path) and acknowledges each one on stdout once it is saved; it also
// checks a file after a crash, fills a disk, and opens (migrates) a file. An optional SQLite VFS shim counts
// the writes, syncs, truncations and deletions SQLite makes and kills the process with SIGKILL just before
// the Nth one, so that every phase of a save can be interrupted on purpose.
//
//   crashwriter edits FILE FROM COUNT     edits FROM .. FROM+COUNT-1, "ack K" after each
//   crashwriter check FILE LAST_ACK        reopens FILE and checks every acknowledged edit, integrity, audit chain
//   crashwriter fill FILE [LIMIT_BYTES]    saves edits until the disk (or RLIMIT_FSIZE) is full, then checks
//   crashwriter open FILE                  opens FILE for writing (runs any schema migration) and closes it
// Options (before the mode): --kill-at-io N (SIGKILL before the Nth file operation), --count-io (print "io N").

#include "rules/RuleSetLibrary.h"
#include "session/CaseEditor.h"
#include "store/CaseStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QStringList>

#include <sqlite3.h>

#include <csignal>
#include <cstdio>
#include <cstring>

#include <sys/resource.h>
#include <unistd.h>

using namespace piadesk;

namespace {

// ------------------------------------------------------------------ the VFS shim

sqlite3_vfs* g_real = nullptr;
sqlite3_vfs g_shim;
long g_ops = 0;
long g_killAt = 0;

void countOperation()
{
    ++g_ops;
    if (g_killAt > 0 && g_ops == g_killAt)
        ::raise(SIGKILL);
}

struct ShimFile
{
    sqlite3_file base;
    sqlite3_file* real;
};

sqlite3_file* real(sqlite3_file* f)
{
    return reinterpret_cast<ShimFile*>(f)->real;
}

int shimClose(sqlite3_file* f)
{
    sqlite3_file* r = real(f);
    const int rc = r->pMethods ? r->pMethods->xClose(r) : SQLITE_OK;
    sqlite3_free(r);
    return rc;
}
int shimRead(sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xRead(real(f), buffer, amount, offset);
}
int shimWrite(sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset)
{
    countOperation();
    return real(f)->pMethods->xWrite(real(f), buffer, amount, offset);
}
int shimTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    countOperation();
    return real(f)->pMethods->xTruncate(real(f), size);
}
int shimSync(sqlite3_file* f, int flags)
{
    countOperation();
    return real(f)->pMethods->xSync(real(f), flags);
}
int shimFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int shimLock(sqlite3_file* f, int level)
{
    return real(f)->pMethods->xLock(real(f), level);
}
int shimUnlock(sqlite3_file* f, int level)
{
    return real(f)->pMethods->xUnlock(real(f), level);
}
int shimCheckReservedLock(sqlite3_file* f, int* out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int shimFileControl(sqlite3_file* f, int op, void* arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int shimSectorSize(sqlite3_file* f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int shimDeviceCharacteristics(sqlite3_file* f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int shimShmMap(sqlite3_file* f, int page, int size, int extend, void volatile** out)
{
    return real(f)->pMethods->xShmMap(real(f), page, size, extend, out);
}
int shimShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void shimShmBarrier(sqlite3_file* f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int shimShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
int shimFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out)
{
    return real(f)->pMethods->xFetch(real(f), offset, amount, out);
}
int shimUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* page)
{
    return real(f)->pMethods->xUnfetch(real(f), offset, page);
}

const sqlite3_io_methods kShimMethods = { 3, shimClose, shimRead, shimWrite, shimTruncate, shimSync, shimFileSize,
    shimLock, shimUnlock, shimCheckReservedLock, shimFileControl, shimSectorSize, shimDeviceCharacteristics, shimShmMap,
    shimShmLock, shimShmBarrier, shimShmUnmap, shimFetch, shimUnfetch };

int shimOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* shim = reinterpret_cast<ShimFile*>(file);
    shim->base.pMethods = nullptr;
    shim->real = static_cast<sqlite3_file*>(sqlite3_malloc(g_real->szOsFile));
    if (!shim->real)
        return SQLITE_NOMEM;
    std::memset(shim->real, 0, size_t(g_real->szOsFile));
    const int rc = g_real->xOpen(g_real, name, shim->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        if (shim->real->pMethods)
            shim->real->pMethods->xClose(shim->real);
        sqlite3_free(shim->real);
        shim->real = nullptr;
        return rc;
    }
    shim->base.pMethods = &kShimMethods;
    return SQLITE_OK;
}
int shimDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    countOperation();
    return g_real->xDelete(g_real, name, syncDir);
}
int shimAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return g_real->xAccess(g_real, name, flags, out);
}
int shimFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return g_real->xFullPathname(g_real, name, size, out);
}
int shimRandomness(sqlite3_vfs*, int size, char* out)
{
    return g_real->xRandomness(g_real, size, out);
}
int shimSleep(sqlite3_vfs*, int microseconds)
{
    return g_real->xSleep(g_real, microseconds);
}
int shimCurrentTime(sqlite3_vfs*, double* out)
{
    return g_real->xCurrentTime(g_real, out);
}
int shimGetLastError(sqlite3_vfs*, int size, char* out)
{
    return g_real->xGetLastError ? g_real->xGetLastError(g_real, size, out) : 0;
}
int shimCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out)
{
    return g_real->xCurrentTimeInt64(g_real, out);
}

void installShim()
{
    g_real = sqlite3_vfs_find(nullptr);
    std::memset(&g_shim, 0, sizeof g_shim);
    g_shim.iVersion = 2;
    g_shim.szOsFile = int(sizeof(ShimFile));
    g_shim.mxPathname = g_real->mxPathname;
    g_shim.zName = "piadesk-crash-shim";
    g_shim.xOpen = shimOpen;
    g_shim.xDelete = shimDelete;
    g_shim.xAccess = shimAccess;
    g_shim.xFullPathname = shimFullPathname;
    g_shim.xRandomness = shimRandomness;
    g_shim.xSleep = shimSleep;
    g_shim.xCurrentTime = shimCurrentTime;
    g_shim.xGetLastError = shimGetLastError;
    g_shim.xCurrentTimeInt64 = shimCurrentTimeInt64;
    sqlite3_vfs_register(&g_shim, 1);
}

// ------------------------------------------------------------------ the stream of edits

enum class EditKind { Answer, Facts, Attachment };

EditKind kindOf(int k)
{
    if (k % 10 == 0)
        return EditKind::Facts;
    if (k % 10 == 5)
        return EditKind::Attachment;
    return EditKind::Answer;
}

/** The free-text questions the answers cycle through. */
QStringList textQuestions(const RuleSet& rules)
{
    QStringList ids;
    for (const Section& section : rules.sections) {
        for (const Question& q : section.questions) {
            if (q.type == AnswerType::Text && !q.showIf && !q.isFact())
                ids.append(q.id);
        }
    }
    return ids;
}

QString answerText(int k)
{
    return QStringLiteral("第%1次修改：门禁系统仅比对本小区登记住户的人脸特征值。edit %1").arg(k);
}

QString caseName(int k)
{
    return QStringLiteral("Crash case, edit %1").arg(k);
}

QString attachmentName(int k)
{
    return QStringLiteral("evidence-%1.txt").arg(k);
}

QByteArray attachmentData(int k)
{
    return QByteArray("evidence of edit ").append(QByteArray::number(k)).repeated(200);
}

void say(const QByteArray& line)
{
    // write(2) straight to the pipe: what is acknowledged has left the process before the next edit starts.
    const QByteArray text = line + '\n';
    qint64 done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, text.constData() + done, size_t(text.size() - done));
        if (n <= 0)
            return;
        done += n;
    }
}

struct Session
{
    RuleSetLibrary rules = RuleSetLibrary::builtIn();
    std::unique_ptr<CaseStore> store;
    std::unique_ptr<CaseEditor> editor;
    QStringList questions;
};

/** Opens \a path and the stream's case (creating both the first time). */
bool openSession(Session& session, const QString& path, bool readOnly, QString* error)
{
    CaseStore::Options options;
    options.readOnly = readOnly;
    options.actor = QStringLiteral("crashwriter");
    session.store = CaseStore::open(path, options, error);
    if (!session.store)
        return false;
    session.editor = std::make_unique<CaseEditor>(*session.store, session.rules);
    session.questions = textQuestions(*session.rules.defaultRuleSet());
    const QList<CaseSummary> cases = session.store->listCases();
    if (cases.isEmpty()) {
        if (readOnly) {
            *error = QStringLiteral("the case file holds no case");
            return false;
        }
        if (!session.editor->createCase(
                QStringLiteral("上海市浦东新区某物业服务有限公司"), caseName(0), QDate(2025, 9, 1))) {
            *error = session.editor->errorString();
            return false;
        }
        return true;
    }
    if (!session.editor->open(cases.constFirst().id)) {
        *error = session.editor->errorString();
        return false;
    }
    return true;
}

bool applyEdit(Session& session, int k)
{
    CaseEditor& editor = *session.editor;
    switch (kindOf(k)) {
    case EditKind::Facts: {
        CaseFacts facts = editor.facts();
        facts.name = caseName(k);
        return editor.setFacts(facts);
    }
    case EditKind::Attachment:
        return editor.addAttachment(attachmentName(k), attachmentData(k), session.questions.constFirst());
    case EditKind::Answer:
        break;
    }
    Answer answer;
    answer.questionId = session.questions.at(k % session.questions.size());
    answer.value = answerText(k);
    return editor.setAnswer(answer);
}

/**
 * Whether the file holds every edit up to \a lastAck. The edit after it may or may not have been
 * saved when the process died; anything later must not be there.
 */
QStringList checkEdits(Session& session, int lastAck)
{
    QStringList problems;
    const CaseEditor& editor = *session.editor;
    const int inFlight = lastAck + 1;
    // The case name: the last acknowledged facts edit, or the one in flight.
    int lastFacts = 0;
    for (int k = 1; k <= lastAck; ++k) {
        if (kindOf(k) == EditKind::Facts)
            lastFacts = k;
    }
    QStringList allowed { caseName(lastFacts) };
    if (kindOf(inFlight) == EditKind::Facts)
        allowed.append(caseName(inFlight));
    if (!allowed.contains(editor.bundle().caseInfo.facts.name))
        problems.append(QStringLiteral("case name is \"%1\", expected one of: %2")
                            .arg(editor.bundle().caseInfo.facts.name, allowed.join(QStringLiteral(", "))));
    // Each question: its last acknowledged answer, or the one in flight.
    const AssessmentVersion* version = editor.version();
    for (int q = 0; q < session.questions.size(); ++q) {
        const QString id = session.questions.at(q);
        int last = 0;
        for (int k = 1; k <= lastAck; ++k) {
            if (kindOf(k) == EditKind::Answer && k % session.questions.size() == q)
                last = k;
        }
        QStringList expected { last > 0 ? answerText(last) : QString() };
        if (kindOf(inFlight) == EditKind::Answer && inFlight % session.questions.size() == q)
            expected.append(answerText(inFlight));
        const Answer* answer = version ? version->answer(id) : nullptr;
        const QString stored = answer ? answer->value.toString() : QString();
        if (!expected.contains(stored))
            problems.append(QStringLiteral("answer %1 is \"%2\", expected one of: %3")
                                .arg(id, stored, expected.join(QStringLiteral(" | "))));
    }
    // Every acknowledged attachment, with its exact bytes; nothing beyond the one in flight.
    QHash<QString, qint64> attachments;
    for (const Attachment& a : editor.attachments())
        attachments.insert(a.name, a.id);
    int expectedCount = 0;
    for (int k = 1; k <= lastAck; ++k) {
        if (kindOf(k) != EditKind::Attachment)
            continue;
        ++expectedCount;
        if (!attachments.contains(attachmentName(k)))
            problems.append(QStringLiteral("attachment %1 is missing").arg(attachmentName(k)));
        else if (session.store->attachmentData(attachments.value(attachmentName(k))) != attachmentData(k))
            problems.append(QStringLiteral("attachment %1 has other bytes").arg(attachmentName(k)));
    }
    const int extra = int(attachments.size()) - expectedCount;
    if (extra < 0 || extra > (kindOf(inFlight) == EditKind::Attachment ? 1 : 0))
        problems.append(QStringLiteral("%1 attachments, expected %2").arg(attachments.size()).arg(expectedCount));
    // The file itself: SQLite integrity, the audit chain, every hash.
    const VerifyReport report = session.store->verify();
    problems.append(report.problems);
    return problems;
}

int fail(const QString& message)
{
    std::fprintf(stderr, "crashwriter: %s\n", qPrintable(message));
    return 3;
}

int runEdits(const QString& path, int from, int count)
{
    Session session;
    QString error;
    if (!openSession(session, path, false, &error))
        return fail(error);
    say("ready");
    QSet<QString> attached;
    for (const Attachment& a : session.editor->attachments())
        attached.insert(a.name);
    for (int k = from; k < from + count; ++k) {
        // An edit may have been saved just before the last crash without being acknowledged: doing it again
        // must not add the attachment twice (answers and facts are simply written again).
        if (kindOf(k) == EditKind::Attachment && attached.contains(attachmentName(k))) {
            say("ack " + QByteArray::number(k));
            continue;
        }
        if (!applyEdit(session, k))
            return fail(QStringLiteral("edit %1: %2").arg(k).arg(session.editor->errorString()));
        say("ack " + QByteArray::number(k));
    }
    return 0;
}

int runCheck(const QString& path, int lastAck)
{
    Session session;
    QString error;
    if (!openSession(session, path, false, &error))
        return fail(QStringLiteral("reopening failed: ") + error);
    const QStringList problems = checkEdits(session, lastAck);
    if (!problems.isEmpty())
        return fail(problems.join(QLatin1Char('\n')));
    say("ok");
    return 0;
}

/** Saves edits until one fails; the failure must say the disk is full and the file must hold every saved edit. */
int runFill(const QString& path, qint64 limit)
{
    Session session;
    QString error;
    if (!openSession(session, path, false, &error))
        return fail(error);
    if (limit > 0) {
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit r {};
        ::getrlimit(RLIMIT_FSIZE, &r);
        r.rlim_cur = rlim_t(limit);
        if (::setrlimit(RLIMIT_FSIZE, &r) != 0)
            return fail(QStringLiteral("setrlimit failed"));
    }
    int k = 1;
    QString message;
    for (; k < 100000; ++k) {
        // Big attachments fill the disk fast; answers in between exercise the small writes near the limit.
        const bool ok = k % 2 ? session.editor->addAttachment(
                            attachmentName(k), attachmentData(k).repeated(20), session.questions.constFirst())
                              : applyEdit(session, k);
        if (!ok) {
            message = session.editor->errorString();
            break;
        }
        say("ack " + QByteArray::number(k));
    }
    say("failed " + QByteArray::number(k) + ": " + message.toUtf8());
    if (!message.contains(QLatin1String("disk is full")))
        return fail(QStringLiteral("edit %1 failed without saying the disk is full: %2").arg(k).arg(message));
    // What the editor shows is what the file holds: the failed edit left no trace.
    session.editor.reset();
    session.store.reset();
    CaseStore::Options options;
    options.readOnly = true;
    auto reopened = CaseStore::open(path, options, &error);
    if (!reopened)
        return fail(QStringLiteral("reopening after the full disk failed: ") + error);
    const VerifyReport report = reopened->verify();
    if (!report.ok())
        return fail(report.problems.join(QLatin1Char('\n')));
    CaseBundle bundle;
    if (!reopened->loadCase(reopened->listCases().constFirst().id, &bundle))
        return fail(reopened->errorString());
    for (const Attachment& a : bundle.attachments) {
        if (a.name == attachmentName(k))
            return fail(QStringLiteral("the failed attachment was kept"));
    }
    say("saved " + QByteArray::number(k - 1) + " attachments " + QByteArray::number(bundle.attachments.size()));
    return 0;
}

int runOpen(const QString& path)
{
    QString error;
    auto store = CaseStore::open(path, &error);
    if (!store)
        return fail(error);
    say("opened");
    return 0;
}

int usage()
{
    std::fprintf(stderr,
        "usage: crashwriter [--kill-at-io N] [--count-io] edits FILE FROM COUNT | check FILE LAST_ACK | "
        "fill FILE [LIMIT] | open FILE\n");
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    bool countIo = false;
    bool shim = false;
    while (!args.isEmpty() && args.constFirst().startsWith(QLatin1String("--"))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--count-io")) {
            countIo = shim = true;
        } else if (option == QLatin1String("--kill-at-io") && !args.isEmpty()) {
            g_killAt = args.takeFirst().toLong();
            shim = true;
        } else {
            return usage();
        }
    }
    if (shim)
        installShim();
    if (args.size() < 2)
        return usage();
    const QString mode = args.at(0);
    const QString path = args.at(1);
    int rc = 0;
    if (mode == QLatin1String("edits") && args.size() == 4)
        rc = runEdits(path, args.at(2).toInt(), args.at(3).toInt());
    else if (mode == QLatin1String("check") && args.size() == 3)
        rc = runCheck(path, args.at(2).toInt());
    else if (mode == QLatin1String("fill"))
        rc = runFill(path, args.size() > 2 ? args.at(2).toLongLong() : 0);
    else if (mode == QLatin1String("open") && args.size() == 2)
        rc = runOpen(path);
    else
        return usage();
    // A run that was to be killed but ended first says how many operations it made, so the test can tell
    // "the kill point was never reached" (the count varies by a few at the end) from "the kill failed".
    if (countIo || shim)
        say("io " + QByteArray::number(g_ops));
    return rc;
}
