#include "Workbook.h"

#include "DocumentLanguage.h"
#include "RecordChanges.h"
#include "Report.h"
#include "RiskMap.h"

#include "deadlines/DeadlinePlanner.h"
#include "rules/Engine.h"
#include "rules/FilingAuthority.h"
#include "workflow/Workflow.h"

#include <QFile>
#include <QIODevice>
#include <QMap>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <cmath>
#include <list>
#include <memory>
#include <string>
#include <vector>

namespace piadesk {

namespace {

/** "B7" for row 6, column 1 (both from 0); the workbook's sheets have fewer than 26 columns. */
QString cellName(int row, int column)
{
    return QChar(QLatin1Char('A').unicode() + column) + QString::number(row + 1);
}

/** \a name quoted for a formula: 'Risk criteria'. */
QString sheetRef(const QString& name)
{
    return QLatin1Char('\'') + QString(name).replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}

/** \a text as a string in a formula: "Done". */
QString formulaString(const QString& text)
{
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

/** \a text for a page header or footer, where "&" starts a code. */
QString headerText(const QString& text, int maxLength)
{
    QString t = text.simplified();
    if (t.size() > maxLength)
        t = t.left(maxLength - 1) + QChar(0x2026);
    return t.replace(QLatin1Char('&'), QLatin1String("&&"));
}

/** The formats a sheet writes with. */
struct Formats
{
    lxw_format* header = nullptr;
    lxw_format* date = nullptr;
    lxw_format* wrap = nullptr; ///< locked: PIAdesk's own cells on a protected sheet
    lxw_format* input = nullptr; ///< unlocked: what the user may edit on a protected sheet
    lxw_format* inputDate = nullptr;
    lxw_format* plain = nullptr; ///< a note that runs on over the empty cells to its right
    lxw_format* count = nullptr; ///< a whole number with thousands separators
};

/** How a sheet prints. */
struct Print
{
    bool landscape = false;
    QString header; ///< the page header (already in header syntax)
    QString footer;
};

/** One sheet being written: a header row, then rows of cells, with the column widths. */
class Sheet
{
public:
    Sheet(lxw_workbook* book, lxw_worksheet* sheet, const Formats& formats)
        : m_book(book)
        , m_sheet(sheet)
        , m_formats(formats)
    {
    }

    /**
     * The header row, the column widths and the page set-up: A4, fit to the page width, the header row on every
     * page, gridlines printed. Columns listed in \a inputs are the ones a protected sheet lets the user edit.
     */
    void columns(const QStringList& titles, const QList<double>& widths, const Print& print, QList<int> inputs = {})
    {
        m_columns = int(titles.size());
        m_inputs = std::move(inputs);
        m_widths = widths;
        for (int c = 0; c < titles.size(); ++c) {
            text(0, c, titles.at(c), m_formats.header);
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), widths.value(c, 16), formatFor(c));
        }
        worksheet_freeze_panes(m_sheet, 1, 0);
        worksheet_set_paper(m_sheet, 9); // A4
        if (print.landscape)
            worksheet_set_landscape(m_sheet);
        worksheet_fit_to_pages(m_sheet, 1, 0);
        worksheet_repeat_rows(m_sheet, 0, 0);
        worksheet_gridlines(m_sheet, LXW_SHOW_ALL_GRIDLINES);
        worksheet_set_margins(m_sheet, 0.5, 0.5, 0.75, 0.75);
        const QByteArray header = print.header.toUtf8();
        const QByteArray footer = print.footer.toUtf8();
        worksheet_set_header(m_sheet, header.constData());
        worksheet_set_footer(m_sheet, footer.constData());
    }

