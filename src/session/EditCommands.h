#pragma once

#include "CaseEditor.h"

#include <QElapsedTimer>
#include <QUndoCommand>

namespace piadesk {

/**
 * The undo steps of the case editor, one type per kind of edit (Tiled's habit): each knows the value before and
 * after, writes it through the editor in one transaction, and merges only with the next edit of its own type and
 * field (typing in one field makes one step). Session-internal: the windows see only CaseEditor and its stack.
 */
class EditCommand : public QUndoCommand
{
public:
    /** The kinds of edit, as QUndoCommand::id(): only commands of one kind merge. */
    enum Kind { Organisation = 1, Facts, Answer, Risks, Measures, RiskPlan, Activities, SignOff };

    /** The editor has already written the edit; the first redo() (QUndoStack::push) writes nothing. */
    void redo() override;
    void undo() override;
    int id() const override { return m_key.isEmpty() ? -1 : m_kind; }
    bool mergeWith(const QUndoCommand* other) override;

    /** Writes the value after the edit; false with the editor's error. */
    virtual bool apply() = 0;

protected:
    EditCommand(CaseEditor* editor, Kind kind, const QString& text, const QString& mergeKey, CaseEditor::Parts parts);
    /** Takes the value after \a next (of the same kind and field) as this command's own. */
    virtual void takeOver(const EditCommand& next) = 0;
    virtual bool revert() = 0;

    CaseEditor* m_editor;

private:
    void run(bool (EditCommand::*step)());

    Kind m_kind;
    QString m_key;
    CaseEditor::Parts m_parts;
    QElapsedTimer m_age;
    bool m_first = true;
};

/** An edit that replaces one value of the case (its organisation, facts, an answer, the risks …) with another. */
template <typename Value, int kKind> class ValueEdit final : public EditCommand
{
public:
    using Write = bool (CaseEditor::*)(const Value&);

    ValueEdit(CaseEditor* editor, const QString& text, const QString& mergeKey, CaseEditor::Parts parts, Write write,
        Value before, Value after)
        : EditCommand(editor, Kind(kKind), text, mergeKey, parts)
        , m_write(write)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

    bool apply() override { return (m_editor->*m_write)(m_after); }

protected:
    bool revert() override { return (m_editor->*m_write)(m_before); }
    // Undo still restores what was there before the first keystroke.
    void takeOver(const EditCommand& next) override { m_after = static_cast<const ValueEdit&>(next).m_after; }

private:
    Write m_write;
    Value m_before;
    Value m_after;
};

} // namespace piadesk
