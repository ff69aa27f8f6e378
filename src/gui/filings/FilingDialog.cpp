#include "gui/filings/FilingDialog.h"
#include "rules/FilingAuthority.h"

#include "ui_FilingDialog.h"

#include "core/Clock.h"
#include "gui/DateField.h"
#include "gui/Debouncer.h"
#include "gui/FormSupport.h"
#include "i18n/Translations.h"
#include "rules/Engine.h"
#include "session/FilingTracker.h"
#include "session/Workspace.h"

#include <QComboBox>
#include <QHeaderView>
#include <QPushButton>

namespace piadesk {

namespace {
enum Event { Initial, Change, End };
} // namespace

FilingDialog::FilingDialog(
    Workspace& workspace, const RuleSet& rules, const WorkCalendar& calendar, qint64 caseId, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::FilingDialog)
    , m_workspace(workspace)
    , m_rules(rules)
    , m_calendar(calendar)
    , m_caseId(caseId)
    , m_debouncer(new Debouncer(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("filingDialog"));
    retranslateHeaders();
    m_ui->deadlineTree->header()->setStretchLastSection(false);
    m_ui->deadlineTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->deadlineTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->deadlineTree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_ui->filingTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->filingTable->verticalHeader()->hide();
    m_ui->materialTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->materialTree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->materialTree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_ui->materialTree->header()->setStretchLastSection(false);
    m_ui->eventDate->setDate(workspace.today());
    m_ui->eventDate->setOptional(false);
    m_ui->problemLabel->hide();
    connect(m_ui->deadlineTree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        m_ui->explanationLabel->setText(item ? item->data(0, Qt::UserRole).toString() : QString());
    });
    connect(m_ui->filingTable, &QTableWidget::currentCellChanged, this, [this] {
        m_debouncer->flush();
        showFiling();
    });
    m_debouncer->watch(m_ui->referenceNumber, QStringLiteral("reference"));
    m_debouncer->watch(m_ui->authority, QStringLiteral("authority"));
    m_debouncer->watch(m_ui->filingNote, QStringLiteral("note"));
    m_debouncer->watch(m_ui->disposalEvidence, QStringLiteral("disposalEvidence"));
    connect(m_ui->disposalMethod, &QComboBox::currentIndexChanged, this,
        [this] { m_debouncer->commitNow(QStringLiteral("disposalMethod")); });
    connect(
        m_ui->disposalOn, &DateField::dateChanged, this, [this] { m_debouncer->poke(QStringLiteral("disposalOn")); });
    connect(m_ui->disposalOn, &DateField::editingFinished, m_debouncer, &Debouncer::flush);
    connect(
        m_ui->submittedOn, &DateField::dateChanged, this, [this] { m_debouncer->poke(QStringLiteral("submitted")); });
    connect(m_ui->submittedOn, &DateField::editingFinished, m_debouncer, &Debouncer::flush);
    connect(m_debouncer, &Debouncer::commit, this, &FilingDialog::saveFiling);
    connect(m_ui->recordInitial, &QPushButton::clicked, this, [this] { record(Initial); });
    connect(m_ui->recordChange, &QPushButton::clicked, this, [this] { record(Change); });
    connect(m_ui->recordEnd, &QPushButton::clicked, this, [this] { record(End); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

void FilingDialog::done(int result)
{
    m_debouncer->flush();
    // A filing's date typed and refused is not saved: say so before it is lost (the date of an event not yet
    // recorded is not the filing's).
    if (!FormSupport::mayCloseWithUnsaved(this, FormSupport::refusedDates(m_ui->filingGroup)))
        return;
    QDialog::done(result);
}

FilingDialog::~FilingDialog() = default;

void FilingDialog::retranslateHeaders()
{
    {
        const QSignalBlocker blocker(m_ui->disposalMethod);
        const QString chosen = m_ui->disposalMethod->currentData().toString();
        m_ui->disposalMethod->clear();
        m_ui->disposalMethod->addItem(tr("Not stated yet"), QString());
        m_ui->disposalMethod->addItem(tr("Deleted"), QStringLiteral("deleted"));
        m_ui->disposalMethod->addItem(tr("Anonymized"), QStringLiteral("anonymized"));
        m_ui->disposalMethod->setCurrentIndex(qMax(0, m_ui->disposalMethod->findData(chosen)));
    }
    m_ui->deadlineTree->setHeaderLabels({ tr("Filing"), tr("Due"), tr("State") });
    m_ui->filingTable->setHorizontalHeaderLabels(
        { tr("Filing"), tr("Counted from"), tr("Due"), tr("Submitted"), tr("Reference number") });
    m_ui->materialTree->setHeaderLabels({ tr("No."), tr("Material or upload"), tr("Status") });
}

void FilingDialog::changeEvent(QEvent* event)
{
    if (m_language.isSwitch(event)) {
        m_debouncer->flush();
        m_ui->retranslateUi(this);
        retranslateHeaders();
        reload();
    }
    QDialog::changeEvent(event);
}

void FilingDialog::reload()
{
    if (!m_workspace.loadCase(m_caseId, &m_bundle)) {
        showProblem(m_workspace.errorString());
        return;
    }
    const Language language = languageFor(QLocale());
    setWindowTitle(tr("Filings — %1").arg(m_bundle.caseInfo.facts.name));
    QString obligation = Engine::explain(m_rules, Engine::filingObligation(m_rules, m_bundle.caseInfo.facts), language,
        FilingAuthority::nameFor(m_rules.filing, m_bundle.organisation, language));
    // Under rules that were superseded, what the rules in force ask may differ: say so before anything is filed.
    if (m_rules.supersededBy)
        obligation += QLatin1Char('\n')
            + tr("%1 What they require is shown once the case is re-assessed under them (Case → Re-assess Under "
                 "the Rules in Force).")
                  .arg(m_rules.supersededBy->text.text(language));
    m_ui->obligationLabel->setText(obligation);

    const FilingTracker tracker(m_workspace.store(), m_rules, m_calendar, m_workspace.today());
    m_ui->deadlineTree->clear();
    for (const Deadline& d : tracker.deadlines(m_bundle)) {
        QString state = DeadlinePlanner::stateLabel(d.state);
        if (d.state == DeadlineState::Met)
            state = d.late ? tr("Submitted %1, late").arg(Translations::date(d.metOn))
                           : tr("Submitted %1").arg(Translations::date(d.metOn));
        auto* item = new QTreeWidgetItem(m_ui->deadlineTree,
            { DeadlinePlanner::title(d), d.due.isValid() ? Translations::date(d.due) : DeadlinePlanner::missing(d),
                state });
        const QString explanation = tracker.explain(d, language);
        item->setData(0, Qt::UserRole, explanation);
        item->setToolTip(0, explanation);
        if (d.state == DeadlineState::Overdue)
            item->setForeground(2, FormSupport::problemColour());
    }
    if (m_ui->deadlineTree->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_ui->deadlineTree, { tr("No filing is due for this case."), QString(), QString() });
    m_ui->deadlineTree->setCurrentItem(m_ui->deadlineTree->topLevelItem(0));

    const int row = m_ui->filingTable->currentRow();
    {
        const QSignalBlocker blocker(m_ui->filingTable);
        m_ui->filingTable->setRowCount(int(m_bundle.filings.size()));
        for (int i = 0; i < m_bundle.filings.size(); ++i) {
            const FilingRecord& f = m_bundle.filings.at(i);
            const QStringList cells { enumLabel(f.kind), Translations::date(f.triggerDate),
                Translations::date(f.dueDate), Translations::date(f.submittedOn), f.referenceNumber };
            for (int c = 0; c < cells.size(); ++c)
                m_ui->filingTable->setItem(i, c, new QTableWidgetItem(cells.at(c)));
        }
        if (!m_bundle.filings.isEmpty())
            m_ui->filingTable->setCurrentCell(qBound(0, row, int(m_bundle.filings.size()) - 1), 0);
    }
    showFiling();
    const bool hasInitial = std::any_of(m_bundle.filings.cbegin(), m_bundle.filings.cend(),
        [](const FilingRecord& f) { return f.kind == FilingKind::Initial; });
    m_ui->recordInitial->setEnabled(!hasInitial && !m_workspace.isReadOnly());
    m_ui->recordChange->setEnabled(hasInitial && !m_workspace.isReadOnly());
    m_ui->recordEnd->setEnabled(!m_workspace.isReadOnly());
}

void FilingDialog::showFiling()
{
    const int row = m_ui->filingTable->currentRow();
    const bool has = row >= 0 && row < m_bundle.filings.size();
    for (QWidget* w :
        std::initializer_list<QWidget*> { m_ui->submittedOn, m_ui->referenceNumber, m_ui->authority, m_ui->filingNote })
        w->setEnabled(has && !m_workspace.isReadOnly());
    const FilingRecord f = has ? m_bundle.filings.at(row) : FilingRecord();
    // Another filing than the one shown: what was typed (or refused) in its dates belongs to that one.
    const bool other = m_ui->submittedOn->property("piadeskRecord").toString() != f.uuid;
    m_ui->submittedOn->setProperty("piadeskRecord", f.uuid);
    FormSupport::setDate(m_ui->submittedOn, f.submittedOn, other);
    FormSupport::setText(m_ui->referenceNumber, f.referenceNumber);
    FormSupport::setText(m_ui->authority, f.authority);
    FormSupport::setText(m_ui->filingNote, f.note);
    // How the facial information was handled: asked of a de-registration when the rules ask it (the Measures).
    const bool disposal = has && f.kind == FilingKind::Deregistration && m_rules.filing.deregistrationDisposal;
    for (QWidget* w : std::initializer_list<QWidget*> { m_ui->disposalMethodLabel, m_ui->disposalMethod,
             m_ui->disposalOnLabel, m_ui->disposalOn, m_ui->disposalEvidenceLabel, m_ui->disposalEvidence }) {
        w->setVisible(disposal);
        w->setEnabled(disposal && !m_workspace.isReadOnly());
    }
    {
        const QSignalBlocker blocker(m_ui->disposalMethod);
        m_ui->disposalMethod->setCurrentIndex(qMax(0, m_ui->disposalMethod->findData(f.disposal.method)));
    }
    FormSupport::setDate(m_ui->disposalOn, f.disposal.on, other);
    FormSupport::setText(m_ui->disposalEvidence, f.disposal.evidence);
    showMaterials(has ? row : -1);
}

void FilingDialog::showMaterials(int row)
{
    // The materials of the rule set and, where it names them, the filing system's uploads, each with its status
    // on the selected filing, changed with the list in its row.
    m_ui->materialTree->clear();
    const bool has = row >= 0 && row < m_bundle.filings.size();
    const FilingRecord f = has ? m_bundle.filings.at(row) : FilingRecord();
    const Language language = languageFor(QLocale());
    const auto addGroup = [this](const QString& title) {
        auto* group = new QTreeWidgetItem(m_ui->materialTree, { title });
        group->setFirstColumnSpanned(true);
        group->setFlags(Qt::ItemIsEnabled);
        QFont font = group->font(0);
        font.setBold(true);
        group->setFont(0, font);
        group->setExpanded(true);
        return group;
    };
    const auto addRow = [&](QTreeWidgetItem* group, int number, const QString& id, bool material,
                            const LocalizedText& title, const LocalizedText& description) {
        auto* item = new QTreeWidgetItem(group, { QString::number(number), title.text(language) });
        item->setToolTip(1, description.text(language));
        item->setData(0, Qt::UserRole, id);
        auto* status = new QComboBox;
        status->setObjectName(QStringLiteral("status_") + id);
        status->setAccessibleName(tr("Status of %1").arg(title.text(language)));
        for (const auto& entry : enumEntries<MaterialStatus>())
            status->addItem(enumLabel(entry.value), int(entry.value));
        const MaterialStatus current = f.materialStatus(id, material ? number : 0);
        status->setCurrentIndex(qMax(0, status->findData(int(current))));
        status->setEnabled(has && !m_workspace.isReadOnly());
        m_ui->materialTree->setItemWidget(item, 2, status);
        connect(status, &QComboBox::currentIndexChanged, this,
            [this, row, id, status] { saveMaterial(row, id, MaterialStatus(status->currentData().toInt())); });
    };
    QTreeWidgetItem* materials = addGroup(tr("Materials (%1)").arg(m_rules.cite(m_rules.filing.articles, language)));
    for (const FilingMaterial& m : m_rules.filing.materials)
        addRow(materials, m.number, m.id, true, m.title, m.description);
    if (!m_rules.filing.uploads.isEmpty()) {
        QTreeWidgetItem* uploads = addGroup(tr("Uploads to the filing system"));
        for (const FilingUpload& u : m_rules.filing.uploads)
            addRow(uploads, u.number, u.id, false, u.title, u.description);
    }
    m_ui->materialTree->setEnabled(has);
}

void FilingDialog::saveMaterial(int row, const QString& id, MaterialStatus status)
{
    // Saved at once, without rebuilding the list (the box that changed stays where it is). Text still being typed
    // is saved by the debouncer as usual, onto this filing as it now is.
    if (row < 0 || row >= m_bundle.filings.size())
        return;
    FilingRecord f = m_bundle.filings.at(row);
    f.caseId = m_caseId;
    f.materials.insert(id, status);
    FilingTracker tracker(m_workspace.store(), m_rules, m_calendar, m_workspace.today());
    if (!tracker.update(f)) {
        showProblem(tracker.errorString());
        return;
    }
    showProblem(QString());
    m_bundle.filings[row] = f;
    Q_EMIT caseChanged(m_caseId);
}

void FilingDialog::saveFiling()
{
    const int row = m_ui->filingTable->currentRow();
    if (row < 0 || row >= m_bundle.filings.size())
        return;
    FilingRecord f = m_bundle.filings.at(row);
    f.caseId = m_caseId;
    f.submittedOn = FormSupport::date(m_ui->submittedOn);
    f.referenceNumber = m_ui->referenceNumber->text().trimmed();
    f.authority = m_ui->authority->text().trimmed();
    f.note = m_ui->filingNote->text().trimmed();
    if (f.kind == FilingKind::Deregistration && m_rules.filing.deregistrationDisposal) {
        f.disposal.method = m_ui->disposalMethod->currentData().toString();
        f.disposal.on = FormSupport::date(m_ui->disposalOn);
        f.disposal.evidence = m_ui->disposalEvidence->text().trimmed();
    }
    if (f == m_bundle.filings.at(row))
        return;
    FilingTracker tracker(m_workspace.store(), m_rules, m_calendar, m_workspace.today());
    if (!tracker.update(f)) {
        showProblem(tracker.errorString());
        return;
    }
    showProblem(QString());
    reload();
    Q_EMIT caseChanged(m_caseId);
}

void FilingDialog::record(int what)
{
    m_debouncer->flush();
    // A date typed there and refused is not "today": nothing is recorded until it is corrected.
    if (!m_ui->eventDate->problem().isEmpty()) {
        showProblem(m_ui->eventDate->problem());
        m_ui->eventDate->setFocus();
        return;
    }
    FilingTracker tracker(m_workspace.store(), m_rules, m_calendar, m_workspace.today());
    const QDate date = m_ui->eventDate->date();
    const QString note = m_ui->eventNote->text();
    // The initial filing counts from the day the facts give (the start of use, or the day the threshold was
    // reached); otherwise from the date given.
    const QDate initialFrom = tracker.initialClockStart(m_bundle.caseInfo.facts).isValid() ? QDate() : date;
    const bool ok = what == Initial ? tracker.recordInitial(m_caseId, initialFrom)
        : what == Change            ? tracker.recordChange(m_caseId, date, note)
                                    : tracker.recordEndOfUse(m_caseId, date, note);
    if (!ok) {
        showProblem(tracker.errorString());
        return;
    }
    showProblem(QString());
    m_ui->eventNote->clear();
    reload();
    m_ui->filingTable->setCurrentCell(m_ui->filingTable->rowCount() - 1, 0);
    Q_EMIT caseChanged(m_caseId);
}

void FilingDialog::showProblem(const QString& problem)
{
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
    FormSupport::markAsProblem(m_ui->problemLabel);
}

} // namespace piadesk
