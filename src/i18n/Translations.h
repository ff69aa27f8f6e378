#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace piadesk {

/** Loading PIAdesk's translations (embedded .qm files) and Qt's own. */
namespace Translations {

/**
 * The UI language to use: \a requested when set ("zh_CN", "en"), else the
 * PIADESK_LANG environment variable, else the system locale.
 */
QLocale chooseLocale(const QString& requested = QString());

/**
 * Installs PIAdesk's translator for \a locale on \a app, and Qt's own (qtbase) when
 * \a withQt. Returns false when no translation for the language exists (the UI then
 * stays in English).
 */
bool install(QCoreApplication& app, const QLocale& locale, bool withQt);

/** The languages PIAdesk ships, as locale names. */
QStringList available();

} // namespace Translations
} // namespace piadesk
