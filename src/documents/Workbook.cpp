#include "Workbook.h"

#include "DocumentLanguage.h"
#include "RecordChanges.h"
#include "Report.h"
#include "RiskMap.h"

#include "deadlines/Deadlines.h"
#include "rules/Engine.h"
#include "workflow/Workflow.h"

#include <QFile>
#include <QIODevice>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <list>
#include <memory>
#include <string>
#include <vector>

namespace piadesk {

namespace {

/** One sheet being written: a header row, then rows of cells, with the column widths. */
class Sheet
{
public:
    Sheet(lxw_workbook* book, lxw_worksheet* sheet, lxw_format* header, lxw_format* date, lxw_format* wrap)
        : m_book(book)
        , m_sheet(sheet)
        , m_header(header)
        , m_date(date)
        , m_wrap(wrap)
    {
    }

    void columns(const QStringList& titles, const QList<double>& widths)
    {
        m_columns = int(titles.size());
        for (int c = 0; c < titles.size(); ++c) {
            text(0, c, titles.at(c), m_header);
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), widths.value(c, 16), m_wrap);
        }
        worksheet_freeze_panes(m_sheet, 1, 0);
    }

    /** Writes \a value as a string cell: never a formula, whatever it starts with. */
    void text(int row, int column, const QString& value, lxw_format* format = nullptr)
    {
        m_rows = std::max(m_rows, row + 1);
        if (value.isEmpty())
            return;
        worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column), value.toUtf8().constData(), format);
    }

    void number(int row, int column, double value, lxw_format* format = nullptr)
    {
        m_rows = std::max(m_rows, row + 1);
        worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), value, format);
    }

    void date(int row, int column, const QDate& value)
    {
        m_rows = std::max(m_rows, row + 1);
        if (!value.isValid())
            return;
        lxw_datetime dt { value.year(), value.month(), value.day(), 0, 0, 0 };
        worksheet_write_datetime(m_sheet, lxw_row_t(row), lxw_col_t(column), &dt, m_date);
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

    void finish()
    {
        if (m_columns > 0)
            worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(std::max(0, m_rows - 1)), lxw_col_t(m_columns - 1));
    }

    lxw_workbook* book() const { return m_book; }

