#pragma once

#include "core/CaseBundle.h"
#include "documents/FilingFolder.h"
#include "documents/PdfDocument.h"
#include "rules/LocalizedText.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>

class QIODevice;

namespace piadesk {

class CaseStore;
class RuleSetLibrary;
class WorkCalendar;

/**
 * What to export: the report (or its editable working copy), the filing packet of one kind, the filing folder (one
 * file per upload slot), or the workbook, of one version, in one language.
 */
struct ExportRequest
{
    enum class Document { Report, Packet, Workbook, Folder, WorkingCopy };
    Document document = Document::Report;
    FilingKind filing = FilingKind::Initial; ///< for the packet
    int versionNumber = 0; ///< 0: the latest version
    Language language = Language::Chinese;

    bool isPdf() const { return document == Document::Report || document == Document::Packet; }
    bool isFiling() const { return document == Document::Packet || document == Document::Folder; }
};

/**
 * Renders the documents of a case, for the export dialog, the preview and `piadesk-cli render` alike: under the
 * rule set the version was finalized with (a draft: the case's), the attachments read from the case file, with
 * progress that can cancel.
 */
class DocumentExport
{
    Q_DECLARE_TR_FUNCTIONS(piadesk::DocumentExport)
public:
    /** Writes the document of \a request to \a device (a folder cannot be: writeFolder()). */
    static bool render(CaseStore& store, const RuleSetLibrary& library, const WorkCalendar& calendar,
        const CaseBundle& bundle, const ExportRequest& request, QIODevice* device, const Progress& progress,
        QString* error);
    /** The same into bytes. */
    static bool render(CaseStore& store, const RuleSetLibrary& library, const WorkCalendar& calendar,
        const CaseBundle& bundle, const ExportRequest& request, QByteArray* out, const Progress& progress,
        QString* error);

    /**
     * Writes the filing folder of \a request into \a directory (see FilingFolder); \a entries lists what was written.
     */
    static bool writeFolder(CaseStore& store, const RuleSetLibrary& library, const CaseBundle& bundle,
        const ExportRequest& request, const QString& directory, QList<FolderEntry>* entries, const Progress& progress,
        QString* error);

    /**
     * Why the filing \a request is for is one the rules do not require, in the UI language ("No filing required
     * (Art. 15): …"): a packet for it is a voluntary filing, to be confirmed before it is made. Empty otherwise.
     */
    static QString voluntaryFiling(
        const RuleSetLibrary& library, const CaseBundle& bundle, const ExportRequest& request);

    /** A file name for the export: "<case> v2 report (zh).pdf", without characters file systems refuse. */
    static QString suggestedFileName(const CaseBundle& bundle, const ExportRequest& request);
};

} // namespace piadesk
