#pragma once

#include "core/CaseBundle.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace piadesk {

class CaseStore;
class RuleSetLibrary;
struct RuleSet;

/** What DemoCases::generate makes. */
struct DemoOptions
{
    int cases = 100;
    quint32 seed = 1;
    QDate today; ///< the day the cases are built around (some deadlines lie before it, some after); required
    int batch = 500; ///< cases written per transaction
    bool largeFirst = true; ///< the first case is largeCase()
    /**
     * Rules superseded by the ones generate() is given (the 2023 draft beside the 2025 Measures): one case in five is
     * built under them and never re-assessed, as a register after a change of law holds. None: every case under
     * the rules given.
     */
    const RuleSet* legacyRules = nullptr;
};

/**
 * Synthetic but realistic case files for demonstrations and benchmarks: organisations with valid credit codes,
 * cases of every kind of place and status, finalized, superseded and draft versions answered in Chinese under the
 * rule set, risks and measures, filings in every state, small PDF and PNG attachments used as evidence.
 *
 * The same seed and day give the same cases, uuids included. Every case is written through CaseStore::importCases,
 * so the file passes `piadesk-cli verify`: finalized versions carry their real content hashes.
 */
class DemoCases
{
    Q_DECLARE_TR_FUNCTIONS(piadesk::DemoCases)
public:
    static constexpr int kMaxCases = 1000000;

    /**
     * Adds \a options.cases cases to \a store, \a options.batch per transaction. \a progress (may be empty) is told
     * how many are written and may return false to stop; the batches written so far stay. False, with \a error,
     * when the store refuses a batch or the options are out of range.
     */
    static bool generate(CaseStore& store, const RuleSet& rules, const DemoOptions& options,
        const std::function<bool(int done, int total)>& progress, QString* error);

    /**
     * The rules demo cases are built under: those in force (the 2025 Measures), with the draft they superseded as
     * \a options' legacyRules; the library's default when nothing superseded it.
     */
    static const RuleSet* rulesInForce(const RuleSetLibrary& library, DemoOptions* options);

    /**
     * One large case for the benchmarks of documents: three versions, the latest finalized with 60 questions
     * answered, 40 risks and 80 measures, 10 attachments (PDFs and images) as evidence and filing materials, and
     * an initial and a modification filing.
     */
    static CaseBundle largeCase(const RuleSet& rules, quint32 seed, const QDate& today);
};

} // namespace piadesk
