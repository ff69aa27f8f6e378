#pragma once

#include "core/Enums.h"
#include "rules/RuleSet.h"

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
    ReassessDialog(const RuleSet& rules, const QDate& today, QWidget* parent = nullptr);
    ~ReassessDialog() override;

    TriggerKind trigger() const;
    QDate date() const;
    QString description() const;
    /** Shows why the re-assessment could not be started, keeping what was typed. */
    void setProblem(const QString& problem);

Q_SIGNALS:
    /** Re-assess was pressed: the receiver starts the version, then accept()s or setProblem()s. */
    void confirmed();

private:
    void update();
    const QScopedPointer<Ui::ReassessDialog> m_ui;
    const RuleSet& m_rules;
};

} // namespace piadesk
