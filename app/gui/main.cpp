#include "gui/Application.h"
#include "i18n/Translations.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("piadesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("PIAdesk"));
    QApplication::setApplicationVersion(QStringLiteral(PIADESK_VERSION));
    piadesk::Translations::install(app, piadesk::Translations::chooseLocale(), true);
    return piadesk::runGui(QApplication::arguments());
}
