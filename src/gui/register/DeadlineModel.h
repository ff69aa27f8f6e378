#pragma once

#include "workflow/FileDeadlines.h"
#include "workflow/Workflow.h"

#include <QAbstractTableModel>
#include <QList>

namespace piadesk {

/** The deadline dashboard as a table: one row per open deadline, soonest first (FileDeadlines::collect). */
class DeadlineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DueColumn, StateColumn, CaseColumn, DeadlineColumn, ColumnCount };

    explicit DeadlineModel(QObject* parent = nullptr);

    /** Shows \a entries, explained (in their tooltips) by \a explainer. */
    void setEntries(const QList<DeadlineEntry>& entries, const DeadlineExplainer& explainer);
    const DeadlineEntry* entryAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DeadlineEntry> m_entries;
    DeadlineExplainer m_explainer;
};

} // namespace piadesk
