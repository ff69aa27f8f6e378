#include "gui/register/CaseListModel.h"

#include "gui/FormSupport.h"

#include <QColor>
#include <QLocale>

#include <limits>

#include <QLocale>

namespace piadesk {

CaseListModel::CaseListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CaseListModel::setCases(const QList<CaseSummary>& cases, const QHash<qint64, CaseStanding>& standings)
{
    beginResetModel();
    m_cases = cases;
    if (m_source) // the digests changed with the rows: form the standings again
        m_standings.clear();
    else
        m_standings = standings;
    endResetModel();
}

void CaseListModel::setStandings(const QHash<qint64, CaseStanding>& standings)
{
    m_source = {};
    m_standings = standings;
    if (!m_cases.isEmpty())
        Q_EMIT dataChanged(index(0, RiskColumn), index(int(m_cases.size()) - 1, NextDeadlineColumn));
}

void CaseListModel::setStandingSource(FileDeadlines::StandingSource source)
{
    m_source = std::move(source);
    m_standings.clear();
    if (!m_cases.isEmpty())
        Q_EMIT dataChanged(index(0, RiskColumn), index(int(m_cases.size()) - 1, NextDeadlineColumn));
}

const CaseStanding* CaseListModel::standingAt(int row) const
{
    const CaseSummary* c = caseAt(row);
    if (!c)
        return nullptr;
    auto it = m_standings.constFind(c->id);
    if (it == m_standings.cend() && m_source) {
        std::optional<CaseStanding> formed = m_source(*c);
        if (!formed)
            return nullptr;
        it = m_standings.insert(c->id, std::move(*formed));
    }
    return it == m_standings.cend() ? nullptr : &*it;
}

const CaseSummary* CaseListModel::caseAt(int row) const
{
    return row >= 0 && row < m_cases.size() ? &m_cases.at(row) : nullptr;
}

int CaseListModel::rowOf(qint64 caseId) const
{
    for (int row = 0; row < m_cases.size(); ++row) {
        if (m_cases.at(row).id == caseId)
            return row;
    }
    return -1;
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void CaseListModel::setRuleSets(const RuleSetLibrary* library)
{
    m_ruleSets = library;
    if (!m_cases.isEmpty())
        Q_EMIT dataChanged(index(0, RuleSetColumn), index(int(m_cases.size()) - 1, RuleSetColumn));
}

const RuleSet* CaseListModel::ruleSetOf(const CaseSummary& c) const
{
    if (!m_ruleSets)
        return nullptr;
    return m_ruleSets->find(c.ruleSetId.isEmpty() ? RuleSetLibrary::defaultId() : c.ruleSetId);
}

QString CaseListModel::ruleSetText(const CaseSummary& c) const
{
    const RuleSet* rs = ruleSetOf(c);
    if (!rs)
        return c.ruleSetId;
    const QString name = rs->shortTitle.text(languageFor(QLocale()));
    return rs->supersededBy ? tr("%1 (superseded)").arg(name) : name;
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    const CaseSummary* c = caseAt(index.row());
    if (!c)
        return {};
    const CaseStanding* standing = standingAt(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case IdColumn:
            return c->id;
        case NameColumn:
            return c->name;
        case OrganisationColumn:
            return c->organisation;
        case StatusColumn:
            return enumLabel(c->status);
        case RiskColumn:
            return standing ? standing->riskText : QString();
        case FilingColumn:
            return standing ? standing->filingText : QString();
        case NextDeadlineColumn:
            return standing ? standing->nextText : QString();
        case AssessmentColumn:
            return c->latestVersion ? tr("Version %1, %2").arg(c->latestVersion).arg(enumLabel(c->latestState))
                                    : tr("Not assessed");
        case PeopleColumn:
            return QLocale().toString(c->storedPeople);
        case RuleSetColumn:
            return ruleSetText(*c);
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == RuleSetColumn) {
        const RuleSet* rs = ruleSetOf(*c);
        if (rs && rs->supersededBy)
            return rs->supersededBy->text.text(languageFor(QLocale()));
        return rs ? rs->title.text(languageFor(QLocale())) : QVariant();
    }
    if (role == Qt::ForegroundRole && index.column() == RuleSetColumn) {
        const RuleSet* rs = ruleSetOf(*c);
        if (rs && rs->supersededBy)
            return FormSupport::problemColour();
    }
    if (role == Qt::EditRole) { // the sort key: numbers as numbers
        switch (index.column()) {
        case IdColumn:
            return c->id;
        case StatusColumn:
            return int(c->status);
        case RiskColumn:
            return standing ? standing->overallRisk : -1;
        case NextDeadlineColumn: // soonest first; the unscheduled and the cases with none last
            return standing && standing->next && standing->next->due.isValid() ? standing->next->due.toJulianDay()
                                                                               : std::numeric_limits<qint64>::max();
        case AssessmentColumn:
            return c->latestVersion;
        case PeopleColumn:
            return c->storedPeople;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ForegroundRole && standing
        && ((index.column() == FilingColumn && standing->filingOverdue)
            || (index.column() == NextDeadlineColumn && standing->next
                && standing->next->state == DeadlineState::Overdue)))
        return FormSupport::problemColour();
    if (role == Qt::TextAlignmentRole && (index.column() == IdColumn || index.column() == PeopleColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("ID");
    case NameColumn:
        return tr("Case");
    case OrganisationColumn:
        return tr("Organisation");
    case StatusColumn:
        return tr("Status");
    case RiskColumn:
        return tr("Overall risk");
    case FilingColumn:
        return tr("Filing");
    case NextDeadlineColumn:
        return tr("Next deadline");
    case AssessmentColumn:
        return tr("Assessment");
    case PeopleColumn:
        return tr("People stored");
    case RuleSetColumn:
        return tr("Rules");
    default:
        return {};
    }
}

} // namespace piadesk
