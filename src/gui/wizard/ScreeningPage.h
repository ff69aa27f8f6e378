#pragma once

#include "gui/wizard/EditorPage.h"

#include <QScopedPointer>

namespace Ui {
class ScreeningPage;
}

class QPlainTextEdit;

namespace piadesk {

class QuestionList;
class Debouncer;

/** The screening items, the red flags that fire as facts and answers come in, and the filing obligation. */
class ScreeningPage : public EditorPage
{
    Q_OBJECT
public:
    ScreeningPage(CaseEditor& editor, QWidget* parent = nullptr);
    ~ScreeningPage() override;
    void refresh(CaseEditor::Parts parts, bool own) override;
    void setReadOnly(bool readOnly) override;
    QStringList completenessGroups() const override { return { QStringLiteral("screening"), QStringLiteral("flags") }; }
    bool showQuestion(const QString& questionId) override;

protected:
    void retranslateForm() override;

private:
    void retranslateTexts();
    void showFlags();
    void updateNotePrompt();
    void saveJustification();
    const QScopedPointer<Ui::ScreeningPage> m_ui;
    QuestionList* m_questions;
    QPlainTextEdit* m_justification;
    Debouncer* m_debouncer;
    bool m_readOnly = false;
};

} // namespace piadesk
