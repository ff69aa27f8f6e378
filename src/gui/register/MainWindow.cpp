#include "gui/register/MainWindow.h"

#include "ui_MainWindow.h"

#include "core/Clock.h"
#include "demo/DemoCases.h"
#include "gui/Debouncer.h"
#include "gui/Dialogs.h"
#include "gui/HelpDialog.h"
#include "gui/case/CaseDialog.h"
#include "gui/case/CaseView.h"
#include "gui/case/CompareDialog.h"
#include "gui/case/NewCaseDialog.h"
#include "gui/case/ReassessDialog.h"
#include "gui/export/ExportDialog.h"
#include "gui/filings/FilingDialog.h"
#include "gui/register/CaseFilterModel.h"
#include "gui/register/CaseListModel.h"
#include "gui/register/DeadlineModel.h"
#include "gui/settings/Appearance.h"
#include "gui/settings/CalendarDialog.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/wizard/AssessmentWizard.h"
#include "i18n/Translations.h"
#include "session/AppSettings.h"
#include "session/CaseDeletion.h"
#include "session/CaseEditor.h"
#include "session/RegisterScan.h"
#include "workflow/FileDeadlines.h"
#include "workflow/Workflow.h"

#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSplitter>
#include <QUrl>

namespace piadesk {

MainWindow::MainWindow(Workspace&& workspace, AppSettings* settings, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_workspace(std::make_unique<Workspace>(std::move(workspace)))
    , m_model(new CaseListModel(this))
    , m_rules(RuleSetLibrary::builtIn())
    , m_calendars(CalendarLibrary::defaultDataDirectory())
    , m_deadlines(new DeadlineModel(this))
    , m_filter(new CaseFilterModel(this))
    , m_ownSettings(settings ? nullptr : std::make_unique<AppSettings>())
    , m_settings(settings ? settings : m_ownSettings.get())
{
    m_ui->setupUi(this);
    m_filter->setSource(m_model);
    m_ui->caseTable->setModel(m_filter);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_filter, &CaseFilterModel::setSearchText);
    connect(m_ui->statusFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QVariant status = m_ui->statusFilter->itemData(index);
        m_filter->setStatus(status.isValid() ? std::optional<CaseStatus>(CaseStatus(status.toInt())) : std::nullopt);
    });
    connect(m_ui->overdueOnly, &QCheckBox::toggled, m_filter, &CaseFilterModel::setOverdueOnly);
    connect(m_ui->riskFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QVariant level = m_ui->riskFilter->itemData(index);
        m_filter->setRisk(level.isValid() ? std::optional<int>(level.toInt()) : std::nullopt);
    });
    connect(m_ui->organisationFilter, &QComboBox::currentIndexChanged, this,
        [this](int index) { m_filter->setOrganisation(m_ui->organisationFilter->itemData(index).toString()); });
    connect(m_ui->ruleSetFilter, &QComboBox::currentIndexChanged, this,
        [this](int index) { m_filter->setRuleSet(m_ui->ruleSetFilter->itemData(index).toString()); });
    m_model->setRuleSets(&m_rules);
    retranslate();
    // Columns as wide as their content (judged on the first rows, so a large file stays quick), each resizable;
    // the user's widths and order are kept from one session to the next.
    m_ui->caseTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->caseTable->horizontalHeader()->setResizeContentsPrecision(200);
    m_ui->caseTable->horizontalHeader()->setSectionsMovable(true);
    m_ui->caseTable->verticalHeader()->hide();
    m_caseCount = new QLabel(this);
    m_caseCount->setObjectName(QStringLiteral("caseCount"));
    statusBar()->addPermanentWidget(m_caseCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MainWindow::updateCaseCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCaseCount);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCaseCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCaseCount);
    {
        // The register and, beside it, the selected case at a glance.
        auto* splitter = new QSplitter(Qt::Horizontal, m_ui->centralWidget);
        splitter->setObjectName(QStringLiteral("registerSplitter"));
        delete m_ui->centralLayout->replaceWidget(m_ui->caseTable, splitter); // the caller owns the old item
        splitter->addWidget(m_ui->caseTable);
        m_caseView = new CaseView(splitter);
        m_caseView->setObjectName(QStringLiteral("caseView"));
        splitter->addWidget(m_caseView);
        splitter->setStretchFactor(0, 3);
        splitter->setStretchFactor(1, 2);
        m_ui->centralLayout->setStretchFactor(splitter, 1);
        splitter->restoreState(m_settings->settings().value(QStringLiteral("mainWindow/splitter")).toByteArray());
        m_registerHeaderKept = m_ui->caseTable->horizontalHeader()->restoreState(
            m_settings->settings().value(QStringLiteral("mainWindow/registerHeader")).toByteArray());
        m_caseView->setActions(
            m_ui->actionOpenAssessment, m_ui->actionReassess, m_ui->actionFilings, m_ui->actionExportDocuments);
        m_caseView->setStartActions(m_ui->actionNewAssessment, m_ui->actionImport, m_ui->actionNewDemoFile);
        connect(m_caseView, &CaseView::openVersion, this,
            [this](qint64 caseId, int number) { openAssessment(caseId, number); });
        connect(m_caseView, &CaseView::compareVersions, this, &MainWindow::compareVersions);
        connect(m_caseView, &CaseView::deleteVersion, this, &MainWindow::deleteVersion);
        connect(m_ui->caseTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedCase);
    }
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionUserGuide, &QAction::triggered, this, &MainWindow::showUserGuide);
    connect(m_ui->actionPreferences, &QAction::triggered, this, [this] {
        auto* dialog = new SettingsDialog(*m_settings, m_rules, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, language = m_settings->uiLanguage()] {
            if (m_settings->appearance() != Appearance::mode())
                Appearance::apply(m_settings->appearance()); // every open window takes the new colours
            // A new interface language applies at once, to every open window; this one then reloads on the switch.
            if (m_settings->uiLanguage() != language)
                Translations::install(
                    *QCoreApplication::instance(), Translations::chooseLocale(m_settings->uiLanguage()), true);
            else
                reload(); // the due-soon window may have changed
        });
        dialog->open();
    });
    connect(m_ui->actionHolidayCalendar, &QAction::triggered, this, &MainWindow::showCalendarDialog);
    connect(m_ui->actionSaveCopy, &QAction::triggered, this, &MainWindow::chooseCopyFile);
    connect(m_ui->actionImport, &QAction::triggered, this, &MainWindow::chooseImportFile);
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::chooseExportFile);
    connect(m_ui->actionOpenFile, &QAction::triggered, this, &MainWindow::chooseOpenFile);
    connect(m_ui->actionConnectTeamStore, &QAction::triggered, this, &MainWindow::chooseTeamStore);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::reload);
    connect(m_ui->actionNewFile, &QAction::triggered, this, &MainWindow::chooseNewFile);
    connect(m_ui->actionNewDemoFile, &QAction::triggered, this, &MainWindow::chooseNewDemoFile);
    connect(m_ui->actionNewAssessment, &QAction::triggered, this, &MainWindow::chooseNewAssessment);
    connect(m_ui->actionOpenAssessment, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedCase())
            openAssessment(id);
        else
            showProblem(tr("No Case Selected"), tr("Select the case to open in the list first."));
    });
    connect(m_ui->actionReassess, &QAction::triggered, this, [this] { chooseReassess(false); });
    connect(m_ui->actionReassessUnderLaw, &QAction::triggered, this, [this] { chooseReassess(true); });
    connect(m_ui->actionEditCase, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedCase())
            editCase(id);
        else
            showProblem(tr("No Case Selected"), tr("Select the case to edit in the list first."));
    });
    connect(m_ui->actionDeleteCase, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedCase())
            deleteCase(id);
    });
    connect(m_ui->actionExportDocuments, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedCase())
            showExport(id);
        else
            showProblem(tr("No Case Selected"), tr("Select the case whose documents to export in the list first."));
    });
    connect(m_ui->actionFilings, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedCase())
            showFilings(id);
        else
            showProblem(tr("No Case Selected"), tr("Select the case whose filings to show in the list first."));
    });
    connect(m_ui->caseTable, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        openAssessment(index.siblingAtColumn(CaseListModel::IdColumn).data().toLongLong());
    });
    connect(m_ui->menuRecent, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    m_scanTimer.setSingleShot(true);
    m_scanTimer.setInterval(0);
    connect(&m_scanTimer, &QTimer::timeout, this, &MainWindow::continueScan);
    m_formTimer.setSingleShot(true);
    m_formTimer.setInterval(0);
    connect(&m_formTimer, &QTimer::timeout, this, &MainWindow::continueForming);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(500);
    connect(&m_reloadTimer, &QTimer::timeout, this, &MainWindow::reload);
    m_settings->addRecentFile(m_workspace->path());
    updateRecentMenu();
    m_ui->deadlineTable->setModel(m_deadlines);
    m_ui->deadlineTable->horizontalHeader()->setSectionResizeMode(DeadlineModel::CaseColumn, QHeaderView::Stretch);
    m_ui->deadlineTable->verticalHeader()->hide();
    connect(m_ui->deadlineTable, &QAbstractItemView::activated, this, &MainWindow::showDeadlineCase);
    reload();
    showSelectedCase();
    // Once the window is up: a question before it would have no window to belong to.
    QTimer::singleShot(0, this, &MainWindow::announceFile);
}

