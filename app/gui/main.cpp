#include "core/LocalFiles.h"
#include "gui/Application.h"
#include "i18n/Translations.h"
#include "session/AppSettings.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    // Case files, exports and settings hold personal information: everything PIAdesk creates is the user's alone.
    piadesk::LocalFiles::restrictNewFilesToOwner();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("piadesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("PIAdesk"));
    QApplication::setApplicationVersion(QStringLiteral(PIADESK_VERSION));
    // The interface language of the settings, else PIADESK_LANG, else the system's.
    piadesk::Translations::install(app, piadesk::Translations::chooseLocale(piadesk::AppSettings().uiLanguage()), true);
    return piadesk::runGui(QApplication::arguments());
}
