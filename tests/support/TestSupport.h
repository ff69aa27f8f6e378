#pragma once

#include "rules/RuleSet.h"
#include "store/CaseStore.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace piadesk {

class Clock;
class FixedClock;

/** Helpers shared by the tests: fixture paths, temporary case files, file snapshots. */
namespace TestSupport {

/** The path of a fixture under tests/data. */
QString dataPath(const QString& name);

/** The bytes of a file, or a null array if it cannot be read. */
QByteArray fileBytes(const QString& path);

/** What a program run by runCli() did. */
struct CliRun
{
    int status = -1; ///< the exit code; -1 when it crashed, was killed or did not finish in time
    QString out; ///< standard output, as text
    QString err; ///< standard error, as text
    QByteArray outBytes; ///< standard output exactly as written
};

/**
 * Runs \a program (the real piadesk-cli) with \a arguments in \a language, with its data folder under \a home
 * (the environment's when empty), waiting at most two minutes; it inherits this process's umask.
 */
CliRun runCli(const QString& program, const QStringList& arguments, const QString& home = QString(),
    const QString& language = QStringLiteral("en"));

/** Opens (creating) a case file \a name inside \a dir for writing; fails the test on error. */
std::unique_ptr<CaseStore> openStore(
    const QTemporaryDir& dir, const QString& name = QStringLiteral("cases.piadesk"), const Clock* clock = nullptr);

/** Imports the example case (tests/data/case-complete.json) into \a store; its new id, or 0 with a warning. */
qint64 importExample(CaseStore& store);

/**
 * The example case (tests/data/case-complete.json) as it loads from a case file it was imported into (a temporary
 * one); false with a warning if it cannot be.
 */
bool loadExample(CaseBundle* bundle);

/**
 * Runs \a sql on the file at \a path with a plain SQLite connection, as an outside tool would; on a team store
 * (\a path a postgresql:// address), with psql.
 */
bool execRaw(const QString& path, const QString& sql, QString* error = nullptr);

/**
 * The first column of the first row \a sql gives on the file at \a path, read with a plain SQLite connection as an
 * outside tool would: read-only (the file is not touched), or \a writable (a log left by a crash is recovered first,
 * as SQLite does). Empty when it cannot be read. On a team store, read with psql.
 */
QString rawScalar(const QString& path, const QString& sql, bool writable = false);

/**
 * Builds a realistic, complete case in \a store, moving \a clock along as an officer's
 * work would: an organisation, the facts of a residential-estate access system,
 * version 1 (initial, finalized then superseded), version 2 (methods changed,
 * finalized), version 3 (yearly review, draft), evidence attachments, and an initial
 * and a modification filing. Returns the case id, or 0 on failure.
 */
qint64 buildCompleteCase(CaseStore& store, FixedClock& clock);

/**
 * The first answer to \a question, given \a version's other answers, that is neither an adverse finding nor raises a
 * prohibited practice: what a sound assessment answers.
 */
QJsonValue soundAnswer(
    const RuleSet& rules, const CaseFacts& facts, const AssessmentVersion& version, const Question& question);

/**
 * Answers every question \a rules shows for \a facts in \a version soundly (soundAnswer), concludes every
 * section "meets", rates one risk with a measure that is done, says how every condition flag is met and, when
 * the residual risk needs it, records its acceptance, so that the engine finds nothing missing or inconsistent.
 * Answers needing an attachment cite \a attachmentUuid. Existing answers are kept.
 */
void completeAssessment(
    const RuleSet& rules, const CaseFacts& facts, AssessmentVersion& version, const QString& attachmentUuid);

/** Finalization options for tests of storage alone: a test rule set of three years' retention, no engine check. */
CaseStore::FinalizeOptions storageOnlyFinalize();

/** A valid unified social credit code (GB 32100) built from \a first17. */
QString validCreditCode(const QString& first17 = QStringLiteral("91310115MA1H7GXY3"));

} // namespace TestSupport
} // namespace piadesk
