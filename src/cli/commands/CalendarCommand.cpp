#include "cli/commands/CalendarCommand.h"
#include "calendar/CalendarLoader.h"
#include "cli/CliContext.h"
#include "cli/DateOutput.h"

#include <QCommandLineParser>

namespace piadesk::cli {

int CalendarCommand::run(CliContext& c, const QStringList& arguments)
{
    Q_UNUSED(arguments)
    const CalendarLibrary library = c.calendars();
    if (c.json())
        c.printJson(DateOutput::calendarJson(library.calendar()));
    else
        c.out << DateOutput::calendarText(library.calendar());
    return Success;
}

} // namespace piadesk::cli
