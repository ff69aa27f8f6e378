#include "Packet.h"
#include "rules/Engine.h"
#include "rules/FilingAuthority.h"

#include "DocumentLanguage.h"
#include "RecordChanges.h"
#include "Report.h"
#include "TemplateEngine.h"
#include "core/DataFiles.h"
#include "workflow/Workflow.h"

#include <poppler-qt6.h>

#include <QFile>
#include <QImage>
#include <QLocale>

#include <memory>

namespace piadesk {

namespace {

/**
 * The box an attachment's page is scaled to fit, in the document's layout units (CSS pixels, 96 to the inch): the
 * body's width, and its height less a heading. Small images are scaled up to the width, so they are legible.
 */
constexpr int kMaxWidth = 620;
constexpr int kMaxHeight = 790;
/** Pages of PDF attachments are rendered at this resolution: at least 150 dpi where they are printed. */
constexpr double kAttachmentDpi = 150 * 210.0 / 164.0; // A4 at 210 mm printed 164 mm wide (kMaxWidth)
constexpr int kMaxPdfPages = 200;

QString sizeText(qint64 bytes, const QLocale& locale)
{
    return locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString bodyOf(const QString& html)
{
    const qsizetype open = html.indexOf(QLatin1String("<body>"));
    const qsizetype close = html.lastIndexOf(QLatin1String("</body>"));
    return open >= 0 && close > open ? html.mid(open + 6, close - open - 6) : html;
}

bool isPdf(const Attachment& a, const QByteArray& data)
{
    return a.mediaType == QLatin1String("application/pdf") || data.startsWith("%PDF");
}

} // namespace

QString Packet::templatePath(Language language)
{
    return DataFiles::locate(language == Language::Chinese ? QStringLiteral("documents/packet.zh_CN.html")
                                                           : QStringLiteral("documents/packet.en.html"));
}

QString Packet::readiness(const RuleSet& rules, const CaseBundle& bundle, const AssessmentVersion& version)
{
    if (!version.isFinal())
        return tr("Version %1 is a draft: a filing must rest on a finalized version.").arg(version.number);
    const QStringList changed = RecordChanges::changedFields(bundle, version);
    if (!changed.isEmpty())
        return tr("The case has changed since version %1 was finalized (%2): a filing must rest on a version "
                  "assessed on the current facts. Re-assess the case and file the new version.")
            .arg(version.number)
            .arg(changed.join(QStringLiteral(", ")));
    const CheckResult check = Workflow::check(rules, bundle, version);
    if (!check.prohibited().isEmpty() || !check.inconsistencies.isEmpty() || !check.completeness.isComplete())
        return tr("Checked again under %1, version %2 would not be finalized today (prohibited practices, "
                  "contradicted conclusions or missing items: see the report's summary). Re-assess before filing.")
            .arg(rules.label())
            .arg(version.number);
    if (rules.supersededBy)
        return tr("%1 A filing must rest on the rules in force: re-assess the case under them and file the new "
                  "version.")
            .arg(rules.supersededBy->text.text(languageFor(QLocale())));
    return {};
}

QList<QImage> Packet::pdfPages(const QByteArray& pdf, int maxPages, QString* why)
{
    QList<QImage> pages;
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document) {
        *why = tr("not a readable PDF");
        return pages;
    }
    if (document->isLocked()) {
        *why = tr("the PDF is protected by a password");
        return pages;
    }
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    for (int i = 0; i < std::min(document->numPages(), maxPages); ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        // Opaque pages in three bytes a pixel: a long attachment's pages are held at once until written.
        const QImage image = page
            ? page->renderToImage(kAttachmentDpi, kAttachmentDpi).convertToFormat(QImage::Format_RGB888)
            : QImage();
        if (image.isNull()) {
            *why = tr("page %1 cannot be rendered").arg(i + 1);
            return {};
        }
        pages.append(image);
    }
    if (document->numPages() > maxPages)
        *why = tr("only the first %1 of %2 pages are included").arg(maxPages).arg(document->numPages());
    return pages;
}

QVariantMap Packet::filingData(const RuleSet& rules, const CaseBundle& bundle, const AssessmentVersion& version,
    FilingKind kind, Language language)
{
    const DocumentLanguage lang(language);
    // The filing this packet is for: the latest of its kind, if recorded.
    const FilingRecord* record = nullptr;
    for (const FilingRecord& f : bundle.filings) {
        if (f.kind == kind)
            record = &f;
    }
    // The addressee: the authority named for the organisation; its level in brackets only when the name is not
    // already the level (no province known, or rules that name no province).
    const QString authority = record && !record->authority.isEmpty()
        ? record->authority
        : FilingAuthority::nameFor(rules.filing, bundle.assessedOn(version).organisation, language);
    const QString authorityLevel = rules.filing.authority.text(language);
    const FilingObligation obligation = Engine::filingObligation(rules, bundle.assessedOn(version).facts);
    return TemplateEngine::pruned(QVariantMap {
        { QStringLiteral("kind"), enumLabel(kind) },
        { QStringLiteral("initial"), kind == FilingKind::Initial },
        { QStringLiteral("modification"), kind == FilingKind::Modification },
        { QStringLiteral("deregistration"), kind == FilingKind::Deregistration },
        { QStringLiteral("authority"), authority },
        { QStringLiteral("authorityLevel"), authority == authorityLevel ? QString() : authorityLevel },
        // A case the rules do not require to file says so on the first page.
        { QStringLiteral("notRequired"),
            kind == FilingKind::Initial && !obligation.required
                ? Engine::explain(rules, obligation, language, authority)
                : QString() },
        { QStringLiteral("articles"), rules.cite(rules.filing.articles, language) },
        { QStringLiteral("triggerDate"),
            record && record->triggerDate.isValid() ? lang.date(record->triggerDate)
                : kind == FilingKind::Initial && rules.filing.clock == FilingClock::ThresholdReached
                ? lang.date(bundle.assessedOn(version).facts.thresholdReachedOn)
                : QString() },
        { QStringLiteral("modificationTerm"), rules.modificationTerm.text(language) },
        { QStringLiteral("deregistrationTerm"), rules.deregistrationTerm.text(language) },
        { QStringLiteral("reference"), record ? record->referenceNumber : QString() },
        { QStringLiteral("note"), record ? record->note : QString() },
        { QStringLiteral("endOfUse"), lang.date(bundle.caseInfo.facts.endOfUse) },
        { QStringLiteral("askDisposal"), kind == FilingKind::Deregistration && rules.filing.deregistrationDisposal },
        { QStringLiteral("disposalMethod"),
            !record || record->disposal.method.isEmpty()              ? tr("not stated")
                : record->disposal.method == QLatin1String("deleted") ? tr("deleted")
                                                                      : tr("anonymized") },
        { QStringLiteral("disposalOn"), record ? lang.date(record->disposal.on) : QString() },
        { QStringLiteral("disposalEvidence"), record ? record->disposal.evidence : QString() },
    });
}

bool Packet::render(const RuleSet& rules, const CaseBundle& bundle, const AssessmentVersion& version, FilingKind kind,
    Language language, const AttachmentData& attachmentData, QIODevice* device, const Progress& progress,
    QString* error)
{
    const CheckResult check = Workflow::check(rules, bundle, version);
    const auto report = Report::fill(rules, bundle, version, check, language, error);
    if (!report)
        return false;
    QFile file(templatePath(language));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The packet template %1 is missing.").arg(file.fileName());
        return false;
    }
    QVariantMap d = Report::data(rules, bundle, version, check, language);
    const DocumentLanguage lang(language);

