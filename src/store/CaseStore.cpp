#include "CaseStore.h"

#include "AuditLog.h"
#include "CaseFile.h"
#include "CaseHeads.h"
#include "CaseImporter.h"
#include "CaseLifecycle.h"
#include "CaseRecords.h"
#include "CaseTable.h"
#include "OrganisationTable.h"
#include "StoreContext.h"
#include "StoreVerifier.h"
#include "SummaryTable.h"
#include "TeamStore.h"
#include "VersionLifecycle.h"
#include "WriteScope.h"
#include "WriterLock.h"
#include "core/Clock.h"
#include "core/FieldRules.h"
#include "core/LocalFiles.h"

#include <QFileInfo>
#include <QStandardPaths>

#include <pwd.h>
#include <unistd.h>

namespace piadesk {

CaseStore::CaseStore()
    : m_store(std::make_unique<StoreContext>())
    , m_lock(std::make_unique<WriterLock>())
{
}

CaseStore::~CaseStore()
{
    // The connection closes before the lock is let go.
    m_store->db.close();
}

QString CaseStore::defaultPath()
{
    // Independent of the application name, so the GUI and the CLI share it.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/piadesk/cases.piadesk");
}

QString CaseStore::systemUserName()
{
    if (const passwd* pw = getpwuid(geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

QString CaseStore::sharedFileSystemReason(const QString& path)
{
    return CaseFile::sharedFileSystemReason(path);
}

bool CaseStore::readableByOthers() const
{
    return LocalFiles::readableByOthers(m_store->path);
}

bool CaseStore::makePrivate()
{
    QString why;
    if (!LocalFiles::makeCaseFilePrivate(m_store->path, &why))
        return m_store->fail(why);
    return true;
}

void CaseStore::setActor(const QString& actor)
{
    // A team store's audit log names the role the server authenticated, whatever is typed.
    if (m_store->db.isPostgres())
        return;
    m_store->actor = actor.trimmed().isEmpty() ? systemUserName() : actor.trimmed().left(FieldRules::kShortText);
}

std::unique_ptr<CaseStore> CaseStore::open(const QString& path, const Options& options, QString* error)
{
    std::unique_ptr<CaseStore> store(new CaseStore);
    StoreContext& context = *store->m_store;
    context.clock = options.clock ? options.clock : &Clock::system();
    context.readOnly = options.readOnly;
    if (TeamStore::isUrl(path)) {
        if (!TeamStore::open(context, path, options)) {
            if (error)
                *error = context.error;
            return nullptr;
        }
        return store;
    }
    context.path = QFileInfo(path).absoluteFilePath();
    store->setActor(options.actor);
    if (!CaseFile::open(context, *store->m_lock, options, path, &store->m_backupPath)) {
        if (error)
            *error = context.error;
        return nullptr;
    }
    return store;
}

QString CaseStore::path() const
{
    return m_store->path;
}

bool CaseStore::isReadOnly() const
{
    return m_store->readOnly;
}

bool CaseStore::isTeamStore() const
{
    return m_store->db.isPostgres();
}

QString CaseStore::readOnlyReason() const
{
    return m_store->readOnlyReason;
}

QString CaseStore::actor() const
{
    return m_store->actor;
}

const Clock& CaseStore::clock() const
{
    return *m_store->clock;
}

QString CaseStore::errorString() const
{
    return m_store->error;
}

bool CaseStore::lastChangeConflicted() const
{
    return m_store->conflict;
}

bool CaseStore::saveCopy(const QString& path)
{
    return CaseFile::saveCopy(*m_store, path);
}

bool CaseStore::atomically(const std::function<bool()>& work)
{
    WriteScope write(*m_store);
    if (!write)
        return false;
    return work() && write.commit();
}

// ---------------------------------------------------------------- organisations

bool CaseStore::saveOrganisation(Organisation& organisation)
{
    return CaseLifecycle::saveOrganisation(*m_store, organisation);
}

// ---------------------------------------------------------------- cases

bool CaseStore::createCase(qint64 organisationId, const CaseFacts& facts, Case* created, const QString& ruleSetId)
{
    return CaseLifecycle::create(*m_store, organisationId, facts, created, ruleSetId);
}

bool CaseStore::updateCaseFacts(qint64 caseId, const CaseFacts& facts)
{
    return CaseLifecycle::updateFacts(*m_store, caseId, facts);
}

std::optional<qint64> CaseStore::caseOfAssessment(qint64 assessmentId)
{
    Statement s(m_store->db, QStringLiteral("SELECT case_id FROM assessment WHERE id = ?"));
    s.bind(1, assessmentId);
    if (!s.next())
        return std::nullopt;
    return s.integer(0);
}

bool CaseStore::setCaseRuleSet(qint64 caseId, const QString& ruleSetId)
{
    return CaseLifecycle::setRuleSet(*m_store, caseId, ruleSetId);
}

bool CaseStore::discardCase(qint64 caseId)
{
    return CaseLifecycle::discard(*m_store, caseId);
}

bool CaseStore::deleteCase(qint64 caseId)
{
    return CaseLifecycle::remove(*m_store, caseId);
}

// ---------------------------------------------------------------- assessments

bool CaseStore::createAssessment(qint64 caseId, TriggerKind trigger, const QDate& triggerDate,
    const QString& description, AssessmentVersion* created)
{
    return createAssessment(caseId, trigger, triggerDate, description, RuleSetChange {}, created);
}

bool CaseStore::createAssessment(qint64 caseId, TriggerKind trigger, const QDate& triggerDate,
    const QString& description, const RuleSetChange& change, AssessmentVersion* created)
{
    return VersionLifecycle::create(*m_store, caseId, trigger, triggerDate, description, change, created);
}

bool CaseStore::saveAnswer(qint64 assessmentId, const Answer& answer)
{
    return VersionLifecycle::saveAnswer(*m_store, assessmentId, answer);
}

bool CaseStore::saveRisks(qint64 assessmentId, const QList<Risk>& risks)
{
    AssessmentVersion content;
    content.risks = risks;
    return VersionLifecycle::replaceContent(*m_store, assessmentId, content, QStringLiteral("risk"),
        QStringLiteral("risks.save"), tr("%n risk(s)", nullptr, int(risks.size())));
}

bool CaseStore::saveMeasures(qint64 assessmentId, const QList<Measure>& measures)
{
    AssessmentVersion content;
    content.measures = measures;
    return VersionLifecycle::replaceContent(*m_store, assessmentId, content, QStringLiteral("measure"),
        QStringLiteral("measures.save"), tr("%n measure(s)", nullptr, int(measures.size())));
}

bool CaseStore::saveActivities(qint64 assessmentId, const QList<ProcessingActivity>& activities)
{
    AssessmentVersion content;
    content.activities = activities;
    return VersionLifecycle::replaceContent(*m_store, assessmentId, content, QStringLiteral("processing_activity"),
        QStringLiteral("activities.save"), tr("%n processing activity(ies)", nullptr, int(activities.size())));
}

bool CaseStore::saveSignOff(qint64 assessmentId, const QString& assessor, const QString& reviewer,
    const QString& signedOffBy, const QDate& signedOffOn)
{
    return VersionLifecycle::saveSignOff(*m_store, assessmentId, assessor, reviewer, signedOffBy, signedOffOn);
}

bool CaseStore::setInReview(qint64 assessmentId, bool inReview)
{
    return VersionLifecycle::setInReview(*m_store, assessmentId, inReview);
}

bool CaseStore::finalize(qint64 assessmentId, const FinalizeOptions& options)
{
    return VersionLifecycle::finalize(*m_store, assessmentId, options);
}

bool CaseStore::deleteAssessment(qint64 assessmentId)
{
    return VersionLifecycle::remove(*m_store, assessmentId);
}

// ---------------------------------------------------------------- filings

bool CaseStore::saveFiling(qint64 caseId, FilingRecord& filing)
{
    return CaseRecords::saveFiling(*m_store, caseId, filing);
}

bool CaseStore::deleteFiling(qint64 filingId)
{
    return CaseRecords::deleteFiling(*m_store, filingId);
}

// ---------------------------------------------------------------- attachments

bool CaseStore::addAttachment(qint64 caseId, Attachment& attachment)
{
    return CaseRecords::addAttachment(*m_store, caseId, attachment);
}

QByteArray CaseStore::attachmentData(qint64 attachmentId)
{
    return CaseRecords::attachmentData(*m_store, attachmentId);
}

bool CaseStore::deleteAttachment(qint64 attachmentId)
{
    return CaseRecords::deleteAttachment(*m_store, attachmentId);
}

// ---------------------------------------------------------------- reading, importing, verifying

std::optional<Organisation> CaseStore::organisation(qint64 id)
{
    return OrganisationTable::read(*m_store, id);
}

QList<Organisation> CaseStore::organisations()
{
    return OrganisationTable::all(*m_store);
}

QList<CaseSummary> CaseStore::listCases()
{
    return SummaryTable::list(*m_store);
}

bool CaseStore::visitCases(bool digests, const std::function<void(CaseSummary&&)>& visitor)
{
    return SummaryTable::visit(*m_store, digests, visitor);
}

bool CaseStore::setDigester(std::shared_ptr<const Digester> digester, SummaryForming forming)
{
    return SummaryTable::setDigester(*m_store, std::move(digester), forming == SummaryForming::Now);
}

bool CaseStore::formStaleSummaries(int limit, qint64* remaining)
{
    return SummaryTable::formSome(*m_store, limit, remaining);
}

qint64 CaseStore::staleSummaries()
{
    return SummaryTable::staleCases(*m_store);
}

bool CaseStore::summariesCurrent()
{
    return SummaryTable::current(*m_store);
}

bool CaseStore::urgentCases(const QDate& today, const QDate& dueSoonBy, int limit, UrgentCases* out)
{
    return SummaryTable::urgent(*m_store, today, dueSoonBy, limit, out);
}

bool CaseStore::loadCaseHeads(const QList<qint64>& ids, const HeadParts& parts, QList<CaseBundle>* out)
{
    return CaseHeads::load(*m_store, ids, parts, out);
}

bool CaseStore::loadCaseHeads(qint64 afterId, int limit, const HeadParts& parts, QList<CaseBundle>* out)
{
    return CaseHeads::load(*m_store, afterId, limit, parts, out);
}

std::optional<qint64> CaseStore::findCase(const QString& reference)
{
    return CaseTable::find(*m_store, reference);
}

bool CaseStore::loadCase(qint64 caseId, CaseBundle* bundle)
{
    Database& db = m_store->db;
    if (!db.isPostgres() || db.inTransaction())
        return CaseTable::loadBundle(*m_store, caseId, bundle);
    // A case is read in several statements: on a team store, in one snapshot, so that a change another officer
    // commits meanwhile is seen whole (with the revision it made) or not at all.
    if (!db.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")))
        return m_store->failFromDb();
    const bool loaded = CaseTable::loadBundle(*m_store, caseId, bundle);
    if (!db.exec(loaded ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK")) && loaded)
        return m_store->failFromDb();
    return loaded;
}

bool CaseStore::importCases(const QList<CaseBundle>& bundles, QList<qint64>* caseIds)
{
    return CaseImporter::importCases(*m_store, bundles, caseIds);
}

QList<AuditEvent> CaseStore::auditEvents(const QString& caseUuid)
{
    return AuditLog(*m_store).events(caseUuid);
}

QStringList CaseStore::verifyCase(qint64 caseId)
{
    CaseBundle bundle;
    if (!loadCase(caseId, &bundle))
        return { errorString() };
    return verifyCase(bundle);
}

QStringList CaseStore::verifyCase(const CaseBundle& bundle)
{
    return StoreVerifier::verifyCase(*m_store, bundle);
}

VerifyReport CaseStore::verify()
{
    return StoreVerifier::verify(*m_store);
}

} // namespace piadesk
