#include "NewCaseDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace piadesk {

NewCaseDialog::NewCaseDialog(const RuleSetLibrary& rules, const QString& preferred, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("newCaseDialog"));
    setWindowTitle(tr("New Assessment"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Which rules is the new case assessed under? A case can be re-assessed under other "
                                "rules later; its earlier versions keep theirs."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const Language language = languageFor(QLocale());
    for (const auto& rs : rules.all()) {
        auto* button = new QRadioButton(rs->title.text(language), this);
        button->setObjectName(QStringLiteral("ruleSet_") + rs->id);
        auto* line = new QLabel(standing(*rs), this);
        line->setObjectName(QStringLiteral("standing_") + rs->id);
        line->setWordWrap(true);
        line->setIndent(24);
        line->setEnabled(false); // a secondary line, as the platform shows help text
        layout->addWidget(button);
        layout->addWidget(line);
        m_choices.append({ rs->id, button });
        button->setChecked(rs->id == preferred);
    }
    if (ruleSetId().isEmpty() && !m_choices.isEmpty())
        m_choices.constFirst().second->setChecked(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create Case"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString NewCaseDialog::ruleSetId() const
{
    for (const auto& [id, button] : m_choices) {
        if (button->isChecked())
            return id;
    }
    return {};
}

QString NewCaseDialog::standing(const RuleSet& rules)
{
    const QLocale locale;
    if (rules.supersededBy)
        return tr("A draft that never came into force; superseded by other rules on %1.")
            .arg(locale.toString(rules.supersededBy->on, QLocale::LongFormat));
    switch (rules.status) {
    case RuleSetStatus::InForce:
        return rules.effective.isValid()
            ? tr("In force since %1.").arg(locale.toString(rules.effective, QLocale::LongFormat))
            : tr("In force.");
    case RuleSetStatus::Draft:
        return tr("A draft that has not come into force.");
    case RuleSetStatus::Repealed:
        return tr("Repealed.");
    }
    return {};
}

QString NewCaseDialog::describe(const RuleSet& rules)
{
    return tr("%1 — %2", "a rule set — its standing")
        .arg(rules.shortTitle.text(languageFor(QLocale())), standing(rules));
}

} // namespace piadesk
