#include "gui/register/DeadlineModel.h"

#include "gui/settings/Appearance.h"

#include "i18n/Translations.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace piadesk {

DeadlineModel::DeadlineModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DeadlineModel::setEntries(const QList<DeadlineEntry>& entries, const DeadlineExplainer& explainer)
{
    beginResetModel();
    m_entries = entries;
    m_explainer = explainer;
    endResetModel();
}

const DeadlineEntry* DeadlineModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int DeadlineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DeadlineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeadlineModel::data(const QModelIndex& index, int role) const
{
    const DeadlineEntry* entry = entryAt(index.row());
    if (!entry)
        return {};
    const Deadline& d = entry->deadline;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DueColumn:
            return d.due.isValid() ? Translations::date(d.due) : tr("unknown");
        case StateColumn: {
            QString state = DeadlinePlanner::stateLabel(d.state);
            if (d.state == DeadlineState::Overdue)
                state = tr("Overdue by %n working day(s)", nullptr, -d.workingDaysLeft);
            else if (d.state == DeadlineState::DueSoon)
                state = d.workingDaysLeft == 0 ? tr("Due today")
                                               : tr("Due in %n working day(s)", nullptr, d.workingDaysLeft);
            return d.estimated ? tr("%1 (estimated)").arg(state) : state;
        }
        case CaseColumn:
            return tr("%1 — %2").arg(d.organisationName, d.caseName);
        case DeadlineColumn:
            return DeadlinePlanner::title(d);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return m_explainer.explain(*entry);
    case Qt::ForegroundRole:
        if (d.state == DeadlineState::Overdue)
            return QBrush(Appearance::problemColour());
        return {};
    case Qt::BackgroundRole:
        if (d.state == DeadlineState::Overdue)
            return QBrush(Appearance::overdueBackground());
        if (d.state == DeadlineState::DueSoon)
            return QBrush(Appearance::dueSoonBackground());
        return {};
    case Qt::UserRole:
        return d.caseId;
    default:
        return {};
    }
}

QVariant DeadlineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DueColumn:
        return tr("Due");
    case StateColumn:
        return tr("State");
    case CaseColumn:
        return tr("Case");
    case DeadlineColumn:
        return tr("Deadline");
    default:
        return {};
    }
}

} // namespace piadesk
