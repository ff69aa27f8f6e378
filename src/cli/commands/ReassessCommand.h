#pragma once

#include "cli/CliCommand.h"

namespace piadesk::cli {

/** Starts a new version after a change (reassess CASE_ID --trigger KIND --date DATE). */
class ReassessCommand : public CliCommand
{
public:
    int run(CliContext& c, const QStringList& arguments) override;
};

} // namespace piadesk::cli
