#pragma once

#include "PdfDocument.h"

#include "core/CaseBundle.h"
#include "rules/LocalizedText.h"
#include "rules/RuleSet.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>

class QIODevice;

namespace piadesk {

/**
 * The filing packet for the prefecture-level cyberspace administration (Art. 16), as
 * one PDF to print or upload: the filing form of the kind (initial, modification,
 * de-registration) with the materials filled from the case as the rule set lists
 * them, the PIA report as its material, then every attachment listed with name,
 * size and SHA-256; attachments that are PDFs (pages rendered with Poppler) or
 * images are included as pages. Layout: templates/documents/packet.<language>.html.
 */
class Packet
{
    Q_DECLARE_TR_FUNCTIONS(piadesk::Packet)
public:
    /** The bytes of an attachment (the bundle carries metadata only). */
    using AttachmentData = std::function<QByteArray(const Attachment&)>;

    static bool render(const RuleSet& rules, const CaseBundle& bundle, const AssessmentVersion& version,
        FilingKind kind, Language language, const AttachmentData& attachmentData, QIODevice* device,
        const Progress& progress, QString* error);

    static QString templatePath(Language language);

    /**
     * The filing a document is for, as template data ("filing"): kind, addressee, whether the rules require it,
     * the dates it counts from, its reference and, for a de-registration, how the facial information was handled.
     */
    static QVariantMap filingData(const RuleSet& rules, const CaseBundle& bundle, const AssessmentVersion& version,
        FilingKind kind, Language language);

    /**
     * Why \a version of \a bundle cannot yet rest a filing, in the UI language: a draft; a final version whose
     * case has changed since (a filing must rest on a version assessed on the current facts); or one that \a rules,
     * the rules in force, would not let be finalized today. Empty when it can. The packet of such a version is still
     * written, and says so on its first page.
     */
    static QString readiness(const RuleSet& rules, const CaseBundle& bundle, const AssessmentVersion& version);

    /** Pages of a PDF attachment rendered as images, at most \a maxPages; empty when it cannot be read. */
    static QList<QImage> pdfPages(const QByteArray& pdf, int maxPages, QString* why);
};

} // namespace piadesk
