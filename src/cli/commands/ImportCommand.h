#pragma once

#include "cli/CliCommand.h"

namespace piadesk::cli {

/** Imports the cases of an exchange document (import CASE.json), all or nothing. */
class ImportCommand : public CliCommand
{
public:
    int run(CliContext& c, const QStringList& arguments) override;
};

} // namespace piadesk::cli
