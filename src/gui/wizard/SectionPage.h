#pragma once

#include "gui/wizard/EditorPage.h"

#include <QScopedPointer>

namespace Ui {
class SectionPage;
}

class QLabel;

namespace piadesk {

class QuestionList;
class Debouncer;

/** One Art. 15 item: its questions and its conclusion with rationale. */
class SectionPage : public EditorPage
{
    Q_OBJECT
public:
    SectionPage(CaseEditor& editor, const Section& section, QWidget* parent = nullptr);
    ~SectionPage() override;
    void refresh(CaseEditor::Parts parts, bool own) override;
    void setReadOnly(bool readOnly) override;
    const Section& section() const { return m_section; }
    /** Marks the page as one a re-assessment must review. */
    void setToReview(bool review);
    QStringList completenessGroups() const override { return { m_section.id }; }
    QString stepTitle() const override;
    bool showQuestion(const QString& questionId) override;

protected:
    void retranslateForm() override;

private:
    void retranslateTexts();
    void saveConclusion();
    void showContradictions();
    const QScopedPointer<Ui::SectionPage> m_ui;
    const Section& m_section;
    QuestionList* m_questions;
    QLabel* m_contradictions = nullptr; ///< why the conclusion cannot stand, under it
    bool m_toReview = false;
    Debouncer* m_debouncer;
};

} // namespace piadesk