private:
    struct List
    {
        std::vector<std::string> strings;
        std::vector<char*> pointers;
    };

    lxw_workbook* m_book;
    lxw_worksheet* m_sheet;
    lxw_format* m_header;
    lxw_format* m_date;
    lxw_format* m_wrap;
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

    lxw_format* header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bg_color(header, 0xE8EDF5);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_text_wrap(header);
    lxw_format* wrap = workbook_add_format(book);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* date = workbook_add_format(book);
    format_set_num_format(date, language == Language::Chinese ? "yyyy\"年\"m\"月\"d\"日\"" : "d mmm yyyy");
    format_set_align(date, LXW_ALIGN_VERTICAL_TOP);
    QList<lxw_format*> levelFormats;
    for (int i = 0; i < rules.risk.levels.size(); ++i) {
        lxw_format* f = workbook_add_format(book);
        format_set_bg_color(f, lxw_color_t(RiskMap::levelColour(i, int(rules.risk.levels.size())).rgb() & 0xFFFFFF));
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        levelFormats.append(f);
    }
    const auto sheetName = [](const QString& name) { return name.left(31).toUtf8(); };
    std::list<Sheet> sheets;
    const auto addSheet = [&](const QString& name) -> Sheet& {
        const QByteArray n = sheetName(name);
        sheets.emplace_back(book, workbook_add_worksheet(book, n.constData()), header, date, wrap);
        return sheets.back();
    };
    const int totalSheets = 5;

    // 1. The filing form: who, and the facts of the processing.
    {
        Sheet& s = addSheet(tr("Filing form"));
        s.columns({ tr("Item"), tr("Value") }, { 34, 70 });
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
        for (const auto& [item, value] : rows) {
            s.text(row, 0, item);
            s.text(row, 1, value);
            ++row;
        }
        s.text(row, 0, tr("People whose facial information is stored"));
        s.number(row++, 1, double(f.storedPeople));
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

    // 2. The materials of the filing, with their status on the latest filing.
    {
        Sheet& s = addSheet(tr("Materials"));
        s.columns(
            { tr("No."), tr("Material"), tr("What it holds"), tr("Articles"), tr("Status") }, { 6, 40, 60, 18, 16 });
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
            s.text(++row, 1, tr("Uploads to the filing system"), header);
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

    // 3. The risk register, levels coloured.
    const RiskSummary summary = Workflow::check(rules, bundle, version).risks;
    QHash<QString, QString> riskTitles;
    {
        Sheet& s = addSheet(tr("Risk register"));
        s.columns({ tr("No."), tr("Risk"), tr("Description of the risk"), tr("Impact"), tr("Likelihood"), tr("Level"),
                      tr("Impact after measures (target)"), tr("Likelihood after measures (target)"),
                      tr("Target level"), tr("Residual level (measures done only)") },
            { 6, 30, 50, 12, 12, 12, 14, 14, 14, 16 });
        for (int i = 0; i < version.risks.size(); ++i) {
            const Risk& r = version.risks.at(i);
            riskTitles.insert(r.uuid, r.title);
            const int row = i + 1;
            s.number(row, 0, i + 1);
            s.text(row, 1, r.title);
            s.text(row, 2, r.description);
            if (i < summary.risks.size()) {
                const RatedRisk& rated = summary.risks.at(i);
                s.text(row, 3, scaleText(rules.risk.impactLevels, rated.impact, language));
                s.text(row, 4, scaleText(rules.risk.likelihoods, rated.likelihood, language));
                s.text(row, 5, scaleText(rules.risk.levels, rated.level, language), levelFormats.value(rated.level));
                s.text(row, 6, scaleText(rules.risk.impactLevels, rated.targetImpact, language));
                s.text(row, 7, scaleText(rules.risk.likelihoods, rated.targetLikelihood, language));
                s.text(row, 8, scaleText(rules.risk.levels, rated.targetLevel, language),
                    levelFormats.value(rated.targetLevel));
                s.text(row, 9, scaleText(rules.risk.levels, rated.residualLevel, language),
                    levelFormats.value(rated.residualLevel));
            }
        }
        s.choices(3, labelsOf(rules.risk.impactLevels, language));
        s.choices(4, labelsOf(rules.risk.likelihoods, language));
        s.choices(6, labelsOf(rules.risk.impactLevels, language));
        s.choices(7, labelsOf(rules.risk.likelihoods, language));
        s.finish();
        if (progress && !progress(3, totalSheets))
            return cancel();
    }

    // 4. The action plan.
    {
        Sheet& s = addSheet(tr("Action plan"));
        s.columns(
            { tr("No."), tr("Measure"), tr("Risk"), tr("Owner"), tr("Due"), tr("Status") }, { 6, 50, 30, 16, 14, 14 });
        for (int i = 0; i < version.measures.size(); ++i) {
            const Measure& m = version.measures.at(i);
            const int row = i + 1;
            s.number(row, 0, i + 1);
            s.text(row, 1, m.description);
            s.text(row, 2, riskTitles.value(m.riskUuid));
            s.text(row, 3, m.owner);
            s.date(row, 4, m.dueDate);
            s.text(row, 5, enumLabel(m.status));
        }
        s.choices(5, enumLabels<MeasureStatus>());
        s.finish();
        if (progress && !progress(4, totalSheets))
            return cancel();
    }

    // 5. The deadlines, as on the day of the export.
    {
        Sheet& s = addSheet(tr("Deadlines"));
        s.columns(
            { tr("Deadline"), tr("Due"), tr("State"), tr("Working days left"), tr("Met on"), tr("How it was counted") },
            { 30, 14, 14, 12, 14, 80 });
        const DeadlinePlanner planner(rules, calendar, { today, DeadlinePlanner::kDefaultDueSoonWorkingDays });
        int row = 1;
        for (const Deadline& d : planner.plan(bundle)) {
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
        if (progress && !progress(5, totalSheets))
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
