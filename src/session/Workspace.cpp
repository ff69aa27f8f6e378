#include "Workspace.h"

#include "core/Clock.h"
#include "demo/DemoCases.h"
#include "exchange/CaseExchange.h"
#include "store/CaseStore.h"
#include "store/TeamStore.h"

#include <QFileInfo>
#include <QUrl>

namespace piadesk {

Workspace::Workspace(std::unique_ptr<CaseStore>&& store)
    : m_store(std::move(store))
{
    Q_ASSERT(m_store);
}

Workspace::Workspace(Workspace&& other) noexcept = default;
Workspace& Workspace::operator=(Workspace&& other) noexcept = default;
Workspace::~Workspace() = default;

std::optional<Workspace> Workspace::open(const QString& path, QString* error)
{
    return open(path, error, QString());
}

std::optional<Workspace> Workspace::open(const QString& path, QString* error, const QString& password)
{
    if (isTeamStoreAddress(path)) {
        CaseStore::Options options;
        options.password = password;
        auto store = CaseStore::open(path, options, error);
        if (!store)
            return std::nullopt;
        return Workspace(std::move(store));
    }
    // On a shared file system the file is read, never written: SQLite's locks cannot be trusted there.
    const QString shared = CaseStore::sharedFileSystemReason(path);
    if (!shared.isEmpty() && !QFileInfo::exists(path)) {
        *error = shared + QLatin1Char(' ') + CaseStore::tr("No new case file is created there.");
        return std::nullopt;
    }
    CaseStore::Options options;
    options.readOnly = !shared.isEmpty();
    auto store = CaseStore::open(path, options, error);
    if (!store)
        return std::nullopt;
    Workspace workspace(std::move(store));
    workspace.m_readOnlyReason = shared;
    return workspace;
}

bool Workspace::isTeamStoreAddress(const QString& location)
{
    return TeamStore::isUrl(location);
}

QString Workspace::systemUserName()
{
    return CaseStore::systemUserName();
}

QString Workspace::teamStoreAddress(const QString& host, int port, const QString& database, const QString& user)
{
    const auto encoded = [](const QString& text) { return QString::fromLatin1(QUrl::toPercentEncoding(text)); };
    const QString trimmedHost = host.trimmed();
    QStringList query;
    QString address;
    if (trimmedHost.isEmpty() || trimmedHost.startsWith(QLatin1Char('/'))) {
        address = QStringLiteral("postgresql:///") + encoded(database.trimmed());
        if (!trimmedHost.isEmpty())
            query.append(QStringLiteral("host=") + encoded(trimmedHost));
        if (port != 5432)
            query.append(QStringLiteral("port=%1").arg(port));
        if (!user.trimmed().isEmpty())
            query.append(QStringLiteral("user=") + encoded(user.trimmed()));
    } else {
        const QString server = trimmedHost.contains(QLatin1Char(':')) && !trimmedHost.startsWith(QLatin1Char('['))
            ? QLatin1Char('[') + trimmedHost + QLatin1Char(']')
            : trimmedHost;
        address = QStringLiteral("postgresql://")
            + (user.trimmed().isEmpty() ? QString() : encoded(user.trimmed()) + QLatin1Char('@')) + server
            + (port != 5432 ? QStringLiteral(":%1").arg(port) : QString()) + QLatin1Char('/')
            + encoded(database.trimmed());
    }
    return query.isEmpty() ? address : address + QLatin1Char('?') + query.join(QLatin1Char('&'));
}

bool Workspace::isTeamStore() const
{
    return isTeamStoreAddress(path());
}

QString Workspace::defaultPath()
{
    return CaseStore::defaultPath();
}

QString Workspace::path() const
{
    return m_store->path();
}

bool Workspace::isReadOnly() const
{
    return m_store->isReadOnly();
}

QString Workspace::readOnlyReason() const
{
    // A case file on a shared file system; a team store's role that changes nothing.
    return m_readOnlyReason.isEmpty() ? m_store->readOnlyReason() : m_readOnlyReason;
}

bool Workspace::readableByOthers() const
{
    return m_store->readableByOthers();
}

bool Workspace::makePrivate(QString* error)
{
    if (m_store->makePrivate())
        return true;
    *error = m_store->errorString();
    return false;
}

QDate Workspace::today() const
{
    return m_store->clock().today();
}

QString Workspace::errorString() const
{
    return m_store->errorString();
}

QList<CaseSummary> Workspace::listCases()
{
    return m_store->listCases();
}

bool Workspace::loadCase(qint64 caseId, CaseBundle* bundle)
{
    return m_store->loadCase(caseId, bundle);
}

bool Workspace::saveCopy(const QString& path)
{
    return m_store->saveCopy(path);
}

bool Workspace::importFile(const QString& path, QList<qint64>* caseIds, QString* error)
{
    const std::optional<QList<CaseBundle>> cases = CaseExchange::readFile(path, error);
    return cases && CaseExchange::importCases(*m_store, *cases, caseIds, error);
}

QByteArray Workspace::exportCases(const QList<qint64>& caseIds, QString* error)
{
    return CaseExchange::exportCases(*m_store, caseIds, error);
}

bool Workspace::fillWithDemo(const RuleSet& rules, const DemoOptions& options, QString* error)
{
    return DemoCases::generate(*m_store, rules, options, {}, error);
}

} // namespace piadesk
