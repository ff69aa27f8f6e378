#include "RiskPlanModels.h"

#include "core/Enums.h"
#include "rules/Engine.h"
#include "rules/RuleSet.h"

namespace piadesk {

void RiskListModel::setRisks(
    const QList<Risk>& risks, const RiskSummary& summary, const RiskMethod& method, Language language)
{
    QList<Row> rows;
    rows.reserve(risks.size());
    for (qsizetype i = 0; i < risks.size(); ++i) {
        const QString level = i < summary.risks.size()
            ? scaleText(method.levels, summary.risks.at(i).residualLevel, language)
            : QString();
        const QString title = risks.at(i).title.isEmpty() ? tr("(untitled)") : risks.at(i).title;
        rows.append({ risks.at(i).uuid, tr("R%1 %2 — %3").arg(i + 1).arg(title, level) });
    }
    setRows(rows);
}

void MeasureListModel::setMeasures(const QList<Measure>& measures)
{
    QList<Row> rows;
    rows.reserve(measures.size());
    for (qsizetype i = 0; i < measures.size(); ++i) {
        const Measure& m = measures.at(i);
        const QString text
            = m.description.isEmpty() ? tr("(not described)") : m.description.section(QLatin1Char('\n'), 0, 0);
        rows.append({ m.uuid, tr("M%1 %2 — %3").arg(i + 1).arg(text, enumLabel(m.status)) });
    }
    setRows(rows);
}

void PlanListModel::setRows(const QList<Row>& rows)
{
    const int before = int(m_rows.size());
    const int after = int(rows.size());
    if (after < before) {
        beginRemoveRows(QModelIndex(), after, before - 1);
        m_rows.resize(after);
        endRemoveRows();
    }
    int firstChanged = -1;
    int lastChanged = -1;
    for (int i = 0; i < qMin(before, after); ++i) {
        if (m_rows.at(i).uuid != rows.at(i).uuid || m_rows.at(i).text != rows.at(i).text) {
            m_rows[i] = rows.at(i);
            if (firstChanged < 0)
                firstChanged = i;
            lastChanged = i;
        }
    }
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged), index(lastChanged), { Qt::DisplayRole, UuidRole });
    if (after > before) {
        beginInsertRows(QModelIndex(), before, after - 1);
        m_rows.append(rows.mid(before));
        endInsertRows();
    }
}

int PlanListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PlanListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return row.text;
    case UuidRole:
        return row.uuid;
    default:
        return {};
    }
}

} // namespace piadesk
