#pragma once

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class CalendarDialog;
}

namespace piadesk {

class CalendarLibrary;

/** Settings → Holiday Calendar: the calendar in use, and loading a newer one from a file. */
class CalendarDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CalendarDialog(CalendarLibrary& library, QWidget* parent = nullptr);
    ~CalendarDialog() override;

    /** Validates and keeps the calendar in \a path; says in the dialog what happened. */
    bool loadFile(const QString& path);

Q_SIGNALS:
    /** A newer calendar is now in use. */
    void calendarChanged();

private Q_SLOTS:
    void chooseFile();

private:
    void showCalendar();

    const QScopedPointer<Ui::CalendarDialog> m_ui;
    CalendarLibrary& m_library;
};

} // namespace piadesk
