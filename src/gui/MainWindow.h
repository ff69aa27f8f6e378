#pragma once

#include "calendar/CalendarLoader.h"
#include "rules/RuleSetLoader.h"

#include <QMainWindow>
#include <QScopedPointer>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace piadesk {

class CaseFilterModel;
class CaseListModel;
class DeadlineModel;
class CaseStore;

/** The main window: for now, the register of the open case file's cases. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<CaseStore> store, QWidget* parent = nullptr);
    ~MainWindow() override;

    CaseStore* store() const { return m_store.get(); }
    /** The holiday calendar deadlines are counted with. */
    const WorkCalendar& calendar() const { return m_calendars.calendar(); }
    /** The deadline dashboard: overdue, due-soon and unscheduled deadlines across the file. */
    DeadlineModel* deadlines() const { return m_deadlines; }

public Q_SLOTS:
    void reload();
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

private:
    /** Says what went wrong in a window-modal message that does not block the event loop. */
    void showProblem(const QString& title, const QString& text);
    /** The case selected in the register, or 0. */
    qint64 selectedCase() const;
    void selectCase(qint64 caseId);
    const QScopedPointer<Ui::MainWindow> m_ui;
    std::unique_ptr<CaseStore> m_store;
    CaseListModel* m_model;
    RuleSetLibrary m_rules;
    CalendarLibrary m_calendars;
    DeadlineModel* m_deadlines;
    CaseFilterModel* m_filter;
};

} // namespace piadesk
