#include "gui/settings/CalendarDialog.h"

#include "ui_CalendarDialog.h"

#include "gui/FormSupport.h"

#include "calendar/CalendarLoader.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace piadesk {

CalendarDialog::CalendarDialog(CalendarLibrary& library, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::CalendarDialog)
    , m_library(library)
{
    m_ui->setupUi(this);
    // The source note is long: it scrolls in a box of a few lines, in a dialog wide enough to read it.
    setMinimumWidth(640);
    m_ui->sourceText->setMinimumHeight(m_ui->sourceText->fontMetrics().lineSpacing() * 6);
    connect(m_ui->loadButton, &QPushButton::clicked, this, &CalendarDialog::chooseFile);
    showCalendar();
    if (!m_library.warning().isEmpty()) {
        m_ui->messageLabel->setText(m_library.warning());
        FormSupport::markAsProblem(m_ui->messageLabel);
    }
}

CalendarDialog::~CalendarDialog() = default;

void CalendarDialog::showCalendar()
{
    const WorkCalendar& calendar = m_library.calendar();
    m_ui->yearsLabel->setText(tr("%1–%2 (%3 days off, %4 make-up working days)")
                                  .arg(calendar.firstYear())
                                  .arg(calendar.lastYear())
                                  .arg(calendar.holidayCount())
                                  .arg(calendar.makeUpDayCount()));
    m_ui->originLabel->setText(calendar.origin().isEmpty()
            ? tr("The calendar built into PIAdesk")
            : tr("Loaded, kept in %1").arg(QDir::toNativeSeparators(calendar.origin())));
    m_ui->sourceText->setPlainText(calendar.source());
}

void CalendarDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load a Holiday Calendar"),
        QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
        tr("Holiday calendars (*.json);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool CalendarDialog::loadFile(const QString& path)
{
    QString error;
    const bool ok = m_library.install(path, &error);
    if (ok)
        FormSupport::unmarkAsProblem(m_ui->messageLabel);
    else
        FormSupport::markAsProblem(m_ui->messageLabel);
    if (ok) {
        m_ui->messageLabel->setText(tr("Loaded. Deadlines are now counted with the calendar for %1–%2.")
                                        .arg(m_library.calendar().firstYear())
                                        .arg(m_library.calendar().lastYear()));
        showCalendar();
        Q_EMIT calendarChanged();
    } else {
        m_ui->messageLabel->setText(tr("The file was not loaded; the calendar in use is unchanged.\n%1").arg(error));
    }
    return ok;
}

} // namespace piadesk
