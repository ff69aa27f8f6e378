#pragma once

#include "core/CaseSummary.h"
#include "rules/RuleSetLibrary.h"
#include "workflow/FileDeadlines.h"
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
        RuleSetColumn, ///< the rule set, marked when it has been superseded (the 2023 draft)
        ColumnCount
    };

    explicit CaseListModel(QObject* parent = nullptr);

    /** The rule sets the cases name, for the rule-set column. */
    void setRuleSets(const RuleSetLibrary* library);

    void setCases(const QList<CaseSummary>& cases, const QHash<qint64, CaseStanding>& standings = {});
    /** Replaces where the cases stand (the rows stay). */
    void setStandings(const QHash<qint64, CaseStanding>& standings);
    /**
     * Where the cases stand, formed by \a source from each case's summary when first asked for (a row shown,
     * sorted or filtered on), then kept: a register of 100,000 cases forms only what it shows.
     */
    void setStandingSource(FileDeadlines::StandingSource source);
    /** The standings known: all of them, or those formed so far when they come from a source. */
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
    const RuleSet* ruleSetOf(const CaseSummary& c) const;
    QString ruleSetText(const CaseSummary& c) const;

    const RuleSetLibrary* m_ruleSets = nullptr;
    QList<CaseSummary> m_cases;
    mutable QHash<qint64, CaseStanding> m_standings; ///< with a source, a cache of those formed
    FileDeadlines::StandingSource m_source;
};

} // namespace piadesk
