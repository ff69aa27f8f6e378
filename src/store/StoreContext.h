#pragma once

#include "CaseStore.h"
#include "Database.h"

#include <memory>

#include <QHash>
#include <QSet>
#include <QString>

namespace piadesk {

class Clock;

/**
 * What the parts of a case file share while it is open: the connection, the clock changes are recorded by, who
 * the audit log names, and the last error in a sentence for the user. Each part (the tables' mappers, the audit
 * log, the importer, the verifier) works on it; CaseStore owns it.
 */
struct StoreContext
{
    Database db;
    const Clock* clock = nullptr;
    QString path; ///< absolute
    QString actor;
    QString error;
    bool readOnly = false;
    QString readOnlyReason; ///< why, when it is not that the store was opened read-only (a team role that reads only)
    bool walPending = false; ///< switch to WAL mode before the first change
    /** Forms each changed case's digest before a change commits (SummaryTable); nullptr: none formed. */
    std::shared_ptr<const CaseStore::Digester> digester;
    bool digestsCurrent = false; ///< the digests in the file were formed with digester's fingerprint
    /**
     * Each case's revision as this client last read or wrote it (by uuid): a change to a case whose revision moved
     * on since (another officer's change, on a team store) is refused at commit rather than overwriting it.
     */
    QHash<QString, qint64> seenRevisions;
    QSet<QString> touchedCases; ///< the cases (uuids) the change being written touches, from its audit events
    bool conflict = false; ///< the last failure was such a refused change
    /**
     * The change being written already said why it failed (a conflict found at its commit): failFromDb(), which
     * its caller then calls, keeps that sentence. Cleared when the change's outermost WriteScope ends.
     */
    bool errorSaid = false;
    qint64 firstSeqOfChange = 0; ///< the first audit event the change being written appended; 0: none yet
    int changeDepth = 0; ///< WriteScopes open: a failure outside them is a read's, said as such by failFromDb()

    /** Sets error to \a message (the last failure, no conflict); returns false. */
    bool fail(const QString& message);
    /** fail() for a change refused because another officer's, on the same case, was committed first. */
    bool failAsConflict(const QString& message);
    /**
     * Sets error from the connection's last failure, said as what it means for the user's change (inside a WriteScope)
     * or for what was being read (outside one); false.
     */
    bool failFromDb();
    /** failFromDb() for a read: what could not be read and why, with nothing said of a change. */
    bool failRead(Database::Failure failure, const QString& message);
    /** False (with error) when the file is open read-only; switches a file made before WAL mode to it. */
    bool checkWritable();
    /** Now, as the store writes times. */
    QString nowText() const;
    /**
     * At the commit of a change: moves each touched case's revision on, refusing the change (false, with error and
     * conflict) when a case's revision is not the one this client last saw.
     */
    bool claimTouchedCases();
};

} // namespace piadesk
