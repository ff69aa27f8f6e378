#pragma once

#include "core/AuditEvent.h"
#include "core/CaseBundle.h"
#include "core/CaseSummary.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

#include <memory>
#include <optional>

namespace piadesk {

class Clock;
struct StoreContext;
class WriterLock;

/** What `verify` found: the file's integrity, the audit chain, and each finalized version's content hash. */
struct VerifyReport
{
    QStringList problems; ///< empty when everything checks out
    qint64 auditEvents = 0;
    QString auditHead; ///< hash of the newest audit event
    int finalizedVersions = 0;
    int attachmentsChecked = 0;

    /** What is not tampering but should be put right (a case file other accounts can read). */
    QStringList warnings;

    bool ok() const { return problems.isEmpty(); }
};

/**
 * A PIAdesk case file: one SQLite database holding organisations, cases, their
 * assessment versions, filings, attachments and the audit log.
 *
 * Every public change runs in one transaction and writes its audit events in the
 * same transaction. Calls return false on failure and errorString() says why in a
 * sentence fit for the user. Finalized versions are immutable, and versions still
 * under retention cannot be deleted; both are enforced by the schema's triggers as
 * well as here.
 */
class CaseStore
{
    Q_DECLARE_TR_FUNCTIONS(piadesk::CaseStore)

public:
    struct Options
    {
        bool readOnly = false; ///< open without the write lock; every change fails
        const Clock* clock = nullptr; ///< nullptr: the system clock
        QString actor; ///< who the audit log names; empty: the OS user
        QString migrationsDirectory; ///< empty: PIAdesk's own (tests use others)
        /**
         * Files up to this size get SQLite's quick_check of every page when opened. A larger file gets only its
         * schema and its length checked, so that opening does not read the whole file; damage elsewhere shows as
         * an error when the damaged part is read, and `verify` checks every page.
         */
        qint64 fullCheckBytes = kFullCheckBytes;
        /** A team store's password, used to connect and not kept; empty: from ~/.pgpass, or none. */
        QString password;
    };
    static constexpr qint64 kFullCheckBytes = 32 * 1024 * 1024;

    ~CaseStore();
    CaseStore(const CaseStore&) = delete;
    CaseStore& operator=(const CaseStore&) = delete;

    /**
     * Opens the case file at \a path, creating it if it does not exist (unless read-only).
     * A file that is not a PIAdesk case file, comes from a newer PIAdesk, is damaged, or
     * is in use by another writer is refused with a message in \a error and left
     * byte-for-byte unchanged. An older schema is migrated after a backup copy is
     * written beside the file.
     *
     * A postgresql:// (or postgres://) URI in \a path opens a team store on that server instead (TeamStore): an
     * empty database is set up when its owner opens it, a foreign or newer one is refused untouched, and the audit
     * log names the role the server authenticated (Options::actor is not used).
     */
    static std::unique_ptr<CaseStore> open(const QString& path, const Options& options, QString* error);
    static std::unique_ptr<CaseStore> open(const QString& path, QString* error) { return open(path, Options(), error); }

    /** The default case file in the user's data directory. */
    static QString defaultPath();
    /** The OS user name, the default actor of the audit log. */
    static QString systemUserName();
    /**
     * Why the case file at \a path can only be opened read-only: it is on a network or FUSE file system, where file
     * locking is not reliable (opening it for writing is refused with this message). Empty on a local disk.
     */
    static QString sharedFileSystemReason(const QString& path);

    /** True when other accounts on this computer can read the case file (its permissions allow group or others). */
    bool readableByOthers() const;
    /** Makes the case file, its log, shared-memory and lock files readable and writable by their owner only. */
    bool makePrivate();

    QString path() const;
    bool isReadOnly() const;
    /** Whether this is a team store on a PostgreSQL server rather than a case file. */
    bool isTeamStore() const;
    /**
     * Why the store is read-only when the user did not ask for it (a team store role that reads but changes
     * nothing, such as an auditor's); empty otherwise.
     */
    QString readOnlyReason() const;
    QString actor() const;
    void setActor(const QString& actor);
    const Clock& clock() const;
    /**
     * Writes a consistent copy of the whole case file to \a path (SQLite's backup API, while the
     * file stays open), checks that the copy opens, then puts it in place; an existing file at
     * \a path is replaced only once the copy is whole. The open file itself cannot be the target.
     */
    bool saveCopy(const QString& path);

    /** Where the backup made before a schema migration was written, if one was made on open. */
    QString migrationBackupPath() const { return m_backupPath; }
    QString errorString() const;
    /**
     * Whether the last failure was a change refused because another was committed to the same case after this store
     * read it (a team store with several officers): errorString() names who and when. Load the case again before
     * changing it; the next change or failure clears this.
     */
    bool lastChangeConflicted() const;

    /**
     * Runs \a work, a sequence of the changes below, as one transaction: when it returns false (or a
     * crash interrupts it) none of its changes is kept.
     */
    bool atomically(const std::function<bool()>& work);

