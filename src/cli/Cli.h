#pragma once

#include <QStringList>

class QTextStream;

namespace piadesk {

class Clock;

/**
 * piadesk-cli: the headless command line. Results go to \a out, errors to \a err;
 * returns the process exit status (0 success, 1 failure, 2 wrong usage).
 * \a arguments includes the program name, as QCoreApplication::arguments() does.
 */
int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err, const Clock* clock = nullptr);

} // namespace piadesk
