#pragma once

#include <QString>

namespace piadesk {

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters
 * from the alphabet 0-9 and A-Y without I, O, S, V, Z; positions 3-8 are the
 * administrative division code; the 18th is a check character (mod 31).
 */
namespace CreditCode {

/**
 * Returns \a input trimmed, with full-width characters (typed with a Chinese
 * input method) folded to ASCII and letters upper-cased.
 */
QString normalized(const QString& input);

/**
 * Returns true when \a code (already normalized) is a well-formed code whose
 * check character is right. Otherwise sets \a error to a sentence that says
 * what is wrong, without naming the field.
 */
bool isValid(const QString& code, QString* error = nullptr);

/** The check character for the first 17 characters of a code, or a null QChar if they are not valid. */
QChar checkCharacter(QStringView first17);

} // namespace CreditCode
} // namespace piadesk
