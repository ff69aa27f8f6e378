#pragma once

#include "store/CaseSummary.h"
#include "workflow/Workflow.h"

#include <QHash>

#include <QAbstractTableModel>
#include <QList>

namespace piadesk {

/**
 * The case register as a table: one row per case, from CaseStore::listCases(), with where each
 * case stands (overall risk, filing, next deadline) from Workflow's deadline pass.
 */
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        NameColumn,
        OrganisationColumn,
        StatusColumn,
        RiskColumn,
        FilingColumn,
        NextDeadlineColumn,
        AssessmentColumn,
        PeopleColumn,
        ColumnCount
    };

    explicit CaseListModel(QObject* parent = nullptr);

    void setCases(const QList<CaseSummary>& cases, const QHash<qint64, CaseStanding>& standings = {});
    /** Replaces where the cases stand (the rows stay). */
    void setStandings(const QHash<qint64, CaseStanding>& standings);
    const QHash<qint64, CaseStanding>& standings() const { return m_standings; }
    const CaseSummary* caseAt(int row) const;
    /** Where the case of \a row stands; nullptr when not known. */
    const CaseStanding* standingAt(int row) const;
    /** The row of case \a caseId, or -1. */
    int rowOf(qint64 caseId) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CaseSummary> m_cases;
    QHash<qint64, CaseStanding> m_standings;
};

} // namespace piadesk
