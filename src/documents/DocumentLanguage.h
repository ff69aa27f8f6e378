#pragma once

#include "rules/LocalizedText.h"

#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>

namespace piadesk {

/**
 * While alive, PIAdesk's strings are translated into a document's language rather
 * than the UI's: a document is written in the language chosen for the export,
 * whatever the UI speaks. For English, a string without an English entry is its
 * source text. Create and destroy it in the GUI thread, around one rendering.
 */
class DocumentLanguage
{
public:
    explicit DocumentLanguage(Language language);
    ~DocumentLanguage();

    DocumentLanguage(const DocumentLanguage&) = delete;
    DocumentLanguage& operator=(const DocumentLanguage&) = delete;

    Language language() const { return m_language; }
    QLocale locale() const;
    /** A date as the language writes it in documents: 2025年10月1日, 1 October 2025. */
    QString date(const QDate& date) const;
    QString number(qint64 value) const;

private:
    Language m_language;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace piadesk
