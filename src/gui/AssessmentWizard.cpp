#include "AssessmentWizard.h"
#include "DataMapPage.h"

#include "Debouncer.h"
#include "Dialogs.h"
#include "FormSupport.h"
#include "WizardPages.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QPushButton>
#include <QUndoStack>

namespace piadesk {

AssessmentWizard::AssessmentWizard(CaseEditor& editor, QWidget* parent)
    : QWizard(parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("assessmentWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoCancelButton, true);
    setOption(QWizard::HaveCustomButton1, true);
    setOption(QWizard::HaveCustomButton2, true);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    retranslateButtons();

    if (editor.previousVersion())
        m_pages.append(new ChangesPage(editor, this));
    m_pages.append(new OrganisationPage(editor, this));
    m_pages.append(new FactsPage(editor, this));
    if (!editor.ruleSet()->dataMapFields.isEmpty())
        m_pages.append(new DataMapPage(editor, this));
    m_pages.append(new ScreeningPage(editor, this));
    for (const Section& s : editor.ruleSet()->sections) {
        auto* page = new SectionPage(editor, s, this);
        m_sections.append(page);
        m_pages.append(page);
    }
    m_pages.append(new RisksPage(editor, this));
    m_pages.append(new MaterialsPage(editor, this));
    m_review = new ReviewPage(editor, this);
    m_pages.append(m_review);
    for (EditorPage* page : std::as_const(m_pages)) {
        page->setCommitPage(false);
        addPage(page);
    }

    QUndoStack* stack = editor.undoStack();
    m_undo = stack->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setShortcutContext(Qt::WindowShortcut);
    m_redo = stack->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setShortcutContext(Qt::WindowShortcut);
    addAction(m_undo);
    addAction(m_redo);
    connect(button(QWizard::CustomButton1), &QAbstractButton::clicked, this, [this, stack] {
        flush();
        stack->undo();
    });
    connect(button(QWizard::CustomButton2), &QAbstractButton::clicked, stack, &QUndoStack::redo);
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("undoButton"));
    button(QWizard::CustomButton2)->setObjectName(QStringLiteral("redoButton"));
    connect(stack, &QUndoStack::canUndoChanged, button(QWizard::CustomButton1), &QWidget::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, button(QWizard::CustomButton2), &QWidget::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this,
        [this](const QString& text) { button(QWizard::CustomButton1)->setToolTip(text); });
    button(QWizard::CustomButton1)->setEnabled(stack->canUndo());
    button(QWizard::CustomButton2)->setEnabled(stack->canRedo());

    connect(&editor, &CaseEditor::changed, this, &AssessmentWizard::refresh);
    connect(&editor, &CaseEditor::failed, this, [this](const QString& message) {
        Dialogs::instance().inform(this, tr("Not Saved"),
            tr("The change could not be saved, and the case was read again from the file.\n\n%1").arg(message));
    });
    connect(this, &QWizard::currentIdChanged, this, [this] { flush(); });
    connect(m_review, &ReviewPage::finalized, this, [this] { updateReadOnly(); });

    resize(1000, 760);
    refresh(CaseEditor::kAll);
    markForReview(editor.sectionsToReview());
}

AssessmentWizard::~AssessmentWizard()
{
    // The editor may be a child of this window and outlive its buttons and pages while children are deleted.
    m_editor.undoStack()->disconnect();
    m_editor.disconnect(this);
    for (EditorPage* page : std::as_const(m_pages))
        m_editor.disconnect(page);
}

SectionPage* AssessmentWizard::sectionPage(const QString& sectionId) const
{
    for (SectionPage* page : m_sections) {
        if (page->section().id == sectionId)
            return page;
    }
    return nullptr;
}

void AssessmentWizard::markForReview(const QStringList& sectionIds)
{
    for (SectionPage* page : std::as_const(m_sections))
        page->setToReview(sectionIds.contains(page->section().id));
}

void AssessmentWizard::retranslateButtons()
{
    setButtonText(QWizard::FinishButton, tr("&Close"));
    setButtonText(QWizard::CustomButton1, tr("&Undo"));
    setButtonText(QWizard::CustomButton2, tr("&Redo"));
    // QWizard words its Back and Next buttons once, when it is made; after a switch they take Qt's words again.
    const auto qt = [](const char* source) { return QCoreApplication::translate("QWizard", source); };
    setButtonText(QWizard::BackButton, qt("< &Back"));
    setButtonText(QWizard::NextButton, qt("&Next >"));
}

void AssessmentWizard::changeEvent(QEvent* event)
{
    if (m_language.isSwitch(event)) {
        // What is being typed is saved first: the pages then show the case again, in the new language.
        flush();
        retranslateButtons();
        for (EditorPage* page : std::as_const(m_pages))
            page->retranslate();
        updateReadOnly(); // the title, and a read-only version's reason as every page's subtitle
    }
    QWizard::changeEvent(event);
}

void AssessmentWizard::flush()
{
    Debouncer::flushAll(this);
}

void AssessmentWizard::refresh(CaseEditor::Parts parts)
{
    for (EditorPage* page : std::as_const(m_pages))
        page->refresh(parts, page->isSaving());
    if (parts & CaseEditor::Part::Version)
        updateReadOnly();
    Q_EMIT caseChanged(m_editor.caseId());
}

void AssessmentWizard::updateReadOnly()
{
    const QString reason = m_editor.readOnlyReason();
    const bool readOnly = !reason.isEmpty();
    const AssessmentVersion* v = m_editor.version();
    QString title = tr("%1 — Assessment").arg(m_editor.facts().name);
    if (v)
        title = tr("%1 — Assessment, version %2").arg(m_editor.facts().name).arg(v->number);
    if (readOnly)
        title += tr(" (read-only)");
    const bool tampered = !m_editor.integrityProblems().isEmpty();
    if (tampered)
        title += tr(" — changed outside PIAdesk");
    setWindowTitle(title);
    const QString warning = tampered ? tr("Warning: this case was changed outside PIAdesk; its finalized report no "
                                          "longer matches what was recorded. Run piadesk-cli verify.")
                                     : QString();
    for (EditorPage* page : std::as_const(m_pages)) {
        page->setReadOnly(readOnly);
        if (readOnly || tampered)
            page->setSubTitle(QStringList { warning, reason }.join(QLatin1Char(' ')).trimmed());
    }
    button(QWizard::CustomButton1)->setVisible(!readOnly);
    button(QWizard::CustomButton2)->setVisible(!readOnly);
}

bool AssessmentWizard::mayClose()
{
    flush();
    QStringList unsaved;
    for (const EditorPage* page : std::as_const(m_pages))
        unsaved.append(page->unsavedFields());
    return FormSupport::mayCloseWithUnsaved(this, unsaved);
}

void AssessmentWizard::done(int result)
{
    if (!m_closing && !mayClose())
        return;
    m_closing = true;
    // A New Assessment closed without a single edit leaves no empty case behind.
    if (m_editor.discardIfUntouched())
        Q_EMIT caseChanged(0);
    QWizard::done(result);
}

void AssessmentWizard::closeEvent(QCloseEvent* event)
{
    if (!m_closing && !mayClose()) {
        event->ignore();
        return;
    }
    m_closing = true;
    QWizard::closeEvent(event);
}

} // namespace piadesk
