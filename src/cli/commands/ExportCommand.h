#pragma once

#include "cli/CliCommand.h"

namespace piadesk::cli {

/** Exports one case as an exchange document (export CASE_ID [--out FILE]). */
class ExportCommand : public CliCommand
{
public:
    int run(CliContext& c, const QStringList& arguments) override;
};

} // namespace piadesk::cli
