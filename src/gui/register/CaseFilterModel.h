#pragma once

#include "core/Enums.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace piadesk {

class CaseListModel;

/**
 * The register's filters over a CaseListModel: search as you type (case name,
 * organisation, id), the case's status, its overall risk, its organisation, and
 * "overdue only" (cases with an overdue deadline). Sorting is by the column's natural order (numbers as numbers).
 */
class CaseFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CaseFilterModel(QObject* parent = nullptr);

    void setSource(CaseListModel* model);

    void setSearchText(const QString& text);
    void setStatus(std::optional<CaseStatus> status);
    void setOverdueOnly(bool overdueOnly);
    /** Only cases whose overall risk is level \a level (-1: no risk rated yet); nullopt: any. */
    void setRisk(std::optional<int> level);
    /** Only the cases of organisation \a name; empty: any. */
    void setOrganisation(const QString& name);
    /** Only the cases assessed under rule set \a id; empty: any. */
    void setRuleSet(const QString& id);
    /** The cases that have an overdue deadline, for "overdue only". */
    void setOverdueCases(const QSet<qint64>& caseIds);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    CaseListModel* m_cases = nullptr;
    QString m_search;
    std::optional<CaseStatus> m_status;
    bool m_overdueOnly = false;
    std::optional<int> m_risk;
    QString m_organisation;
    QString m_ruleSet;
    QSet<qint64> m_overdue;
};

} // namespace piadesk
