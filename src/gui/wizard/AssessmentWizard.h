#pragma once

#include "gui/FormSupport.h"

#include "session/CaseEditor.h"

#include <QList>
#include <QWizard>

class QAction;
class QLabel;
class QListWidget;

namespace piadesk {

class EditorPage;
class ReviewPage;
class SectionPage;

/**
 * The assessment wizard: organisation and responsible person → case facts →
 * screening with live red flags → the six Art. 15 items → risks and measures →
 * Art. 16 filing materials → review and finalize. Pages follow the case's rule
 * set. Every edit is saved as it is made through the CaseEditor; Undo and Redo
 * (Ctrl+Z, Ctrl+Shift+Z) step through the session's edits. A finalized version
 * opens read-only and says so on every page.
 */
class AssessmentWizard : public QWizard
{
    Q_OBJECT

public:
    /** Takes \a editor's case as it is open; the wizard does not own it. */
    explicit AssessmentWizard(CaseEditor& editor, QWidget* parent = nullptr);
    ~AssessmentWizard() override;

    CaseEditor& editor() const { return m_editor; }
    QList<EditorPage*> editorPages() const { return m_pages; }
    ReviewPage* reviewPage() const { return m_review; }
    /** The page of Art. 15 section \a sectionId. */
    SectionPage* sectionPage(const QString& sectionId) const;
    /** Marks the sections that a re-assessment must review. */
    void markForReview(const QStringList& sectionIds);
    /** Saves whatever is still being typed. */
    void flush();
    /** Goes to page \a id (back or forward through the pages between), saving what is typed first. */
    void goToPage(int id);
    /** Goes to where completeness group \a group is filled in and to its question or flag \a subject there. */
    void showItem(const QString& group, const QString& subject);
    /** The list of steps beside the pages: each page with what it still misses; a click goes there. */
    QListWidget* stepList() const { return m_steps; }

    void done(int result) override;

Q_SIGNALS:
    /** Something of the case was saved (the register shows it). */
    void caseChanged(qint64 caseId);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void refresh(CaseEditor::Parts parts);
    void updateSteps();
    void updateReadOnly();
    void retranslateButtons();
    /** Whether closing may go on: true unless some text could not be saved and the user keeps editing. */
    bool mayClose();

    CaseEditor& m_editor;
    QList<EditorPage*> m_pages;
    ReviewPage* m_review = nullptr;
    QList<SectionPage*> m_sections;
    QListWidget* m_steps = nullptr;
    QAction* m_undo;
    QAction* m_redo;
    bool m_closing = false;
    LanguageSwitch m_language;
};

} // namespace piadesk
