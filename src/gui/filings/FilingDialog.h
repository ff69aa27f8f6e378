#pragma once

#include "gui/FormSupport.h"

#include "core/CaseBundle.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class FilingDialog;
}

namespace piadesk {

class Workspace;
class Debouncer;
class RuleSet;
class WorkCalendar;

/**
 * The filing tracker of one case: the filings due (initial, modifications,
 * de-registration) with how each was counted, the filings recorded with their
 * submission dates and reference numbers (saved as typed), and buttons that record a
 * substantive change or the end of use, which make the next filing due, and the
 * status of each filing material and upload.
 */
class FilingDialog : public QDialog
{
    Q_OBJECT

public:
    FilingDialog(Workspace& workspace, const RuleSet& rules, const WorkCalendar& calendar, qint64 caseId,
        QWidget* parent = nullptr);
    ~FilingDialog() override;

    qint64 caseId() const { return m_caseId; }

Q_SIGNALS:
    /** A filing or the case's facts changed (the register and dashboard show it). */
    void caseChanged(qint64 caseId);

public:
    /** Saves what was typed before closing, however the dialog is closed (button, Escape, window, file switch). */
    void done(int result) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void retranslateHeaders();
    void showFiling();
    void saveFiling();
    void showMaterials(int row);
    void saveMaterial(int row, const QString& id, MaterialStatus status);
    void showProblem(const QString& problem);
    void record(int what);

    const QScopedPointer<Ui::FilingDialog> m_ui;
    Workspace& m_workspace;
    const RuleSet& m_rules;
    const WorkCalendar& m_calendar;
    qint64 m_caseId;
    CaseBundle m_bundle;
    Debouncer* m_debouncer;
    LanguageSwitch m_language;
};

} // namespace piadesk
