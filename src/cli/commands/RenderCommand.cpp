#include "cli/commands/RenderCommand.h"
#include "calendar/CalendarLoader.h"
#include "cli/CliContext.h"
#include "documents/DocumentExport.h"
#include "documents/FilingFolder.h"
#include "documents/Packet.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace piadesk::cli {

int RenderCommand::run(CliContext& c, const QStringList& arguments)
{
    const QString& reference = arguments.at(0);
    const int number = c.versionNumber();
    if (number < 0)
        return c.usage(QCoreApplication::translate("piadesk::Cli", "--version needs a version number: 1, 2, …"));
    const QString lang = c.parser.value(QStringLiteral("lang"));
    if (!lang.isEmpty() && lang != QLatin1String("zh_CN") && lang != QLatin1String("en"))
        return c.usage(QCoreApplication::translate("piadesk::Cli", "--lang is zh_CN or en."));
    const Language language = lang == QLatin1String("en") ? Language::English : Language::Chinese;
    const QString reportPath = c.parser.value(QStringLiteral("report"));
    const QString xlsxPath = c.parser.value(QStringLiteral("xlsx"));
    const QString packetPath = c.parser.value(QStringLiteral("packet"));
    const QString odtPath = c.parser.value(QStringLiteral("odt"));
    const QString folderPath = c.parser.value(QStringLiteral("packet-dir"));
    if (reportPath.isEmpty() && xlsxPath.isEmpty() && packetPath.isEmpty() && odtPath.isEmpty() && folderPath.isEmpty())
        return c.usage(QCoreApplication::translate("piadesk::Cli",
            "render needs a file to write: render CASE_ID --report FILE.pdf, --odt FILE.odt, --packet "
            "FILE.pdf, --packet-dir DIR or --xlsx FILE.xlsx"));
    const auto kind
        = enumFromKey<FilingKind>(c.parser.isSet(QStringLiteral("filing")) ? c.parser.value(QStringLiteral("filing"))
                                                                           : QStringLiteral("initial"));
    if (!kind)
        return c.usage(
            QCoreApplication::translate("piadesk::Cli", "--filing is initial, modification or deregistration."));
    CliContext::OpenVersion opened;
    QString error;
    if (!c.openVersion(reference, number, &opened, &error))
        return c.failure(error);
    const CaseBundle& bundle = opened.bundle;
    const AssessmentVersion* v = opened.version;
    const RuleSet* rules = opened.rules;
    const CalendarLibrary calendars = c.calendars();
    ExportRequest request;
    request.filing = *kind;
    request.versionNumber = v->number;
    request.language = language;
    // Writes the document \a what to \a path; its page count (PDFs) to \a pages.
    const auto write = [&](ExportRequest::Document what, const QString& path, int* pages) {
        request.document = what;
        return c.writeDocument(
            path,
            [&](QIODevice* device, QString* why) {
                return DocumentExport::render(*opened.store, opened.library, calendars.calendar(), bundle, request,
                    device, pages ? countPages(pages) : Progress(), why);
            },
            &error);
    };
    if (!reportPath.isEmpty()) {
        int pages = 0;
        if (!write(ExportRequest::Document::Report, reportPath, &pages))
            return c.failure(error);
        c.out << QCoreApplication::translate(
            "piadesk::Cli", "Report of case %1, version %2: %3 (%n page(s)).", nullptr, pages)
                     .arg(bundle.caseInfo.id)
                     .arg(v->number)
                     .arg(QDir::toNativeSeparators(reportPath))
              << '\n';
    }
    if (!packetPath.isEmpty()) {
        int pages = 0;
        if (!write(ExportRequest::Document::Packet, packetPath, &pages))
            return c.failure(error);
        c.out << QCoreApplication::translate(
            "piadesk::Cli", "Filing packet (%4) of case %1, version %2: %3 (%n page(s)).", nullptr, pages)
                     .arg(bundle.caseInfo.id)
                     .arg(v->number)
                     .arg(QDir::toNativeSeparators(packetPath), enumLabel(*kind))
              << '\n';
        if (const QString notReady = Packet::readiness(*rules, bundle, *v); !notReady.isEmpty())
            c.err << QCoreApplication::translate("piadesk::Cli", "Warning: %1").arg(notReady) << '\n';
    }
    if (!odtPath.isEmpty()) {
        if (!write(ExportRequest::Document::WorkingCopy, odtPath, nullptr))
            return c.failure(error);
        c.out << QCoreApplication::translate(
            "piadesk::Cli", "Working copy of the report of case %1, version %2: %3 (editable; not the record).")
                     .arg(bundle.caseInfo.id)
                     .arg(v->number)
                     .arg(QDir::toNativeSeparators(odtPath))
              << '\n';
    }
    if (!folderPath.isEmpty()) {
        request.document = ExportRequest::Document::Folder;
        QList<FolderEntry> entries;
        if (!DocumentExport::writeFolder(
                *opened.store, opened.library, bundle, request, folderPath, &entries, {}, &error))
            return c.failure(error);
        c.out << QCoreApplication::translate("piadesk::Cli", "Filing folder (%4) of case %1, version %2: %3")
                     .arg(bundle.caseInfo.id)
                     .arg(v->number)
                     .arg(QDir::toNativeSeparators(folderPath), enumLabel(*kind))
              << '\n';
        for (const FolderEntry& e : entries) {
            const QString how = e.kind == FolderEntry::Kind::Written
                ? QCoreApplication::translate("piadesk::Cli", "filled in")
                : e.kind == FolderEntry::Kind::ToSeal
                ? QCoreApplication::translate("piadesk::Cli", "filled in; print, sign, seal and scan it")
                : e.kind == FolderEntry::Kind::Copied ? QCoreApplication::translate("piadesk::Cli", "the case's scan")
                                                      : QCoreApplication::translate("piadesk::Cli", "attach the scan");
            c.out << QStringLiteral("  %1  %2 (%3)").arg(e.number, 2).arg(e.fileName, how) << '\n';
        }
        if (const QString notReady = Packet::readiness(*rules, bundle, *v); !notReady.isEmpty())
            c.err << QCoreApplication::translate("piadesk::Cli", "Warning: %1").arg(notReady) << '\n';
    }
    if (!xlsxPath.isEmpty()) {
        if (!write(ExportRequest::Document::Workbook, xlsxPath, nullptr))
            return c.failure(error);
        c.out << QCoreApplication::translate("piadesk::Cli", "Filing workbook of case %1, version %2: %3.")
                     .arg(bundle.caseInfo.id)
                     .arg(v->number)
                     .arg(QDir::toNativeSeparators(xlsxPath))
              << '\n';
    }
    if (!v->isFinal())
        c.out << QCoreApplication::translate(
            "piadesk::Cli", "The version is a draft: every page is marked DRAFT and carries no content hash.")
              << '\n';
    return Success;
}

} // namespace piadesk::cli
