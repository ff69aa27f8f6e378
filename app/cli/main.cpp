#include "cli/Cli.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("piadesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PIADESK_VERSION));
    piadesk::Translations::install(app, piadesk::Translations::chooseLocale(), false);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = piadesk::runCli(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return status;
}