    d.insert(QStringLiteral("filing"), filingData(rules, bundle, version, kind, language));

    // The attachments: listed, and PDFs and images included as pages.
    QHash<QString, QImage> images = report->images;
    QVariantList attachments;
    QVariantList included;
    const QLocale locale = lang.locale();
    for (int i = 0; i < bundle.attachments.size(); ++i) {
        const Attachment& a = bundle.attachments.at(i);
        const QByteArray data = attachmentData ? attachmentData(a) : QByteArray();
        QString note;
        QList<QImage> pages;
        if (data.isEmpty()) {
            note = tr("its content is not available");
        } else if (isPdf(a, data)) {
            pages = pdfPages(data, kMaxPdfPages, &note);
        } else if (a.mediaType.startsWith(QLatin1String("image/"))) {
            const QImage image = QImage::fromData(data);
            if (image.isNull())
                note = tr("not a readable image");
            else
                pages.append(image);
        } else {
            note = tr("listed only: neither a PDF nor an image");
        }
        QVariantList pageList;
        for (int p = 0; p < pages.size(); ++p) {
            const QImage& image = pages.at(p);
            const QString name = QStringLiteral("piadesk-attachment-%1-%2.png").arg(i + 1).arg(p + 1);
            images.insert(name, image);
            const double scale = std::min(double(kMaxWidth) / image.width(), double(kMaxHeight) / image.height());
            pageList.append(QVariantMap { { QStringLiteral("src"), name },
                { QStringLiteral("width"), QString::number(std::max(1, int(image.width() * scale))) } });
        }
        QVariantMap entry { { QStringLiteral("number"), QString::number(i + 1) }, { QStringLiteral("name"), a.name },
            { QStringLiteral("mediaType"), a.mediaType }, { QStringLiteral("size"), sizeText(a.size, locale) },
            { QStringLiteral("sha256"), a.sha256 }, { QStringLiteral("pageCount"), QString::number(pages.size()) },
            { QStringLiteral("pages"), pageList } };
        if (!note.isEmpty())
            entry.insert(QStringLiteral("note"), note);
        entry.insert(QStringLiteral("included"), !pages.isEmpty()); // the list links to its pages
        attachments.append(entry);
        if (!pages.isEmpty())
            included.append(entry);
    }
    d.insert(QStringLiteral("attachments"), attachments);
    d.insert(QStringLiteral("hasAttachments"), !attachments.isEmpty());
    d.insert(QStringLiteral("includedAttachments"), included);

