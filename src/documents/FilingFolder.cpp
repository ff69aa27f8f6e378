#include "FilingFolder.h"

#include "DocumentLanguage.h"
#include "OdtDocument.h"
#include "RecordChanges.h"
#include "TemplateEngine.h"

#include "core/DataFiles.h"
#include "workflow/Workflow.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace piadesk {

namespace {

/** Writes \a path whole or not at all with \a write. */
bool saveFile(const QString& path, const std::function<bool(QIODevice*, QString*)>& write, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error
                = FilingFolder::tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (!write(&file, error))
        return false;
    if (!file.commit()) {
        if (error)
            *error
                = FilingFolder::tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

/** Writes \a bytes to \a path whole or not at all. */
bool saveBytes(const QString& path, const QByteArray& bytes, QString* error)
{
    return saveFile(
        path,
        [&bytes](QIODevice* device, QString* why) {
            if (device->write(bytes) == bytes.size())
                return true;
            *why = device->errorString();
            return false;
        },
        error);
}

/** The extension of an attachment's file: from its name when it has a plain one, else from its media type. */
QString extensionOf(const Attachment& a)
{
    const QString suffix = QFileInfo(a.name).suffix().toLower();
    if (!suffix.isEmpty() && suffix.size() <= 5
        && QRegularExpression(QStringLiteral("^[a-z0-9]+$")).match(suffix).hasMatch())
        return suffix;
    if (a.mediaType == QLatin1String("application/pdf"))
        return QStringLiteral("pdf");
    if (a.mediaType == QLatin1String("image/png"))
        return QStringLiteral("png");
    if (a.mediaType == QLatin1String("image/jpeg"))
        return QStringLiteral("jpg");
    return QStringLiteral("bin");
}

/** The final version before \a version that recorded its facts, if any. */
const AssessmentVersion* previousFinal(const CaseBundle& bundle, const AssessmentVersion& version)
{
    const AssessmentVersion* previous = nullptr;
    for (const AssessmentVersion& v : bundle.assessments) {
        if (v.number < version.number && v.record && !v.contentHash.isEmpty())
            previous = &v;
    }
    return previous;
}

} // namespace

QString FilingFolder::templatePath(const QString& document, Language language)
{
    const QString path = DataFiles::locate(
        QStringLiteral("documents/%1.%2.html")
            .arg(document, language == Language::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en")));
    return QFile::exists(path) ? path : QString();
}

QString FilingFolder::safeFileName(const QString& name)
{
    QString out = name;
    static const QRegularExpression refused(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    out.replace(refused, QStringLiteral("_"));
    while (!out.isEmpty() && (out.endsWith(QLatin1Char('.')) || out.endsWith(QLatin1Char(' '))))
        out.chop(1);
    while (!out.isEmpty() && (out.startsWith(QLatin1Char('.')) || out.startsWith(QLatin1Char(' '))))
        out.remove(0, 1);
    return out.left(150);
}

std::optional<Report::Filled> FilingFolder::fill(const QString& document, const RuleSet& rules,
    const CaseBundle& bundle, const AssessmentVersion& version, FilingKind kind, Language language, QString* error)
{
    const CheckResult check = Workflow::check(rules, bundle, version);
    if (document == QLatin1String("report"))
        return Report::fill(rules, bundle, version, check, language, error);
    QFile file(templatePath(document, language));
    if (file.fileName().isEmpty() || !file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The document template \"%1\" is missing.").arg(document);
        return std::nullopt;
    }
    QVariantMap d = Report::data(rules, bundle, version, check, language);
    const DocumentLanguage lang(language);
    d.insert(QStringLiteral("filing"), Packet::filingData(rules, bundle, version, kind, language));
    // The handling person files now: from the organisation as it stands, not part of what was assessed.
    const HandlingPerson& h = bundle.organisation.handlingPerson;
    d.insert(QStringLiteral("handler"),
        TemplateEngine::pruned(QVariantMap { { QStringLiteral("name"), h.name }, { QStringLiteral("idType"), h.idType },
            { QStringLiteral("idNumber"), h.idNumber }, { QStringLiteral("phone"), h.phone } }));
    // The processing rules and procedures: the attachments of the materials the rule set fills from attachments.
    QSet<QString> attachmentMaterials;
    for (const FilingMaterial& m : rules.filing.materials) {
        if (m.fill.contains(QLatin1String("attachments")))
            attachmentMaterials.insert(m.id);
    }
    QStringList rulesDocuments;
    for (const Attachment& a : bundle.attachments) {
        if (attachmentMaterials.contains(a.material) && (a.assessmentUuid.isEmpty() || a.assessmentUuid == version.uuid)
            && !rulesDocuments.contains(a.name))
            rulesDocuments.append(a.name);
    }
    d.insert(QStringLiteral("rulesProcedures"), rulesDocuments);
    d.insert(QStringLiteral("hasRules"), !rulesDocuments.isEmpty());
    // A modification says what changed since the version last filed on: the facts each version recorded.
    if (kind == FilingKind::Modification) {
        if (const AssessmentVersion* previous = previousFinal(bundle, version)) {
            const QStringList changes
                = RecordChanges::between(bundle.assessedOn(*previous), bundle.assessedOn(version), language);
            if (!changes.isEmpty())
                d.insert(QStringLiteral("changes"), QVariantMap { { QStringLiteral("list"), changes } });
        }
    }
    const QString html = TemplateEngine::render(QString::fromUtf8(file.readAll()), d, error);
    if (html.isNull())
        return std::nullopt;
    Report::Filled filled = Report::Filled::fromHtml(html, !version.isFinal());
    filled.metadata.author = bundle.assessedOn(version).organisation.name;
    return filled;
}

bool FilingFolder::renderPdf(const QString& document, const RuleSet& rules, const CaseBundle& bundle,
    const AssessmentVersion& version, FilingKind kind, Language language, QIODevice* device, const Progress& progress,
    QString* error)
{
    if (document == QLatin1String("report"))
        return Report::render(rules, bundle, version, language, device, progress, error);
    const auto filled = fill(document, rules, bundle, version, kind, language, error);
    return filled
        && PdfDocument::write(
            filled->html, filled->images, filled->furniture, filled->metadata, device, progress, error);
}

bool FilingFolder::renderOdt(const QString& document, const RuleSet& rules, const CaseBundle& bundle,
    const AssessmentVersion& version, FilingKind kind, Language language, QIODevice* device, QString* error)
{
    const auto filled = fill(document, rules, bundle, version, kind, language, error);
    if (!filled)
        return false;
    const DocumentLanguage lang(language);
    const QString notice = document == QLatin1String("report")
        ? tr("Working copy, for editing. The record of this assessment is the PDF report written by PIAdesk, which "
             "carries the content hash; an edited copy is not that record.")
        : tr("Working copy, for editing (letterhead, wording) before printing, signing and sealing. Remove this "
             "line from the copy you use.");
    return OdtDocument::write(filled->html, filled->images, filled->metadata, notice, device, error);
}

bool FilingFolder::write(const RuleSet& rules, const CaseBundle& bundle, const AssessmentVersion& version,
    FilingKind kind, Language language, const Packet::AttachmentData& attachmentData, const QString& directory,
    QList<FolderEntry>* entries, const Progress& progress, QString* error)
{
    if (rules.filing.uploads.isEmpty()) {
        if (error)
            *error = tr("%1 name no upload slots of a filing system: write the filing packet as one PDF instead.")
                         .arg(rules.label());
        return false;
    }
    QString workingName;
    QString toSeal;
    QString attachScan;
    {
        const DocumentLanguage lang(language);
        workingName = tr("Working copies (ODT)");
        toSeal = tr(" (to print, sign and seal)");
        attachScan = tr(" (attach the scan)");
    }
    const QDir dir(directory);
    if (!dir.mkpath(QStringLiteral(".")) || !dir.mkpath(workingName)) {
        if (error)
            *error = tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(directory));
        return false;
    }
    QList<FolderEntry> written;
    const int total = int(rules.filing.uploads.size());
    for (int i = 0; i < total; ++i) {
        const FilingUpload& u = rules.filing.uploads.at(i);
        FolderEntry entry;
        entry.number = u.number;
        entry.title = u.title.text(language);
        const QString base = safeFileName(QStringLiteral("%1 %2").arg(u.number).arg(entry.title));
        if (!u.document.isEmpty()) {
            entry.kind = u.sealed ? FolderEntry::Kind::ToSeal : FolderEntry::Kind::Written;
            entry.fileName = base + (u.sealed ? toSeal : QString()) + QStringLiteral(".pdf");
            if (!saveFile(
                    dir.filePath(entry.fileName),
                    [&](QIODevice* device, QString* why) {
                        return renderPdf(u.document, rules, bundle, version, kind, language, device, {}, why);
                    },
                    error))
                return false;
            entry.workingCopy = workingName + QLatin1Char('/') + base + QStringLiteral(".odt");
            if (!saveFile(
                    dir.filePath(entry.workingCopy),
                    [&](QIODevice* device, QString* why) {
                        return renderOdt(u.document, rules, bundle, version, kind, language, device, why);
                    },
                    error))
                return false;
            written.append(entry);
        } else {
            // The case's own scans of the slot, else a note of what to scan.
            QList<const Attachment*> scans;
            for (const Attachment& a : bundle.attachments) {
                if (a.material == u.id && (a.assessmentUuid.isEmpty() || a.assessmentUuid == version.uuid))
                    scans.append(&a);
            }
            for (int k = 0; k < scans.size(); ++k) {
                const QByteArray data = attachmentData ? attachmentData(*scans.at(k)) : QByteArray();
                if (data.isEmpty())
                    continue;
                FolderEntry copy = entry;
                copy.kind = FolderEntry::Kind::Copied;
                copy.fileName = base + (k > 0 ? QStringLiteral(" (%1)").arg(k + 1) : QString()) + QLatin1Char('.')
                    + extensionOf(*scans.at(k));
                if (!saveBytes(dir.filePath(copy.fileName), data, error))
                    return false;
                written.append(copy);
            }
            if (written.isEmpty() || written.constLast().number != u.number) {
                entry.kind = FolderEntry::Kind::ScanNeeded;
                entry.fileName = base + attachScan + QStringLiteral(".txt");
                QString note;
                {
                    const DocumentLanguage lang(language);
                    note = tr("%1\n\n%2\n\nPIAdesk cannot fill this upload: scan the document and upload the scan "
                              "in this slot of the filing system.%3\n")
                               .arg(entry.title, u.description.text(language),
                                   u.sealed ? tr(" It must bear the organisation's official seal.") : QString());
                }
                if (!saveBytes(dir.filePath(entry.fileName), note.toUtf8(), error))
                    return false;
                written.append(entry);
            }
        }
        if (progress && !progress(i + 1, total)) {
            if (error)
                *error = tr("Cancelled.");
            return false;
        }
    }
    if (entries)
        *entries = written;
    return true;
}

} // namespace piadesk
