#include "gui/case/ReassessDialog.h"

#include "ui_ReassessDialog.h"

#include "gui/FormSupport.h"
#include "gui/case/NewCaseDialog.h"

#include "rules/Engine.h"

#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>

namespace piadesk {

ReassessDialog::ReassessDialog(
    const RuleSetLibrary& library, const RuleSet& current, const QDate& today, QWidget* parent, const RuleSet* target)
    : QDialog(parent)
    , m_ui(new Ui::ReassessDialog)
    , m_library(library)
    , m_rules(current)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("reassessDialog"));
    for (const auto& rs : library.all())
        m_ui->ruleSet->addItem(NewCaseDialog::describe(*rs, library), rs->id); // with a line on its standing
    m_ui->ruleSet->setCurrentIndex(qMax(0, m_ui->ruleSet->findData(target ? target->id : current.id)));
    connect(m_ui->ruleSet, &QComboBox::currentIndexChanged, this, &ReassessDialog::chooseRuleSet);
    m_ui->triggerDate->setDate(today);
    m_ui->triggerDate->setMaximumDate(today.addYears(1));
    m_ui->triggerDate->setOptional(false);
    m_ui->problemLabel->hide();
    connect(m_ui->trigger, &QComboBox::currentIndexChanged, this, &ReassessDialog::update);
    connect(m_ui->description, &QPlainTextEdit::textChanged, this, &ReassessDialog::update);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ReassessDialog::confirmed);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Re-assess"));
    chooseRuleSet();
}

const RuleSet* ReassessDialog::chosen() const
{
    const RuleSet* rs = m_library.find(m_ui->ruleSet->currentData().toString());
    return rs ? rs : &m_rules;
}

QString ReassessDialog::ruleSetId() const
{
    return chosen()->id;
}

void ReassessDialog::chooseRuleSet()
{
    // The same rules: the triggers of a change in the processing. Other rules: a change of the legal basis.
    const RuleSet* target = chosen();
    const bool changing = target->id != m_rules.id;
    {
        const QSignalBlocker blocker(m_ui->trigger);
        const QVariant was = m_ui->trigger->currentData();
        m_ui->trigger->clear();
        for (const auto& entry : enumEntries<TriggerKind>()) {
            if (entry.value == TriggerKind::Initial || (entry.value == TriggerKind::LegalBasisChanged) != changing)
                continue;
            if (entry.value == TriggerKind::YearlyReview && !target->reassessmentTrigger(entry.value))
                continue;
            m_ui->trigger->addItem(enumLabel(entry.value), int(entry.value));
        }
        m_ui->trigger->setCurrentIndex(qMax(0, m_ui->trigger->findData(was)));
        m_ui->trigger->setEnabled(!changing);
    }
    if (description().isEmpty() || description() == m_prefilled) {
        m_prefilled = changing ? tr("Re-assessed under %1, in force since %2.")
                                     .arg(target->title.text(languageFor(QLocale())),
                                         QLocale().toString(target->effective, QLocale::LongFormat))
                               : QString();
        m_ui->description->setPlainText(m_prefilled);
    }
    update();
}

ReassessDialog::~ReassessDialog() = default;

TriggerKind ReassessDialog::trigger() const
{
    return TriggerKind(m_ui->trigger->currentData().toInt());
}

QDate ReassessDialog::date() const
{
    return m_ui->triggerDate->date();
}

QString ReassessDialog::description() const
{
    return m_ui->description->toPlainText().trimmed();
}

QString ReassessDialog::dateProblem() const
{
    return m_ui->triggerDate->problem();
}

void ReassessDialog::setProblem(const QString& problem)
{
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
}

void ReassessDialog::update()
{
    const Language language = languageFor(QLocale());
    QStringList titles;
    const RuleSet& rules = *chosen();
    for (const QString& id : Engine::sectionsToReview(rules, trigger())) {
        if (const Section* s = rules.section(id))
            titles.append(s->title.text(language));
    }
    QString scope = titles.isEmpty() ? tr("The rule set names no item to review for this trigger.")
                                     : tr("Items to review: %1.").arg(titles.join(QLatin1String("; ")));
    if (const ReassessmentTrigger* t = rules.reassessmentTrigger(trigger()))
        scope = t->text.text(language) + QLatin1Char('\n') + scope;
    m_ui->scopeLabel->setText(scope);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!description().isEmpty());
}

} // namespace piadesk
