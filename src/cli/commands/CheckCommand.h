#pragma once

#include "cli/CliCommand.h"

#include "core/CaseBundle.h"
#include "rules/Engine.h"

namespace piadesk::cli {

/** What the engine finds for a version (check CASE_ID [--version N] [--json]). */
class CheckCommand : public CliCommand
{
public:
    int run(CliContext& c, const QStringList& arguments) override;

private:
    void printCheck(CliContext& c, const CheckResult& r, const RuleSet& rules, const CaseBundle& bundle,
        const AssessmentVersion& v);
    static QString groupTitle(const QString& id);
};

} // namespace piadesk::cli
