#pragma once

#include "calendar/CalendarLoader.h"

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

private Q_SLOTS:
    void showAbout();
    void chooseCopyFile();
    void showCalendarDialog();
    void showDeadlineCase(const QModelIndex& index);

private:
    const QScopedPointer<Ui::MainWindow> m_ui;
    std::unique_ptr<CaseStore> m_store;
    CaseListModel* m_model;
    CalendarLibrary m_calendars;
    DeadlineModel* m_deadlines;
    CaseFilterModel* m_filter;
};

} // namespace piadesk
