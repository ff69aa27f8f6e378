#pragma once

#include "session/CaseEditor.h"

#include <QWizardPage>

#include <functional>

namespace piadesk {

/** A page of the assessment wizard: shows part of the case held by a CaseEditor and writes each edit through it. */
class EditorPage : public QWizardPage
{
    Q_OBJECT

public:
    EditorPage(CaseEditor& editor, QWidget* parent);

    /** Shows \a parts as the editor now has them; \a own: the change is this page's own edit. */
    virtual void refresh(CaseEditor::Parts parts, bool own) = 0;
    virtual void setReadOnly(bool readOnly) = 0;
    /** After a switch of the interface language: writes every text again, then shows the case again. */
    void retranslate();
    bool isSaving() const { return m_saving; }
    /** Fields whose text could not be saved, for the question asked on closing. */
    virtual QStringList unsavedFields() const { return {}; }
    /** The engine's completeness groups this page fills ("screening", a section's id, …); none for the others. */
    virtual QStringList completenessGroups() const { return {}; }
    /** The page's name in the wizard's list of steps. */
    virtual QString stepTitle() const { return title(); }
    /** Shows and focuses question \a questionId if it is on this page; false when it is not. */
    virtual bool showQuestion(const QString& questionId)
    {
        Q_UNUSED(questionId);
        return false;
    }

protected:
    /** Runs an edit of the editor as this page's own. */
    bool save(const std::function<bool()>& edit);
    Language language() const;
    /** Writes the page's texts (its form's and those composed in code) in the interface language. */
    virtual void retranslateForm() = 0;

    CaseEditor& m_editor;

private:
    QString levelText(const RiskMethod& method, const RatedRisk& rated) const;
    bool m_saving = false;
};

} // namespace piadesk
