#include "ReassessDialog.h"

#include "ui_ReassessDialog.h"

#include "FormSupport.h"

#include "rules/Engine.h"

#include <QPushButton>

namespace piadesk {

ReassessDialog::ReassessDialog(const RuleSet& rules, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::ReassessDialog)
    , m_rules(rules)
{
    m_ui->setupUi(this);
    FormSupport::retranslateDates(this);
    setObjectName(QStringLiteral("reassessDialog"));
    for (const auto& entry : enumEntries<TriggerKind>()) {
        if (entry.value != TriggerKind::Initial)
            m_ui->trigger->addItem(enumLabel(entry.value), int(entry.value));
    }
    m_ui->triggerDate->setDate(today);
    m_ui->triggerDate->setMaximumDate(today.addYears(1));
    m_ui->problemLabel->hide();
    connect(m_ui->trigger, &QComboBox::currentIndexChanged, this, &ReassessDialog::update);
    connect(m_ui->description, &QPlainTextEdit::textChanged, this, &ReassessDialog::update);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ReassessDialog::confirmed);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Re-assess"));
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

void ReassessDialog::setProblem(const QString& problem)
{
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
}

void ReassessDialog::update()
{
    const Language language = languageFor(QLocale());
    QStringList titles;
    for (const QString& id : Engine::sectionsToReview(m_rules, trigger())) {
        if (const Section* s = m_rules.section(id))
            titles.append(s->title.text(language));
    }
    QString scope = titles.isEmpty() ? tr("The rule set names no item to review for this trigger.")
                                     : tr("Items to review: %1.").arg(titles.join(QLatin1String("; ")));
    if (const ReassessmentTrigger* t = m_rules.reassessmentTrigger(trigger()))
        scope = t->text.text(language) + QLatin1Char('\n') + scope;
    m_ui->scopeLabel->setText(scope);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!description().isEmpty());
}

} // namespace piadesk
