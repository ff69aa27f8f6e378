#pragma once

#include "gui/FormSupport.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class CaseDialog;
}

namespace piadesk {

class CaseEditor;

/**
 * Edits a case's organisation and facts as they stand now, with the same forms as the
 * assessment wizard, saved as typed. Finalized versions keep the facts they assessed;
 * a change here is what a re-assessment or a modification filing then reports.
 */
class CaseDialog : public QDialog
{
    Q_OBJECT

public:
    /** Edits the case \a editor has open (with CaseEditor::openCase); the dialog takes \a editor over. */
    explicit CaseDialog(CaseEditor* editor, QWidget* parent = nullptr);
    ~CaseDialog() override;

    CaseEditor& editor() const { return *m_editor; }
    void done(int result) override;

Q_SIGNALS:
    void caseChanged(qint64 caseId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    const QScopedPointer<Ui::CaseDialog> m_ui;
    CaseEditor* m_editor;
    bool m_saving = false;
    LanguageSwitch m_language;
};

} // namespace piadesk
