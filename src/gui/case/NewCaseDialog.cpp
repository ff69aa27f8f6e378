#include "gui/case/NewCaseDialog.h"

#include "i18n/Translations.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

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
    // The rules in force first, then drafts and superseded ones.
    auto ordered = rules.all();
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
        return (a->status == RuleSetStatus::InForce && !a->supersededBy)
            > (b->status == RuleSetStatus::InForce && !b->supersededBy);
    });
    for (const auto& rs : ordered) {
        auto* button = new QRadioButton(rs->title.text(language), this);
        button->setObjectName(QStringLiteral("ruleSet_") + rs->id);
        auto* line = new QLabel(standing(*rs, rules), this);
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

QString NewCaseDialog::standing(const RuleSet& rules, const RuleSetLibrary& library)
{
    const Language language = languageFor(QLocale());
    if (rules.supersededBy) {
        const RuleSet* successor = library.find(rules.supersededBy->ruleSetId);
        return successor
            ? tr("A draft that never came into force; superseded by %1 on %2.")
                  .arg(successor->shortTitle.text(language), Translations::writtenDate(rules.supersededBy->on))
            : tr("A draft that never came into force; superseded by other rules on %1.")
                  .arg(Translations::writtenDate(rules.supersededBy->on));
    }
    switch (rules.status) {
    case RuleSetStatus::InForce:
        return rules.effective.isValid() ? tr("In force since %1.").arg(Translations::writtenDate(rules.effective))
                                         : tr("In force.");
    case RuleSetStatus::Draft:
        return tr("A draft that has not come into force.");
    case RuleSetStatus::Repealed:
        return tr("Repealed.");
    }
    return {};
}

QString NewCaseDialog::describe(const RuleSet& rules, const RuleSetLibrary& library)
{
    return tr("%1 — %2", "a rule set — its standing")
        .arg(rules.shortTitle.text(languageFor(QLocale())), standing(rules, library));
}

} // namespace piadesk