    // Organisations
    /** Inserts \a organisation (id 0) or updates it; sets its id and uuid. */
    bool saveOrganisation(Organisation& organisation);
    std::optional<Organisation> organisation(qint64 id);
    QList<Organisation> organisations();

    // Cases
    /**
     * The register: one row per case, in id order, from the summary the case file keeps (schema version 7). A case
     * changed since its summary was formed is read from the case tables instead, without a digest; digests are
     * given only when formed under the digester installed (setDigester()).
     */
    QList<CaseSummary> listCases();
    /**
     * The rows of listCases() handed to \a visitor one at a time, never held together (for output of any size);
     * digests only if \a digests. False, with errorString(), when the file could not be read to its end.
     */
    bool visitCases(bool digests, const std::function<void(CaseSummary&&)>& visitor);

    /** What loadCaseHeads() reads beyond the headings. */
    struct HeadParts
    {
        /**
         * The latest version's ratings of its risks, which risk each of its measures answers and its status, its
         * answers to \a answerIds and, when finalized, the case facts
         * it recorded that a condition can test: what its overall risk level needs (FileDeadlines::standing).
         */
        bool latestRisks = false;
        /** The latest version's measures (what, who, by when, status): the action plan's deadlines. */
        bool latestMeasures = false;
        QStringList answerIds;
    };
    /**
     * What the register and the deadlines need of up to \a limit cases with ids above \a afterId, in id order,
     * without their content, appended to \a out: the organisation's id, uuid and name; the case facts except its
     * description and lists (places, purposes, equipment, vendors and storage texts; methods are read); each version's
     * heading (number, trigger, state, sign-off, finalization, retention and rule set, no content); each filing's
     * kind, dates and numbers (no materials); and what \a parts asks for. A few queries over all the cases, not a
     * load per case. False, with errorString(), when the store fails.
     */
    bool loadCaseHeads(qint64 afterId, int limit, const HeadParts& parts, QList<CaseBundle>* out);
    /** What forms the digest of a case (the workflow's: the rule set and the calendar), and what it needs read. */
    struct Digester
    {
        HeadParts parts; ///< what loadCaseHeads() reads for it
        /** The digest of a case read with loadCaseHeads(); none when it cannot be formed (a rule set PIAdesk lacks). */
        std::function<std::optional<CaseDigest>(const CaseBundle& heads)> digest;
        /** Names the rule sets, the calendar and the way of forming: another one forms every digest again. */
        QString fingerprint;
    };
    /** When setDigester() forms the summaries that are missing or stale. */
    enum class SummaryForming {
        Now, ///< at once, every one (a command-line run)
        Later, ///< by formStaleSummaries(), a batch at a time (a window that stays responsive meanwhile)
    };
    /**
     * Forms digests with \a digester from now on, before every change commits, for the cases the change touched
     * (nullptr: none are formed, cases changed are listed as stale). Every case whose digest is missing or was formed
     * under another fingerprint is listed as stale; on a writable file, with \a forming Now, their summaries are
     * formed at once, a few thousand cases a transaction. False, with errorString(), when the store fails.
     */
    bool setDigester(std::shared_ptr<const Digester> digester, SummaryForming forming = SummaryForming::Now);
    /**
     * Forms the summaries of up to \a limit stale cases in one transaction; \a remaining is set to how many stay
     * stale (0 on a read-only file or without a digester: none can be formed). False, with errorString(), when the
     * store fails.
     */
    bool formStaleSummaries(int limit, qint64* remaining);
    /** How many cases' summaries are stale (changed since formed, or never formed); -1 when the file fails. */
    qint64 staleSummaries();
    /** Whether every case's digest is in the file and current: listCases() and urgentCases() cover every case. */
    bool summariesCurrent();
    /** What urgentCases() found. */
    struct UrgentCases
    {
        QList<qint64> first; ///< the cases holding the most urgent deadlines, most urgent first
        qsizetype deadlines = 0; ///< how many deadlines are overdue, due soon or not scheduled, in all
        bool estimated = false; ///< one of them depends on days beyond the holiday calendar
        QSet<qint64> overdue; ///< every case with an overdue deadline
    };
    /**
     * From the digests (summariesCurrent() must be true): the cases whose open deadlines (other than keeping a
     * report) are overdue on \a today, due by \a dueSoonBy, or not scheduled; \a first lists the cases of the
     * first \a limit such deadlines, soonest first and the unscheduled last.
     */
    bool urgentCases(const QDate& today, const QDate& dueSoonBy, int limit, UrgentCases* out);
    /** loadCaseHeads() of the cases \a ids (those that exist), in the order given. */
    bool loadCaseHeads(const QList<qint64>& ids, const HeadParts& parts, QList<CaseBundle>* out);
    /** The id of the case with database id or uuid \a reference. */
    std::optional<qint64> findCase(const QString& reference);
    /** Creates a case assessed under rule set \a ruleSetId (empty: the 2023 draft provisions). */
    bool createCase(
        qint64 organisationId, const CaseFacts& facts, Case* created = nullptr, const QString& ruleSetId = QString());
    /** Assesses the case under another rule set from now on; finalized versions keep theirs. */
    bool setCaseRuleSet(qint64 caseId, const QString& ruleSetId);
    /** Stores \a facts as the case's facts; one audit event per changed field. */
    bool updateCaseFacts(qint64 caseId, const CaseFacts& facts);
    /** Loads a case with all its versions, filings and attachment metadata (no attachment bytes). */
    bool loadCase(qint64 caseId, CaseBundle* bundle);
    /** Deletes a case; refused while any of its finalized versions is under retention. */
    bool deleteCase(qint64 caseId);
    /**
     * Deletes a case that was started and never used (the app's New Assessment closed without an edit), with
     * its organisation when no other case has it. Refused once any version is finalized.
     */
    bool discardCase(qint64 caseId);

