#pragma once

#include "cli/CliCommand.h"

namespace piadesk::cli {

/** Every deadline of every case, soonest first (deadlines [--today DATE] [--all] [--json]). */
class DeadlinesCommand : public CliCommand
{
public:
    int run(CliContext& c, const QStringList& arguments) override;
};

} // namespace piadesk::cli
