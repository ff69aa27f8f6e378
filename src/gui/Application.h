#pragma once

#include <QStringList>

namespace piadesk {

/**
 * Runs the desktop application on \a arguments (the case file may be given as
 * the first positional argument or with --file). Returns the exit status.
 */
int runGui(const QStringList& arguments);

} // namespace piadesk
