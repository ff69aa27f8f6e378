#pragma once

#include "cli/CliCommand.h"

namespace piadesk::cli {

/** Writes a version's report, workbook, packet and filing folder (render CASE_ID …). */
class RenderCommand : public CliCommand
{
public:
    int run(CliContext& c, const QStringList& arguments) override;
};

} // namespace piadesk::cli