QString MainWindow::calendarEndNote() const
{
    // In the calendar's last year, deadlines start falling beyond it and are counted on weekends alone: the
    // dashboard says so from the first start that sees it, with how to load the next year's arrangement.
    const WorkCalendar& calendar = m_calendars.calendar();
    if (m_workspace->today().year() < calendar.lastYear())
        return {};
    return tr("The holiday calendar ends on %1. Deadlines after that day are counted on weekends alone and marked "
              "\"estimated\" until the State Council's arrangement for %2 is loaded: Settings → Holiday Calendar… → "
              "Load a Newer Calendar…, with the arrangement as a calendar file in PIAdesk's format.")
        .arg(Translations::date(QDate(calendar.lastYear(), 12, 31)))
        .arg(calendar.lastYear() + 1);
}

void MainWindow::updateWindowTitle()
{
    const QString path = QDir::toNativeSeparators(m_workspace->path());
    setWindowTitle(m_workspace->isReadOnly() ? tr("%1 (read-only) — PIAdesk").arg(path) : tr("%1 — PIAdesk").arg(path));
}

void MainWindow::announceFile()
{
    const QString path = QDir::toNativeSeparators(m_workspace->path());
    if (const QString reason = m_workspace->readOnlyReason(); !reason.isEmpty()) {
        auto* box = new QMessageBox(QMessageBox::Information,
            m_workspace->isTeamStore() ? tr("Team Store Opened Read-Only") : tr("Case File Opened Read-Only"), reason,
            QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("readOnlyBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    if (m_workspace->isReadOnly() || !m_workspace->readableByOthers() || m_settings->keepsReadableByOthers(path))
        return;
    const QString text = tr("Other accounts on this computer can read %1. It holds personal information (names and "
                            "phone numbers, evidence such as signed consent forms) and legal records.\n\n"
                            "Make it readable and writable by you only?")
                             .arg(path);
    if (!Dialogs::instance().ask(
            this, tr("Case File Readable by Others"), text, tr("Make Private"), tr("Leave As It Is"))) {
        m_settings->setKeepsReadableByOthers(path);
        return;
    }
    QString error;
    if (!m_workspace->makePrivate(&error)) {
        showProblem(tr("Case File Not Made Private"), error);
        return;
    }
    statusBar()->showMessage(tr("%1 is now readable and writable by you only.").arg(path), 10000);
}

void MainWindow::retranslate()
{
    updateWindowTitle();
    fillRegulationMenu();
    // The filters keep what is chosen: their entries stay in the same order.
    {
        const QSignalBlocker blocker(m_ui->statusFilter);
        const int index = m_ui->statusFilter->currentIndex();
        m_ui->statusFilter->clear();
        m_ui->statusFilter->addItem(tr("All statuses"));
        for (const auto& entry : enumEntries<CaseStatus>())
            m_ui->statusFilter->addItem(enumLabel(entry.value), int(entry.value));
        m_ui->statusFilter->setCurrentIndex(qMax(0, index));
    }
    {
        const QSignalBlocker blocker(m_ui->riskFilter);
        const int index = m_ui->riskFilter->currentIndex();
        m_ui->riskFilter->clear();
        m_ui->riskFilter->addItem(tr("All risk levels"));
        m_ui->riskFilter->addItem(tr("Risk not rated"), -1);
        if (const RuleSet* rules = m_rules.defaultRuleSet()) {
            const Language language = languageFor(QLocale());
            for (int i = 0; i < rules->risk.levels.size(); ++i)
                m_ui->riskFilter->addItem(tr("Risk: %1").arg(rules->risk.levels.at(i).text.text(language)), i);
        }
        m_ui->riskFilter->setCurrentIndex(qMax(0, index));
    }
    {
        const QSignalBlocker blocker(m_ui->ruleSetFilter);
        const QString chosen = m_ui->ruleSetFilter->currentData().toString();
        m_ui->ruleSetFilter->clear();
        m_ui->ruleSetFilter->addItem(tr("All rule sets"), QString());
        const Language language = languageFor(QLocale());
        for (const auto& rs : m_rules.all())
            m_ui->ruleSetFilter->addItem(rs->supersededBy ? tr("%1 (superseded)").arg(rs->shortTitle.text(language))
                                                          : rs->shortTitle.text(language),
                rs->id);
        m_ui->ruleSetFilter->setCurrentIndex(qMax(0, m_ui->ruleSetFilter->findData(chosen)));
    }
    m_ui->ruleSetFilter->setAccessibleName(tr("Filter by rule set"));
    m_ui->searchEdit->setAccessibleName(tr("Search the cases"));
    m_ui->statusFilter->setAccessibleName(tr("Filter by status"));
    m_ui->riskFilter->setAccessibleName(tr("Filter by overall risk"));
    m_ui->organisationFilter->setAccessibleName(tr("Filter by organisation"));
    m_ui->caseTable->setAccessibleName(tr("Cases"));
    m_ui->deadlineTable->setAccessibleName(tr("Deadlines that need attention"));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (m_language.isSwitch(event)) {
        // Everything shown is written again in the new language; the deadlines' texts come from a new scan.
        m_ui->retranslateUi(this);
        retranslate();
        if (m_caseView)
            m_caseView->retranslate();
        updateRecentMenu();
        reload();
    }
    QMainWindow::changeEvent(event);
}

MainWindow::~MainWindow()
{
    m_scanTimer.stop();
    m_formTimer.stop();
    // The wizards and the case dialogs work on this window's store: they go first.
    for (const QPointer<AssessmentWizard>& w : std::as_const(m_wizards))
        delete w.data();
    for (const QPointer<QDialog>& dialog : std::as_const(m_caseWindows))
        delete dialog.data();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    for (AssessmentWizard* w : wizards()) {
        if (!w->close()) {
            event->ignore();
            return;
        }
    }
    // The case, filing and export dialogs are children: what they hold as typed is saved now.
    Debouncer::flushAll(this);
    m_settings->settings().setValue(
        QStringLiteral("mainWindow/registerHeader"), m_ui->caseTable->horizontalHeader()->saveState());
    if (const auto* splitter = findChild<QSplitter*>(QStringLiteral("registerSplitter")))
        m_settings->settings().setValue(QStringLiteral("mainWindow/splitter"), splitter->saveState());
    QMainWindow::closeEvent(event);
}

bool MainWindow::isScanDone() const
{
    return !m_formTimer.isActive() && (!m_scan || (m_scan->isDone() && !m_scanTimer.isActive()));
}

QList<AssessmentWizard*> MainWindow::wizards() const
{
    QList<AssessmentWizard*> out;
    for (const QPointer<AssessmentWizard>& w : m_wizards) {
        if (w)
            out.append(w.data());
    }
    return out;
}

void MainWindow::updateCaseCount()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    m_caseCount->setText(shown == total ? tr("%n case(s)", nullptr, total)
                                        : tr("%1 of %n case(s)", nullptr, total).arg(QLocale().toString(shown)));
}

bool MainWindow::loadOverview(qint64 caseId, CaseOverview* overview, QString* error) const
{
    return CaseOverview::load(m_workspace->store(), m_rules, m_calendars.calendar(),
        DeadlineOptions { m_workspace->today(), m_settings->dueSoonDays() }, caseId, languageFor(QLocale()), overview,
        error);
}

void MainWindow::showSelectedCase()
{
    const qint64 caseId = selectedCase();
    // The case actions follow the selection: with none selected they are off, rather than on and then refusing.
    for (QAction* action :
        { m_ui->actionOpenAssessment, m_ui->actionEditCase, m_ui->actionReassess, m_ui->actionReassessUnderLaw,
            m_ui->actionFilings, m_ui->actionExportDocuments, m_ui->actionExport, m_ui->actionDeleteCase })
        action->setEnabled(caseId != 0);
    // A file open read-only offers nothing that would change it.
    const bool writable = !m_workspace->isReadOnly();
    for (QAction* action : { m_ui->actionReassess, m_ui->actionReassessUnderLaw, m_ui->actionDeleteCase })
        action->setEnabled(action->isEnabled() && writable);
    m_ui->actionNewAssessment->setEnabled(writable);
    m_caseView->setWritable(writable);
    m_ui->actionImport->setEnabled(writable);
    if (!caseId) {
        m_caseView->showCase(std::nullopt);
        return;
    }
    CaseOverview overview;
    QString error;
    if (!loadOverview(caseId, &overview, &error)) {
        m_caseView->showCase(std::nullopt);
        statusBar()->showMessage(error);
        return;
    }
    m_caseView->showCase(std::move(overview));
}

QDialog* MainWindow::compareVersions(qint64 caseId, int before, int after)
{
    CaseOverview overview;
    QString error;
    if (!loadOverview(caseId, &overview, &error)) {
        showProblem(tr("Case Not Opened"), error);
        return nullptr;
    }
    auto* dialog = new CompareDialog(overview.bundle.caseInfo.facts.name, before, after,
        overview.compare(before, after, languageFor(QLocale())), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::keepCaseWindow(QDialog* dialog, qint64 caseId)
{
    m_caseWindows.removeAll(nullptr);
    dialog->setProperty("piadeskCaseId", caseId);
    m_caseWindows.append(dialog);
}

bool MainWindow::closeCaseWindows(qint64 caseId)
{
    // Each closes saving what was typed; one that may not close yet (text that cannot be saved) stops the rest.
    for (const QPointer<QDialog>& dialog : std::as_const(m_caseWindows)) {
        if (!dialog || (caseId && dialog->property("piadeskCaseId").toLongLong() != caseId))
            continue;
        if (!dialog->close())
            return false;
        delete dialog.data();
    }
    m_caseWindows.removeAll(nullptr);
    for (AssessmentWizard* w : wizards()) {
        if (caseId && w->editor().caseId() != caseId)
            continue;
        if (!w->close())
            return false;
        delete w;
    }
    return true;
}

bool MainWindow::deleteCase(qint64 caseId)
{
    CaseBundle bundle;
    if (!m_workspace->loadCase(caseId, &bundle)) {
        Dialogs::instance().inform(this, tr("Case Not Deleted"), m_workspace->errorString());
        return false;
    }
    const CaseDeletion deletion(bundle, m_rules, m_workspace->today(), languageFor(QLocale()));
    const CaseDeletion::Verdict verdict = deletion.forCase();
    if (!verdict.allowed) {
        Dialogs::instance().inform(this, tr("Case Not Deleted"), verdict.text);
        return false;
    }
    if (!Dialogs::instance().ask(this, tr("Delete Case"), verdict.text, tr("Delete Case"), tr("Keep It"))
        || !closeCaseWindows(caseId))
        return false;
    QString error;
    if (!deletion.deleteCase(m_workspace->store(), &error)) {
        Dialogs::instance().inform(this, tr("Case Not Deleted"), error);
        return false;
    }
    statusBar()->showMessage(tr("Deleted the case “%1”.").arg(bundle.caseInfo.facts.name), 8000);
    reload();
    return true;
}

bool MainWindow::deleteVersion(qint64 caseId, int number)
{
    CaseBundle bundle;
    if (!m_workspace->loadCase(caseId, &bundle)) {
        Dialogs::instance().inform(this, tr("Version Not Deleted"), m_workspace->errorString());
        return false;
    }
    const CaseDeletion deletion(bundle, m_rules, m_workspace->today(), languageFor(QLocale()));
    const CaseDeletion::Verdict verdict = deletion.forVersion(number);
    if (!verdict.allowed) {
        Dialogs::instance().inform(this, tr("Version Not Deleted"), verdict.text);
        return false;
    }
    if (!Dialogs::instance().ask(this, tr("Delete Version"), verdict.text, tr("Delete Version"), tr("Keep It"))
        || !closeCaseWindows(caseId))
        return false;
    QString error;
    if (!deletion.deleteVersion(m_workspace->store(), number, &error)) {
        Dialogs::instance().inform(this, tr("Version Not Deleted"), error);
        return false;
    }
    statusBar()->showMessage(
        tr("Deleted version %1 of the case “%2”.").arg(number).arg(bundle.caseInfo.facts.name), 8000);
    reload();
    selectCase(caseId);
    return true;
}

CaseStore* MainWindow::store() const
{
    return &m_workspace->store();
}

void MainWindow::warnIfTampered(const CaseEditor& editor)
{
    const QStringList problems = editor.integrityProblems();
    if (problems.isEmpty())
        return;
    showProblem(tr("Case Changed Outside PIAdesk"),
        tr("This case was changed outside PIAdesk since it was recorded, so its finalized report can no longer be "
           "relied on. Restore the case file from a backup, or ask who changed it.\n\n%1")
            .arg(problems.join(QLatin1Char('\n'))));
}

AssessmentWizard* MainWindow::showWizard(std::unique_ptr<CaseEditor> editor)
{
    auto* wizard = new AssessmentWizard(*editor, nullptr);
    editor.release()->setParent(wizard);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &AssessmentWizard::caseChanged, this, [this] { m_reloadTimer.start(); });
    connect(wizard, &QObject::destroyed, this, [this] { m_reloadTimer.start(); });
    m_wizards.append(wizard);
    wizard->show();
    return wizard;
}

void MainWindow::chooseNewAssessment()
{
    auto* dialog = new NewCaseDialog(m_rules, m_settings->newCaseRuleSet(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { newAssessment(dialog->ruleSetId()); });
    dialog->open();
}

AssessmentWizard* MainWindow::newAssessment(const QString& ruleSetId)
{
    auto editor = std::make_unique<CaseEditor>(m_workspace->store(), m_rules);
    if (!editor->createCase(tr("New organisation"), tr("New assessment"), m_workspace->today(),
            ruleSetId.isEmpty() ? m_settings->newCaseRuleSet() : ruleSetId)) {
        showProblem(tr("No Case Created"), editor->errorString());
        return nullptr;
    }
    const qint64 id = editor->caseId();
    AssessmentWizard* wizard = showWizard(std::move(editor));
    reload();
    selectCase(id);
    return wizard;
}

FilingDialog* MainWindow::showFilings(qint64 caseId)
{
    CaseBundle bundle;
    QString error;
    const RuleSet* rules
        = m_workspace->loadCase(caseId, &bundle) ? Workflow::ruleSetFor(m_rules, bundle.caseInfo, &error) : nullptr;
    if (!rules) {
        showProblem(tr("Case Not Opened"), error.isEmpty() ? m_workspace->errorString() : error);
        return nullptr;
    }
    auto* dialog = new FilingDialog(*m_workspace, *rules, m_calendars.calendar(), caseId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    keepCaseWindow(dialog, caseId);
    connect(dialog, &FilingDialog::caseChanged, this, [this] { m_reloadTimer.start(); });
    dialog->show();
    return dialog;
}

CaseDialog* MainWindow::editCase(qint64 caseId)
{
    auto editor = std::make_unique<CaseEditor>(m_workspace->store(), m_rules);
    if (!editor->openCase(caseId)) {
        showProblem(tr("Case Not Opened"), editor->errorString());
        return nullptr;
    }
    warnIfTampered(*editor);
    auto* dialog = new CaseDialog(editor.release(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    keepCaseWindow(dialog, caseId);
    connect(dialog, &CaseDialog::caseChanged, this, [this] { m_reloadTimer.start(); });
    dialog->show();
    return dialog;
}

ExportDialog* MainWindow::showExport(qint64 caseId)
{
    auto* dialog
        = new ExportDialog(*m_workspace, m_rules, m_calendars.calendar(), caseId, m_settings->outputLanguage(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    keepCaseWindow(dialog, caseId);
    connect(dialog, &ExportDialog::languageChosen, this,
        [this](Language language) { m_settings->setOutputLanguage(language); });
    dialog->show();
    return dialog;
}

void MainWindow::chooseReassess(bool underRulesInForce)
{
    const qint64 caseId = selectedCase();
    if (!caseId) {
        showProblem(tr("No Case Selected"), tr("Select the case to re-assess in the list first."));
        return;
    }
    CaseEditor probe(m_workspace->store(), m_rules);
    if (!probe.open(caseId)) {
        showProblem(tr("Case Not Opened"), probe.errorString());
        return;
    }
    const RuleSet* current = probe.ruleSet();
    const RuleSet* target = nullptr;
    if (underRulesInForce) {
        target = current->supersededBy ? m_rules.find(current->supersededBy->ruleSetId) : nullptr;
        if (!target) {
            showProblem(tr("Already Under the Rules in Force"),
                tr("This case is assessed under %1, which nothing has superseded. Use Re-assess for a change in "
                   "the processing.")
                    .arg(current->title.text(languageFor(QLocale()))));
            return;
        }
    }
    auto* dialog = new ReassessDialog(m_rules, *current, m_workspace->today(), this, target);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReassessDialog::confirmed, this, [this, dialog, caseId] {
        // A trigger date typed and refused is not the one shown: nothing starts until it is corrected.
        if (const QString refused = dialog->dateProblem(); !refused.isEmpty()) {
            dialog->setProblem(refused);
            return;
        }
        QString error;
        if (reassessCase(caseId, dialog->trigger(), dialog->date(), dialog->description(), &error, dialog->ruleSetId()))
            dialog->accept();
        else
            dialog->setProblem(error);
    });
    dialog->open();
}

AssessmentWizard* MainWindow::reassessCase(qint64 caseId, TriggerKind trigger, const QDate& date,
    const QString& description, QString* error, const QString& ruleSetId)
{
    // A re-assessment opened elsewhere would be a draft already: the store refuses a second one.
    auto editor = std::make_unique<CaseEditor>(m_workspace->store(), m_rules);
    if (!editor->open(caseId) || !editor->reassess(trigger, date, description, ruleSetId)) {
        if (error)
            *error = editor->errorString();
        return nullptr;
    }
    AssessmentWizard* wizard = showWizard(std::move(editor));
    reload();
    selectCase(caseId);
    return wizard;
}

AssessmentWizard* MainWindow::openAssessment(qint64 caseId, int version)
{
    for (AssessmentWizard* w : wizards()) {
        const AssessmentVersion* v = w->editor().version();
        if (w->editor().caseId() == caseId && (version == 0 || (v && v->number == version))) {
            w->raise();
            w->activateWindow();
            return w;
        }
    }
    auto editor = std::make_unique<CaseEditor>(m_workspace->store(), m_rules);
    if (!editor->open(caseId, version)) {
        showProblem(tr("Case Not Opened"), editor->errorString());
        return nullptr;
    }
    warnIfTampered(*editor);
    return showWizard(std::move(editor));
}

void MainWindow::reload()
{
    // The register at once: one query, no case content. Risk, filing, next deadline and the dashboard
    // follow from a scan that reads each case; small files are scanned here and now, large ones a batch at a
    // time while the window stays responsive.
    const qint64 selected = selectedCase();
    // The summaries are formed under the rule sets and the calendar in use: again, once, when either changed (or
    // the file comes from before them). A few hundred at once; more a batch at a time (continueForming()), the
    // register shown meanwhile from the case tables.
    CaseStore& store = m_workspace->store();
    if (!store.setDigester(
            FileDeadlines::digester(m_rules, m_calendars.calendar()), CaseStore::SummaryForming::Later)) {
        m_formTimer.stop();
        m_formFailed = true; // the register is scanned instead, the summaries formed the next time the file opens
    }
    qint64 stale = m_formFailed || store.isReadOnly() ? 0 : store.staleSummaries();
    if (stale > 0 && stale <= kFormNowLimit && !m_formTimer.isActive()) {
        if (!store.formStaleSummaries(kFormNowLimit, &stale)) {
            m_formFailed = true;
            stale = 0;
            showProblem(tr("Register Not Prepared"), store.errorString());
        }
    }
    if (stale > 0 && !m_formTimer.isActive()) {
        m_formTotal = stale;
        m_formTimer.start();
    }
    const QList<CaseSummary> cases = m_workspace->listCases();
    m_model->setCases(cases, m_model->standings());
    {
        const QString organisation = m_ui->organisationFilter->currentData().toString();
        const QSignalBlocker blocker(m_ui->organisationFilter);
        m_ui->organisationFilter->clear();
        m_ui->organisationFilter->addItem(tr("All organisations"), QString());
        QStringList names;
        for (const CaseSummary& c : cases)
            names.append(c.organisation);
        names.removeDuplicates();
        std::sort(
            names.begin(), names.end(), [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
        for (const QString& name : std::as_const(names))
            m_ui->organisationFilter->addItem(name, name);
        const int index = m_ui->organisationFilter->findData(organisation);
        m_ui->organisationFilter->setCurrentIndex(qMax(0, index));
        if (index < 0)
            m_filter->setOrganisation(QString());
    }
    m_caseView->setFileEmpty(cases.isEmpty(), m_workspace->isTeamStore());
    if (selected)
        selectCase(selected);
    else if (m_filter->rowCount() > 0) // the first case, so that the case view shows something at once
        m_ui->caseTable->setCurrentIndex(m_filter->index(0, CaseListModel::NameColumn));
    showSelectedCase(); // the case may have changed
    statusBar()->showMessage(
        tr("%n case(s) in %1", nullptr, int(cases.size())).arg(QDir::toNativeSeparators(m_workspace->path())));

    // Risk, filing, next deadline and the dashboard from the summaries the case file keeps, when it has them all;
    // else from a scan of the cases' headings.
    const DeadlineOptions options { m_workspace->today(), m_settings->dueSoonDays() };
    m_scanTimer.stop();
    m_scan.reset();
    if (m_formTimer.isActive()) {
        // Risk, filing, next deadline and the dashboard follow when every summary is formed: none of what was shown
        // under the rules and calendar before stays meanwhile.
        m_model->setStandingSource({});
        m_model->setStandings({});
        m_filter->setOverdueCases({});
        m_ui->deadlineDock->setWindowTitle(tr("Deadlines"));
        m_deadlines->setEntries({}, {});
        m_ui->deadlineNote->setText(tr("Preparing the register of this file for this version of PIAdesk: the risk, "
                                       "filing and deadline columns and this list follow when it is done."));
        m_ui->deadlineNote->setVisible(true);
        return;
    }
    UrgentDeadlines urgent;
    QString error;
    if (const std::optional<DeadlineReport> report = FileDeadlines::fromSummaries(m_workspace->store(), cases, m_rules,
            m_calendars.calendar(), options, languageFor(QLocale()), FileDeadlines::kDashboardRows, &urgent, &error)) {
        // Each row's standing formed from its digest when the row is shown, sorted or filtered on.
        m_model->setStandingSource(
            FileDeadlines::standingSource(m_rules, m_calendars.calendar(), options, languageFor(QLocale())));
        applyReport(*report, urgent, error, false);
        return;
    }
    m_scan = std::make_unique<RegisterScan>(
        m_workspace->store(), m_rules, m_calendars.calendar(), options, languageFor(QLocale()), int(cases.size()));
    if (cases.size() <= kScanNowLimit) {
        while (m_scan->step(kScanBatch)) { }
        applyScan();
    } else {
        m_scanTimer.start();
    }
}

void MainWindow::continueScan()
{
    if (!m_scan)
        return;
    if (m_scan->step(kScanBatch)) {
        statusBar()->showMessage(tr("Checking deadlines: %1 of %2 cases…")
                                     .arg(QLocale().toString(m_scan->done()), QLocale().toString(m_scan->total())));
        m_scanTimer.start();
        return;
    }
    applyScan();
    statusBar()->showMessage(
        tr("%n case(s) in %1", nullptr, m_scan->total()).arg(QDir::toNativeSeparators(m_workspace->path())));
}

void MainWindow::continueForming()
{
    qint64 remaining = 0;
    if (!m_workspace->store().formStaleSummaries(kFormBatch, &remaining)) {
        // The register is scanned instead, as for a file that cannot be written; the summaries are formed again the
        // next time the file is opened.
        m_formFailed = true;
        showProblem(tr("Register Not Prepared"), m_workspace->store().errorString());
        reload();
        return;
    }
    if (remaining > 0) {
        statusBar()->showMessage(
            tr("Preparing the register: %1 of %2 cases…")
                .arg(QLocale().toString(qMax<qint64>(0, m_formTotal - remaining)), QLocale().toString(m_formTotal)));
        m_formTimer.start();
        return;
    }
    reload();
}

void MainWindow::applyScan()
{
    const DeadlineReport report = m_scan->report();
    // The most urgent few hundred on the dashboard; the overdue filter knows every overdue case.
    applyReport(report, FileDeadlines::urgent(report, FileDeadlines::kDashboardRows), m_scan->error(), true);
}

void MainWindow::applyReport(
    const DeadlineReport& report, const UrgentDeadlines& urgent, const QString& error, bool withStandings)
{
    const qint64 selected = selectedCase();
    if (withStandings)
        m_model->setStandings(report.standings);
    if (!m_registerHeaderKept)
        m_ui->caseTable->resizeColumnsToContents();
    if (selected)
        selectCase(selected);
    const bool estimated = urgent.estimated;
    m_deadlines->setEntries(urgent.shown, report.explainer);
    m_filter->setOverdueCases(urgent.overdueCases);
    m_ui->deadlineTable->resizeColumnsToContents();
    QStringList notes;
    if (!error.isEmpty())
        notes.append(error);
    if (urgent.total > urgent.shown.size())
        notes.append(
            tr("The %n most urgent are listed here, and %1 more need attention: tick Overdue only to list every "
               "case with an overdue deadline, and select a case to see all of its deadlines.",
                nullptr, int(urgent.shown.size()))
                .arg(urgent.total - urgent.shown.size()));
    notes.append(report.warnings);
    if (const QString end = calendarEndNote(); !end.isEmpty())
        notes.append(end);
    else if (estimated)
        notes.append(tr("Some due dates lie beyond the holiday calendar (%1–%2) and were counted on weekends alone: "
                        "load a newer calendar in Settings → Holiday Calendar.")
                         .arg(m_calendars.calendar().firstYear())
                         .arg(m_calendars.calendar().lastYear()));
    m_ui->deadlineNote->setText(notes.join(QLatin1Char('\n')));
    m_ui->deadlineNote->setVisible(!notes.isEmpty());
    m_ui->deadlineDock->setWindowTitle(urgent.total == 0
            ? tr("Deadlines: nothing overdue or due soon")
            : tr("Deadlines: %n need(s) attention", nullptr, int(urgent.total)));
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
    // Select the case in the register, clearing the filters first when they hide it; then open what the
    // deadline is about: the filing tracker for a filing, the assessment for the rest.
    const qint64 caseId = entry->deadline.caseId;
    const DeadlineKind kind = entry->deadline.kind;
    if (!m_filter->mapFromSource(m_model->index(m_model->rowOf(caseId), 0)).isValid()) {
        m_ui->searchEdit->clear();
        m_ui->statusFilter->setCurrentIndex(0);
        m_ui->riskFilter->setCurrentIndex(0);
        m_ui->organisationFilter->setCurrentIndex(0);
        m_ui->overdueOnly->setChecked(false);
    }
    selectCase(caseId);
    if (kind == DeadlineKind::InitialFiling || kind == DeadlineKind::ModificationFiling
        || kind == DeadlineKind::DeregistrationFiling)
        showFilings(caseId);
    else
        openAssessment(caseId, entry->deadline.versionNumber);
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

HelpDialog* MainWindow::showUserGuide()
{
    // One guide window, raised when asked again.
    if (auto* open = findChild<HelpDialog*>()) {
        open->show();
        open->raise();
        open->activateWindow();
        return open;
    }
    auto* dialog = new HelpDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::fillRegulationMenu()
{
    // The official text of each rule set's regulation, on the cyberspace administration's site.
    m_ui->menuRegulations->clear();
    const Language language = languageFor(QLocale());
    for (const auto& rs : m_rules.all()) {
        if (rs->sourceUrl.isEmpty())
            continue;
        QAction* action
            = m_ui->menuRegulations->addAction(tr("%1 (official text, cac.gov.cn)").arg(rs->title.text(language)));
        action->setObjectName(QStringLiteral("regulation_") + rs->id);
        action->setData(QUrl(rs->sourceUrl));
        action->setToolTip(rs->sourceUrl);
        connect(action, &QAction::triggered, this, [url = QUrl(rs->sourceUrl)] { QDesktopServices::openUrl(url); });
    }
    m_ui->menuRegulations->setEnabled(!m_ui->menuRegulations->isEmpty());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About PIAdesk"),
        tr("<p><b>PIAdesk %1</b></p><p>Personal-information protection impact assessments and "
           "CAC filings for facial recognition applications.</p>")
            .arg(QStringLiteral(PIADESK_VERSION)));
}

} // namespace piadesk
