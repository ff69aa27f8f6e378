#include "Translations.h"

#include "core/DataFiles.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QPointer>
#include <QRegularExpression>
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

namespace {

/** Full-width digits, separators and spaces as their ASCII forms. */
QString asciiForm(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            out.append(QChar(u'0' + (u - 0xFF10)));
        else if (u == 0xFF0F)
            out.append(QLatin1Char('/'));
        else if (u == 0xFF0D || u == 0x2010 || u == 0x2011 || u == 0x2013)
            out.append(QLatin1Char('-'));
        else if (u == 0xFF0E || u == 0x3002)
            out.append(QLatin1Char('.'));
        else if (u == 0xFF0C)
            out.append(QLatin1Char(','));
        else if (u == 0x3000 || c.isSpace())
            out.append(QLatin1Char(' '));
        else
            out.append(c);
    }
    return out.simplified();
}

/** The month \a name names in English or in \a locale (full or abbreviated, any case), else 0. */
int monthNamed(const QString& name, const QLocale& locale)
{
    const QString wanted = name.toCaseFolded();
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    for (const QLocale& l : { english, locale }) {
        for (int m = 1; m <= 12; ++m) {
            if (l.monthName(m, QLocale::LongFormat).toCaseFolded() == wanted
                || l.monthName(m, QLocale::ShortFormat).toCaseFolded() == wanted
                || l.standaloneMonthName(m, QLocale::ShortFormat).toCaseFolded() == wanted)
                return m;
        }
    }
    // "Sept" and the like: an unambiguous start of an English month's name, at least three letters.
    if (wanted.size() >= 3) {
        for (int m = 1; m <= 12; ++m) {
            if (english.monthName(m, QLocale::LongFormat).toCaseFolded().startsWith(wanted))
                return m;
        }
    }
    return 0;
}

/** Where \a locale's short date form puts the day, the month and the year: "dMy", "Mdy" or "yMd". */
QString fieldOrder(const QLocale& locale)
{
    QString order;
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    for (const QChar c : format) {
        if ((c == QLatin1Char('d') || c == QLatin1Char('M') || c == QLatin1Char('y')) && !order.contains(c))
            order.append(c);
    }
    return order;
}

QDate dateOf(const QString& year, const QString& month, const QString& day)
{
    if (year.size() != 4)
        return {};
    return QDate(year.toInt(), month.toInt(), day.toInt());
}

} // namespace

QDate parseDate(const QString& typed, const QLocale& locale)
{
    const QString text = asciiForm(typed);
    if (text.isEmpty())
        return {};
    QRegularExpressionMatch m;

    static const QRegularExpression chinese(
        QStringLiteral("^(\\d{4}) ?\u5e74 ?(\\d{1,2}) ?\u6708 ?(\\d{1,2}) ?[\u65e5\u53f7]?$"));
    if (m = chinese.match(text); m.hasMatch())
        return dateOf(m.captured(1), m.captured(2), m.captured(3));

    static const QRegularExpression yearFirst(QStringLiteral("^(\\d{4}) ?([-/.]) ?(\\d{1,2}) ?\\2 ?(\\d{1,2})$"));
    if (m = yearFirst.match(text); m.hasMatch())
        return dateOf(m.captured(1), m.captured(3), m.captured(4));

    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    if (m = compact.match(text); m.hasMatch())
        return dateOf(m.captured(1), m.captured(2), m.captured(3));

    static const QRegularExpression yearLast(QStringLiteral("^(\\d{1,2}) ?([-/.]) ?(\\d{1,2}) ?\\2 ?(\\d{4})$"));
    if (m = yearLast.match(text); m.hasMatch()) {
        const QString order = fieldOrder(locale);
        if (order.startsWith(QLatin1Char('M')))
            return dateOf(m.captured(4), m.captured(1), m.captured(3));
        if (order.startsWith(QLatin1Char('d')))
            return dateOf(m.captured(4), m.captured(3), m.captured(1));
        return {}; // the locale writes the year first: 12/1/2026 could be either
    }

    static const QRegularExpression dayMonthYear(QStringLiteral("^(\\d{1,2})\\.? ([^\\d ,.]+)\\.?,? (\\d{4})$"));
    if (m = dayMonthYear.match(text); m.hasMatch()) {
        const int month = monthNamed(m.captured(2), locale);
        return month == 0 ? QDate() : QDate(m.captured(3).toInt(), month, m.captured(1).toInt());
    }
    static const QRegularExpression monthDayYear(QStringLiteral("^([^\\d ,.]+)\\.? (\\d{1,2}),? (\\d{4})$"));
    if (m = monthDayYear.match(text); m.hasMatch()) {
        const int month = monthNamed(m.captured(1), locale);
        return month == 0 ? QDate() : QDate(m.captured(3).toInt(), month, m.captured(2).toInt());
    }
    return {};
}

QStringList dateExamples(const QDate& example, const QLocale& locale)
{
    QStringList out { example.toString(Qt::ISODate) };
    const QString order = fieldOrder(locale);
    if (order.startsWith(QLatin1Char('M')))
        out.append(QStringLiteral("%1/%2/%3").arg(example.month()).arg(example.day()).arg(example.year()));
    else if (order.startsWith(QLatin1Char('d')))
        out.append(QStringLiteral("%1/%2/%3").arg(example.day()).arg(example.month()).arg(example.year()));
    else
        out.append(QStringLiteral("%1/%2/%3").arg(example.year()).arg(example.month()).arg(example.day()));
    out.append(date(example, locale));
    return out;
}

QStringList available()
{
    return { QStringLiteral("en"), QStringLiteral("zh_CN") };
}

} // namespace piadesk::Translations
