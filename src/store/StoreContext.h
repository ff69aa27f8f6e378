#pragma once

#include "CaseStore.h"
#include "Database.h"

#include <memory>

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
    bool walPending = false; ///< switch to WAL mode before the first change
    /** Forms each changed case's digest before a change commits (SummaryTable); nullptr: none formed. */
    std::shared_ptr<const CaseStore::Digester> digester;
    bool digestsCurrent = false; ///< the digests in the file were formed with digester's fingerprint

    /** Sets error to \a message; returns false. */
    bool fail(const QString& message);
    /** Sets error from the connection's last failure, said as what it means for the user's change; false. */
    bool failFromDb();
    /** False (with error) when the file is open read-only; switches a file made before WAL mode to it. */
    bool checkWritable();
    /** Now, as the store writes times. */
    QString nowText() const;
};

} // namespace piadesk
