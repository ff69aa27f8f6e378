#pragma once

#include "store/CaseSummary.h"

#include <QAbstractTableModel>
#include <QList>

namespace piadesk {

/** The case register as a table: one row per case, from CaseStore::listCases(). */
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, NameColumn, OrganisationColumn, StatusColumn, AssessmentColumn, PeopleColumn, ColumnCount };

    explicit CaseListModel(QObject* parent = nullptr);

    void setCases(const QList<CaseSummary>& cases);
    const CaseSummary* caseAt(int row) const;
    /** The row of case \a caseId, or -1. */
    int rowOf(qint64 caseId) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CaseSummary> m_cases;
};

} // namespace piadesk
