#pragma once

#include "core/CaseBundle.h"
#include "core/CaseSummary.h"

#include <QDate>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace piadesk {

class CaseStore;
class RuleSet;
struct DemoOptions;

/**
 * The case file the application has open, as its windows see it: where it is, whether it can be changed, what day
 * it is for its deadlines, its register, one case at a time, a copy of the whole file, and cases in and out through
 * the exchange format. The windows reach the file only through the session: this class, the case editor, the
 * filing tracker and the other session classes, to which they hand store() on without calling it.
 */
class Workspace
{
public:
    /** A case file opened elsewhere (the CLI, a test). Implicit, so that such a store can be handed to a window. */
    Workspace(std::unique_ptr<CaseStore>&& store); // NOLINT(google-explicit-constructor)
    Workspace(Workspace&& other) noexcept;
    Workspace& operator=(Workspace&& other) noexcept;
    ~Workspace();

    /**
     * Opens the case file at \a path, creating it when it does not exist; nothing, with \a error, when refused. A
     * file on a network or FUSE file system is opened read-only, readOnlyReason() saying why; none is created there.
     */
    static std::optional<Workspace> open(const QString& path, QString* error);
    /**
     * Opens the case file at \a path, or the team store at the address \a path (postgresql://…) with \a password
     * (empty: from ~/.pgpass, or none); the password is not kept.
     */
    static std::optional<Workspace> open(const QString& path, QString* error, const QString& password);
    /** Whether \a location is a team store's address (postgresql://…) rather than a case file's path. */
    static bool isTeamStoreAddress(const QString& location);
    /** The name of the system user running PIAdesk: who connects to a team store unless told otherwise. */
    static QString systemUserName();
    /**
     * The address of the team store \a database on \a host (a server's name; a socket folder starting with "/";
     * empty: this computer's own server), at \a port, as \a user (empty: the system user).
     */
    static QString teamStoreAddress(const QString& host, int port, const QString& database, const QString& user);
    /** Whether this is a team store rather than a case file. */
    bool isTeamStore() const;
    /** The default case file in the user's data directory. */
    static QString defaultPath();

    /** The case file itself, for the session's classes (editors, trackers, exports). */
    CaseStore& store() const { return *m_store; }
    QString path() const;
    bool isReadOnly() const;
    /** Why the file was opened read-only (a shared file system), for the user; empty otherwise. */
    QString readOnlyReason() const;
    /** True when other accounts on this computer can read the case file. */
    bool readableByOthers() const;
    /** Makes the case file and its companion files readable and writable by the user only; false, with \a error. */
    bool makePrivate(QString* error);
    /** Today, by the clock the case file records changes with: the date deadlines are counted from. */
    QDate today() const;
    /** The last failure, in a sentence for the user. */
    QString errorString() const;

    /** One row per case for the register. */
    QList<CaseSummary> listCases();
    /** A whole case (no attachment bytes); false, with errorString(), when it cannot be read. */
    bool loadCase(qint64 caseId, CaseBundle* bundle);
    /** A consistent copy of the whole file at \a path (File → Save a Copy); false, with errorString(). */
    bool saveCopy(const QString& path);
    /**
     * Imports the exchange document at \a path: read and checked completely first, then written in one
     * transaction. The new cases' ids in \a caseIds; on failure \a error says why and nothing was written.
     */
    bool importFile(const QString& path, QList<qint64>* caseIds, QString* error);
    /** The exchange document of the cases \a caseIds; empty, with \a error, on failure. */
    QByteArray exportCases(const QList<qint64>& caseIds, QString* error);
    /** Fills the file with invented cases under \a rules to try PIAdesk out (File → New Demo Case File). */
    bool fillWithDemo(const RuleSet& rules, const DemoOptions& options, QString* error);

private:
    std::unique_ptr<CaseStore> m_store;
    QString m_readOnlyReason;
};

} // namespace piadesk
