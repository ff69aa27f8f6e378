#pragma once

#include "core/Assessment.h"
#include "rules/LocalizedText.h"

#include <QAbstractListModel>

namespace piadesk {

struct RiskMethod;
struct RiskSummary;

/**
 * One line per item of a version's risk plan, its uuid as UuidRole. Updated in place: rows are added or removed at
 * the end and the others changed, so that a view keeps its current row while the officer types.
 */
class PlanListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int UuidRole = Qt::UserRole;

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    struct Row
    {
        QString uuid;
        QString text;
    };
    void setRows(const QList<Row>& rows);

private:
    QList<Row> m_rows;
};

/** The risks of a version: "R1 title — level after measures". */
class RiskListModel : public PlanListModel
{
    Q_OBJECT
public:
    using PlanListModel::PlanListModel;

    /** Shows \a risks, each with its residual level from \a summary, named by \a method's levels in \a language. */
    void setRisks(const QList<Risk>& risks, const RiskSummary& summary, const RiskMethod& method, Language language);
};

/** The measures of a version: "M1 first line of the description — status". */
class MeasureListModel : public PlanListModel
{
    Q_OBJECT
public:
    using PlanListModel::PlanListModel;

    void setMeasures(const QList<Measure>& measures);
};

} // namespace piadesk
