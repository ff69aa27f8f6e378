#include "Application.h"

#include "MainWindow.h"
#include "store/CaseStore.h"

#include <QApplication>
#include <QCommandLineParser>
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

    QString path = parser.value(file);
    if (path.isEmpty() && !parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().constFirst();
    if (path.isEmpty())
        path = CaseStore::defaultPath();

    QString error;
    auto store = CaseStore::open(path, &error);
    if (!store) {
        QMessageBox::critical(nullptr, QApplication::translate("piadesk::Application", "PIAdesk"),
            QApplication::translate("piadesk::Application", "The case file cannot be opened.\n\n%1").arg(error));
        return 1;
    }
    MainWindow window(std::move(store));
    window.show();
    return QApplication::exec();
}

} // namespace piadesk
