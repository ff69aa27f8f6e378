#pragma once

#include "session/CaseEditor.h"

#include <QScopedPointer>
#include <QWizardPage>

#include <functional>

namespace Ui {
class ChangesPage;
class OrganisationPage;
class FactsPage;
class ScreeningPage;
class SectionPage;
class RisksPage;
class MaterialsPage;
class ReviewPage;
} // namespace Ui

class QCheckBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace piadesk {

class DateField;
class QuestionEditor;

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

/** Builds the question editors of \a questions into \a layout and keeps them in step with the editor. */
class QuestionList : public QObject
{
    Q_OBJECT
public:
    QuestionList(EditorPage* page, CaseEditor& editor, const QList<Question>& questions, QLayout* layout,
        std::function<bool(const std::function<bool()>&)> save);
    void refresh();
    void retranslate();
    void setReadOnly(bool readOnly);
    QList<QuestionEditor*> editors() const { return m_editors; }
    /** Scrolls to question \a questionId and puts the focus in it; false when it is not in the list. */
    bool showQuestion(const QString& questionId);

private:
    void attach(QuestionEditor* q, const QStringList& paths);
    EditorPage* m_page;
    CaseEditor& m_editor;
    QList<QuestionEditor*> m_editors;
    std::function<bool(const std::function<bool()>&)> m_save;
};

/** A re-assessment's first page: its trigger, the items to review, and what changed side by side. */
class ChangesPage : public EditorPage
{
    Q_OBJECT
public:
    ChangesPage(CaseEditor& editor, QWidget* parent = nullptr);
    ~ChangesPage() override;
    void refresh(CaseEditor::Parts parts, bool own) override;
    void setReadOnly(bool) override { }

protected:
    void retranslateForm() override;

private:
    const QScopedPointer<Ui::ChangesPage> m_ui;
};

class OrganisationPage : public EditorPage
{
    Q_OBJECT
public:
    OrganisationPage(CaseEditor& editor, QWidget* parent = nullptr);
    ~OrganisationPage() override;
    void refresh(CaseEditor::Parts parts, bool own) override;
    void setReadOnly(bool readOnly) override;
    QStringList unsavedFields() const override;

protected:
    void retranslateForm() override;

private:
    void retranslateTexts();
    void copyFrom(int index);
    const QScopedPointer<Ui::OrganisationPage> m_ui;
};

class FactsPage : public EditorPage
{
    Q_OBJECT
public:
    FactsPage(CaseEditor& editor, QWidget* parent = nullptr);
    ~FactsPage() override;
    void refresh(CaseEditor::Parts parts, bool own) override;
    void setReadOnly(bool readOnly) override;
    QStringList unsavedFields() const override;

protected:
    void retranslateForm() override;

private:
    void retranslateTexts();
    const QScopedPointer<Ui::FactsPage> m_ui;
};

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
    class Debouncer* m_debouncer;
    bool m_readOnly = false;
};

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
    class Debouncer* m_debouncer;
};

/** Risks rated with the rule set's matrix, their measures (the action plan), and the risk map. */
class RisksPage : public EditorPage
{
    Q_OBJECT
public:
    RisksPage(CaseEditor& editor, QWidget* parent = nullptr);
    ~RisksPage() override;
    void refresh(CaseEditor::Parts parts, bool own) override;
    void setReadOnly(bool readOnly) override;
    QStringList completenessGroups() const override { return { QStringLiteral("risks") }; }

protected:
    void retranslateForm() override;

private:
    QString levelText(const RiskMethod& method, const RatedRisk& rated) const;
    void retranslateTexts();
    void showRisk();
    void showMeasure();
    void saveRisk(const QString& key);
    void saveMeasure(const QString& key);
    void addRisk();
    void removeRisk();
    void addMeasure();
    void removeMeasure();
    void showMap();
    const QScopedPointer<Ui::RisksPage> m_ui;
    class Debouncer* m_debouncer;
    QList<QPair<ImpactKind, QCheckBox*>> m_kinds;
    bool m_readOnly = false;
};

/** The Art. 16 filing materials, what of the case fills each, and the files attached to them. */
class MaterialsPage : public EditorPage
{
    Q_OBJECT
public:
    MaterialsPage(CaseEditor& editor, QWidget* parent = nullptr);
    ~MaterialsPage() override;
    void refresh(CaseEditor::Parts parts, bool own) override;
    void setReadOnly(bool readOnly) override;
    /** Attaches the files at \a paths to the selected material. */
    void attachFiles(const QStringList& paths);

protected:
    void retranslateForm() override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void retranslateTexts();
    void connectButtons();
    QString currentMaterial() const;
    void showAttachments();
    const QScopedPointer<Ui::MaterialsPage> m_ui;
    bool m_readOnly = false;
};

/** Completeness per section, the red flags, the sign-off, and finalization. */
class ReviewPage : public EditorPage
{
    Q_OBJECT
public:
    ReviewPage(CaseEditor& editor, QWidget* parent = nullptr);
    ~ReviewPage() override;
    void refresh(CaseEditor::Parts parts, bool own) override;
    void setReadOnly(bool readOnly) override;
    /** Finalizes the version if the engine allows it; otherwise shows why not. */
    bool finalizeVersion();
    QStringList completenessGroups() const override { return { QStringLiteral("signoff") }; }

Q_SIGNALS:
    void finalized();
    /** A missing item was chosen in the review's list: show where it is filled in (group, question or flag id). */
    void showItem(const QString& group, const QString& subject);

protected:
    void retranslateForm() override;

private:
    void retranslateTexts();
    void saveSignOff(const QString& key);
    void saveAcceptance();
    void saveMethod();
    void showResult(const QString& text);
    const QScopedPointer<Ui::ReviewPage> m_ui;
    class Debouncer* m_debouncer;
    QGroupBox* m_acceptanceGroup = nullptr;
    QLabel* m_acceptanceLabel = nullptr;
    QLineEdit* m_acceptedBy = nullptr;
    DateField* m_acceptedOn = nullptr;
    QPlainTextEdit* m_acceptanceReason = nullptr;
    QFormLayout* m_acceptanceLayout = nullptr;
    QGroupBox* m_methodGroup = nullptr; ///< how the assessment was done, when the rule set lists methods
    QFormLayout* m_methodLayout = nullptr;
    QWidget* m_methods = nullptr;
    QList<QCheckBox*> m_methodBoxes;
    QPlainTextEdit* m_independence = nullptr;
    bool m_readOnly = false;
};

} // namespace piadesk
