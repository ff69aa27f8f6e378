#include "gui/wizard/ScreeningPage.h"

#include "ui_ScreeningPage.h"

#include "gui/Debouncer.h"
#include "gui/FormSupport.h"
#include "gui/wizard/QuestionList.h"
#include "rules/Condition.h"
#include "rules/FilingAuthority.h"

#include <QPlainTextEdit>

namespace piadesk {

ScreeningPage::ScreeningPage(CaseEditor& editor, QWidget* parent)
    : EditorPage(editor, parent)
    , m_ui(new Ui::ScreeningPage)
    , m_debouncer(new Debouncer(this))
{
    m_ui->setupUi(this);
    m_questions = new QuestionList(this, editor, editor.ruleSet()->screening, m_ui->questionLayout,
        [this](const std::function<bool()>& edit) { return save(edit); });
    m_justification = new QPlainTextEdit(m_ui->flagGroup);
    m_justification->setObjectName(QStringLiteral("flagJustification"));
    m_justification->setTabChangesFocus(true);
    m_justification->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_justification->setEnabled(false);
    m_ui->flagLayout->addWidget(m_justification);
    m_debouncer->watch(m_justification, QStringLiteral("justification"));
    connect(m_debouncer, &Debouncer::commit, this, &ScreeningPage::saveJustification);
    connect(m_ui->flagList, &QListWidget::currentRowChanged, this, [this] {
        m_debouncer->flush();
        const QListWidgetItem* item = m_ui->flagList->currentItem();
        m_justification->setEnabled(item && !m_readOnly);
        const QSignalBlocker blocker(m_justification);
        m_justification->setPlainText(item ? item->data(Qt::UserRole + 1).toString() : QString());
        updateNotePrompt();
    });
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({ 560, 380 });
    m_ui->questionScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    retranslateTexts();
}

ScreeningPage::~ScreeningPage() = default;

bool ScreeningPage::showQuestion(const QString& questionId)
{
    if (m_questions->showQuestion(questionId))
        return true;
    // A red flag: selected in the list, its note ready to be written.
    for (int i = 0; i < m_ui->flagList->count(); ++i) {
        if (m_ui->flagList->item(i)->data(Qt::UserRole).toString() == questionId) {
            m_ui->flagList->setCurrentRow(i);
            (m_justification->isEnabled() ? static_cast<QWidget*>(m_justification) : m_ui->flagList)->setFocus();
            return true;
        }
    }
    return false;
}

void ScreeningPage::retranslateTexts()
{
    setSubTitle(tr("Facts that decide what the provisions allow. Red flags appear on the right as you answer."));
    m_justification->setAccessibleName(tr("Note on the selected red flag"));
    updateNotePrompt();
}

void ScreeningPage::updateNotePrompt()
{
    const QListWidgetItem* item = m_ui->flagList->currentItem();
    const RedFlagRule* rule = item ? m_editor.ruleSet()->redFlag(item->data(Qt::UserRole).toString()) : nullptr;
    m_justification->setPlaceholderText(rule && rule->severity == Severity::Prohibited
            ? tr("A note on this prohibited practice, kept in the report. It does not clear the flag: only stopping "
                 "the practice (changing the fact or answer that raised it) does.")
            : tr("How the condition is met (kept in the report)."));
}

void ScreeningPage::retranslateForm()
{
    m_ui->retranslateUi(this);
    retranslateTexts();
    m_questions->retranslate();
}

void ScreeningPage::refresh(CaseEditor::Parts, bool)
{
    m_questions->refresh();
    showFlags();
    const RuleSet& rules = *m_editor.ruleSet();
    if (m_editor.engine().isOutOfScope()) { // explained, not assessed (the Measures' Art. 2)
        m_ui->filingLabel->setText(
            tr("Not assessed under %1 (%2): %3")
                .arg(rules.shortTitle.text(language()), rules.cite(rules.scope.articles, language()),
                    rules.scope.text.text(language())));
        return;
    }
    m_ui->filingLabel->setText(Engine::explain(rules, m_editor.filingObligation(), language(),
        FilingAuthority::nameFor(rules.filing, m_editor.organisation(), language())));
}

void ScreeningPage::showFlags()
{
    const QString current
        = m_ui->flagList->currentItem() ? m_ui->flagList->currentItem()->data(Qt::UserRole).toString() : QString();
    const QSignalBlocker blocker(m_ui->flagList);
    m_ui->flagList->clear();
    const RuleSet& rules = *m_editor.ruleSet();
    // Prohibited practices first, as the report lists them.
    QList<RaisedFlag> flags = m_editor.redFlags();
    std::stable_partition(flags.begin(), flags.end(), [](const RaisedFlag& f) { return f.isProhibited(); });
    for (const RaisedFlag& f : flags) {
        const bool prohibited = f.isProhibited();
        QString state;
        if (prohibited)
            state = f.basisNotShown ? tr("Prohibited unless shown — basis not shown; blocks finalization")
                                    : tr("Prohibited — the practice must stop; blocks finalization");
        else
            state = f.isAddressed() ? tr("Condition — addressed") : tr("Condition — say how it is met");
        //: state, then the flag's title (its articles), then what it means
        const QString text = tr("%1\n%2 (%3)\n%4")
                                 .arg(state, f.rule->title.text(language()), rules.cite(f.rule->articles, language()),
                                     f.rule->message.text(language()));
        auto* item = new QListWidgetItem(text, m_ui->flagList);
        item->setData(Qt::UserRole, f.rule->id);
        item->setData(Qt::UserRole + 1, f.justification);
        item->setToolTip(f.rule->remedy.text(language()));
        item->setIcon(style()->standardIcon(prohibited ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
        if (f.rule->id == current)
            m_ui->flagList->setCurrentItem(item);
    }
    if (flags.isEmpty())
        new QListWidgetItem(tr("No red flag for the facts and answers so far."), m_ui->flagList);
    const QListWidgetItem* item = m_ui->flagList->currentItem();
    m_justification->setEnabled(item && !m_readOnly && !item->data(Qt::UserRole).toString().isEmpty());
    if (!item)
        FormSupport::setText(m_justification, QString());
    updateNotePrompt();
}

void ScreeningPage::saveJustification()
{
    const QListWidgetItem* item = m_ui->flagList->currentItem();
    if (!item || item->data(Qt::UserRole).toString().isEmpty())
        return;
    const RedFlagRule* rule = m_editor.ruleSet()->redFlag(item->data(Qt::UserRole).toString());
    if (!rule)
        return;
    const AssessmentVersion* v = m_editor.version();
    Answer answer;
    if (const Answer* a = v ? v->answer(rule->justificationId()) : nullptr)
        answer = *a;
    answer.questionId = rule->justificationId();
    answer.justification = m_justification->toPlainText();
    if (!save([&] { return m_editor.setAnswer(answer, QStringLiteral(".typing")); }))
        m_justification->setToolTip(m_editor.errorString());
    showFlags();
}

void ScreeningPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_questions->setReadOnly(readOnly);
    m_justification->setReadOnly(readOnly);
}

} // namespace piadesk
