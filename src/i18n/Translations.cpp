#include "Translations.h"

#include "core/DataFiles.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace piadesk::Translations {

namespace {

/** The translators install() put in place, removed when the language changes. */
QList<QPointer<QTranslator>>& installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

int& generationCounter()
{
    static int generation = 0;
    return generation;
}

bool isEnglish(const QLocale& locale)
{
    return locale.language() == QLocale::English || locale.language() == QLocale::C;
}

} // namespace

QString directory()
{
    const QString english = DataFiles::locate(QStringLiteral("translations/piadesk_en.qm"));
    return english.isEmpty() ? QString() : QFileInfo(english).absolutePath();
}

QLocale chooseLocale(const QString& requested)
{
    QString name = requested;
    if (name.isEmpty())
        name = qEnvironmentVariable("PIADESK_LANG");
    return name.isEmpty() ? QLocale::system() : QLocale(name);
}

bool install(QCoreApplication& app, const QLocale& locale, bool withQt)
{
    // The interface's language changes now: widgets that follow it retranslate on the
    // LanguageChange events that come of (un)installing translators.
    ++generationCounter();
    for (const QPointer<QTranslator>& t : std::as_const(installed())) {
        if (t) {
            QCoreApplication::removeTranslator(t.data());
            delete t.data();
        }
    }
    installed().clear();
    // Numbers, dates and the language of rule-set texts follow the interface language.
    QLocale::setDefault(locale);
    // English is the source language; its file only supplies plural forms ("1 case", "2 cases").
    const bool english = isEnglish(locale);
    auto* translator = new QTranslator(&app);
    const bool loaded = english ? translator->load(QStringLiteral("piadesk_en"), directory())
                                : translator->load(locale, QStringLiteral("piadesk"), QStringLiteral("_"), directory());
    if (!loaded) {
        delete translator;
        return english;
    }
    if (withQt && !english) {
        // Qt's own strings (standard buttons, file and print dialogs, context menus) in the same language.
        auto* qt = new QTranslator(&app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            installed().append(qt);
        } else {
            delete qt;
        }
    }
    QCoreApplication::installTranslator(translator);
    installed().append(translator);
    return true;
}

int generation()
{
    return generationCounter();
}

bool hasQtTranslations(const QLocale& locale)
{
    if (isEnglish(locale))
        return true;
    QTranslator qt;
    return qt.load(
        locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

QString date(const QDate& date, const QLocale& locale)
{
    if (!date.isValid())
        return {};
    if (locale.language() == QLocale::Chinese)
        return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
    // Day, abbreviated month, year: "1 Dec 2026" reads the same in every English-speaking country, where 10/1/2025
    // is the 1st of October in one and the 10th of January in another.
    return locale.toString(date, QStringLiteral("d MMM yyyy"));
}

QString writtenDate(const QDate& day, const QLocale& locale)
{
    if (!day.isValid())
        return {};
    if (locale.language() == QLocale::Chinese)
        return date(day, locale);
    return locale.toString(day, QStringLiteral("d MMMM yyyy"));
}

QString dateEditFormat(const QLocale& locale)
{
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    QString out;
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format.at(i);
        qsizetype run = 1;
        while (i + run < format.size() && format.at(i + run) == c)
            ++run;
        if (c == QLatin1Char('y'))
            out += QLatin1String("yyyy");
        else if ((c == QLatin1Char('M') || c == QLatin1Char('d')) && run <= 2)
            out += QString(2, c);
        else
            out += format.mid(i, run);
        i += run;
    }
    return out;
}

QStringList available()
{
    return { QStringLiteral("en"), QStringLiteral("zh_CN") };
}

} // namespace piadesk::Translations
