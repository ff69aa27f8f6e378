#pragma once

#include "PdfDocument.h"

#include "calendar/WorkCalendar.h"
#include "core/CaseBundle.h"
#include "rules/LocalizedText.h"
#include "rules/RuleSet.h"

#include <QCoreApplication>
#include <QDate>

class QIODevice;

namespace piadesk {

/**
 * The filing workbook (.xlsx, libxlsxwriter): the filing form, the materials
 * checklist, the risk register, the action plan and the deadlines, one sheet each,
 * in the document's language. Header rows frozen, autofilter on, enumerations with
 * drop-down lists, dates as Excel dates, counts as numbers. Text is always written
 * as text: "=SUM(A1)" typed into a field never becomes a formula.
 */
class Workbook
{
    Q_DECLARE_TR_FUNCTIONS(piadesk::Workbook)
public:
    static bool write(const RuleSet& rules, const CaseBundle& bundle, const AssessmentVersion& version,
        const WorkCalendar& calendar, const QDate& today, Language language, QIODevice* device,
        const Progress& progress, QString* error);
};

} // namespace piadesk
