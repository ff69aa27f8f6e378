#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace piadesk {

/**
 * Fills a Mustache template (templates/documents) with data. {{name}} escapes HTML,
 * so nothing a user typed can change a document's markup; {{{name}}} is never used
 * for user data. Data is a tree of QVariantMap, QVariantList, QString, numbers and
 * booleans.
 */
class TemplateEngine
{
    Q_DECLARE_TR_FUNCTIONS(piadesk::TemplateEngine)
public:
    /** The filled template, or a null string and \a error (a defect of the template). */
    static QString render(const QString& templateText, const QVariantMap& data, QString* error);
    /** \a map without its empty strings, so that a template's {{#key}} section is skipped for them. */
    static QVariantMap pruned(QVariantMap map);
    /** The plain-text value of <meta name="\a name" content="…"> in filled HTML; empty if there is none. */
    static QString meta(const QString& html, const QString& name);
};

} // namespace piadesk
