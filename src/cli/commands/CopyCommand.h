#pragma once

#include "cli/CliCommand.h"

namespace piadesk::cli {

/**
 * Copies cases between case files and team stores through the exchange format (copy --from FILE|URL --to FILE|URL
 * [CASE…]): every case when none is named. The document is parsed and its finalized versions' hashes checked on
 * arrival as an import's are; the target records an import event per case. Nothing is written unless all arrive.
 */
class CopyCommand : public CliCommand
{
public:
    int run(CliContext& c, const QStringList& arguments) override;
};

} // namespace piadesk::cli
