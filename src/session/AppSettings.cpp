#include "AppSettings.h"

#include "deadlines/DeadlinePlanner.h"
#include "store/CaseStore.h"
#include "store/TeamStore.h"

#include <QFileInfo>

namespace piadesk {

namespace {
const QString kDefaultFile = QStringLiteral("files/default");
const QString kRecentFiles = QStringLiteral("files/recent");
const QString kKeptReadableFiles = QStringLiteral("files/keptReadableByOthers");
const QString kOutputLanguage = QStringLiteral("documents/language");
const QString kUiLanguage = QStringLiteral("ui/language");
const QString kAppearance = QStringLiteral("ui/appearance");
const QString kDueSoon = QStringLiteral("deadlines/dueSoonWorkingDays");
const QString kNewCaseRuleSet = QStringLiteral("cases/newCaseRuleSet");

QString canonical(const QString& path)
{
    if (TeamStore::isUrl(path))
        return path; // a team store's address, kept as given (never with a password)
    const QFileInfo info(path);
    return info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
}
} // namespace

AppSettings::AppSettings()
    : m_settings(QSettings::UserScope, QStringLiteral("piadesk"), QStringLiteral("piadesk"))
{
}

AppSettings::AppSettings(const QString& path)
    : m_settings(path, QSettings::IniFormat)
{
}

QString AppSettings::defaultCaseFile() const
{
    return m_settings.value(kDefaultFile).toString();
}

void AppSettings::setDefaultCaseFile(const QString& path)
{
    if (path.isEmpty())
        m_settings.remove(kDefaultFile);
    else
        m_settings.setValue(kDefaultFile, canonical(path));
}

QStringList AppSettings::recentFiles() const
{
    return m_settings.value(kRecentFiles).toStringList();
}

void AppSettings::addRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    const QString file = canonical(path);
    files.removeAll(file);
    files.prepend(file);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    m_settings.setValue(kRecentFiles, files);
}

void AppSettings::removeRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(canonical(path));
    files.removeAll(path);
    m_settings.setValue(kRecentFiles, files);
}

bool AppSettings::keepsReadableByOthers(const QString& path) const
{
    return m_settings.value(kKeptReadableFiles).toStringList().contains(canonical(path));
}

void AppSettings::setKeepsReadableByOthers(const QString& path)
{
    QStringList files = m_settings.value(kKeptReadableFiles).toStringList();
    if (!files.contains(canonical(path)))
        files.append(canonical(path));
    m_settings.setValue(kKeptReadableFiles, files);
}

QString AppSettings::startupFile() const
{
    if (const QString file = defaultCaseFile(); !file.isEmpty())
        return file;
    if (const QStringList recent = recentFiles(); !recent.isEmpty())
        return recent.constFirst();
    return CaseStore::defaultPath();
}

Language AppSettings::outputLanguage() const
{
    return m_settings.value(kOutputLanguage, QStringLiteral("zh")).toString() == QLatin1String("en")
        ? Language::English
        : Language::Chinese;
}

void AppSettings::setOutputLanguage(Language language)
{
    m_settings.setValue(kOutputLanguage, languageKey(language));
}

QString AppSettings::uiLanguage() const
{
    return m_settings.value(kUiLanguage).toString();
}

void AppSettings::setUiLanguage(const QString& language)
{
    if (language.isEmpty())
        m_settings.remove(kUiLanguage);
    else
        m_settings.setValue(kUiLanguage, language);
}

QString AppSettings::appearance() const
{
    const QString mode = m_settings.value(kAppearance).toString();
    return mode == QLatin1String("light") || mode == QLatin1String("dark") ? mode : QStringLiteral("system");
}

void AppSettings::setAppearance(const QString& mode)
{
    if (mode == QLatin1String("light") || mode == QLatin1String("dark"))
        m_settings.setValue(kAppearance, mode);
    else
        m_settings.remove(kAppearance);
}

QString AppSettings::newCaseRuleSet() const
{
    return m_settings.value(kNewCaseRuleSet, QStringLiteral("cn-cac-frt-2025-measures")).toString();
}

void AppSettings::setNewCaseRuleSet(const QString& id)
{
    m_settings.setValue(kNewCaseRuleSet, id);
}

int AppSettings::dueSoonDays() const
{
    bool ok = false;
    const int days = m_settings.value(kDueSoon).toInt(&ok);
    return ok && days >= 0 && days <= 250 ? days : DeadlinePlanner::kDefaultDueSoonWorkingDays;
}

void AppSettings::setDueSoonDays(int days)
{
    m_settings.setValue(kDueSoon, days);
}

} // namespace piadesk
