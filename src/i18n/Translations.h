#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace piadesk {

/** Loading PIAdesk's translations (.qm files among the data files, see DataFiles) and Qt's own. */
namespace Translations {

/** The directory PIAdesk's .qm files are loaded from (installed, else built in); empty when there are none. */
QString directory();

/**
 * The UI language to use: \a requested when set ("zh_CN", "en"), else the
 * PIADESK_LANG environment variable, else the system locale.
 */
QLocale chooseLocale(const QString& requested = QString());

/**
 * Installs PIAdesk's translator for \a locale on \a app, and Qt's own (qtbase) when
 * \a withQt, replacing those of an earlier call, and makes \a locale the default
 * locale. Returns false when no translation for the language exists (the UI then
 * stays in English). Open windows retranslate on the LanguageChange events that follow.
 */
bool install(QCoreApplication& app, const QLocale& locale, bool withQt);

/**
 * Counts install() calls. A window retranslates on LanguageChange only when this has
 * changed: documents install a translator of their own while they render, which must
 * not switch the interface.
 */
int generation();

/** Whether Qt's own translations (qtbase) exist for \a locale on this system. */
bool hasQtTranslations(const QLocale& locale);

/**
 * A date as the interface shows it: 2025年10月1日 in Chinese; otherwise day, abbreviated month and year in the
 * locale's words (1 Oct 2025), never the all-digit forms one country reads one way and another the other.
 * Empty for an invalid date.
 */
QString date(const QDate& date, const QLocale& locale = QLocale());

/**
 * A date written out in running text, unambiguous in any locale: 2025年10月1日 in
 * Chinese, 1 October 2025 otherwise.
 */
QString writtenDate(const QDate& date, const QLocale& locale = QLocale());

/**
 * A date typed by the user, in any form a person writes one: ISO (2026-12-01), year first with slashes or dots
 * (2026/12/1, 2026.12.1), 20261201, Chinese (2026年12月1日), a month's name (1 Dec 2026, December 1, 2026), or
 * digits with the year last in the order of \a locale's short form (12/1/2026 is 1 December in the US, 12 January
 * in the UK; refused where the locale writes the year first). Full-width digits and separators count. A null date
 * when the text is not a date or names an impossible one (2026-02-30); two-digit years are refused.
 */
QDate parseDate(const QString& text, const QLocale& locale = QLocale());

/** The forms parseDate() reads, as examples for a field's tooltip: ISO, the locale's digits, the shown form. */
QStringList dateExamples(const QDate& example, const QLocale& locale = QLocale());

/** The languages PIAdesk ships, as locale names. */
QStringList available();

} // namespace Translations
} // namespace piadesk
