#include "RuleSetLoader.h"

#include "RuleSetReader.h"

#include <QFile>
#include <QJsonDocument>

namespace piadesk {

std::optional<RuleSet> RuleSetLoader::parse(const QByteArray& json, Problems& problems)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        problems.add(
            QString(), tr("the file is not valid JSON (%1 at byte %2).").arg(error.errorString()).arg(error.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        problems.add(QString(), tr("the file does not hold a JSON object."));
        return std::nullopt;
    }
    RuleSetReader reader(problems);
    RuleSet rs = reader.read(doc.object());
    if (!problems.isEmpty())
        return std::nullopt;
    return rs;
}

std::optional<RuleSet> RuleSetLoader::loadFile(const QString& path, QString* error)
{
    QFile file(path);
    constexpr qint64 kMaxSize = 16 * 1024 * 1024;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the rule set %1: %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxSize) {
        if (error)
            *error = tr("The rule set %1 is larger than 16 MB; it is not a rule set.").arg(path);
        return std::nullopt;
    }
    Problems problems;
    auto rs = parse(file.readAll(), problems);
    if (!rs && error)
        *error = tr("The rule set %1 was refused:\n%2").arg(path, problems.toString());
    return rs;
}

} // namespace piadesk
