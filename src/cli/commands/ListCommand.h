#pragma once

#include "cli/CliCommand.h"

namespace piadesk::cli {

/** Lists the cases of the case file (list [--json]). */
class ListCommand : public CliCommand
{
public:
    int run(CliContext& c, const QStringList& arguments) override;
};

} // namespace piadesk::cli
