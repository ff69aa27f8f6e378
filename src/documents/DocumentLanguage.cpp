#include "DocumentLanguage.h"

#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QDate>

namespace piadesk {

namespace {

/** A translator that answers every PIAdesk string: the .qm's entry, else (English) the source text. */
class DocumentTranslator : public QTranslator
{
public:
    explicit DocumentTranslator(bool sourceFallback)
        : m_sourceFallback(sourceFallback)
    {
    }

    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override
    {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        if (text.isEmpty() && m_sourceFallback && context && qstrncmp(context, "piadesk::", 9) == 0)
            text = QString::fromUtf8(sourceText);
        return text;
    }

    bool isEmpty() const override { return false; }

private:
    bool m_sourceFallback;
};

} // namespace

DocumentLanguage::DocumentLanguage(Language language)
    : m_language(language)
{
    auto translator = std::make_unique<DocumentTranslator>(language == Language::English);
    const QString name = language == Language::Chinese ? QStringLiteral("piadesk_zh_CN") : QStringLiteral("piadesk_en");
    if (translator->load(name, Translations::directory()) && QCoreApplication::instance()) {
        QCoreApplication::installTranslator(translator.get());
        m_translator = std::move(translator);
    }
}

DocumentLanguage::~DocumentLanguage()
{
    if (m_translator && QCoreApplication::instance())
        QCoreApplication::removeTranslator(m_translator.get());
}

QLocale DocumentLanguage::locale() const
{
    return m_language == Language::Chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                           : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString DocumentLanguage::date(const QDate& date) const
{
    if (!date.isValid())
        return {};
    if (m_language == Language::Chinese)
        return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
    return locale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString DocumentLanguage::number(qint64 value) const
{
    return locale().toString(value);
}

} // namespace piadesk
