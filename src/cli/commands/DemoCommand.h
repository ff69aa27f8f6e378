#pragma once

#include "cli/CliCommand.h"

namespace piadesk::cli {

/** Fills a new or empty case file with synthetic cases (demo --cases N [--seed S]). */
class DemoCommand : public CliCommand
{
public:
    int run(CliContext& c, const QStringList& arguments) override;
};

} // namespace piadesk::cli
