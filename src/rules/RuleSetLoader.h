#pragma once

#include "RuleSet.h"

#include "core/Problems.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace piadesk {

/**
 * Reads and validates rule-set files (format "piadesk-ruleset"). A rule set is
 * accepted only when it is whole: the schema holds, ids are unique, every article
 * reference resolves, every condition names existing facts and questions with
 * values they can take, and the risk matrix is complete. Otherwise every problem
 * is reported with the path of the offending entry.
 */
class RuleSetLoader
{
    Q_DECLARE_TR_FUNCTIONS(piadesk::RuleSetLoader)
public:
    static constexpr int kFormatVersion = 2;

    static std::optional<RuleSet> parse(const QByteArray& json, Problems& problems);
    /** Reads the file at \a path; \a error says why it was refused. */
    static std::optional<RuleSet> loadFile(const QString& path, QString* error);
};
} // namespace piadesk
