#pragma once

#include "core/Enums.h"
#include "rules/RuleSetLibrary.h"

#include <QDate>
#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class ReassessDialog;
}

namespace piadesk {

/**
 * Asks why a case is re-assessed: the trigger (purpose changed, methods changed, major
 * security incident, yearly review, other), its date and a description; shows which
 * Art. 15 items the trigger calls for reviewing. OK stays disabled until the
 * description is written.
 */
class ReassessDialog : public QDialog
{
    Q_OBJECT

public:
    /**
     * Re-assesses a case under \a current; \a library offers the other rule sets, \a target (when given) is chosen
     * from the start (Re-assess Under the Rules in Force).
     */
    ReassessDialog(const RuleSetLibrary& library, const RuleSet& current, const QDate& today, QWidget* parent = nullptr,
        const RuleSet* target = nullptr);
    ~ReassessDialog() override;

    TriggerKind trigger() const;
    QDate date() const;
    QString description() const;
    /** The rule set the new version is assessed under. */
    QString ruleSetId() const;
    /** Shows why the re-assessment could not be started, keeping what was typed. */
    void setProblem(const QString& problem);
    /** Why the trigger date typed was refused; empty when the date shown stands. */
    QString dateProblem() const;

Q_SIGNALS:
    /** Re-assess was pressed: the receiver starts the version, then accept()s or setProblem()s. */
    void confirmed();

private:
    void update();
    const QScopedPointer<Ui::ReassessDialog> m_ui;
    const RuleSet* chosen() const;
    void chooseRuleSet();

    const RuleSetLibrary& m_library;
    const RuleSet& m_rules;
    QString m_prefilled; ///< the description written for a change of rules, replaced while untouched
};

} // namespace piadesk
