// MainWindow's File menu: case files opened, created (empty or with demo cases) and copied; cases imported and
// exported through the exchange format; the recent files.
#include "gui/register/MainWindow.h"

#include "ui_MainWindow.h"

#include "demo/DemoCases.h"
#include "gui/Dialogs.h"
#include "gui/register/CaseListModel.h"
#include "session/AppSettings.h"
#include "session/RegisterScan.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QSaveFile>
#include <QScopeGuard>
#include <QStatusBar>

namespace piadesk {

bool MainWindow::adopt(Workspace&& workspace)
{
    // Every window working on the file open now closes first, saving what was typed (a window that may not close
    // yet, e.g. with text that cannot be saved, keeps the file open). None may outlive the store it refers to.
    if (!closeCaseWindows(0))
        return false;
    m_caseWindows.clear();
    m_wizards.clear();
    m_scanTimer.stop();
    m_scan.reset(); // it reads the store being replaced
    m_workspace = std::make_unique<Workspace>(std::move(workspace));
    m_settings->addRecentFile(m_workspace->path());
    updateRecentMenu();
    updateWindowTitle();
    m_ui->searchEdit->clear();
    reload();
    showSelectedCase();
    announceFile();
    return true;
}

bool MainWindow::openFile(const QString& path)
{
    if (Workspace::isTeamStoreAddress(path))
        return connectTeamStore(path);
    if (QFileInfo(path) == QFileInfo(m_workspace->path()))
        return true;
    if (!QFileInfo::exists(path)) {
        m_settings->removeRecentFile(path);
        showProblem(tr("Case File Not Opened"),
            tr("%1 does not exist (any more). To start a new case file there, use File → New Case File.")
                .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QString error;
    std::optional<Workspace> workspace = Workspace::open(path, &error);
    if (!workspace) {
        showProblem(tr("Case File Not Opened"), error);
        return false;
    }
    return adopt(std::move(*workspace));
}

bool MainWindow::connectTeamStore(const QString& address, const QString& password)
{
    if (m_workspace->path() == address)
        return true;
    QString error;
    std::optional<Workspace> workspace;
    {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto restore = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
        workspace = Workspace::open(address, &error, password);
    }
    if (!workspace) {
        showProblem(tr("Team Store Not Opened"), error);
        return false;
    }
    return adopt(std::move(*workspace));
}

void MainWindow::chooseTeamStore()
{
    TeamStoreLogin login;
    login.user = Workspace::systemUserName(); // libpq's own default
    if (!Dialogs::instance().teamStoreLogin(this, &login))
        return;
    connectTeamStore(Workspace::teamStoreAddress(login.host, login.port, login.database, login.user), login.password);
}

std::optional<Workspace> MainWindow::createFile(const QString& path, const QString& title)
{
    if (QFileInfo::exists(path)) {
        showProblem(title,
            tr("%1 already exists. PIAdesk never replaces a case file; open it, or choose another name.")
                .arg(QDir::toNativeSeparators(path)));
        return std::nullopt;
    }
    QString error;
    std::optional<Workspace> workspace = Workspace::open(path, &error);
    if (!workspace)
        showProblem(title, error);
    return workspace;
}

bool MainWindow::newFile(const QString& path)
{
    std::optional<Workspace> workspace = createFile(path, tr("Case File Not Created"));
    return workspace && adopt(std::move(*workspace));
}

void MainWindow::chooseOpenFile()
{
    const QString path
        = Dialogs::instance().openFile(this, tr("Open Case File"), tr("PIAdesk case files (*.piadesk);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::chooseNewDemoFile()
{
    const QString path = Dialogs::instance().saveFile(this, tr("New Demo Case File"),
        QFileInfo(m_workspace->path()).dir().filePath(tr("demo.piadesk")), tr("PIAdesk case files (*.piadesk)"));
    if (!path.isEmpty())
        newDemoFile(path.endsWith(QLatin1String(".piadesk")) ? path : path + QStringLiteral(".piadesk"));
}

bool MainWindow::newDemoFile(const QString& path, int cases)
{
    std::optional<Workspace> workspace = createFile(path, tr("Demo Case File Not Created"));
    if (!workspace)
        return false;
    QString error;
    // Invented organisations and cases of every kind, under the rules in force and the draft before them, around
    // today: some deadlines passed, some coming.
    DemoOptions options;
    options.cases = cases;
    options.today = m_workspace->today();
    const RuleSet* rules = DemoCases::rulesInForce(m_rules, &options);
    {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto restore = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
        if (!rules || !workspace->fillWithDemo(*rules, options, &error)) {
            // Half a demo is no use, and would stand in the way of the next try: the new file goes.
            workspace.reset();
            for (const QString& part : { path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm") })
                QFile::remove(part);
            showProblem(tr("Demo Case File Not Created"), error);
            return false;
        }
    }
    if (!adopt(std::move(*workspace)))
        return false;
    statusBar()->showMessage(
        tr("%1 holds %n invented case(s) to try PIAdesk out; your own case files are unchanged.", nullptr, cases)
            .arg(QDir::toNativeSeparators(path)),
        15000);
    return true;
}

void MainWindow::chooseNewFile()
{
    const QString path = Dialogs::instance().saveFile(this, tr("New Case File"),
        QFileInfo(m_workspace->path()).dir().filePath(tr("cases.piadesk")), tr("PIAdesk case files (*.piadesk)"));
    if (!path.isEmpty())
        newFile(path.endsWith(QLatin1String(".piadesk")) ? path : path + QStringLiteral(".piadesk"));
}

void MainWindow::updateRecentMenu()
{
    m_ui->menuRecent->clear();
    const QStringList files = m_settings->recentFiles();
    int n = 0;
    for (const QString& file : files) {
        ++n;
        const QString shown = QDir::toNativeSeparators(file);
        QAction* action = m_ui->menuRecent->addAction(n < 10 ? tr("&%1 %2").arg(n).arg(shown) : shown);
        action->setData(file);
        connect(action, &QAction::triggered, this, [this, file] { openFile(file); });
    }
    m_ui->menuRecent->setEnabled(!files.isEmpty());
}

void MainWindow::chooseCopyFile()
{
    const QFileInfo current(m_workspace->path());
    const QString suggested = current.dir().filePath(
        tr("%1 (copy %2).piadesk").arg(current.completeBaseName(), QDate::currentDate().toString(Qt::ISODate)));
    const QString path = Dialogs::instance().saveFile(
        this, tr("Save a Copy of the Case File"), suggested, tr("PIAdesk case files (*.piadesk)"));
    if (!path.isEmpty())
        saveCopy(path);
}

bool MainWindow::saveCopy(const QString& path)
{
    if (!m_workspace->saveCopy(path)) {
        showProblem(tr("Copy Not Saved"), m_workspace->errorString());
        return false;
    }
    statusBar()->showMessage(tr("A copy of the case file was saved as %1.").arg(QDir::toNativeSeparators(path)), 10000);
    return true;
}

void MainWindow::chooseImportFile()
{
    const QString path
        = Dialogs::instance().openFile(this, tr("Import Cases"), tr("Case exchange documents (*.json);;All files (*)"));
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
    const QString path = Dialogs::instance().saveFile(
        this, tr("Export Case"), tr("case-%1.json").arg(caseId), tr("Case exchange documents (*.json)"));
    if (!path.isEmpty())
        exportCase(caseId, path);
}

bool MainWindow::importCases(const QString& path)
{
    QString error;
    QList<qint64> ids;
    if (!m_workspace->importFile(path, &ids, &error)) {
        showProblem(tr("Nothing Imported"), error);
        return false;
    }
    reload();
    if (!ids.isEmpty())
        selectCase(ids.constFirst());
    statusBar()->showMessage(
        tr("Imported %n case(s) from %1.", nullptr, int(ids.size())).arg(QDir::toNativeSeparators(path)), 10000);
    return true;
}

bool MainWindow::exportCase(qint64 caseId, const QString& path)
{
    QString error;
    const QByteArray document = m_workspace->exportCases({ caseId }, &error);
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

} // namespace piadesk
