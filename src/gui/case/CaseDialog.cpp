#include "gui/case/CaseDialog.h"

#include "ui_CaseDialog.h"

#include "gui/Debouncer.h"
#include "gui/Dialogs.h"
#include "gui/FormSupport.h"
#include "session/CaseEditor.h"

#include <QUndoStack>

namespace piadesk {

CaseDialog::CaseDialog(CaseEditor* editor, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::CaseDialog)
    , m_editor(editor)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("caseDialog"));
    editor->setParent(this);
    const auto wrap = [this](const std::function<bool()>& edit) {
        m_saving = true;
        const bool ok = edit();
        m_saving = false;
        return ok;
    };
    m_ui->organisationForm->saveThrough(*editor, wrap);
    m_ui->factsForm->saveThrough(*editor, wrap);
    m_ui->organisationForm->setReadOnly(editor->isReadOnly());
    m_ui->factsForm->setReadOnly(editor->isReadOnly());
    QUndoStack* stack = editor->undoStack();
    connect(m_ui->undoButton, &QPushButton::clicked, this, [this, stack] {
        Debouncer::flushAll(this);
        stack->undo();
    });
    connect(m_ui->redoButton, &QPushButton::clicked, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, m_ui->undoButton, &QWidget::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_ui->redoButton, &QWidget::setEnabled);
    m_ui->undoButton->setEnabled(false);
    m_ui->redoButton->setEnabled(false);
    QAction* undo = stack->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    addAction(undo);
    QAction* redo = stack->createRedoAction(this);
    redo->setShortcut(QKeySequence::Redo);
    addAction(redo);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(editor, &CaseEditor::changed, this, [this] {
        if (!m_saving)
            refresh();
        Q_EMIT caseChanged(m_editor->caseId());
    });
    connect(editor, &CaseEditor::failed, this,
        [this](const QString& message) { Dialogs::instance().inform(this, tr("Not Saved"), message); });
    FormSupport::offerReloadOnConflict(this, editor);
    refresh();
}

void CaseDialog::changeEvent(QEvent* event)
{
    if (m_language.isSwitch(event)) {
        Debouncer::flushAll(this);
        m_ui->retranslateUi(this);
        m_ui->organisationForm->retranslate();
        m_ui->factsForm->retranslate();
        refresh();
    }
    QDialog::changeEvent(event);
}

CaseDialog::~CaseDialog()
{
    m_editor->undoStack()->disconnect();
    m_editor->disconnect(this);
}

void CaseDialog::refresh()
{
    setWindowTitle(tr("%1 — Case").arg(m_editor->facts().name));
    m_ui->noteLabel->setText(m_editor->isReadOnly()
            ? m_editor->readOnlyReason()
            : tr("Changes are saved as you type. Finalized versions keep the facts they assessed; if the purpose or "
                 "methods change, re-assess the case (Case → Re-assess) and record the change for the filing."));
    m_ui->organisationForm->setOrganisation(m_editor->organisation());
    m_ui->factsForm->setFacts(m_editor->facts());
}

void CaseDialog::done(int result)
{
    Debouncer::flushAll(this);
    if (!FormSupport::mayCloseWithUnsaved(this,
            m_ui->organisationForm->unsavedFields() + m_ui->factsForm->unsavedFields()
                + FormSupport::refusedDates(this)))
        return;
    QDialog::done(result);
}

} // namespace piadesk
