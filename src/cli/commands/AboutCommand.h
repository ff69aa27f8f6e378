#pragma once

#include "cli/CliCommand.h"

namespace piadesk::cli {

/** The version, and where PIAdesk's data files are read from (about [--json]). */
class AboutCommand : public CliCommand
{
public:
    int run(CliContext& c, const QStringList& arguments) override;
};

} // namespace piadesk::cli
