#pragma once

#include <QLocale>
#include <QString>

namespace piadesk {

/** The languages a rule set and the filing documents are written in. */
enum class Language {
    Chinese, ///< Simplified Chinese, the language of the filing
    English,
};

/** Chinese for a Chinese locale, English otherwise. */
inline Language languageFor(const QLocale& locale)
{
    return locale.language() == QLocale::Chinese ? Language::Chinese : Language::English;
}

/** "zh" or "en": the key a language has in rule-set files. */
inline QString languageKey(Language language)
{
    return language == Language::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
}

/** A text of the rule set, in both languages. */
struct LocalizedText
{
    QString zh;
    QString en;

    QString text(Language language) const { return language == Language::Chinese ? zh : en; }
    bool isEmpty() const { return zh.isEmpty() && en.isEmpty(); }
    bool operator==(const LocalizedText&) const = default;
};

} // namespace piadesk
