#pragma once

#include "calendar/CalendarLoader.h"
#include "gui/FormSupport.h"
#include "rules/RuleSetLibrary.h"
#include "session/Workspace.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QScopedPointer>
#include <QTimer>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace piadesk {

class AppSettings;
class AssessmentWizard;
class CaseEditor;
class CaseDialog;
class CaseOverview;
class CaseView;
class ExportDialog;
class FilingDialog;
class HelpDialog;
class RegisterScan;
struct DeadlineReport;
struct UrgentDeadlines;
class CaseFilterModel;
class CaseListModel;
class DeadlineModel;
class CaseStore;
class Workspace;

/**
 * The main window: the register of the open case file's cases, the deadline dashboard, and the
 * File and Case menus. Assessments open in their own AssessmentWizard windows.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** Shows the case file \a workspace; \a settings (not owned; nullptr: the application's) keep the recent files. */
    explicit MainWindow(Workspace&& workspace, AppSettings* settings = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    /** The open case file, for tests and the session classes the windows hand it to. */
    CaseStore* store() const;
    /** The holiday calendar deadlines are counted with. */
    const WorkCalendar& calendar() const { return m_calendars.calendar(); }
    /** The deadline dashboard: overdue, due-soon and unscheduled deadlines across the file. */
    DeadlineModel* deadlines() const { return m_deadlines; }

    /** Cases up to this many are scanned for deadlines at once; more, a batch at a time. */
    static constexpr int kScanNowLimit = 300;
    static constexpr int kScanBatch = 50;
    /**
     * Summaries missing or stale (a file from before schema 7, a new calendar or rule set) up to this many are formed
     * at once; more, a batch at a time while the window stays responsive, the register shown meanwhile.
     */
    static constexpr int kFormNowLimit = 500;
    static constexpr int kFormBatch = 200;
    /** Whether the deadline scan of the register is complete (and the summaries formed, when they were missing). */
    bool isScanDone() const;

    /** The assessment windows open now. */
    QList<AssessmentWizard*> wizards() const;

public Q_SLOTS:
    void reload();
    /** Opens the case file at \a path instead of the current one (closing the assessment windows first). */
    bool openFile(const QString& path);
    /**
     * Connects to the team store at \a address (postgresql://…) with \a password (empty: ~/.pgpass) and shows it
     * instead of the current case file or store.
     */
    bool connectTeamStore(const QString& address, const QString& password = QString());
    /** Creates a new, empty case file at \a path and opens it; an existing file is never replaced. */
    bool newFile(const QString& path);
    /** Starts a new case with its initial assessment and opens it in the wizard. */
    /** Creates a case under \a ruleSetId (empty: the Preferences' rules for new cases) and opens its wizard. */
    AssessmentWizard* newAssessment(const QString& ruleSetId = QString());
    /** Case → New Assessment: asks which rules the case is assessed under, then creates it. */
    void chooseNewAssessment();
    /** Opens version \a version (0: the latest) of case \a caseId in the wizard. */
    AssessmentWizard* openAssessment(qint64 caseId, int version = 0);
    /**
     * Starts a new version of case \a caseId after \a trigger, prefilled from the latest, and opens it
     * with the items to review marked and what changed shown; nullptr (and \a error) when refused.
     */
    /** Opens the organisation and facts of case \a caseId for editing, as they stand now. */
    CaseDialog* editCase(qint64 caseId);
    /** Opens the filing tracker of case \a caseId. */
    FilingDialog* showFilings(qint64 caseId);
    /** Opens the export dialog of case \a caseId (report, packet, workbook; preview). */
    ExportDialog* showExport(qint64 caseId);
    /** Versions \a before and \a after of case \a caseId side by side. */
    QDialog* compareVersions(qint64 caseId, int before, int after);
    CaseView* caseView() const { return m_caseView; }
    /** Help → User Guide (F1): the guide in the interface language. */
    HelpDialog* showUserGuide();
    /** Creates the case file \a path with \a cases invented cases (never over an existing file) and opens it. */
    bool newDemoFile(const QString& path, int cases = 40);
    /** File → New Demo Case File…: asks where, then newDemoFile(). */
    void chooseNewDemoFile();
    /**
     * Case → Delete Case: refused, with the date and the article, while a report of the case must be kept;
     * otherwise deleted after the user confirms (its windows close first). Recorded in the audit log.
     */
    bool deleteCase(qint64 caseId);
    /** Deletes version \a number of case \a caseId on the same terms (a draft at any time). */
    bool deleteVersion(qint64 caseId, int number);
    /** Starts a new version of case \a caseId; \a ruleSetId other than the case's moves it to those rules. */
    AssessmentWizard* reassessCase(qint64 caseId, TriggerKind trigger, const QDate& date, const QString& description,
        QString* error, const QString& ruleSetId = QString());
    /** Writes a copy of the case file to \a path; says in the status bar, or a message box, how it went. */
    bool saveCopy(const QString& path);
    /** Imports the cases of the exchange document at \a path, all or none; selects the first one imported. */
    bool importCases(const QString& path);
    /** Exports case \a caseId as an exchange document to \a path. */
    bool exportCase(qint64 caseId, const QString& path);

private Q_SLOTS:
    void showAbout();
    void chooseCopyFile();
    void chooseImportFile();
    void chooseExportFile();
    void showCalendarDialog();
    void showDeadlineCase(const QModelIndex& index);
    void chooseOpenFile();
    void chooseTeamStore();
    void chooseReassess(bool underRulesInForce);
    void chooseNewFile();
    void updateRecentMenu();
    void continueScan();
    void continueForming();

protected:
    /** Closes the assessment windows first (each saves what is being typed, and may ask); stays open if one stays. */
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    /** Says what went wrong in a window-modal message that does not block the event loop. */
    void showProblem(const QString& title, const QString& text);
    /** The case selected in the register, or 0. */
    qint64 selectedCase() const;
    void selectCase(qint64 caseId);
    /** Replaces the open case file by \a store. */
    bool adopt(Workspace&& workspace);
    /**
     * Says, once the file is shown, what the user should know about it: that it was opened read-only (a shared file
     * system), or that other accounts can read it, offering to make it private (not asked again once declined).
     */
    void announceFile();
    void updateWindowTitle();
    void applyScan();
    /** Shows \a urgent on the dashboard, \a error in its note, and (\a withStandings) \a report's standings in the
     * register. */
    void applyReport(
        const DeadlineReport& report, const UrgentDeadlines& urgent, const QString& error, bool withStandings);
    /** Sets the texts the form does not hold (filters, accessible names, title) in the interface language. */
    void retranslate();
    /** Tells the user when the case \a editor opened was changed outside PIAdesk. */
    void warnIfTampered(const CaseEditor& editor);
    AssessmentWizard* showWizard(std::unique_ptr<CaseEditor> editor);
    const QScopedPointer<Ui::MainWindow> m_ui;
    std::unique_ptr<Workspace> m_workspace;
    CaseListModel* m_model;
    RuleSetLibrary m_rules;
    CalendarLibrary m_calendars;
    DeadlineModel* m_deadlines;
    CaseFilterModel* m_filter;
    std::unique_ptr<AppSettings> m_ownSettings;
    AppSettings* m_settings;
    LanguageSwitch m_language;
    QList<QPointer<AssessmentWizard>> m_wizards;
    /** The dialogs that act on the open case file (filings, the case's facts, export): closed, saving what was typed,
     *  before another file replaces it. */
    QList<QPointer<QDialog>> m_caseWindows;
    CaseView* m_caseView = nullptr;
    void showSelectedCase();
    bool loadOverview(qint64 caseId, CaseOverview* overview, QString* error) const;
    class QLabel* m_caseCount = nullptr; ///< "37 of 2,000 cases" in the status bar
    void updateCaseCount();
    QString calendarEndNote() const;
    bool m_registerHeaderKept = false; ///< the user's column widths were restored: not sized to content again
    void keepCaseWindow(QDialog* dialog, qint64 caseId);
    /** A new case file at \a path, never over an existing one; nullptr after saying why under \a title. */
    std::optional<Workspace> createFile(const QString& path, const QString& title);
    /** Help → Regulation Texts: each rule set's official text, in the interface language's words. */
    void fillRegulationMenu();
    /** Closes the windows of case \a caseId (0: of every case), saving what was typed; false if one stays open. */
    bool closeCaseWindows(qint64 caseId);
    QTimer m_reloadTimer; ///< coalesces the register's reloads while a wizard saves edits
    std::unique_ptr<RegisterScan> m_scan;
    QTimer m_scanTimer;
    QTimer m_formTimer; ///< forms the summaries a batch at a time
    qint64 m_formTotal = 0; ///< how many summaries were stale when forming began
    bool m_formFailed = false; ///< forming failed: the register is scanned instead
};

} // namespace piadesk
