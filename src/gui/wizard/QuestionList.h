#pragma once

#include "session/CaseEditor.h"

#include <QObject>

#include <functional>

class QLayout;

namespace piadesk {

class QuestionEditor;
class EditorPage;

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

} // namespace piadesk
