#pragma once

#include "PdfDocument.h"

#include "core/CaseBundle.h"
#include "rules/Engine.h"
#include "rules/LocalizedText.h"
#include "rules/RuleSet.h"

#include <QCoreApplication>
#include <QVariantMap>

#include <optional>

class QIODevice;

namespace piadesk {

/**
 * The personal-information protection impact assessment report (Art. 15) of one
 * assessment version, as PDF: cover, summary, the record of the processing, the six
 * sections with every answer, risks and action plan, version history and sign-off.
 * The layout is templates/documents/report.<language>.html.
 */
class Report
{
    Q_DECLARE_TR_FUNCTIONS(piadesk::Report)
public:
    /** The data the template is filled with (also what tests compare against). Call inside a DocumentLanguage. */
    static QVariantMap data(const RuleSet& rules, const CaseBundle& bundle, const AssessmentVersion& version,
        const CheckResult& check, Language language);

    /** The report filled in, ready to be written: its HTML, pictures, page furniture and metadata. */
    struct Filled
    {
        QString html;
        QHash<QString, QImage> images;
        PageFurniture furniture;
        PdfMetadata metadata;

        /**
         * Filled \a html with its page furniture and metadata read from its <meta> tags (piadesk-header, -footer,
         * -page, -title, -subject, and -draft when \a draft); no pictures, no author.
         */
        static Filled fromHtml(const QString& html, bool draft);
    };
    static std::optional<Filled> fill(const RuleSet& rules, const CaseBundle& bundle, const AssessmentVersion& version,
        const CheckResult& check, Language language, QString* error);

    /**
     * What a document must say about the standing of \a rules, in the document's language: that other rules
     * superseded them (and to re-assess under those), or that they are a draft never in force, or repealed.
     * Empty for rules in force.
     */
    static QString supersededText(const RuleSet& rules, Language language);
    static QString notInForceText(const RuleSet& rules, Language language);

    /** Renders the report of \a version into \a device in \a language. */
    static bool render(const RuleSet& rules, const CaseBundle& bundle, const AssessmentVersion& version,
        Language language, QIODevice* device, const Progress& progress, QString* error);

    /** The template for \a language, from resources. */
    static QString templatePath(Language language);
};

} // namespace piadesk
