#include "DocumentExport.h"

#include "core/Clock.h"
#include "documents/FilingFolder.h"
#include "documents/Packet.h"
#include "documents/Report.h"
#include "documents/Workbook.h"
#include "rules/Engine.h"
#include "store/CaseStore.h"
#include "workflow/Workflow.h"

#include <QBuffer>
#include <QRegularExpression>

namespace piadesk {

bool DocumentExport::render(CaseStore& store, const RuleSetLibrary& library, const WorkCalendar& calendar,
    const CaseBundle& bundle, const ExportRequest& request, QByteArray* out, const Progress& progress, QString* error)
{
    QBuffer buffer(out);
    buffer.open(QIODevice::WriteOnly);
    return render(store, library, calendar, bundle, request, &buffer, progress, error);
}

bool DocumentExport::render(CaseStore& store, const RuleSetLibrary& library, const WorkCalendar& calendar,
    const CaseBundle& bundle, const ExportRequest& request, QIODevice* device, const Progress& progress, QString* error)
{
    const AssessmentVersion* v = Workflow::version(bundle, request.versionNumber);
    if (!v) {
        if (error)
            *error = tr("Case %1 has no version %2.").arg(bundle.caseInfo.id).arg(request.versionNumber);
        return false;
    }
    const RuleSet* rules = Workflow::ruleSetFor(library, bundle.caseInfo, *v, error);
    if (!rules)
        return false;
    switch (request.document) {
    case ExportRequest::Document::Report:
        return Report::render(*rules, bundle, *v, request.language, device, progress, error);
    case ExportRequest::Document::Packet:
        return Packet::render(
            *rules, bundle, *v, request.filing, request.language,
            [&store](const Attachment& a) { return store.attachmentData(a.id); }, device, progress, error);
    case ExportRequest::Document::Workbook:
        return Workbook::write(
            *rules, bundle, *v, calendar, store.clock().today(), request.language, device, progress, error);
    case ExportRequest::Document::WorkingCopy:
        return FilingFolder::renderOdt(
            QStringLiteral("report"), *rules, bundle, *v, request.filing, request.language, device, error);
    case ExportRequest::Document::Folder:
        if (error)
            *error = tr("A filing folder is written into a folder, not into one file.");
        return false;
    }
    return false;
}

bool DocumentExport::writeFolder(CaseStore& store, const RuleSetLibrary& library, const CaseBundle& bundle,
    const ExportRequest& request, const QString& directory, QList<FolderEntry>* entries, const Progress& progress,
    QString* error)
{
    const AssessmentVersion* v = Workflow::version(bundle, request.versionNumber);
    if (!v) {
        if (error)
            *error = tr("Case %1 has no version %2.").arg(bundle.caseInfo.id).arg(request.versionNumber);
        return false;
    }
    const RuleSet* rules = Workflow::ruleSetFor(library, bundle.caseInfo, *v, error);
    return rules
        && FilingFolder::write(
            *rules, bundle, *v, request.filing, request.language,
            [&store](const Attachment& a) { return store.attachmentData(a.id); }, directory, entries, progress, error);
}

QString DocumentExport::voluntaryFiling(
    const RuleSetLibrary& library, const CaseBundle& bundle, const ExportRequest& request)
{
    if (!request.isFiling() || request.filing != FilingKind::Initial)
        return {};
    const AssessmentVersion* v = Workflow::version(bundle, request.versionNumber);
    const RuleSet* rules = v ? Workflow::ruleSetFor(library, bundle.caseInfo, *v, nullptr) : nullptr;
    if (!rules)
        return {};
    const FilingObligation obligation = Engine::filingObligation(*rules, bundle.assessedOn(*v).facts);
    return obligation.required ? QString() : Engine::explain(*rules, obligation, languageFor(QLocale()));
}

QString DocumentExport::suggestedFileName(const CaseBundle& bundle, const ExportRequest& request)
{
    const AssessmentVersion* v = Workflow::version(bundle, request.versionNumber);
    QString what;
    switch (request.document) {
    case ExportRequest::Document::Report:
        what = tr("report");
        break;
    case ExportRequest::Document::Packet:
        what = tr("filing packet (%1)").arg(enumLabel(request.filing));
        break;
    case ExportRequest::Document::Workbook:
        what = tr("workbook");
        break;
    case ExportRequest::Document::Folder:
        what = tr("filing folder (%1)").arg(enumLabel(request.filing));
        break;
    case ExportRequest::Document::WorkingCopy:
        what = tr("report working copy");
        break;
    }
    QString name = tr("%1 v%2 %3 (%4)")
                       .arg(bundle.caseInfo.facts.name)
                       .arg(v ? v->number : 0)
                       .arg(what, languageKey(request.language));
    // Never a path: separators and characters Windows refuses become spaces.
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]")), QStringLiteral(" "));
    name = name.simplified().left(150);
    if (request.document == ExportRequest::Document::Folder)
        return name;
    if (request.document == ExportRequest::Document::WorkingCopy)
        return name + QStringLiteral(".odt");
    return name + (request.isPdf() ? QStringLiteral(".pdf") : QStringLiteral(".xlsx"));
}

} // namespace piadesk
