#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "CalendarDialog.h"
#include "CaseFilterModel.h"
#include "CaseListModel.h"
#include "DeadlineModel.h"
#include "core/Clock.h"
#include "exchange/CaseExchange.h"
#include "store/CaseStore.h"
#include "workflow/Workflow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QSaveFile>

namespace piadesk {

MainWindow::MainWindow(std::unique_ptr<CaseStore> store, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_store(std::move(store))
    , m_model(new CaseListModel(this))
    , m_rules(RuleSetLibrary::builtIn())
    , m_calendars(CalendarLibrary::defaultDataDirectory())
    , m_deadlines(new DeadlineModel(this))
    , m_filter(new CaseFilterModel(this))
{
    m_ui->setupUi(this);
    m_filter->setSource(m_model);
    m_ui->caseTable->setModel(m_filter);
    m_ui->statusFilter->addItem(tr("All statuses"));
    for (const auto& entry : enumEntries<CaseStatus>())
        m_ui->statusFilter->addItem(enumLabel(entry.value), int(entry.value));
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_filter, &CaseFilterModel::setSearchText);
    connect(m_ui->statusFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QVariant status = m_ui->statusFilter->itemData(index);
        m_filter->setStatus(status.isValid() ? std::optional<CaseStatus>(CaseStatus(status.toInt())) : std::nullopt);
    });
    connect(m_ui->overdueOnly, &QCheckBox::toggled, m_filter, &CaseFilterModel::setOverdueOnly);
    m_ui->caseTable->horizontalHeader()->setSectionResizeMode(CaseListModel::NameColumn, QHeaderView::Stretch);
    m_ui->caseTable->verticalHeader()->hide();
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionHolidayCalendar, &QAction::triggered, this, &MainWindow::showCalendarDialog);
    connect(m_ui->actionSaveCopy, &QAction::triggered, this, &MainWindow::chooseCopyFile);
    connect(m_ui->actionImport, &QAction::triggered, this, &MainWindow::chooseImportFile);
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::chooseExportFile);
    m_ui->deadlineTable->setModel(m_deadlines);
    m_ui->deadlineTable->horizontalHeader()->setSectionResizeMode(DeadlineModel::CaseColumn, QHeaderView::Stretch);
    m_ui->deadlineTable->verticalHeader()->hide();
    connect(m_ui->deadlineTable, &QAbstractItemView::activated, this, &MainWindow::showDeadlineCase);
    setWindowTitle(tr("%1 — PIAdesk").arg(QDir::toNativeSeparators(m_store->path())));
    reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::reload()
{
    const QList<CaseSummary> cases = m_store->listCases();
    m_model->setCases(cases);
    m_ui->caseTable->resizeColumnsToContents();

    // The dashboard: what is overdue, due soon or cannot be scheduled, across every case.
    QString error;
    DeadlineReport report = Workflow::deadlines(*m_store, m_rules, m_calendars.calendar(),
        { m_store->clock().today(), DeadlinePlanner::kDefaultDueSoonWorkingDays }, languageFor(QLocale()), false,
        &error);
    QList<DeadlineEntry> urgent;
    bool estimated = false;
    for (const DeadlineEntry& e : report.entries) {
        const DeadlineState state = e.deadline.state;
        if (state == DeadlineState::Overdue || state == DeadlineState::DueSoon || state == DeadlineState::Unscheduled) {
            urgent.append(e);
            estimated = estimated || e.deadline.estimated;
        }
    }
    m_deadlines->setEntries(urgent);
    QSet<qint64> overdue;
    for (const DeadlineEntry& e : urgent) {
        if (e.deadline.state == DeadlineState::Overdue)
            overdue.insert(e.deadline.caseId);
    }
    m_filter->setOverdueCases(overdue);
    m_ui->deadlineTable->resizeColumnsToContents();
    QStringList notes;
    if (!error.isEmpty())
        notes.append(error);
    notes.append(report.warnings);
    if (estimated)
        notes.append(tr("Some due dates lie beyond the holiday calendar (%1–%2) and were counted on weekends alone: "
                        "load a newer calendar in Settings → Holiday Calendar.")
                         .arg(m_calendars.calendar().firstYear())
                         .arg(m_calendars.calendar().lastYear()));
    m_ui->deadlineNote->setText(notes.join(QLatin1Char('\n')));
    m_ui->deadlineNote->setVisible(!notes.isEmpty());
    m_ui->deadlineDock->setWindowTitle(urgent.isEmpty()
            ? tr("Deadlines: nothing overdue or due soon")
            : tr("Deadlines: %n need(s) attention", nullptr, int(urgent.size())));
    statusBar()->showMessage(
        tr("%n case(s) in %1", nullptr, int(cases.size())).arg(QDir::toNativeSeparators(m_store->path())));
}

