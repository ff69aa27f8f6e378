#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace piadesk::Translations {

QLocale chooseLocale(const QString& requested)
{
    QString name = requested;
    if (name.isEmpty())
        name = qEnvironmentVariable("PIADESK_LANG");
    return name.isEmpty() ? QLocale::system() : QLocale(name);
}

bool install(QCoreApplication& app, const QLocale& locale, bool withQt)
{
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;
    auto* translator = new QTranslator(&app);
    if (!translator->load(locale, QStringLiteral("piadesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    if (withQt) {
        auto* qt = new QTranslator(&app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    return true;
}

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

} // namespace piadesk::Translations
