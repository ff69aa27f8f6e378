#pragma once

#include "cli/CliCommand.h"

namespace piadesk::cli {

/** Checks the case file's integrity, audit log and finalized versions (verify). */
class VerifyCommand : public CliCommand
{
public:
    int run(CliContext& c, const QStringList& arguments) override;
};

} // namespace piadesk::cli