    /** Writes \a value as a string cell: never a formula, whatever it starts with. */
    void text(int row, int column, const QString& value, lxw_format* format = nullptr)
    {
        m_rows = std::max(m_rows, row + 1);
        if (value.isEmpty())
            return;
        if (format != m_formats.plain)
            fitHeight(row, column, value);
        worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column), value.toUtf8().constData(),
            format ? format : formatFor(column));
    }

    void number(int row, int column, double value, lxw_format* format = nullptr)
    {
        m_rows = std::max(m_rows, row + 1);
        worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), value, format ? format : formatFor(column));
    }

    void date(int row, int column, const QDate& value)
    {
        m_rows = std::max(m_rows, row + 1);
        if (!value.isValid())
            return;
        lxw_datetime dt { value.year(), value.month(), value.day(), 0, 0, 0 };
        worksheet_write_datetime(m_sheet, lxw_row_t(row), lxw_col_t(column), &dt,
            m_inputs.contains(column) ? m_formats.inputDate : m_formats.date);
    }

    /**
     * PIAdesk's own formula, built from cell references and the rule set's labels only (never from text a user
     * typed), with \a result as the value shown until the spreadsheet recalculates.
     */
    void formula(int row, int column, const QString& formula, const QString& result, lxw_format* format = nullptr)
    {
        m_rows = std::max(m_rows, row + 1);
        worksheet_write_formula_str(m_sheet, lxw_row_t(row), lxw_col_t(column), formula.toUtf8().constData(),
            format ? format : formatFor(column), result.toUtf8().constData());
    }

    /** Colours the cells of \a column that read \a value with \a format (a level's colour). */
    void colourWhen(int column, const QString& value, lxw_format* format)
    {
        const QByteArray criterion = formulaString(value).toUtf8();
        lxw_conditional_format conditional {};
        conditional.type = LXW_CONDITIONAL_TYPE_CELL;
        conditional.criteria = LXW_CONDITIONAL_CRITERIA_EQUAL_TO;
        conditional.value_string = const_cast<char*>(criterion.constData());
        conditional.format = format;
        worksheet_conditional_format_range(m_sheet, 1, lxw_col_t(column), 1000, lxw_col_t(column), &conditional);
    }

    /** A drop-down of \a choices on \a column for every data row (and rows added later). */
    void choices(int column, const QStringList& choices)
    {
        m_lists.emplace_back();
        std::vector<std::string>& storage = m_lists.back().strings;
        for (const QString& c : choices)
            storage.push_back(c.toStdString());
        std::vector<char*>& pointers = m_lists.back().pointers;
        for (std::string& s : storage)
            pointers.push_back(s.data());
        pointers.push_back(nullptr);
        lxw_data_validation validation {};
        validation.validate = LXW_VALIDATION_TYPE_LIST;
        validation.value_list = pointers.data();
        worksheet_data_validation_range(m_sheet, 1, lxw_col_t(column), 1000, lxw_col_t(column), &validation);
    }

    /**
     * Protects the sheet without a password: the input columns stay editable, sorting and filtering stay allowed,
     * and the cells PIAdesk computes cannot be overwritten by hand.
     */
    void protect()
    {
        lxw_protection options {};
        options.format_columns = 1;
        options.format_rows = 1;
        options.sort = 1;
        options.autofilter = 1;
        worksheet_protect(m_sheet, nullptr, &options);
    }

    /**
     * Sets the heights of the rows whose text wraps: spreadsheet programs do not all grow a row to its wrapped text
     * on opening a file, and a cut-off line is a lost line on paper.
     */
    void finish(bool filter = true)
    {
        for (auto it = m_lines.constBegin(); it != m_lines.constEnd(); ++it) {
            if (it.value() > 1)
                worksheet_set_row(m_sheet, lxw_row_t(it.key()), kLineHeight * it.value() + 3, nullptr);
        }
        if (filter && m_columns > 0)
            worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(std::max(0, m_rows - 1)), lxw_col_t(m_columns - 1));
    }

    lxw_workbook* book() const { return m_book; }

private:
    static constexpr double kLineHeight = 15; // points, the default row's height

    /** Notes how many lines \a value takes in \a column (Han characters are twice as wide as Latin ones). */
    void fitHeight(int row, int column, const QString& value)
    {
        const double width = std::max(4.0, m_widths.value(column, 16) - 1);
        int lines = 0;
        for (const QString& paragraph : value.split(QLatin1Char('\n'))) {
            double used = 0;
            for (const QChar c : paragraph)
                used += c.unicode() >= 0x2E80 ? 2.0 : 1.1;
            lines += std::max(1, int(std::ceil(used / width)));
        }
        m_lines[row] = std::max(m_lines.value(row, 1), std::min(lines, 20));
    }

    lxw_format* formatFor(int column) const { return m_inputs.contains(column) ? m_formats.input : m_formats.wrap; }

    struct List
    {
        std::vector<std::string> strings;
        std::vector<char*> pointers;
    };

    lxw_workbook* m_book;
    lxw_worksheet* m_sheet;
    Formats m_formats;
    QList<int> m_inputs;
    QList<double> m_widths;
    QMap<int, int> m_lines; ///< row → lines its tallest cell takes
    int m_columns = 0;
    int m_rows = 1;
    std::list<List> m_lists; // validations keep pointers into these until the workbook is closed
};

