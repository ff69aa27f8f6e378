#include "DocumentExport.h"

#include "core/Clock.h"
#include "documents/Packet.h"
#include "documents/Report.h"
#include "documents/Workbook.h"
#include "store/CaseStore.h"
#include "workflow/Workflow.h"

#include <QBuffer>
#include <QRegularExpression>

namespace piadesk {

bool DocumentExport::render(CaseStore& store, const RuleSetLibrary& library, const WorkCalendar& calendar,
    const CaseBundle& bundle, const ExportRequest& request, QByteArray* out, const Progress& progress, QString* error)
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
    QBuffer buffer(out);
    buffer.open(QIODevice::WriteOnly);
    switch (request.document) {
    case ExportRequest::Document::Report:
        return Report::render(*rules, bundle, *v, request.language, &buffer, progress, error);
    case ExportRequest::Document::Packet:
        return Packet::render(
            *rules, bundle, *v, request.filing, request.language,
            [&store](const Attachment& a) { return store.attachmentData(a.id); }, &buffer, progress, error);
    case ExportRequest::Document::Workbook:
        return Workbook::write(
            *rules, bundle, *v, calendar, store.clock().today(), request.language, &buffer, progress, error);
    }
    return false;
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
    }
    QString name = tr("%1 v%2 %3 (%4)")
                       .arg(bundle.caseInfo.facts.name)
                       .arg(v ? v->number : 0)
                       .arg(what, languageKey(request.language));
    // Never a path: separators and characters Windows refuses become spaces.
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]")), QStringLiteral(" "));
    name = name.simplified().left(150);
    return name + (request.isPdf() ? QStringLiteral(".pdf") : QStringLiteral(".xlsx"));
}

} // namespace piadesk
