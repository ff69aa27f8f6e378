#pragma once

#include "cli/CliCommand.h"

namespace piadesk::cli {

/** Finalizes a draft when the check allows it (finalize CASE_ID --assessor NAME --reviewer NAME). */
class FinalizeCommand : public CliCommand
{
public:
    int run(CliContext& c, const QStringList& arguments) override;
};

} // namespace piadesk::cli
