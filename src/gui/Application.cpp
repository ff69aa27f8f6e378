#include "gui/Application.h"

#include "core/DataFiles.h"
#include "gui/register/MainWindow.h"
#include "gui/settings/Appearance.h"
#include "session/AppSettings.h"
#include "session/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>

namespace piadesk {

int runGui(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("piadesk::Application", "Facial-recognition impact assessments and CAC filings."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption file(QStringLiteral("file"),
        QApplication::translate("piadesk::Application", "The case file."),
        QApplication::translate("piadesk::Application", "PATH"));
    parser.addOption(file);
    parser.addPositionalArgument(
        QStringLiteral("file"), QApplication::translate("piadesk::Application", "The case file to open."));
    parser.process(arguments);

    if (const QString problem = DataFiles::problem(); !problem.isEmpty()) {
        QMessageBox::critical(nullptr, QApplication::translate("piadesk::Application", "PIAdesk"), problem);
        return 1;
    }

    // The desktop entry's id: the window is matched to it (and so to its icon) on Wayland and in task bars.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.piadesk.PIAdesk"));
    QIcon icon;
    for (const int size : { 32, 64, 128, 256 })
        icon.addFile(QStringLiteral(":/piadesk/icons/%1.png").arg(size));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.piadesk.PIAdesk"), icon));

    QString path = parser.value(file);
    if (path.isEmpty() && !parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().constFirst();
    AppSettings settings;
    Appearance::apply(settings.appearance());
    Appearance::keepWindowsOnScreen(*qApp);
    if (path.isEmpty()) {
        // The default case file of the settings, else the last one opened, else the usual place.
        path = settings.startupFile();
        if (!QFileInfo::exists(path))
            path = Workspace::defaultPath();
    }

    QString error;
    std::optional<Workspace> workspace = Workspace::open(path, &error);
    if (!workspace) {
        QMessageBox::critical(nullptr, QApplication::translate("piadesk::Application", "PIAdesk"),
            QApplication::translate("piadesk::Application", "The case file cannot be opened.\n\n%1").arg(error));
        return 1;
    }
    MainWindow window(std::move(*workspace), &settings);
    window.show();
    return QApplication::exec();
}

} // namespace piadesk
