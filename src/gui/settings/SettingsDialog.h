#pragma once

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class SettingsDialog;
}

namespace piadesk {

class AppSettings;
class RuleSetLibrary;

/**
 * Settings → Preferences: the case file opened on start, the language documents are
 * exported in, the interface language (applied at once) and how many working days
 * ahead a deadline counts as due soon. OK stores them; Cancel changes nothing.
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /** \a rules: the rule sets a new case can be assessed under (the Preferences' default). */
    SettingsDialog(AppSettings& settings, const RuleSetLibrary& rules, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

private:
    const QScopedPointer<Ui::SettingsDialog> m_ui;
    AppSettings& m_settings;
};

} // namespace piadesk