void MainWindow::showCalendarDialog()
{
    auto* dialog = new CalendarDialog(m_calendars, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CalendarDialog::calendarChanged, this, &MainWindow::reload);
    dialog->open();
}

void MainWindow::showDeadlineCase(const QModelIndex& index)
{
    const DeadlineEntry* entry = m_deadlines->entryAt(index.row());
    if (!entry)
        return;
    // Select the case in the register (the case window comes with the assessment wizard); clear the
    // filters first when they hide it.
    if (!m_filter->mapFromSource(m_model->index(m_model->rowOf(entry->deadline.caseId), 0)).isValid()) {
        m_ui->searchEdit->clear();
        m_ui->statusFilter->setCurrentIndex(0);
        m_ui->overdueOnly->setChecked(false);
    }
    selectCase(entry->deadline.caseId);
}

void MainWindow::chooseCopyFile()
{
    const QFileInfo current(m_store->path());
    const QString suggested = current.dir().filePath(
        tr("%1 (copy %2).piadesk").arg(current.completeBaseName(), QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save a Copy of the Case File"), suggested, tr("PIAdesk case files (*.piadesk)"));
    if (!path.isEmpty())
        saveCopy(path);
}

bool MainWindow::saveCopy(const QString& path)
{
    if (!m_store->saveCopy(path)) {
        showProblem(tr("Copy Not Saved"), m_store->errorString());
        return false;
    }
    statusBar()->showMessage(tr("A copy of the case file was saved as %1.").arg(QDir::toNativeSeparators(path)), 10000);
    return true;
}

void MainWindow::showProblem(const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("problemBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

qint64 MainWindow::selectedCase() const
{
    const QModelIndex current = m_ui->caseTable->currentIndex();
    return current.isValid() ? current.siblingAtColumn(CaseListModel::IdColumn).data().toLongLong() : 0;
}

void MainWindow::selectCase(qint64 caseId)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->index(m_model->rowOf(caseId), 0));
    if (index.isValid()) {
        m_ui->caseTable->setCurrentIndex(index);
        m_ui->caseTable->scrollTo(index);
    }
}

void MainWindow::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Cases"), QString(), tr("Case exchange documents (*.json);;All files (*)"));
    if (!path.isEmpty())
        importCases(path);
}

void MainWindow::chooseExportFile()
{
    const qint64 caseId = selectedCase();
    if (!caseId) {
        showProblem(tr("No Case Selected"), tr("Select the case to export in the list first."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Case"), tr("case-%1.json").arg(caseId), tr("Case exchange documents (*.json)"));
    if (!path.isEmpty())
        exportCase(caseId, path);
}

bool MainWindow::importCases(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (file.size() > CaseExchange::kMaxDocumentBytes) {
        showProblem(tr("Nothing Imported"),
            tr("%1 is too large to be a case document (the limit is %2 MiB).")
                .arg(shown)
                .arg(CaseExchange::kMaxDocumentBytes / (1024 * 1024)));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showProblem(tr("Nothing Imported"), tr("%1 cannot be read: %2").arg(shown, file.errorString()));
        return false;
    }
    const QByteArray document = file.readAll();
    Problems problems;
    CaseExchange::parse(document, problems);
    if (!problems.isEmpty()) {
        showProblem(tr("Nothing Imported"),
            tr("Nothing was imported; %1 has %n problem(s):", nullptr, int(problems.size())).arg(shown)
                + QLatin1Char('\n') + problems.toString());
        return false;
    }
    QList<qint64> ids;
    QString error;
    if (!CaseExchange::importDocument(*m_store, document, &ids, &error)) {
        showProblem(tr("Nothing Imported"), error);
        return false;
    }
    reload();
    if (!ids.isEmpty())
        selectCase(ids.constFirst());
    statusBar()->showMessage(tr("Imported %n case(s) from %1.", nullptr, int(ids.size())).arg(shown), 10000);
    return true;
}

bool MainWindow::exportCase(qint64 caseId, const QString& path)
{
    QString error;
    const QByteArray document = CaseExchange::exportCases(*m_store, { caseId }, &error);
    if (document.isEmpty()) {
        showProblem(tr("Not Exported"), error);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(document) != document.size() || !file.commit()) {
        showProblem(
            tr("Not Exported"), tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    statusBar()->showMessage(tr("Case %1 exported to %2.").arg(caseId).arg(QDir::toNativeSeparators(path)), 10000);
    return true;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About PIAdesk"),
        tr("<p><b>PIAdesk %1</b></p><p>Personal-information protection impact assessments and "
           "CAC filings for facial recognition applications.</p>")
            .arg(QStringLiteral(PIADESK_VERSION)));
}

} // namespace piadesk
