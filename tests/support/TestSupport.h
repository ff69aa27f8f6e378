#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace piadesk {

class CaseStore;
class Clock;
class FixedClock;

/** Helpers shared by the tests: fixture paths, temporary case files, file snapshots. */
namespace TestSupport {

/** The path of a fixture under tests/data. */
QString dataPath(const QString& name);

/** The bytes of a file, or a null array if it cannot be read. */
QByteArray fileBytes(const QString& path);

/** Opens (creating) a case file \a name inside \a dir for writing; fails the test on error. */
std::unique_ptr<CaseStore> openStore(
    const QTemporaryDir& dir, const QString& name = QStringLiteral("cases.piadesk"), const Clock* clock = nullptr);

/** Runs \a sql on the file at \a path with a plain SQLite connection, as an outside tool would. */
bool execRaw(const QString& path, const QString& sql, QString* error = nullptr);

/**
 * Builds a realistic, complete case in \a store, moving \a clock along as an officer's
 * work would: an organisation, the facts of a residential-estate access system,
 * version 1 (initial, finalized then superseded), version 2 (methods changed,
 * finalized), version 3 (yearly review, draft), evidence attachments, and an initial
 * and a modification filing. Returns the case id, or 0 on failure.
 */
qint64 buildCompleteCase(CaseStore& store, FixedClock& clock);

/** A valid unified social credit code (GB 32100) built from \a first17. */
QString validCreditCode(const QString& first17 = QStringLiteral("91310115MA1H7GXY3"));

} // namespace TestSupport
} // namespace piadesk
