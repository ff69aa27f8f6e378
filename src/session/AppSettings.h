#pragma once

#include "rules/LocalizedText.h"

#include <QSettings>
#include <QString>
#include <QStringList>

namespace piadesk {

/**
 * The user's settings, kept with QSettings: the default case file, the files opened
 * recently, the output and UI languages, the due-soon window. Tests pass their own
 * QSettings file.
 */
class AppSettings
{
public:
    /** The application's settings (QSettings' default location for "piadesk"). */
    AppSettings();
    /** Settings kept in the INI file \a path. */
    explicit AppSettings(const QString& path);

    static constexpr int kMaxRecentFiles = 8;

    /** The case file opened on start when none is given; empty: the last one, else CaseStore::defaultPath(). */
    QString defaultCaseFile() const;
    void setDefaultCaseFile(const QString& path);
    /** The case files opened, most recent first, at most kMaxRecentFiles. */
    QStringList recentFiles() const;
    /** Puts \a path first among the recent files. */
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);
    /** True once the user has chosen to leave the case file at \a path readable by others: they are not asked again. */
    bool keepsReadableByOthers(const QString& path) const;
    void setKeepsReadableByOthers(const QString& path);
    /** What to open on start: the default file, else the last one opened, else CaseStore::defaultPath(). */
    QString startupFile() const;

    /** The language documents are exported in unless the export dialog says otherwise. */
    Language outputLanguage() const;
    void setOutputLanguage(Language language);
    /** The UI language ("zh_CN", "en"); empty: follow the system. MainWindow applies a change at once. */
    QString uiLanguage() const;
    void setUiLanguage(const QString& language);
    /** "system" (the default), "light" or "dark": the windows' colours (Preferences → Appearance). */
    QString appearance() const;
    void setAppearance(const QString& mode);
    /** How many working days ahead a deadline counts as due soon. */
    int dueSoonDays() const;
    /** The rule set a new case is assessed under unless chosen otherwise (default: the 2025 Measures, in force). */
    QString newCaseRuleSet() const;
    void setNewCaseRuleSet(const QString& id);
    void setDueSoonDays(int days);

    QSettings& settings() { return m_settings; }

private:
    QSettings m_settings;
};

} // namespace piadesk
