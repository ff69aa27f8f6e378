#include "gui/case/CaseView.h"

#include "ui_CaseView.h"

#include "gui/settings/Appearance.h"

#include "deadlines/DeadlinePlanner.h"
#include "i18n/Translations.h"
#include "rules/RuleSet.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QToolButton>
#include <QTreeWidgetItem>

namespace piadesk {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

constexpr int kShown = 5; ///< deadlines and measures listed before "and N more"

/** A part's heading in the summary. */
QString heading(const QString& text)
{
    return QStringLiteral("<p style=\"margin-top:10px; margin-bottom:2px\"><b>%1</b></p>").arg(esc(text));
}

} // namespace

CaseView::CaseView(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::CaseView)
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.2);
    m_ui->titleLabel->setFont(title);
    // Room for the summary: the case at a glance is what the view is for.
    m_ui->summaryView->setMinimumHeight(m_ui->summaryView->fontMetrics().lineSpacing() * 10);
    m_ui->versionList->setColumnCount(6);
    m_ui->versionList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->versionList->header()->setStretchLastSection(true);
    retranslate();
    connect(m_ui->versionList, &QTreeWidget::itemSelectionChanged, this, &CaseView::updateVersionButtons);
    connect(m_ui->versionList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (m_overview && item)
            Q_EMIT openVersion(m_overview->bundle.caseInfo.id, item->data(0, Qt::UserRole).toInt());
    });
    connect(m_ui->openVersionButton, &QPushButton::clicked, this, [this] {
        const QList<int> selected = selectedVersions();
        if (m_overview && selected.size() == 1)
            Q_EMIT openVersion(m_overview->bundle.caseInfo.id, selected.constFirst());
    });
    connect(m_ui->deleteVersionButton, &QPushButton::clicked, this, [this] {
        const QList<int> selected = selectedVersions();
        if (m_overview && selected.size() == 1)
            Q_EMIT deleteVersion(m_overview->bundle.caseInfo.id, selected.constFirst());
    });
    connect(m_ui->compareButton, &QPushButton::clicked, this, [this] {
        const QList<int> selected = selectedVersions();
        if (m_overview && selected.size() == 2)
            Q_EMIT compareVersions(m_overview->bundle.caseInfo.id, selected.at(0), selected.at(1));
    });
    showCase(std::nullopt);
}

CaseView::~CaseView() = default;

void CaseView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_overview)
        m_ui->summaryView->setHtml(summaryHtml()); // its colours follow the appearance
}

void CaseView::setActions(QAction* open, QAction* reassess, QAction* filings, QAction* exportDocuments)
{
    m_ui->openButton->setDefaultAction(open);
    m_ui->reassessButton->setDefaultAction(reassess);
    m_ui->filingsButton->setDefaultAction(filings);
    m_ui->exportButton->setDefaultAction(exportDocuments);
    for (QToolButton* b : { m_ui->openButton, m_ui->reassessButton, m_ui->filingsButton, m_ui->exportButton })
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
}

void CaseView::setStartActions(QAction* newAssessment, QAction* import, QAction* demo)
{
    m_ui->newButton->setDefaultAction(newAssessment);
    m_ui->importButton->setDefaultAction(import);
    m_ui->demoButton->setDefaultAction(demo);
    for (QToolButton* b : { m_ui->newButton, m_ui->importButton, m_ui->demoButton })
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
}

void CaseView::setFileEmpty(bool empty, bool teamStore)
{
    m_fileEmpty = empty;
    m_teamStore = teamStore;
    if (!m_overview)
        showCase(std::nullopt);
}

void CaseView::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->versionList->setHeaderLabels(
        { tr("No."), tr("Trigger"), tr("State"), tr("Finalized on"), tr("Keep until"), tr("Content hash") });
    m_ui->compareButton->setToolTip(tr("Select two versions to compare them side by side."));
    m_ui->deleteVersionButton->setToolTip(
        tr("Delete the selected version: a draft at any time, a finalized one once its report need no longer be "
           "kept."));
    showCase(m_overview);
}

