#include "gui/wizard/QuestionEditor.h"

#include "gui/DateField.h"
#include "gui/Debouncer.h"
#include "gui/FormSupport.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace piadesk {

namespace {
const QString kValue = QStringLiteral("value");
const QString kJustification = QStringLiteral("justification");

QString optionText(const Question& q, const QString& key, Language language)
{
    for (const Option& o : q.options) {
        if (o.key == key)
            return o.text.text(language);
    }
    if (key == QLatin1String("yes"))
        return QuestionEditor::tr("Yes");
    if (key == QLatin1String("no"))
        return QuestionEditor::tr("No");
    if (key == QLatin1String("na"))
        return QuestionEditor::tr("Not applicable");
    return key;
}

QLabel* smallLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

QuestionEditor::QuestionEditor(const RuleSet& rules, const Question& question, Language language, QWidget* parent)
    : QFrame(parent)
    , m_rules(rules)
    , m_question(question)
    , m_debouncer(new Debouncer(this))
{
    setObjectName(QStringLiteral("question:") + question.id);
    setFrameShape(QFrame::StyledPanel);
    setAcceptDrops(!question.isFact() && question.evidence.has_value());

    auto* outer = new QHBoxLayout(this);
    auto* main = new QVBoxLayout;
    outer->addLayout(main, 3);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("questionText"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    main->addWidget(m_title);
    m_cited = smallLabel(QString(), this);
    m_cited->setObjectName(QStringLiteral("articles"));
    main->addWidget(m_cited);
    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("missing"));
    m_missing->setWordWrap(true);
    m_missing->setTextFormat(Qt::PlainText);
    FormSupport::markAsProblem(m_missing);
    m_missing->hide();
    main->addWidget(m_missing);

    const auto push = [this] { m_debouncer->commitNow(kValue); };
    if (question.isFact()) {
        m_fact = new QLabel(this);
        m_fact->setObjectName(QStringLiteral("factValue"));
        m_fact->setTextFormat(Qt::PlainText);
        m_fact->setWordWrap(true);
        main->addWidget(m_fact);
    } else {
        switch (question.type) {
        case AnswerType::YesNo:
        case AnswerType::YesNoNa:
        case AnswerType::Choice:
            if (question.type != AnswerType::Choice || question.options.size() <= 4) {
                // Yes / no side by side; the options of a choice one under the other, as they can be long.
                QBoxLayout* row
                    = question.type == AnswerType::Choice ? static_cast<QBoxLayout*>(new QVBoxLayout) : new QHBoxLayout;
                m_buttons = new QButtonGroup(this);
                const QStringList values = question.allowedValues();
                for (const QString& key : values) {
                    auto* button = new QRadioButton(this);
                    button->setObjectName(QStringLiteral("answer_") + key);
                    button->setProperty("answerKey", key);
                    m_buttons->addButton(button);
                    row->addWidget(button);
                }
                row->addStretch();
                main->addLayout(row);
                connect(m_buttons, &QButtonGroup::buttonClicked, this, push);
            } else {
                m_combo = new QComboBox(this);
                m_combo->setObjectName(QStringLiteral("answerChoice"));
                m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
                m_combo->setMinimumContentsLength(30);
                m_combo->addItem(QString());
                for (const Option& o : question.options)
                    m_combo->addItem(QString(), o.key);
                main->addWidget(m_combo);
                connect(m_combo, &QComboBox::currentIndexChanged, this, push);
            }
            break;
        case AnswerType::MultiChoice:
            for (const Option& o : question.options) {
                auto* box = new QCheckBox(this);
                box->setObjectName(QStringLiteral("answer_") + o.key);
                box->setProperty("answerKey", o.key);
                m_checks.append(box);
                main->addWidget(box);
                // Ticking an exclusive option ("none") clears the others; ticking another clears it.
                connect(box, &QCheckBox::toggled, this, [this, box, exclusive = o.exclusive](bool on) {
                    if (!on)
                        return;
                    for (QCheckBox* other : std::as_const(m_checks)) {
                        if (other == box || !other->isChecked())
                            continue;
                        const QString key = other->property("answerKey").toString();
                        const bool otherExclusive = std::any_of(m_question.options.cbegin(), m_question.options.cend(),
                            [&](const Option& x) { return x.key == key && x.exclusive; });
                        if (exclusive || otherExclusive) {
                            const QSignalBlocker blocker(other);
                            other->setChecked(false);
                        }
                    }
                });
                connect(box, &QCheckBox::toggled, this, push);
            }
            break;
        case AnswerType::Number:
            m_line = new QLineEdit(this);
            m_line->setObjectName(QStringLiteral("answerNumber"));
            m_line->setMaximumWidth(200);
            main->addWidget(m_line);
            m_debouncer->watch(m_line, kValue);
            break;
        case AnswerType::Date:
            m_date = new DateField(this);
            m_date->setObjectName(QStringLiteral("answerDate"));
            main->addWidget(m_date);
            connect(m_date, &DateField::dateChanged, this, [this] { m_debouncer->poke(kValue); });
            connect(m_date, &DateField::editingFinished, m_debouncer, &Debouncer::flush);
            break;
        case AnswerType::Text:
            m_text = new QPlainTextEdit(this);
            m_text->setObjectName(QStringLiteral("answerText"));
            m_text->setTabChangesFocus(true);
            m_text->setMaximumHeight(fontMetrics().lineSpacing() * 6);
            main->addWidget(m_text);
            m_debouncer->watch(m_text, kValue);
            break;
        }
    }

    if (question.evidence && !question.isFact()) {
        m_evidence = new QWidget(this);
        m_evidence->setObjectName(QStringLiteral("evidence"));
        auto* ev = new QVBoxLayout(m_evidence);
        ev->setContentsMargins(0, 0, 0, 0);
        m_prompt = smallLabel(QString(), m_evidence);
        ev->addWidget(m_prompt);
        if (question.evidence->accepts != EvidenceKind::Attachment) {
            m_justification = new QPlainTextEdit(m_evidence);
            m_justification->setObjectName(QStringLiteral("justification"));
            m_justification->setTabChangesFocus(true);
            m_justification->setMaximumHeight(fontMetrics().lineSpacing() * 5);
            ev->addWidget(m_justification);
            m_debouncer->watch(m_justification, kJustification);
        }
        if (question.evidence->accepts != EvidenceKind::Justification) {
            m_files = new QListWidget(m_evidence);
            m_files->setObjectName(QStringLiteral("evidenceFiles"));
            m_files->setMaximumHeight(fontMetrics().lineSpacing() * 4);
            ev->addWidget(m_files);
            auto* buttons = new QHBoxLayout;
            m_attach = new QPushButton(m_evidence);
            m_attach->setObjectName(QStringLiteral("attachEvidence"));
            m_detach = new QPushButton(m_evidence);
            m_detach->setObjectName(QStringLiteral("removeEvidence"));
            buttons->addWidget(m_attach);
            buttons->addWidget(m_detach);
            buttons->addStretch();
            ev->addLayout(buttons);
            connect(m_attach, &QPushButton::clicked, this, &QuestionEditor::attachRequested);
            connect(m_detach, &QPushButton::clicked, this, [this] {
                if (const QListWidgetItem* item = m_files->currentItem())
                    Q_EMIT evidenceRemoved(item->data(Qt::UserRole).toLongLong());
            });
        }
        main->addWidget(m_evidence);
        m_evidence->hide();
    }

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    FormSupport::markAsProblem(m_problem);
    m_problem->hide();
    main->addWidget(m_problem);

    // The guidance beside the question.
    m_guidance = smallLabel(QString(), this);
    m_guidance->setObjectName(QStringLiteral("guidance"));
    m_guidance->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_guidance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(m_guidance, 2);

    connect(m_debouncer, &Debouncer::commit, this, &QuestionEditor::edited);
    retranslate(language);
}

void QuestionEditor::retranslate(Language language)
{
    const Question& question = m_question;
    const QString name = question.text.text(language);
    m_title->setText(name);
    const QString cited = m_rules.cite(question.articles, language);
    m_cited->setText(cited);
    m_cited->setVisible(!cited.isEmpty());
    if (m_buttons) {
        const auto buttons = m_buttons->buttons();
        for (QAbstractButton* button : buttons) {
            button->setText(optionText(question, button->property("answerKey").toString(), language));
            button->setAccessibleName(name + QLatin1String(": ") + button->text());
        }
    }
    if (m_combo) {
        m_combo->setAccessibleName(name);
        m_combo->setItemText(0, tr("(not answered)"));
        for (int i = 0; i < question.options.size(); ++i)
            m_combo->setItemText(i + 1, question.options.at(i).text.text(language));
    }
    for (QCheckBox* box : std::as_const(m_checks))
        box->setText(optionText(question, box->property("answerKey").toString(), language));
    if (m_line)
        m_line->setAccessibleName(name);
    if (m_date)
        m_date->setAccessibleName(name);
    if (m_text)
        m_text->setAccessibleName(name);
    if (m_prompt) {
        QString prompt = question.evidence->prompt.text(language);
        if (prompt.isEmpty()) {
            prompt = question.evidence->accepts == EvidenceKind::Attachment ? tr("Attach evidence.")
                : question.evidence->accepts == EvidenceKind::Justification
                ? tr("Justify the answer in writing.")
                : tr("Attach evidence or justify the answer in writing.");
        }
        m_prompt->setText(prompt);
    }
    if (m_justification) {
        m_justification->setAccessibleName(tr("Justification: %1").arg(name));
        m_justification->setPlaceholderText(tr("Justification"));
    }
    if (m_files)
        m_files->setAccessibleName(tr("Evidence files: %1").arg(name));
    if (m_attach) {
        m_attach->setText(tr("Attach File…"));
        m_detach->setText(tr("Remove File"));
    }
    m_guidance->setText(question.guidance.text(language));
}

QJsonValue QuestionEditor::value() const
{
    if (m_buttons) {
        const QAbstractButton* checked = m_buttons->checkedButton();
        return checked ? QJsonValue(checked->property("answerKey").toString()) : QJsonValue(QJsonValue::Null);
    }
    if (m_combo)
        return m_combo->currentIndex() > 0 ? QJsonValue(m_combo->currentData().toString())
                                           : QJsonValue(QJsonValue::Null);
    if (!m_checks.isEmpty()) {
        QJsonArray keys;
        for (const QCheckBox* box : m_checks) {
            if (box->isChecked())
                keys.append(box->property("answerKey").toString());
        }
        return keys.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(keys);
    }
    if (m_line) {
        const QString text = m_line->text().trimmed();
        if (text.isEmpty())
            return QJsonValue(QJsonValue::Null);
        bool ok = false;
        double number = QLocale().toDouble(text, &ok);
        if (!ok)
            number = text.toDouble(&ok);
        return ok ? QJsonValue(number) : QJsonValue(QJsonValue::Undefined);
    }
    if (m_date) {
        const QDate d = FormSupport::date(m_date);
        return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
    }
    if (m_text) {
        const QString text = m_text->toPlainText();
        return text.trimmed().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    }
    return QJsonValue(QJsonValue::Null);
}

Answer QuestionEditor::answer(const Answer* base) const
{
    Answer a;
    if (base)
        a = *base;
    a.questionId = m_question.id;
    a.value = value();
    if (m_justification)
        a.justification = m_justification->toPlainText();
    return a;
}

void QuestionEditor::showValue(const QJsonValue& v)
{
    if (m_buttons) {
        const auto buttons = m_buttons->buttons();
        const QSignalBlocker blocker(m_buttons);
        m_buttons->setExclusive(false);
        for (QAbstractButton* b : buttons)
            b->setChecked(v.isString() && b->property("answerKey").toString() == v.toString());
        m_buttons->setExclusive(true);
    } else if (m_combo) {
        const QSignalBlocker blocker(m_combo);
        const int index = v.isString() ? m_combo->findData(v.toString()) : -1;
        m_combo->setCurrentIndex(qMax(0, index));
    } else if (!m_checks.isEmpty()) {
        const QJsonArray keys = v.toArray();
        for (QCheckBox* box : std::as_const(m_checks)) {
            const QSignalBlocker blocker(box);
            box->setChecked(keys.contains(box->property("answerKey").toString()));
        }
    } else if (m_line) {
        if (!(m_line->hasFocus() && m_debouncer->isPending()) && m_problem->isHidden())
            FormSupport::setText(m_line, v.isDouble() ? QLocale().toString(v.toDouble(), 'g', 15) : QString());
    } else if (m_date) {
        if (!(m_date->hasFocus() && m_debouncer->isPending()))
            FormSupport::setDate(m_date, v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate());
    } else if (m_text) {
        if (!(m_text->hasFocus() && m_debouncer->isPending()))
            FormSupport::setText(m_text, v.isString() ? v.toString() : QString());
    }
}

void QuestionEditor::setAnswer(const Answer* answer, const QList<Attachment>& evidence)
{
    showValue(answer ? answer->value : QJsonValue(QJsonValue::Null));
    if (m_justification && !(m_justification->hasFocus() && m_debouncer->isPending()))
        FormSupport::setText(m_justification, answer ? answer->justification : QString());
    if (m_files) {
        m_files->clear();
        for (const Attachment& a : evidence) {
            if (answer && answer->evidence.contains(a.uuid)) {
                auto* item
                    = new QListWidgetItem(tr("%1 (%2)").arg(a.name, QLocale().formattedDataSize(a.size)), m_files);
                item->setData(Qt::UserRole, a.id);
            }
        }
    }
}

void QuestionEditor::setFactText(const QString& text)
{
    if (m_fact)
        m_fact->setText(tr("From the case facts: %1").arg(text));
}

void QuestionEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_missing->setVisible(!readOnly && !m_missingText.isEmpty());
    setAcceptDrops(!readOnly && m_attach);
    if (m_buttons) {
        const auto buttons = m_buttons->buttons();
        for (QAbstractButton* b : buttons)
            b->setEnabled(!readOnly);
    }
    if (m_combo)
        m_combo->setEnabled(!readOnly);
    for (QCheckBox* box : std::as_const(m_checks))
        box->setEnabled(!readOnly);
    if (m_line)
        m_line->setReadOnly(readOnly);
    if (m_date)
        m_date->setReadOnly(readOnly);
    if (m_text)
        m_text->setReadOnly(readOnly);
    if (m_justification)
        m_justification->setReadOnly(readOnly);
    if (m_attach) {
        m_attach->setEnabled(!readOnly);
        m_detach->setEnabled(!readOnly);
    }
}

void QuestionEditor::setProblem(const QString& problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void QuestionEditor::setMissing(const QString& why)
{
    m_missingText = why;
    m_missing->setText(why.isEmpty() ? QString() : QStringLiteral("● ") + why);
    m_missing->setVisible(!why.isEmpty() && !m_readOnly);
}

void QuestionEditor::setEvidenceNeeded(bool needed)
{
    if (m_evidence)
        m_evidence->setVisible(needed);
}

void QuestionEditor::dragEnterEvent(QDragEnterEvent* event)
{
    if (!m_readOnly && m_attach && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void QuestionEditor::dropEvent(QDropEvent* event)
{
    const QStringList paths = FormSupport::localFiles(event->mimeData());
    if (!paths.isEmpty()) {
        m_evidence->show();
        event->acceptProposedAction();
        Q_EMIT evidenceAdded(paths);
    }
}

} // namespace piadesk
