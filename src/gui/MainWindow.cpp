#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "CalendarDialog.h"
#include "CaseListModel.h"
#include "store/CaseStore.h"

#include <QDir>
#include <QHeaderView>
#include <QMessageBox>
#include <QSortFilterProxyModel>

namespace piadesk {

MainWindow::MainWindow(std::unique_ptr<CaseStore> store, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_store(std::move(store))
    , m_model(new CaseListModel(this))
    , m_calendars(CalendarLibrary::defaultDataDirectory())
{
    m_ui->setupUi(this);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    m_ui->caseTable->setModel(proxy);
    m_ui->caseTable->horizontalHeader()->setSectionResizeMode(CaseListModel::NameColumn, QHeaderView::Stretch);
    m_ui->caseTable->verticalHeader()->hide();
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionHolidayCalendar, &QAction::triggered, this, &MainWindow::showCalendarDialog);
    setWindowTitle(tr("%1 — PIAdesk").arg(QDir::toNativeSeparators(m_store->path())));
    reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::reload()
{
    const QList<CaseSummary> cases = m_store->listCases();
    m_model->setCases(cases);
    m_ui->caseTable->resizeColumnsToContents();
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

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About PIAdesk"),
        tr("<p><b>PIAdesk %1</b></p><p>Personal-information protection impact assessments and "
           "CAC filings for facial recognition applications.</p>")
            .arg(QStringLiteral(PIADESK_VERSION)));
}

} // namespace piadesk
