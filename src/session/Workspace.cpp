#include "Workspace.h"

#include "core/Clock.h"
#include "demo/DemoCases.h"
#include "exchange/CaseExchange.h"
#include "store/CaseStore.h"

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
    auto store = CaseStore::open(path, error);
    if (!store)
        return std::nullopt;
    return Workspace(std::move(store));
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
