#include "cli/commands/RenderCommand.h"
#include "calendar/CalendarLoader.h"
#include "cli/CliContext.h"
#include "documents/FilingFolder.h"
#include "documents/Packet.h"
#include "documents/Report.h"
#include "documents/Workbook.h"

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
    if (!reportPath.isEmpty()) {
        int pages = 0;
        if (!c.writeDocument(
                reportPath,
                [&](QIODevice* device, QString* why) {
                    return Report::render(*rules, bundle, *v, language, device, countPages(&pages), why);
                },
                &error))
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
        const auto data = [&opened](const Attachment& a) { return opened.store->attachmentData(a.id); };
        if (!c.writeDocument(
                packetPath,
                [&](QIODevice* device, QString* why) {
                    return Packet::render(*rules, bundle, *v, *kind, language, data, device, countPages(&pages), why);
                },
                &error))
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
        if (!c.writeDocument(
                odtPath,
                [&](QIODevice* device, QString* why) {
                    return FilingFolder::renderOdt(
                        QStringLiteral("report"), *rules, bundle, *v, *kind, language, device, why);
                },
                &error))
            return c.failure(error);
        c.out << QCoreApplication::translate(
            "piadesk::Cli", "Working copy of the report of case %1, version %2: %3 (editable; not the record).")
                     .arg(bundle.caseInfo.id)
                     .arg(v->number)
                     .arg(QDir::toNativeSeparators(odtPath))
              << '\n';
    }
    if (!folderPath.isEmpty()) {
        const auto data = [&opened](const Attachment& a) { return opened.store->attachmentData(a.id); };
        QList<FolderEntry> entries;
        if (!FilingFolder::write(*rules, bundle, *v, *kind, language, data, folderPath, &entries, {}, &error))
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
        const CalendarLibrary calendars = c.calendars();
        if (!c.writeDocument(
                xlsxPath,
                [&](QIODevice* device, QString* why) {
                    return Workbook::write(
                        *rules, bundle, *v, calendars.calendar(), c.today(), language, device, nullptr, why);
                },
                &error))
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
