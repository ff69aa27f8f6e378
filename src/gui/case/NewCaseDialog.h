#pragma once

#include "rules/RuleSetLibrary.h"

#include <QDialog>
#include <QList>

class QRadioButton;

namespace piadesk {

/**
 * Case → New Assessment first asks which rules the case is assessed under: one choice per rule set, each with a
 * line on its standing (in force since …; a draft never in force, and what replaced it). The Preferences' choice is
 * selected at first.
 */
class NewCaseDialog : public QDialog
{
    Q_OBJECT

public:
    NewCaseDialog(const RuleSetLibrary& rules, const QString& preferred, QWidget* parent = nullptr);

    /** The rule set chosen. */
    QString ruleSetId() const;
    /** "FRT Measures (2025) — in force since 1 June 2025": a rule set and its standing, in the interface language. */
    static QString describe(const RuleSet& rules, const RuleSetLibrary& library);
    /**
     * The standing of \a rules alone ("In force since 1 June 2025."; for a superseded draft, what of \a library
     * replaced it, and when).
     */
    static QString standing(const RuleSet& rules, const RuleSetLibrary& library);

private:
    QList<QPair<QString, QRadioButton*>> m_choices;
};

} // namespace piadesk