    // The materials, as the rule set lists them, each with what of the case fills it.
    const QVariantList sections = d.value(QStringLiteral("sections")).toList();
    QVariantList materials;
    for (const FilingMaterial& m : rules.filing.materials) {
        QVariantList own;
        for (const QString& fill : m.fill) {
            if (!fill.startsWith(QLatin1String("section:")))
                continue;
            for (const QVariant& s : sections) {
                if (s.toMap().value(QStringLiteral("id")).toString() == fill.mid(8))
                    own.append(s);
            }
        }
        QVariantMap entry { { QStringLiteral("number"), QString::number(m.number) },
            { QStringLiteral("title"), m.title.text(language) },
            { QStringLiteral("description"), m.description.text(language) },
            { QStringLiteral("articles"), rules.cite(m.articles, language) },
            { QStringLiteral("sections"), own } }; // no internal status: that is the workbook's checklist
        // The template tests show_<fill> for each thing a material can be filled from.
        for (const char* key :
            { "organisation", "responsible_person", "case_facts", "measures", "risks", "report", "attachments" })
            entry.insert(QStringLiteral("show_") + QLatin1String(key), m.fill.contains(QLatin1String(key)));
        materials.append(entry);
    }
    d.insert(QStringLiteral("materials"), materials);
    // The filing system's upload checklist (the 2025 filing), each with its status on the filing record.
    QVariantList uploads;
    for (const FilingUpload& u : rules.filing.uploads) {
        uploads.append(QVariantMap { { QStringLiteral("number"), QString::number(u.number) },
            { QStringLiteral("title"), u.title.text(language) },
            { QStringLiteral("description"), u.description.text(language) },
            { QStringLiteral("sealed"), u.sealed } }); // the title says so ("加盖公章")
    }
    d.insert(QStringLiteral("uploads"), uploads);
    d.insert(QStringLiteral("hasUploads"), !uploads.isEmpty());
    d.insert(QStringLiteral("reportBody"), bodyOf(report->html));

    QString html = TemplateEngine::render(QString::fromUtf8(file.readAll()), d, error);
    if (html.isNull())
        return false;
    PageFurniture furniture;
    furniture.header = TemplateEngine::meta(html, QStringLiteral("piadesk-header"));
    furniture.footer = report->furniture.footer;
    furniture.pageNumber = TemplateEngine::meta(html, QStringLiteral("piadesk-page"));
    if (!version.isFinal())
        furniture.draftMark = report->furniture.draftMark;
    PdfMetadata metadata;
    metadata.title = TemplateEngine::meta(html, QStringLiteral("piadesk-title"));
    metadata.author = bundle.assessedOn(version).organisation.name;
    metadata.subject = TemplateEngine::meta(html, QStringLiteral("piadesk-subject"));
    return PdfDocument::write(html, images, furniture, metadata, device, progress, error);
}

} // namespace piadesk
