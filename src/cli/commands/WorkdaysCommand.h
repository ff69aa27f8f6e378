#pragma once

#include "cli/CliCommand.h"

namespace piadesk::cli {

/** Counts working days (workdays add|between|info …). */
class WorkdaysCommand : public CliCommand
{
public:
    int run(CliContext& c, const QStringList& arguments) override;
};

} // namespace piadesk::cli
