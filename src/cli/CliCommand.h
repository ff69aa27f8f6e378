#pragma once

#include <QStringList>

namespace piadesk::cli {

class CliContext;

/**
 * One command of piadesk-cli (src/cli/commands): it reads its options from the context and hands the work to the
 * libraries. Cli.cpp's table names each command, how many arguments it takes and whether --today applies to it.
 */
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    /** Runs the command with the arguments after its name (their count already checked); the exit status. */
    virtual int run(CliContext& c, const QStringList& arguments) = 0;
};

} // namespace piadesk::cli
