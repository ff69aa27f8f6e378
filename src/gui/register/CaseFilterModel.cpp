#include "gui/register/CaseFilterModel.h"

#include "gui/register/CaseListModel.h"
#include "rules/RuleSetLibrary.h"

namespace piadesk {

CaseFilterModel::CaseFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::EditRole);
}

void CaseFilterModel::setSource(CaseListModel* model)
{
    m_cases = model;
    setSourceModel(model);
}

void CaseFilterModel::setSearchText(const QString& text)
{
    const QString search = text.simplified();
    if (search == m_search)
        return;
    m_search = search;
    invalidateFilter();
}

void CaseFilterModel::setStatus(std::optional<CaseStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

void CaseFilterModel::setOverdueOnly(bool overdueOnly)
{
    if (overdueOnly == m_overdueOnly)
        return;
    m_overdueOnly = overdueOnly;
    invalidateFilter();
}

void CaseFilterModel::setRisk(std::optional<int> level)
{
    if (level == m_risk)
        return;
    m_risk = level;
    invalidateFilter();
}

void CaseFilterModel::setOrganisation(const QString& name)
{
    if (name == m_organisation)
        return;
    m_organisation = name;
    invalidateFilter();
}

void CaseFilterModel::setRuleSet(const QString& id)
{
    if (id == m_ruleSet)
        return;
    m_ruleSet = id;
    invalidateFilter();
}

void CaseFilterModel::setOverdueCases(const QSet<qint64>& caseIds)
{
    m_overdue = caseIds;
    if (m_overdueOnly)
        invalidateFilter();
}

bool CaseFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid() || !m_cases)
        return false;
    const CaseSummary* c = m_cases->caseAt(sourceRow);
    if (!c)
        return false;
    if (m_status && c->status != *m_status)
        return false;
    if (m_overdueOnly && !m_overdue.contains(c->id))
        return false;
    if (!m_ruleSet.isEmpty() && (c->ruleSetId.isEmpty() ? RuleSetLibrary::defaultId() : c->ruleSetId) != m_ruleSet)
        return false;
    if (!m_organisation.isEmpty() && c->organisation != m_organisation)
        return false;
    if (m_risk) {
        const CaseStanding* standing = m_cases->standingAt(sourceRow);
        if ((standing ? standing->overallRisk : -1) != *m_risk)
            return false;
    }
    if (m_search.isEmpty())
        return true;
    // Every word must match somewhere: "浦江 门禁" finds 浦江花园小区人脸识别门禁.
    const QStringList words = m_search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (!c->name.contains(word, Qt::CaseInsensitive) && !c->organisation.contains(word, Qt::CaseInsensitive)
            && QString::number(c->id) != word)
            return false;
    }
    return true;
}

} // namespace piadesk