QStringList labelsOf(const QList<ScaleEntry>& scale, Language language)
{
    QStringList out;
    for (const ScaleEntry& e : scale)
        out.append(e.text.text(language));
    return out;
}

template <typename E> QStringList enumLabels()
{
    QStringList out;
    for (const auto& entry : enumEntries<E>())
        out.append(enumLabel(entry.value));
    return out;
}

FilingKind filingKindOf(DeadlineKind kind)
{
    switch (kind) {
    case DeadlineKind::ModificationFiling:
        return FilingKind::Modification;
    case DeadlineKind::DeregistrationFiling:
        return FilingKind::Deregistration;
    default:
        return FilingKind::Initial;
    }
}

bool isFiling(DeadlineKind kind)
{
    return kind == DeadlineKind::InitialFiling || kind == DeadlineKind::ModificationFiling
        || kind == DeadlineKind::DeregistrationFiling;
}

} // namespace

bool Workbook::write(const RuleSet& rules, const CaseBundle& bundle, const AssessmentVersion& version,
    const WorkCalendar& calendar, const QDate& today, Language language, QIODevice* device, const Progress& progress,
    QString* error)
{
    if (!device || !device->isWritable()) {
        if (error)
            *error = tr("The workbook cannot be written: the output is not open for writing.");
        return false;
    }
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        if (error)
            *error = tr("The workbook cannot be written: no temporary directory (%1).").arg(scratch.errorString());
        return false;
    }
    const DocumentLanguage lang(language);
    const QString path = scratch.filePath(QStringLiteral("filing.xlsx"));
    QByteArray tmp = scratch.path().toLocal8Bit();
    lxw_workbook_options options { LXW_FALSE, tmp.data(), LXW_FALSE };
    lxw_workbook* book = workbook_new_opt(path.toLocal8Bit().constData(), &options);
    if (!book) {
        if (error)
            *error = tr("The workbook cannot be created.");
        return false;
    }
    const auto cancel = [&] {
        workbook_close(book); // frees it; the file goes with the scratch directory
        if (error)
            *error = tr("Cancelled.");
        return false;
    };
    // What this version was assessed on: a final version's record, never today's case.
    const AssessedOn on = bundle.assessedOn(version);
    QByteArray title = tr("CAC filing workbook: %1").arg(on.facts.name).toUtf8();
    QByteArray author = on.organisation.name.toUtf8();
    lxw_doc_properties properties {};
    properties.title = title.data();
    properties.author = author.data();
    workbook_set_properties(book, &properties);

    Formats formats;
    formats.header = workbook_add_format(book);
    format_set_bold(formats.header);
    format_set_bg_color(formats.header, 0xE8EDF5);
    format_set_border(formats.header, LXW_BORDER_THIN);
    format_set_text_wrap(formats.header);
    format_set_align(formats.header, LXW_ALIGN_VERTICAL_TOP);
    formats.wrap = workbook_add_format(book);
    format_set_text_wrap(formats.wrap);
    format_set_align(formats.wrap, LXW_ALIGN_VERTICAL_TOP);
    formats.input = workbook_add_format(book);
    format_set_text_wrap(formats.input);
    format_set_align(formats.input, LXW_ALIGN_VERTICAL_TOP);
    format_set_unlocked(formats.input);
    const char* dateFormat = language == Language::Chinese ? "yyyy\"年\"m\"月\"d\"日\"" : "d mmm yyyy";
    formats.date = workbook_add_format(book);
    format_set_num_format(formats.date, dateFormat);
    format_set_align(formats.date, LXW_ALIGN_VERTICAL_TOP);
    formats.inputDate = workbook_add_format(book);
    format_set_num_format(formats.inputDate, dateFormat);
    format_set_align(formats.inputDate, LXW_ALIGN_VERTICAL_TOP);
    format_set_unlocked(formats.inputDate);
    formats.plain = workbook_add_format(book);
    formats.count = workbook_add_format(book);
    format_set_num_format(formats.count, "#,##0");
    format_set_align(formats.count, LXW_ALIGN_LEFT);
    format_set_align(formats.count, LXW_ALIGN_VERTICAL_TOP);
    // A level's colour: as a cell format where PIAdesk writes the level, as a conditional format where a formula
    // computes it (so the colour follows the level when an input changes).
    QList<lxw_format*> levelFormats;
    QList<lxw_format*> levelConditions;
    for (int i = 0; i < rules.risk.levels.size(); ++i) {
        const lxw_color_t colour = lxw_color_t(RiskMap::levelColour(i, int(rules.risk.levels.size())).rgb() & 0xFFFFFF);
        lxw_format* f = workbook_add_format(book);
        format_set_bg_color(f, colour);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        levelFormats.append(f);
        lxw_format* c = workbook_add_format(book);
        format_set_bg_color(c, colour);
        levelConditions.append(c);
    }

    // Every printed page names the case and the version, and counts its pages.
    const QString hashText = version.contentHash.isEmpty()
        ? tr("draft, not finalized")
        : QStringLiteral("SHA-256 %1…").arg(version.contentHash.left(16));
    const QString pageHeader = QStringLiteral("&L%1&R%2")
                                   .arg(headerText(on.facts.name, 80),
                                       headerText(tr("Version %1 (%2)").arg(version.number).arg(hashText), 80));
    const QString pageFooter = QStringLiteral("&L%1&R%2")
                                   .arg(headerText(on.organisation.name, 80),
                                       tr("Page %1 of %2").arg(QStringLiteral("&P"), QStringLiteral("&N")));
    const auto sheetName = [](const QString& name) { return name.left(31); };
    std::list<Sheet> sheets;
    const auto addSheet = [&](const QString& name) -> Sheet& {
        const QByteArray n = sheetName(name).toUtf8();
        sheets.emplace_back(book, workbook_add_worksheet(book, n.constData()), formats);
        return sheets.back();
    };
    const Print portrait { false, pageHeader, pageFooter };
    const Print landscape { true, pageHeader, pageFooter };
    const int totalSheets = 7;

    const DeadlinePlanner planner(rules, calendar, { today, DeadlinePlanner::kDefaultDueSoonWorkingDays });
    const QList<Deadline> deadlines = planner.plan(bundle);

    // 1. The filing form: to whom, which filing, who, and the facts of the processing.
    {
        Sheet& s = addSheet(tr("Filing form"));
        s.columns({ tr("Item"), tr("Value") }, { 34, 70 }, portrait);
        const Organisation& o = on.organisation;
        const CaseFacts& f = on.facts;
        const QString sep = language == Language::Chinese ? QStringLiteral("、") : QStringLiteral(", ");
        QStringList methods;
        for (Method m : f.methods)
            methods.append(enumLabel(m));
        const QList<std::pair<QString, QString>> rows = {
            { rules.processorLabel(language), o.name },
            { tr("Unified social credit code"), o.creditCode },
            { tr("Address"), o.address },
            { tr("Legal representative"), o.legalRepresentative },
            { tr("Contact person"), o.contact.name },
            { tr("Contact's title"), o.contact.title },
            { tr("Contact's phone"), o.contact.phone },
            { tr("Contact's e-mail"), o.contact.email },
            { tr("Person responsible for PI protection"), o.responsiblePerson.name },
            { tr("Their title"), o.responsiblePerson.title },
            { tr("Their phone"), o.responsiblePerson.phone },
            { tr("Their e-mail"), o.responsiblePerson.email },
            { tr("Case"), f.name },
            { tr("Description"), f.description },
            { tr("Places"), f.places.join(sep) },
            { tr("Kind of place"), enumLabel(f.placeKind) },
            { tr("Public place"), f.publicPlace ? tr("Yes") : tr("No") },
            { tr("Purposes"), f.purposes.join(sep) },
            { tr("Identification methods"), methods.join(sep) },
            { tr("Vendors"), f.vendors.join(sep) },
            { tr("Storage location"), f.storageLocation },
            { tr("Storage period"), f.storagePeriod },
            { tr("Anonymization"), f.anonymization },
            { tr("Status"), enumLabel(f.status) },
        };
        int row = 1;
        // The rules first, and what a filing under them needs said before anything else.
        s.text(row, 0, tr("Rules applied"));
        s.text(row++, 1, QStringLiteral("%1 (%2)").arg(rules.title.text(language), rules.label()));
        for (const QString& standing :
            { Report::supersededText(rules, language), Report::notInForceText(rules, language) }) {
            if (!standing.isEmpty()) {
                s.text(row, 0, tr("Not ready to file"));
                s.text(row++, 1, standing);
            }
        }
        // The filing this workbook prepares: the next open filing deadline's, else the latest recorded filing's.
        const Deadline* next = nullptr;
        for (const Deadline& d : deadlines) {
            if (isFiling(d.kind) && d.isOpen()
                && (!next || (d.due.isValid() && (!next->due.isValid() || d.due < next->due))))
                next = &d;
        }
        const FilingKind kind = next   ? filingKindOf(next->kind)
            : bundle.filings.isEmpty() ? FilingKind::Initial
                                       : bundle.filings.constLast().kind;
        const FilingRecord* record = nullptr;
        for (const FilingRecord& r : bundle.filings) {
            if (r.kind == kind)
                record = &r;
        }
        const FilingObligation obligation = Engine::filingObligation(rules, f);
        s.text(row, 0, tr("Filing with"));
        s.text(row++, 1,
            record && !record->authority.isEmpty() ? record->authority
                                                   : FilingAuthority::nameFor(rules.filing, o, language));
        s.text(row, 0, tr("Filing"));
        s.text(row++, 1, enumLabel(kind));
        s.text(row, 0, tr("Filing required"));
        s.text(row++, 1, Engine::explain(rules, obligation, language));
        s.text(row, 0, tr("Filing due"));
        if (next && next->due.isValid())
            s.date(row++, 1, next->due);
        else if (record && record->dueDate.isValid())
            s.date(row++, 1, record->dueDate);
        else
            s.text(row++, 1, next ? DeadlinePlanner::stateLabel(next->state) : tr("No filing is due"));
        s.text(row, 0, tr("Filing reference number"));
        s.text(row++, 1,
            record && !record->referenceNumber.isEmpty() ? record->referenceNumber : tr("(not yet assigned)"));
        if (record && record->submittedOn.isValid()) {
            s.text(row, 0, tr("Submitted on"));
            s.date(row++, 1, record->submittedOn);
        }
        for (const auto& [item, value] : rows) {
            s.text(row, 0, item);
            s.text(row, 1, value);
            ++row;
        }
        s.text(row, 0, tr("People whose facial information is stored"));
        s.number(row++, 1, double(f.storedPeople), formats.count);
        if (f.thresholdReachedOn.isValid()) {
            s.text(row, 0, tr("Number stored reached the filing threshold on"));
            s.date(row++, 1, f.thresholdReachedOn);
        }
        s.text(row, 0, tr("Start of use"));
        s.date(row++, 1, f.startOfUse);
        s.text(row, 0, tr("End of use"));
        s.date(row++, 1, f.endOfUse);
        s.text(row, 0, tr("Assessment version"));
        s.number(row++, 1, version.number);
        s.text(row, 0, tr("Content hash of the report"));
        s.text(row++, 1, version.contentHash.isEmpty() ? tr("(draft: not finalized)") : version.contentHash);
        s.text(row, 0, tr("Facts shown"));
        s.text(row++, 1,
            on.recorded ? tr("As recorded when version %1 was finalized").arg(version.number)
                        : tr("The case as it stands (draft)"));
        const QStringList changed = RecordChanges::changedFields(bundle, version);
        if (!changed.isEmpty()) {
            s.text(row, 0, tr("Changed in the case since"));
            s.text(row++, 1,
                tr("%1. A filing must rest on a version assessed on the current facts: re-assess first.")
                    .arg(changed.join(sep)));
        }
        s.finish();
        if (progress && !progress(1, totalSheets))
            return cancel();
    }

    // 2. The materials of the filing, with their status on the latest filing: the internal checklist.
    {
        Sheet& s = addSheet(tr("Materials"));
        s.columns({ tr("No."), tr("Material"), tr("What it holds"), tr("Articles"), tr("Status") },
            { 6, 40, 60, 18, 16 }, landscape, { 4 });
        const FilingRecord* latest = bundle.filings.isEmpty() ? nullptr : &bundle.filings.constLast();
        int row = 1;
        for (const FilingMaterial& m : rules.filing.materials) {
            s.number(row, 0, m.number);
            s.text(row, 1, m.title.text(language));
            s.text(row, 2, m.description.text(language));
            s.text(row, 3, rules.cite(m.articles, language));
            s.text(row, 4, enumLabel(latest ? latest->materialStatus(m.id, m.number) : MaterialStatus::Missing));
            ++row;
        }
        // The filing system's upload checklist (the 2025 filing), after the materials.
        if (!rules.filing.uploads.isEmpty()) {
            s.text(++row, 1, tr("Uploads to the filing system"), formats.header);
            ++row;
            for (const FilingUpload& u : rules.filing.uploads) {
                s.number(row, 0, u.number);
                s.text(row, 1, u.title.text(language));
                s.text(row, 2, u.description.text(language));
                s.text(row, 4, enumLabel(latest ? latest->materialStatus(u.id, 0) : MaterialStatus::Missing));
                ++row;
            }
        }
        s.choices(4, enumLabels<MaterialStatus>());
        s.finish();
        if (progress && !progress(2, totalSheets))
            return cancel();
    }

    // The sheets the register's formulas read: the criteria and the action plan.
    const QString criteriaName = sheetName(tr("Risk criteria"));
    const QString planName = sheetName(tr("Action plan"));
    const int impacts = int(rules.risk.impactLevels.size());
    const int likelihoods = int(rules.risk.likelihoods.size());
    // Where the matrix is on the criteria sheet: impacts down column A from row 2, likelihoods across row 1.
    const QString matrixRange = QStringLiteral("%1!$B$2:$%2$%3")
                                    .arg(sheetRef(criteriaName), QChar(QLatin1Char('A').unicode() + likelihoods))
                                    .arg(impacts + 1);
    const QString impactRange = QStringLiteral("%1!$A$2:$A$%2").arg(sheetRef(criteriaName)).arg(impacts + 1);
    const QString likelihoodRange
        = QStringLiteral("%1!$B$1:$%2$1").arg(sheetRef(criteriaName), QChar(QLatin1Char('A').unicode() + likelihoods));
    const auto levelFormula = [&](int row, int impactColumn, int likelihoodColumn) {
        return QStringLiteral("=IFERROR(INDEX(%1,MATCH(%2,%3,0),MATCH(%4,%5,0)),\"\")")
            .arg(matrixRange, cellName(row, impactColumn), impactRange, cellName(row, likelihoodColumn),
                likelihoodRange);
    };

    // 3. The risk register, levels coloured. The levels are formulas over the criteria sheet, the residual level
    // follows the action plan, and the sheet is protected so no level can be typed over its inputs.
    const RiskSummary summary = Workflow::check(rules, bundle, version).risks;
    {
        Sheet& s = addSheet(tr("Risk register"));
        enum Column {
            No,
            Title,
            Description,
            Impact,
            Likelihood,
            Source,
            LikelihoodBasis,
            Level,
            TargetImpact,
            TargetLikelihood,
            TargetLevel,
            MeasuresDone,
            Residual
        };
        s.columns({ tr("No."), tr("Risk"), tr("Description of the risk"), tr("Impact"), tr("Likelihood"),
                      tr("Risk source"), tr("Cause and evidence of the likelihood"), tr("Level"),
                      tr("Impact after measures (target)"), tr("Likelihood after measures (target)"),
                      tr("Target level"), tr("All measures done"), tr("Residual level (measures done only)") },
            { 6, 24, 40, 12, 12, 18, 40, 12, 14, 14, 12, 12, 16 }, landscape,
            { Title, Description, Impact, Likelihood, Source, LikelihoodBasis, TargetImpact, TargetLikelihood });
        const QString yes = tr("Yes");
        const QString no = tr("No");
        const QString planRisks = QStringLiteral("%1!$C$2:$C$1000").arg(sheetRef(planName));
        const QString planStates = QStringLiteral("%1!$G$2:$G$1000").arg(sheetRef(planName));
        const QString done = formulaString(QStringLiteral("<>") + enumLabel(MeasureStatus::Done));
        const QString dropped = formulaString(QStringLiteral("<>") + enumLabel(MeasureStatus::Dropped));
        for (int i = 0; i < version.risks.size(); ++i) {
            const Risk& r = version.risks.at(i);
            const int row = i + 1;
            s.number(row, No, i + 1);
            s.text(row, Title, r.title);
            s.text(row, Description, r.description);
            const int source = scaleIndex(rules.risk.sources, r.source);
            s.text(row, Source, source >= 0 ? rules.risk.sources.at(source).text.text(language) : QString());
            s.text(row, LikelihoodBasis, r.likelihoodBasis);
            if (i >= summary.risks.size())
                continue;
            const RatedRisk& rated = summary.risks.at(i);
            s.text(row, Impact, scaleText(rules.risk.impactLevels, rated.impact, language));
            s.text(row, Likelihood, scaleText(rules.risk.likelihoods, rated.likelihood, language));
            s.formula(row, Level, levelFormula(row, Impact, Likelihood),
                scaleText(rules.risk.levels, rated.level, language), levelFormats.value(rated.level));
            s.text(row, TargetImpact, scaleText(rules.risk.impactLevels, rated.targetImpact, language));
            s.text(row, TargetLikelihood, scaleText(rules.risk.likelihoods, rated.targetLikelihood, language));
            s.formula(row, TargetLevel, levelFormula(row, TargetImpact, TargetLikelihood),
                scaleText(rules.risk.levels, rated.targetLevel, language), levelFormats.value(rated.targetLevel));
            // Done when the risk has measures (dropped ones aside) and every one of them is done.
            const QString number = cellName(row, No);
            s.formula(row, MeasuresDone,
                QStringLiteral("=IF(AND(COUNTIFS(%1,%2,%3,%4)>0,COUNTIFS(%1,%2,%3,%4,%3,%5)=0),%6,%7)")
                    .arg(planRisks, number, planStates, dropped, done, formulaString(yes), formulaString(no)),
                rated.measuresDone ? yes : no);
            s.formula(row, Residual,
                QStringLiteral("=IF(%1=%2,%3,%4)")
                    .arg(cellName(row, MeasuresDone), formulaString(yes), cellName(row, TargetLevel),
                        cellName(row, Level)),
                scaleText(rules.risk.levels, rated.residualLevel, language), levelFormats.value(rated.residualLevel));
        }
        for (int level = 0; level < rules.risk.levels.size(); ++level) {
            for (int column : { int(Level), int(TargetLevel), int(Residual) })
                s.colourWhen(column, scaleText(rules.risk.levels, level, language), levelConditions.at(level));
        }
        s.choices(Impact, labelsOf(rules.risk.impactLevels, language));
        s.choices(Likelihood, labelsOf(rules.risk.likelihoods, language));
        s.choices(TargetImpact, labelsOf(rules.risk.impactLevels, language));
        s.choices(TargetLikelihood, labelsOf(rules.risk.likelihoods, language));
        if (!rules.risk.sources.isEmpty())
            s.choices(Source, labelsOf(rules.risk.sources, language));
        s.finish();
        s.protect();
        if (progress && !progress(3, totalSheets))
            return cancel();
    }

    // 4. The risk criteria: the matrix the levels are read from, and the level accepted without a decision.
    {
        Sheet& s = addSheet(criteriaName);
        QStringList titles { tr("Impact \\ likelihood") };
        QList<double> widths { 24 };
        for (int l = 0; l < likelihoods; ++l) {
            titles.append(scaleText(rules.risk.likelihoods, l, language));
            widths.append(14);
        }
        s.columns(titles, widths, portrait);
        for (int i = 0; i < impacts; ++i) {
            s.text(i + 1, 0, scaleText(rules.risk.impactLevels, i, language), formats.header);
            for (int l = 0; l < likelihoods; ++l) {
                const int level = rules.risk.matrix.value(i).value(l, -1);
                s.text(i + 1, l + 1, scaleText(rules.risk.levels, level, language), levelFormats.value(level));
            }
        }
        int row = impacts + 2;
        s.text(row, 0, tr("Acceptable level"), formats.header);
        s.text(row++, 1, scaleText(rules.risk.levels, rules.risk.acceptableLevel, language));
        s.text(row++, 0,
            tr("A residual level above the acceptable level needs a recorded acceptance: who accepts it, when and "
               "why."),
            formats.plain);
        if (summary.step != 0) {
            s.text(row++, 0,
                tr("The impacts in the register include the rule set's adjustments for this case (%n step(s)).", "",
                    summary.step),
                formats.plain);
        }
        s.finish(false);
        s.protect();
        if (progress && !progress(4, totalSheets))
            return cancel();
    }

    // 5. The action plan.
    {
        Sheet& s = addSheet(planName);
        s.columns({ tr("No."), tr("Measure"), tr("Risk no."), tr("Risk"), tr("Owner"), tr("Due"), tr("Status") },
            { 6, 48, 8, 28, 16, 14, 14 }, landscape);
        QHash<QString, int> riskNumbers;
        for (int i = 0; i < version.risks.size(); ++i)
            riskNumbers.insert(version.risks.at(i).uuid, i + 1);
        for (int i = 0; i < version.measures.size(); ++i) {
            const Measure& m = version.measures.at(i);
            const int row = i + 1;
            s.number(row, 0, i + 1);
            s.text(row, 1, m.description);
            if (const int n = riskNumbers.value(m.riskUuid); n > 0) {
                s.number(row, 2, n);
                s.text(row, 3, version.risks.at(n - 1).title);
            }
            s.text(row, 4, m.owner);
            s.date(row, 5, m.dueDate);
            s.text(row, 6, enumLabel(m.status));
        }
        s.choices(6, enumLabels<MeasureStatus>());
        s.finish();
        if (progress && !progress(5, totalSheets))
            return cancel();
    }

    // 6. The deadlines, as on the day of the export.
    {
        Sheet& s = addSheet(tr("Deadlines"));
        s.columns(
            { tr("Deadline"), tr("Due"), tr("State"), tr("Working days left"), tr("Met on"), tr("How it was counted") },
            { 30, 14, 14, 12, 14, 80 }, landscape);
        int row = 1;
        for (const Deadline& d : deadlines) {
            s.text(row, 0, DeadlinePlanner::title(d));
            s.date(row, 1, d.due);
            s.text(row, 2, DeadlinePlanner::stateLabel(d.state));
            if (d.isOpen() && d.due.isValid())
                s.number(row, 3, d.workingDaysLeft);
            s.date(row, 4, d.metOn);
            s.text(row, 5, planner.explain(d, language));
            ++row;
        }
        s.finish();
        if (progress && !progress(6, totalSheets))
            return cancel();
    }

    // 7. The data map (GB/T 39335 Annex C.1/C.2): one row per processing activity, a column per field the rule set
    // lists (every field under a rule set without a data map); an empty field is not recorded.
    {
        Sheet& s = addSheet(tr("Data map"));
        QStringList titles { tr("No.") };
        QList<double> widths { 6 };
        const QList<RuleSet::DataMapColumn> fields = rules.dataMapColumns(language);
        for (const RuleSet::DataMapColumn& column : fields) {
            titles.append(column.name);
            widths.append(column.field->member == &ProcessingActivity::name ? 20 : 26);
        }
        s.columns(titles, widths, landscape);
        for (int i = 0; i < version.activities.size(); ++i) {
            const ProcessingActivity& a = version.activities.at(i);
            s.number(i + 1, 0, i + 1);
            for (int c = 0; c < fields.size(); ++c) {
                const QString value = (a.*fields.at(c).field->member).trimmed();
                s.text(i + 1, c + 1, value.isEmpty() ? tr("Not recorded") : value);
            }
        }
        if (version.activities.isEmpty())
            s.text(1, 1, tr("This version records no data map."));
        s.finish();
        if (progress && !progress(7, totalSheets))
            return cancel();
    }

    const lxw_error status = workbook_close(book);
    if (status != LXW_NO_ERROR) {
        if (error)
            *error = tr("The workbook cannot be written: %1.").arg(QString::fromUtf8(lxw_strerror(status)));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The workbook cannot be written: %1.").arg(file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (device->write(bytes) != bytes.size()) {
        if (error)
            *error = tr("The workbook cannot be written: %1.").arg(device->errorString());
        return false;
    }
    return true;
}

} // namespace piadesk
