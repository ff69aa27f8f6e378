#pragma once

#include "RuleSet.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace piadesk {

/** The rule sets PIAdesk knows: those built in, and newer ones the user added from files. */
class RuleSetLibrary
{
    Q_DECLARE_TR_FUNCTIONS(piadesk::RuleSetLibrary)
public:
    /** The rule set that new cases use: the 2023 draft provisions. */
    static QString defaultId() { return QStringLiteral("cn-cac-frt-2023-draft"); }

    /** The rule sets shipped with PIAdesk, loaded once by loadShipped(). */
    static RuleSetLibrary builtIn();
    /**
     * Loads the rule sets shipped with PIAdesk (DataFiles: each installed file, else its
     * copy built into the program). An invalid installed file is reported with qWarning and
     * its built-in copy used instead. Aborts the program when the default rule set is missing.
     */
    static RuleSetLibrary loadShipped();

    /**
     * Adds the rule set in the file at \a path. A rule set with the id of one already
     * known replaces it only when its version is not lower. Refused with \a error when
     * invalid; the library is then unchanged.
     */
    bool addFile(const QString& path, QString* error);
    void add(std::shared_ptr<const RuleSet> ruleSet);

    const RuleSet* find(const QString& id) const;
    const RuleSet* defaultRuleSet() const { return find(defaultId()); }
    QList<std::shared_ptr<const RuleSet>> all() const { return m_ruleSets; }

private:
    QList<std::shared_ptr<const RuleSet>> m_ruleSets;
};

} // namespace piadesk