    // Assessment versions
    /**
     * Starts a new version of a case's assessment. The first must have trigger Initial;
     * later ones copy the answers, risks, measures and evidence of the latest version.
     * Refused while another version is still a draft or in review.
     */
    bool createAssessment(qint64 caseId, TriggerKind trigger, const QDate& triggerDate, const QString& description,
        AssessmentVersion* created = nullptr);
    /** A new version under another rule set: the case moves to it, and only these answers carry over. */
    struct RuleSetChange
    {
        QString ruleSetId;
        QSet<QString> keptAnswers; ///< question ids whose answers the new rule set asks and accepts
    };
    /** createAssessment(), moving the case to \a change's rule set in the same transaction. */
    bool createAssessment(qint64 caseId, TriggerKind trigger, const QDate& triggerDate, const QString& description,
        const RuleSetChange& change, AssessmentVersion* created = nullptr);
    /** The case that holds assessment version \a assessmentId, if it exists. */
    std::optional<qint64> caseOfAssessment(qint64 assessmentId);
    bool saveAnswer(qint64 assessmentId, const Answer& answer);
    bool saveRisks(qint64 assessmentId, const QList<Risk>& risks);
    bool saveMeasures(qint64 assessmentId, const QList<Measure>& measures);
    bool saveActivities(qint64 assessmentId, const QList<ProcessingActivity>& activities);
    bool saveSignOff(qint64 assessmentId, const QString& assessor, const QString& reviewer, const QString& signedOffBy,
        const QDate& signedOffOn);
    bool setInReview(qint64 assessmentId, bool inReview);
    /** What finalization applies: the rule set's identity and retention, and its engine's verdict. */
    struct FinalizeOptions
    {
        QString ruleSetId;
        QString ruleSetVersion;
        int retentionYears = 0;
        /** Why the version cannot be finalized yet (empty: it can); run inside the write transaction. */
        std::function<QStringList(const CaseBundle&, const AssessmentVersion&)> check;
    };
    /**
     * Finalizes a version: records the case facts as they stand, the finalization time,
     * the rule set and its version, the retain-until date and the content hash; the
     * previous finalized version becomes superseded. Refused when \a options.check
     * gives reasons. Applications go through Workflow::finalize, which runs the engine.
     */
    bool finalize(qint64 assessmentId, const FinalizeOptions& options);
    bool deleteAssessment(qint64 assessmentId);

    // Filings
    bool saveFiling(qint64 caseId, FilingRecord& filing);
    bool deleteFiling(qint64 filingId);

    // Attachments
    /** Stores \a attachment with its data; sets its size, SHA-256, id and uuid. */
    bool addAttachment(qint64 caseId, Attachment& attachment);
    /** The bytes of an attachment, or a null array (and errorString()) when not found. */
    QByteArray attachmentData(qint64 attachmentId);
    bool deleteAttachment(qint64 attachmentId);

    // Exchange
    /**
     * Writes whole cases read from elsewhere, keeping their uuids, states and hashes,
     * all in one transaction: either every case is written or none. The bundles'
     * attachments must carry their data.
     */
    bool importCases(const QList<CaseBundle>& bundles, QList<qint64>* caseIds);

    // Audit and integrity
    /** The audit log, oldest first; only the events of one case when \a caseUuid is given. */
    QList<AuditEvent> auditEvents(const QString& caseUuid = QString());
    /** Checks the whole file: SQLite integrity, the audit chain, content hashes and attachment hashes. */
    VerifyReport verify();
    /**
     * The checks of verify() for one case, quick enough to run whenever it is opened: its finalized versions'
     * content hashes, its audit events and its attachments. Empty when nothing was changed outside PIAdesk.
     */
    QStringList verifyCase(qint64 caseId);
    /** The same for a case already loaded with loadCase(). */
    QStringList verifyCase(const CaseBundle& bundle);

private:
    CaseStore();

    std::unique_ptr<StoreContext> m_store;
    std::unique_ptr<WriterLock> m_lock;
    QString m_backupPath;
};

} // namespace piadesk
