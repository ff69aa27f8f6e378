#pragma once

#include "core/Assessment.h"
#include "core/Attachment.h"
#include "rules/RuleSet.h"

#include <QFrame>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace piadesk {

class DateField;
class Debouncer;

/**
 * One question of the questionnaire, built from the rule set: the input its answer
 * type calls for, the guidance beside it, the articles it rests on, and, when the
 * answer needs evidence, a written justification and attachments (added with a file
 * dialog or dropped on the question). A screening item taken from the case facts
 * shows the fact instead of asking.
 */
class QuestionEditor : public QFrame
{
    Q_OBJECT

public:
    QuestionEditor(const RuleSet& rules, const Question& question, Language language, QWidget* parent = nullptr);

    const Question& question() const { return m_question; }
    /** Shows \a answer (nullptr: unanswered); leaves alone what the user is typing. */
    void setAnswer(const Answer* answer, const QList<Attachment>& evidence);
    /** For a fact item: the value as the case facts have it. */
    void setFactText(const QString& text);
    /** The answer the widgets show, with \a base's evidence list. */
    Answer answer(const Answer* base) const;
    void setReadOnly(bool readOnly);
    void setProblem(const QString& problem);
    /** Marks the question as still missing for completeness (\a why: what is missing; empty: nothing is). */
    void setMissing(const QString& why);
    bool isMissing() const { return !m_missingText.isEmpty(); }
    /** Whether the evidence part is shown (the answer calls for evidence). */
    void setEvidenceNeeded(bool needed);
    Debouncer* debouncer() const { return m_debouncer; }
    /** Writes the question, its guidance, options and buttons again in \a language. */
    void retranslate(Language language);

Q_SIGNALS:
    /** The user changed the answer: save it. */
    void edited();
    /** Files were chosen or dropped as evidence for this question. */
    void evidenceAdded(const QStringList& paths);
    void evidenceRemoved(qint64 attachmentId);
    /** "Attach File…" was pressed: the page asks for files through its dialog seam. */
    void attachRequested();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QJsonValue value() const;
    void showValue(const QJsonValue& value);

    const RuleSet& m_rules;
    const Question& m_question;
    Debouncer* m_debouncer;
    QLabel* m_title = nullptr;
    QLabel* m_cited = nullptr;
    QLabel* m_prompt = nullptr;
    QLabel* m_guidance = nullptr;
    QButtonGroup* m_buttons = nullptr;
    QComboBox* m_combo = nullptr;
    QList<QCheckBox*> m_checks;
    QLineEdit* m_line = nullptr;
    DateField* m_date = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_fact = nullptr;
    QWidget* m_evidence = nullptr;
    QPlainTextEdit* m_justification = nullptr;
    QListWidget* m_files = nullptr;
    QPushButton* m_attach = nullptr;
    QPushButton* m_detach = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_missing = nullptr;
    QString m_missingText;
    bool m_readOnly = false;
};

} // namespace piadesk
