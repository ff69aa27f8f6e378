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
    // Numbers, dates and the language of rule-set texts follow the interface language.
    QLocale::setDefault(locale);
    // English is the source language; its file only supplies plural forms ("1 case", "2 cases").
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    auto* translator = new QTranslator(&app);
    const bool loaded = english
        ? translator->load(QStringLiteral(":/i18n/piadesk_en.qm"))
        : translator->load(locale, QStringLiteral("piadesk"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (!loaded) {
        delete translator;
        return english;
    }
    QCoreApplication::installTranslator(translator);
    if (withQt && !english) {
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
    return { QStringLiteral("en"), QStringLiteral("zh_CN") };
}

} // namespace piadesk::Translations
