#include "gui/wizard/QuestionList.h"

#include "gui/Dialogs.h"
#include "gui/wizard/EditorPage.h"
#include "gui/wizard/QuestionEditor.h"
#include "rules/Condition.h"

#include <QHash>

#include <QBoxLayout>
#include <QJsonArray>
#include <QLocale>
#include <QScrollArea>

namespace piadesk {

namespace {

/** The value of a case fact, as a sentence fragment. */
QString factText(const CaseFacts& facts, const QString& name)
{
    const QJsonValue v = Facts::value(facts, name);
    if (name == QLatin1String("placeKind")) {
        const auto kind = enumFromKey<PlaceKind>(v.toString());
        return kind ? enumLabel(*kind) : v.toString();
    }
    if (name == QLatin1String("methods")) {
        QStringList labels;
        for (const Method m : facts.methods)
            labels.append(enumLabel(m));
        return labels.isEmpty() ? QuestionEditor::tr("none recorded") : labels.join(QLatin1String(", "));
    }
    if (v.isBool())
        return v.toBool() ? QuestionEditor::tr("Yes") : QuestionEditor::tr("No");
    if (v.isDouble())
        return QLocale().toString(qint64(v.toDouble()));
    if (v.isArray()) {
        QStringList items;
        for (const QJsonValue& item : v.toArray())
            items.append(item.toString());
        return items.join(QLatin1String(", "));
    }
    return v.toString();
}

} // namespace

QuestionList::QuestionList(EditorPage* page, CaseEditor& editor, const QList<Question>& questions, QLayout* layout,
    std::function<bool(const std::function<bool()>&)> save)
    : QObject(page)
    , m_page(page)
    , m_editor(editor)
    , m_save(std::move(save))
{
    const Language language = languageFor(QLocale());
    for (const Question& question : questions) {
        auto* q = new QuestionEditor(*editor.ruleSet(), question, language, page);
        layout->addWidget(q);
        m_editors.append(q);
        connect(q, &QuestionEditor::edited, this, [this, q] {
            const AssessmentVersion* v = m_editor.version();
            const Answer answer = q->answer(v ? v->answer(q->question().id) : nullptr);
            if (answer.value.isUndefined()) {
                q->setProblem(QuestionEditor::tr("Not saved: enter a number."));
                return;
            }
            // A number outside what the question allows (a rate of 150 %) is refused where it is typed.
            if (const Question& asked = q->question(); answer.value.isDouble()
                && ((asked.min && answer.value.toDouble() < *asked.min)
                    || (asked.max && answer.value.toDouble() > *asked.max))) {
                const QLocale locale;
                q->setProblem(asked.max ? QuestionEditor::tr("Not saved: enter a number from %1 to %2.")
                                              .arg(locale.toString(asked.min.value_or(0)), locale.toString(*asked.max))
                                        : QuestionEditor::tr("Not saved: enter a number of at least %1.")
                                              .arg(locale.toString(*asked.min)));
                return;
            }
            const bool ok = m_save([&] { return m_editor.setAnswer(answer, QStringLiteral(".typing")); });
            q->setProblem(ok ? QString() : QuestionEditor::tr("Not saved: %1").arg(m_editor.errorString()));
            refresh();
        });
        connect(q, &QuestionEditor::attachRequested, this, [this, q] {
            const QStringList paths = Dialogs::instance().openFiles(
                m_page, QuestionEditor::tr("Attach Evidence"), QuestionEditor::tr("All files (*)"));
            if (!paths.isEmpty())
                attach(q, paths);
        });
        connect(q, &QuestionEditor::evidenceAdded, this, [this, q](const QStringList& paths) { attach(q, paths); });
        connect(q, &QuestionEditor::evidenceRemoved, this, [this, q](qint64 id) {
            const AssessmentVersion* v = m_editor.version();
            Answer answer = q->answer(v ? v->answer(q->question().id) : nullptr);
            for (const Attachment& a : m_editor.attachments()) {
                if (a.id == id)
                    answer.evidence.removeAll(a.uuid);
            }
            const bool ok = m_save([&] { return m_editor.setAnswer(answer) && m_editor.removeAttachment(id); });
            q->setProblem(ok ? QString() : m_editor.errorString());
            refresh();
        });
    }
    if (auto* box = qobject_cast<QBoxLayout*>(layout))
        box->addStretch();
}

void QuestionList::attach(QuestionEditor* q, const QStringList& paths)
{
    QStringList problems;
    for (const QString& path : paths) {
        Attachment added;
        const bool ok = m_save([&] {
            if (!m_editor.attachFile(path, q->question().id, &added))
                return false;
            const AssessmentVersion* v = m_editor.version();
            Answer answer = q->answer(v ? v->answer(q->question().id) : nullptr);
            if (answer.value.isUndefined())
                answer.value = QJsonValue(QJsonValue::Null);
            answer.evidence.append(added.uuid);
            return m_editor.setAnswer(answer);
        });
        if (!ok)
            problems.append(m_editor.errorString());
    }
    q->setProblem(problems.join(QLatin1Char('\n')));
    refresh();
}

void QuestionList::refresh()
{
    const Engine engine = m_editor.engine();
    const AssessmentVersion* v = m_editor.version();
    const QList<Attachment> attachments = m_editor.attachments();
    // What completeness still misses, by question: marked on the question itself.
    QHash<QString, QStringList> missing;
    if (v && !v->isFinal()) {
        const QList<Gap> gaps = engine.completeness().gaps();
        for (const Gap& gap : gaps) {
            switch (gap.kind) {
            case Gap::Kind::Answer:
                missing[gap.subject].append(tr("Required: not answered yet."));
                break;
            case Gap::Kind::InvalidAnswer:
                missing[gap.subject].append(tr("The answer stored is not one this question allows: answer it again."));
                break;
            case Gap::Kind::Evidence:
                missing[gap.subject].append(
                    tr("This answer needs evidence: attach a file, or write why there is none."));
                break;
            default:
                break;
            }
        }
    }
    for (QuestionEditor* q : std::as_const(m_editors)) {
        const Question& question = q->question();
        q->setVisible(engine.isVisible(question));
        if (question.isFact()) {
            q->setFactText(factText(m_editor.facts(), question.fact));
            continue;
        }
        const Answer* a = v ? v->answer(question.id) : nullptr;
        q->setAnswer(a, attachments);
        q->setEvidenceNeeded(
            a && (Engine::isValidAnswer(question, a->value) && engine.needsEvidence(question, a->value)));
        q->setMissing(missing.value(question.id).join(QLatin1Char(' ')));
    }
}

bool QuestionList::showQuestion(const QString& questionId)
{
    for (QuestionEditor* q : std::as_const(m_editors)) {
        if (q->question().id != questionId || !q->isVisible())
            continue;
        for (QWidget* w = q->parentWidget(); w; w = w->parentWidget()) {
            if (auto* scroll = qobject_cast<QScrollArea*>(w)) {
                scroll->ensureWidgetVisible(q, 0, 40);
                break;
            }
        }
        // The first field of the question takes the focus (its answer, else whatever it offers).
        const auto fields = q->findChildren<QWidget*>();
        for (QWidget* field : fields) {
            if (field->focusPolicy() & Qt::TabFocus && field->isVisible() && field->isEnabled()) {
                field->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
        return true;
    }
    return false;
}

void QuestionList::retranslate()
{
    const Language language = languageFor(QLocale());
    for (QuestionEditor* q : std::as_const(m_editors))
        q->retranslate(language);
}

void QuestionList::setReadOnly(bool readOnly)
{
    for (QuestionEditor* q : std::as_const(m_editors))
        q->setReadOnly(readOnly);
}

} // namespace piadesk
