#pragma once

#include "core/CaseBundle.h"
#include "documents/PdfDocument.h"
#include "rules/LocalizedText.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>

namespace piadesk {

class CaseStore;
class RuleSetLibrary;
class WorkCalendar;

/** What to export: the report, the filing packet of one kind, or the workbook, of one version, in one language. */
struct ExportRequest
{
    enum class Document { Report, Packet, Workbook };
    Document document = Document::Report;
    FilingKind filing = FilingKind::Initial; ///< for the packet
    int versionNumber = 0; ///< 0: the latest version
    Language language = Language::Chinese;

    bool isPdf() const { return document != Document::Workbook; }
};

/**
 * Renders the documents of a case for the export dialog and the preview: into bytes,
 * with progress that can cancel, under the rule set the version was finalized with
 * (a draft: the case's), the attachments read from the case file.
 */
class DocumentExport
{
    Q_DECLARE_TR_FUNCTIONS(piadesk::DocumentExport)
public:
    static bool render(CaseStore& store, const RuleSetLibrary& library, const WorkCalendar& calendar,
        const CaseBundle& bundle, const ExportRequest& request, QByteArray* out, const Progress& progress,
        QString* error);

    /** A file name for the export: "<case> v2 report (zh).pdf", without characters file systems refuse. */
    static QString suggestedFileName(const CaseBundle& bundle, const ExportRequest& request);
};

} // namespace piadesk
