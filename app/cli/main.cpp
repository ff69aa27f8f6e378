#include "cli/Cli.h"
#include "core/LocalFiles.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

/** Rendering documents needs fonts, so a QGuiApplication; on the offscreen platform, it needs no display. */
bool rendersDocuments(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "render") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    // Case files, exports and settings hold personal information: everything PIAdesk creates is the user's alone.
    piadesk::LocalFiles::restrictNewFilesToOwner();
    std::unique_ptr<QCoreApplication> app;
    if (rendersDocuments(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("piadesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PIADESK_VERSION));
    piadesk::Translations::install(*app, piadesk::Translations::chooseLocale(), false);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = piadesk::runCli(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return status;
}
