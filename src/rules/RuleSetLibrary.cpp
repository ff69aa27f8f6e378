#include "RuleSetLibrary.h"

#include "RuleSetLoader.h"
#include "core/DataFiles.h"

#include <QVersionNumber>

namespace piadesk {

RuleSetLibrary RuleSetLibrary::builtIn()
{
    // Loaded once: the files do not change while the program runs.
    static const RuleSetLibrary shipped = loadShipped();
    return shipped;
}

RuleSetLibrary RuleSetLibrary::loadShipped()
{
    RuleSetLibrary library;
    const QString subdirectory = QStringLiteral("rulesets");
    for (const QString& name : DataFiles::names(subdirectory, QStringLiteral("*.json"))) {
        QString error;
        auto rs = DataFiles::load(subdirectory + QLatin1Char('/') + name, &RuleSetLoader::loadFile, &error);
        if (!rs) {
            qWarning("%s", qPrintable(error));
            continue;
        }
        library.add(std::make_shared<const RuleSet>(std::move(*rs)));
    }
    if (!library.defaultRuleSet())
        qFatal("%s",
            qPrintable(
                tr("PIAdesk's rule set %1 is missing or invalid in %2. Reinstall PIAdesk.")
                    .arg(defaultId(),
                        DataFiles::directory().isEmpty() ? DataFiles::expectedDirectory() : DataFiles::directory())));
    return library;
}

void RuleSetLibrary::add(std::shared_ptr<const RuleSet> ruleSet)
{
    for (auto& existing : m_ruleSets) {
        if (existing->id == ruleSet->id) {
            existing = std::move(ruleSet);
            return;
        }
    }
    m_ruleSets.append(std::move(ruleSet));
}

bool RuleSetLibrary::addFile(const QString& path, QString* error)
{
    auto rs = RuleSetLoader::loadFile(path, error);
    if (!rs)
        return false;
    if (const RuleSet* known = find(rs->id)) {
        if (QVersionNumber::fromString(rs->version) < QVersionNumber::fromString(known->version)) {
            if (error)
                *error = tr("The rule set %1 is version %2, older than the version %3 PIAdesk already has.")
                             .arg(rs->id, rs->version, known->version);
            return false;
        }
    }
    add(std::make_shared<const RuleSet>(std::move(*rs)));
    return true;
}

const RuleSet* RuleSetLibrary::find(const QString& id) const
{
    for (const auto& rs : m_ruleSets) {
        if (rs->id == id)
            return rs.get();
    }
    return nullptr;
}

} // namespace piadesk