QList<int> CaseView::selectedVersions() const
{
    QList<int> numbers;
    for (const QTreeWidgetItem* item : m_ui->versionList->selectedItems())
        numbers.append(item->data(0, Qt::UserRole).toInt());
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

void CaseView::updateVersionButtons()
{
    const qsizetype n = m_ui->versionList->selectedItems().size();
    m_ui->openVersionButton->setEnabled(n == 1);
    m_ui->compareButton->setEnabled(n == 2);
    m_ui->deleteVersionButton->setEnabled(n == 1 && m_writable);
}

void CaseView::setWritable(bool writable)
{
    m_writable = writable;
    updateVersionButtons();
}

void CaseView::showCase(std::optional<CaseOverview> overview)
{
    m_overview = std::move(overview);
    const bool has = m_overview.has_value();
    m_ui->versionsLabel->setVisible(has);
    m_ui->versionList->setVisible(has);
    m_ui->openVersionButton->setVisible(has);
    m_ui->compareButton->setVisible(has);
    m_ui->deleteVersionButton->setVisible(has);
    m_ui->versionList->clear();
    // The empty state: with no case in the file, how to begin; otherwise, that one is to be selected.
    m_ui->newButton->setVisible(!has && m_fileEmpty);
    m_ui->importButton->setVisible(!has && m_fileEmpty);
    m_ui->demoButton->setVisible(!has && m_fileEmpty);
    for (QToolButton* b : { m_ui->openButton, m_ui->reassessButton, m_ui->filingsButton, m_ui->exportButton })
        b->setVisible(has || !m_fileEmpty);
    if (!has && m_fileEmpty) {
        m_ui->titleLabel->setText(tr("No case yet"));
        m_ui->summaryView->setHtml(
            QStringLiteral("<p>%1</p><p>%2</p>")
                .arg(esc(m_teamStore ? tr("This team store holds no case yet. Start a new assessment: PIAdesk "
                                          "asks which rules apply, then walks through the organisation, the "
                                          "processing, the questions, the risks and the sign-off.")
                                     : tr("This case file holds no case. Start a new assessment: PIAdesk asks which "
                                          "rules apply, then walks through the organisation, the processing, the "
                                          "questions, the risks and the sign-off.")),
                    esc(tr("Or import cases from a case exchange document (.json), for example one exported from "
                           "another case file."))));
        m_ui->summaryView->append(
            QStringLiteral("<p>%1</p>")
                .arg(esc(tr(
                    "To look around first, make a demo case file: invented organisations and cases, in a new file of "
                    "its own."))));
        updateVersionButtons();
        return;
    }
    if (!has) {
        m_ui->titleLabel->setText(tr("No case selected"));
        m_ui->summaryView->setHtml(QStringLiteral("<p>%1</p>")
                                       .arg(esc(tr("Select a case in the register to see its versions, what stands "
                                                   "against it, its filings and its next deadlines here."))));
        updateVersionButtons();
        return;
    }
    const CaseOverview& o = *m_overview;
    m_ui->titleLabel->setText(o.bundle.caseInfo.facts.name);
    m_ui->summaryView->setHtml(summaryHtml());
    for (const CaseOverview::Version& v : o.versions) {
        auto* item = new QTreeWidgetItem(m_ui->versionList,
            { QString::number(v.number), enumLabel(v.trigger), enumLabel(v.state), Translations::date(v.finalizedOn),
                Translations::date(v.retainUntil), v.contentHash.left(16) });
        item->setData(0, Qt::UserRole, v.number);
        item->setToolTip(5, v.contentHash);
        if (!v.ruleSet.isEmpty())
            item->setToolTip(2, tr("Finalized under %1").arg(v.ruleSet));
    }
    if (QTreeWidgetItem* last = m_ui->versionList->topLevelItem(m_ui->versionList->topLevelItemCount() - 1))
        m_ui->versionList->setCurrentItem(last);
    updateVersionButtons();
}

QString CaseView::summaryHtml() const
{
    const CaseOverview& o = *m_overview;
    const Language language = languageFor(QLocale());
    const CaseFacts& f = o.bundle.caseInfo.facts;
    QString html;
    html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                .arg(esc(o.bundle.organisation.name),
                    esc(tr("%1 · %2 · %Ln people stored", nullptr, int(std::min<qint64>(f.storedPeople, INT_MAX)))
                            .arg(o.rules->shortTitle.text(language), enumLabel(f.status))));

    // The latest version and what stands against it.
    html += heading(tr("Latest version"));
    if (o.latestNumber == 0) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Not assessed yet.")));
    } else {
        const QString state = enumLabel(o.versions.constLast().state).toLower();
        const QString line = o.latest.risks.overall < 0
            ? tr("Version %1, %2: %3% complete. No risk rated yet.")
                  .arg(o.latestNumber)
                  .arg(state)
                  .arg(o.latest.completeness.percent())
            : tr("Version %1, %2: %3% complete. Overall risk: %4 residual.")
                  .arg(o.latestNumber)
                  .arg(state)
                  .arg(o.latest.completeness.percent())
                  .arg(scaleText(o.rules->risk.levels, o.latest.risks.overall, language).toLower());
        html += QStringLiteral("<p>%1</p>").arg(esc(line));
        const QList<RaisedFlag> prohibited = o.latest.prohibited();
        if (!prohibited.isEmpty()) {
            QStringList titles;
            for (const RaisedFlag& flag : prohibited)
                titles.append(esc(flag.rule->title.text(language)));
            html += QStringLiteral("<p style=\"color:%1\"><b>%2</b> %3</p>")
                        .arg(Appearance::problemColour().name(), esc(tr("Prohibited practices standing:")),
                            titles.join(tr("; ", "between the items of a list")));
        }
        QStringList open;
        for (const RaisedFlag& flag : o.latest.conditions()) {
            if (!flag.isAddressed())
                open.append(esc(flag.rule->title.text(language)));
        }
        if (!open.isEmpty())
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(esc(tr("Conditions not yet addressed:")),
                            open.join(tr("; ", "between the items of a list")));
    }

    // Filing.
    html += heading(tr("Filing"));
    const FilingObligation& filing = o.filing;
    QString obligation = !filing.required ? tr("Not required by these rules.")
        : filing.byPublicPlace            ? tr("Required: used in a public place.")
                                          : tr("Required: the number of people stored reaches the threshold.");
    html += QStringLiteral("<p>%1").arg(esc(obligation));
    if (o.bundle.filings.isEmpty()) {
        html += QStringLiteral("<br>%1").arg(esc(tr("No filing recorded.")));
    } else {
        for (const FilingRecord& r : o.bundle.filings) {
            const QString state = r.submittedOn.isValid()
                ? tr("submitted on %1").arg(Translations::date(r.submittedOn))
                : tr("not submitted, due %1").arg(Translations::date(r.dueDate));
            QString text = tr("%1: %2").arg(enumLabel(r.kind), state);
            if (!r.referenceNumber.isEmpty())
                text += QLatin1String(", ") + tr("reference %1").arg(r.referenceNumber);
            html += QStringLiteral("<br>%1").arg(esc(text));
        }
    }
    html += QStringLiteral("</p>");

    // The next deadlines, with how each was counted.
    html += heading(tr("Next deadlines"));
    if (o.deadlines.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("None open.")));
    else
        html += QStringLiteral("<ul>");
    for (qsizetype i = 0; i < o.deadlines.size() && i < kShown; ++i) {
        const Deadline& d = o.deadlines.at(i).deadline;
        QString when = d.due.isValid() ? Translations::date(d.due) : DeadlinePlanner::missing(d);
        QString state = DeadlinePlanner::stateLabel(d.state);
        if (d.estimated)
            state += QLatin1String(", ") + tr("estimated: beyond the holiday calendar");
        html += QStringLiteral("<li><b>%1</b> — %2 (%3)<br><small>%4</small></li>")
                    .arg(esc(DeadlinePlanner::title(d)), esc(when), esc(state), esc(o.deadlines.at(i).explanation));
    }
    if (!o.deadlines.isEmpty()) {
        html += QStringLiteral("</ul>");
        if (o.deadlines.size() > kShown)
            html += QStringLiteral("<p>%1</p>").arg(esc(tr("and %n more", nullptr, int(o.deadlines.size() - kShown))));
    }

    // The open measures of the action plan.
    html += heading(tr("Open measures"));
    if (o.openMeasures.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
    else
        html += QStringLiteral("<ul>");
    for (qsizetype i = 0; i < o.openMeasures.size() && i < kShown; ++i) {
        const Measure& m = o.openMeasures.at(i);
        html += QStringLiteral("<li>%1 — %2</li>")
                    .arg(esc(m.description.section(QLatin1Char('\n'), 0, 0)),
                        esc(tr("%1, due %2, %3")
                                .arg(m.owner.isEmpty() ? tr("no owner") : m.owner,
                                    m.dueDate.isValid() ? Translations::date(m.dueDate) : tr("no date"),
                                    enumLabel(m.status).toLower())));
    }
    if (!o.openMeasures.isEmpty()) {
        html += QStringLiteral("</ul>");
        if (o.openMeasures.size() > kShown)
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(tr("and %n more", nullptr, int(o.openMeasures.size() - kShown))));
    }

    // Retention of the finalized versions.
    QStringList kept;
    for (const CaseOverview::Version& v : o.versions) {
        if (v.retainUntil.isValid())
            kept.append(tr("version %1 until %2").arg(v.number).arg(Translations::date(v.retainUntil)));
    }
    html += heading(tr("Retention"))
        + QStringLiteral("<p>%1</p>")
              .arg(esc(kept.isEmpty()
                      ? tr("No finalized version yet.")
                      : tr("Reports kept: %1.").arg(kept.join(tr("; ", "between the items of a list")))));
    return html;
}

} // namespace piadesk
