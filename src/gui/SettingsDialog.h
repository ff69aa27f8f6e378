#pragma once

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class SettingsDialog;
}

namespace piadesk {

class AppSettings;

/**
 * Settings → Preferences: the case file opened on start, the language documents are
 * exported in, the interface language (applied at once) and how many working days
 * ahead a deadline counts as due soon. OK stores them; Cancel changes nothing.
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppSettings& settings, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

private:
    const QScopedPointer<Ui::SettingsDialog> m_ui;
    AppSettings& m_settings;
};

} // namespace piadesk
