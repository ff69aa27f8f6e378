#include "StoreVerifier.h"

#include "AuditChain.h"
#include "AuditLog.h"
#include "CaseTable.h"
#include "StoreContext.h"
#include "StoreRows.h"
#include "core/ContentHash.h"
#include "core/LocalFiles.h"
#include <QCryptographicHash>
#include <QDir>

namespace piadesk {

using namespace StoreRows;

namespace {

/** The problem with an attachment's stored bytes \a data, kept under \a sha256 with \a size; empty when whole. */
QString blobProblem(const QByteArray& data, const QString& sha256, qint64 size)
{
    if (QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()) == sha256
        && data.size() == size)
        return {};
    return CaseStore::tr("An attachment's content (SHA-256 %1) was changed outside PIAdesk.").arg(sha256);
}

} // namespace

namespace StoreVerifier {

QStringList changedFinalizedVersions(const CaseBundle& bundle, int* checked)
{
    QStringList problems;
    for (const AssessmentVersion& a : bundle.assessments) {
        if (!a.isFinal())
            continue;
        if (checked)
            ++*checked;
        QList<Attachment> evidence;
        for (const Attachment& att : bundle.attachments) {
            if (att.assessmentUuid == a.uuid)
                evidence.append(att);
        }
        if (ContentHash::compute(a, bundle.caseInfo.uuid, evidence) != a.contentHash)
            problems.append(CaseStore::tr("Case \"%1\" (id %2), version %3: the content no longer matches the hash "
                                          "recorded when it was finalized. It was changed outside PIAdesk.")
                                .arg(bundle.caseInfo.facts.name)
                                .arg(bundle.caseInfo.id)
                                .arg(a.number));
    }
    return problems;
}

QStringList verifyCase(StoreContext& store, const CaseBundle& bundle)
{
    QStringList problems = changedFinalizedVersions(bundle);
    // The case's own audit events: each hash right, each linked to the event before it in the file's chain.
    const QList<AuditEvent> events = AuditLog(store).events(bundle.caseInfo.uuid);
    Statement previous(store.db, QStringLiteral("SELECT hash FROM audit_event WHERE seq = ?"));
    for (const AuditEvent& e : events) {
        previous.reset();
        previous.bind(1, e.seq - 1);
        const QString before = previous.next() ? previous.text(0) : AuditChain::genesisHash();
        if (AuditChain::hashOf(e) != e.hash || (e.seq > 1 && before != e.prevHash)) {
            problems.append(CaseStore::tr("The audit log of case \"%1\" was changed outside PIAdesk (event %2, %3).")
                                .arg(bundle.caseInfo.facts.name)
                                .arg(e.seq)
                                .arg(e.action));
            break;
        }
    }
    // Its attachments' bytes.
    Statement blobs(store.db,
        QStringLiteral("SELECT DISTINCT b.sha256, b.size, b.data FROM blob b JOIN attachment a ON a.sha256 = b.sha256 "
                       "WHERE a.case_id = ?"));
    blobs.bind(1, bundle.caseInfo.id);
    while (blobs.next()) {
        const QString problem = blobProblem(blobs.blob(2), blobs.text(0), blobs.integer(1));
        if (!problem.isEmpty())
            problems.append(problem);
    }
    return problems;
}

VerifyReport verify(StoreContext& store)
{
    VerifyReport report;
    if (!store.db.isPostgres() && LocalFiles::readableByOthers(store.path))
        report.warnings.append(CaseStore::tr("Other accounts on this computer can read %1 (permissions %2), which "
                                             "holds personal information. Make it private: chmod 600 %1, or open it "
                                             "in PIAdesk and accept its offer.")
                                   .arg(QDir::toNativeSeparators(store.path), LocalFiles::permissionText(store.path)));
    // A case file's pages and references, as SQLite checks them; a team store's are the server's to keep.
    if (!store.db.isPostgres()) {
        Statement check(store.db, QStringLiteral("PRAGMA integrity_check"));
        while (check.next()) {
            if (check.text(0) != QLatin1String("ok"))
                report.problems.append(CaseStore::tr("SQLite integrity check: %1").arg(check.text(0)));
        }
        if (!check.ok())
            report.problems.append(CaseStore::tr("SQLite integrity check failed: %1").arg(store.db.errorString()));
    }
    if (!store.db.isPostgres()) {
        Statement keys(store.db, QStringLiteral("PRAGMA foreign_key_check"));
        while (keys.next())
            report.problems.append(
                CaseStore::tr("A row of table %1 refers to a missing row of %2: rows were deleted outside "
                              "PIAdesk.")
                    .arg(keys.text(0), keys.text(2)));
    }
    const QList<AuditEvent> events = AuditLog(store).events();
    report.auditEvents = events.size();
    report.auditHead = events.isEmpty() ? QString() : events.constLast().hash;
    if (events.isEmpty())
        report.problems.append(CaseStore::tr("The audit log is empty: its events were removed."));
    const QString chainBreak = AuditChain::firstBreak(events);
    if (!chainBreak.isEmpty())
        report.problems.append(chainBreak);

    Statement cases(store.db,
        QStringLiteral("SELECT DISTINCT case_id FROM assessment "
                       "WHERE state IN ('finalized', 'superseded') ORDER BY case_id"));
    QList<qint64> caseIds;
    while (cases.next())
        caseIds.append(cases.integer(0));
    for (qint64 caseId : caseIds) {
        CaseBundle bundle;
        if (!CaseTable::loadBundle(store, caseId, &bundle)) {
            report.problems.append(store.error);
            continue;
        }
        report.problems.append(changedFinalizedVersions(bundle, &report.finalizedVersions));
    }
    Statement blobs(store.db, QStringLiteral("SELECT sha256, size, data FROM blob"));
    while (blobs.next()) {
        ++report.attachmentsChecked;
        const QString problem = blobProblem(blobs.blob(2), blobs.text(0), blobs.integer(1));
        if (!problem.isEmpty())
            report.problems.append(problem);
    }
    return report;
}

} // namespace StoreVerifier
} // namespace piadesk
