#pragma once

#include "cli/CliCommand.h"

namespace piadesk::cli {

/** The holiday calendar in use (calendar [--json]). */
class CalendarCommand : public CliCommand
{
public:
    int run(CliContext& c, const QStringList& arguments) override;
};

} // namespace piadesk::cli
