#include "calendar/CalendarLoader.h"
#include "core/ContentHash.h"
#include "deadlines/DeadlinePlanner.h"
#include "rules/RuleSetLibrary.h"

#include <QTest>

#include <optional>

using namespace piadesk;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

/** A residential estate's gate, in a public place, used from Friday 2025-09-26. */
CaseBundle estateGate()
{
    CaseBundle b;
    b.organisation.name = QStringLiteral("浦江物业");
    b.caseInfo.id = 7;
    b.caseInfo.uuid = QStringLiteral("6f1b7a1e-0000-4000-8000-000000000007");
    b.caseInfo.facts.name = QStringLiteral("小区门禁");
    b.caseInfo.facts.publicPlace = true;
    b.caseInfo.facts.storedPeople = 3000;
    b.caseInfo.facts.status = CaseStatus::Planned;
    b.caseInfo.facts.startOfUse = d("2025-09-26");
    return b;
}

AssessmentVersion finalVersion(int number, TriggerKind trigger, const QDate& triggerDate, const QDate& finalized)
{
    AssessmentVersion v;
    v.number = number;
    v.trigger = trigger;
    v.triggerDate = triggerDate;
    v.state = AssessmentState::Finalized;
    v.finalizedAt = QDateTime(finalized, QTime(12, 0));
    v.retainUntil = Retention::periodEnd(finalized, 3);
    return v;
}

FilingRecord filing(FilingKind kind, const QDate& trigger, const QDate& submitted)
{
    FilingRecord f;
    f.kind = kind;
    f.triggerDate = trigger;
    f.submittedOn = submitted;
    return f;
}

std::optional<Deadline> find(const QList<Deadline>& list, DeadlineKind kind, int version = -1)
{
    for (const Deadline& x : list) {
        if (x.kind == kind && (version < 0 || x.versionNumber == version))
            return x;
    }
    return std::nullopt;
}

} // namespace

class TestDeadlines : public QObject
{
    Q_OBJECT

private:
    RuleSetLibrary m_library = RuleSetLibrary::builtIn();
    WorkCalendar m_calendar = CalendarLibrary::builtIn();

    const RuleSet& rules() const { return *m_library.defaultRuleSet(); }

    QList<Deadline> plan(const CaseBundle& b, const QDate& today, int dueSoon = 10) const
    {
        return DeadlinePlanner(rules(), m_calendar, { today, dueSoon }).plan(b);
    }

private Q_SLOTS:
    void plannedCase()
    {
        const QList<Deadline> list = plan(estateGate(), d("2025-09-01"));
        const auto pia = find(list, DeadlineKind::InitialAssessment);
        QVERIFY(pia);
        QCOMPARE(pia->due, d("2025-09-25"));
        QCOMPARE(pia->state, DeadlineState::Upcoming);
        const auto filed = find(list, DeadlineKind::InitialFiling);
        QVERIFY(filed);
        QCOMPARE(filed->basis, DeadlineBasis::StartOfUse);
        QCOMPARE(filed->workingDays, rules().filing.initialDays);
        QCOMPARE(filed->due, d("2025-11-13")); // across the 2025 National Day holiday
        QCOMPARE(filed->count.makeUpDays, 2);
        QVERIFY(!filed->estimated);
        // Nothing filed yet: no modification or de-registration, no yearly review before use.
        QVERIFY(!find(list, DeadlineKind::ModificationFiling));
        QVERIFY(!find(list, DeadlineKind::DeregistrationFiling));
        QVERIFY(!find(list, DeadlineKind::YearlyReview));
        QVERIFY(!find(list, DeadlineKind::Retention));
    }

    void initialFilingAroundItsDueDate_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("left");
        QTest::newRow("long before") << d("2025-10-09") << int(DeadlineState::Upcoming) << 26;
        QTest::newRow("ten working days before") << d("2025-10-30") << int(DeadlineState::DueSoon) << 10;
        QTest::newRow("the day before") << d("2025-11-12") << int(DeadlineState::DueSoon) << 1;
        QTest::newRow("on the day") << d("2025-11-13") << int(DeadlineState::DueSoon) << 0;
        QTest::newRow("the day after") << d("2025-11-14") << int(DeadlineState::Overdue) << -1;
        QTest::newRow("a weekend after") << d("2025-11-16") << int(DeadlineState::Overdue) << -1;
    }

    void initialFilingAroundItsDueDate()
    {
        QFETCH(QDate, today);
        QFETCH(int, state);
        QFETCH(int, left);
        CaseBundle b = estateGate();
        b.caseInfo.facts.status = CaseStatus::InUse;
        const auto filed = find(plan(b, today), DeadlineKind::InitialFiling);
        QVERIFY(filed);
        QCOMPARE(int(filed->state), state);
        QCOMPARE(filed->workingDaysLeft, left);
    }

    void dueSoonWindowIsConfigurable()
    {
        const QList<Deadline> list = plan(estateGate(), d("2025-10-30"), 5);
        QCOMPARE(find(list, DeadlineKind::InitialFiling)->state, DeadlineState::Upcoming);
    }

    void filingMetOnTimeOrLate()
    {
        CaseBundle b = estateGate();
        b.caseInfo.facts.status = CaseStatus::InUse;
        b.filings.append(filing(FilingKind::Initial, QDate(), d("2025-11-10")));
        const auto filed = find(plan(b, d("2025-12-01")), DeadlineKind::InitialFiling);
        QCOMPARE(filed->state, DeadlineState::Met);
        QCOMPARE(filed->metOn, d("2025-11-10"));
        QVERIFY(!filed->late);
        b.filings[0].submittedOn = d("2025-11-14");
        QVERIFY(find(plan(b, d("2025-12-01")), DeadlineKind::InitialFiling)->late);
    }

    void triggerRecordedOnTheFilingWins()
    {
        // The head count crossed the threshold later than the start of use: the officer records that day.
        CaseBundle b = estateGate();
        b.caseInfo.facts.publicPlace = false;
        b.caseInfo.facts.storedPeople = 10001;
        b.filings.append(filing(FilingKind::Initial, d("2025-10-03"), QDate())); // on a holiday
        const auto filed = find(plan(b, d("2025-10-03")), DeadlineKind::InitialFiling);
        QCOMPARE(filed->basis, DeadlineBasis::FilingTrigger);
        QCOMPARE(filed->due, m_calendar.addWorkingDays(d("2025-10-03"), 30).to);
        QCOMPARE(filed->due, d("2025-11-18"));
    }

    void filingThresholdIsStrict()
    {
        CaseBundle b = estateGate();
        b.caseInfo.facts.publicPlace = false;
        b.caseInfo.facts.storedPeople = 10000;
        QVERIFY(!find(plan(b, d("2025-09-01")), DeadlineKind::InitialFiling));
        b.caseInfo.facts.storedPeople = 10001;
        QVERIFY(find(plan(b, d("2025-09-01")), DeadlineKind::InitialFiling));
    }

    void unscheduledSaysWhatIsMissing()
    {
        CaseBundle b = estateGate();
        b.caseInfo.facts.startOfUse = QDate();
        b.caseInfo.facts.status = CaseStatus::InUse;
        const QList<Deadline> list = plan(b, d("2025-09-01"));
        const auto filed = find(list, DeadlineKind::InitialFiling);
        QCOMPARE(filed->state, DeadlineState::Unscheduled);
        QVERIFY(!filed->due.isValid());
        QVERIFY(DeadlinePlanner::missing(*filed).contains(QLatin1String("start of use")));
        // Unscheduled ones come after every dated one.
        QCOMPARE(list.last().state == DeadlineState::Unscheduled || list.last().state == DeadlineState::Met, true);
    }

    void throughTheLifeOfACase()
    {
        CaseBundle b = estateGate();
        b.caseInfo.facts.status = CaseStatus::InUse;
        b.assessments.append(finalVersion(1, TriggerKind::Initial, QDate(), d("2025-09-20")));
        b.filings.append(filing(FilingKind::Initial, QDate(), d("2025-11-10")));

        // In use and filed: the yearly review and the retention are what remains.
        QList<Deadline> list = plan(b, d("2025-12-01"));
        QCOMPARE(find(list, DeadlineKind::InitialAssessment)->state, DeadlineState::Met);
        const auto yearly = find(list, DeadlineKind::YearlyReview);
        QVERIFY(yearly);
        QCOMPARE(yearly->due, d("2026-09-20"));
        QCOMPARE(yearly->state, DeadlineState::Upcoming);
        QCOMPARE(find(list, DeadlineKind::Retention, 1)->due, d("2028-09-20"));

        // A substantive change: the methods change on Monday 2026-03-02.
        AssessmentVersion v2;
        v2.number = 2;
        v2.trigger = TriggerKind::MethodsChanged;
        v2.triggerDate = d("2026-03-02");
        b.assessments[0].state = AssessmentState::Finalized;
        b.assessments.append(v2);
        list = plan(b, d("2026-03-03"));
        const auto modification = find(list, DeadlineKind::ModificationFiling);
        QVERIFY(modification);
        QCOMPARE(modification->basis, DeadlineBasis::Change);
        QCOMPARE(modification->versionNumber, 2);
        QCOMPARE(modification->due, d("2026-03-30"));
        QCOMPARE(modification->state, DeadlineState::Upcoming);
        const auto reassessment = find(list, DeadlineKind::Reassessment, 2);
        QVERIFY(reassessment);
        QCOMPARE(reassessment->due, d("2026-03-02"));
        QCOMPARE(reassessment->state, DeadlineState::Overdue);
        QCOMPARE(plan(b, d("2026-03-31")).constFirst().kind, DeadlineKind::Reassessment); // overdue the longest

        // The modification is filed and the new version finalized.
        b.filings.append(filing(FilingKind::Modification, QDate(), d("2026-03-20")));
        b.assessments[0].state = AssessmentState::Superseded;
        b.assessments[1] = finalVersion(2, TriggerKind::MethodsChanged, d("2026-03-02"), d("2026-03-10"));
        list = plan(b, d("2026-04-01"));
        QCOMPARE(find(list, DeadlineKind::ModificationFiling)->state, DeadlineState::Met);
        QCOMPARE(find(list, DeadlineKind::Reassessment, 2)->state, DeadlineState::Met);
        QVERIFY(find(list, DeadlineKind::Reassessment, 2)->late);
        QCOMPARE(find(list, DeadlineKind::YearlyReview)->due, d("2027-03-10")); // from the last finalization
        QCOMPARE(find(list, DeadlineKind::Retention, 1)->due, d("2028-09-20")); // a superseded version keeps its date

        // The use ends on Tuesday 2026-12-15: de-registration, counted into 2027, which the calendar lacks.
        b.caseInfo.facts.status = CaseStatus::Ended;
        b.caseInfo.facts.endOfUse = d("2026-12-15");
        list = plan(b, d("2026-12-16"));
        QVERIFY(!find(list, DeadlineKind::YearlyReview));
        const auto deregistration = find(list, DeadlineKind::DeregistrationFiling);
        QVERIFY(deregistration);
        QCOMPARE(deregistration->basis, DeadlineBasis::EndOfUse);
        QCOMPARE(deregistration->due, d("2027-01-26"));
        QVERIFY(deregistration->estimated);
        const DeadlinePlanner planner(rules(), m_calendar, { d("2026-12-16"), 10 });
        QVERIFY(planner.explain(*deregistration, Language::English).contains(QLatin1String("Estimated")));
        QCOMPARE(planner.toJson(*deregistration, Language::English).value(QStringLiteral("estimated")).toBool(), true);

        b.filings.append(filing(FilingKind::Deregistration, QDate(), d("2027-01-05")));
        QCOMPARE(find(plan(b, d("2027-01-06")), DeadlineKind::DeregistrationFiling)->state, DeadlineState::Met);
    }

    void actionPlanMeasuresAreDeadlinesUntilDone()
    {
        CaseBundle b = estateGate();
        b.assessments.append(finalVersion(1, TriggerKind::Initial, QDate(), d("2025-09-01")));
        AssessmentVersion draft;
        draft.number = 2;
        const auto measure = [](const QString& what, const QString& owner, const QDate& due, MeasureStatus status) {
            Measure m;
            m.description = what;
            m.owner = owner;
            m.dueDate = due;
            m.status = status;
            return m;
        };
        draft.measures = { measure(QStringLiteral("特征值加密存储"), QStringLiteral("信息技术部"), d("2025-10-10"),
                               MeasureStatus::InProgress),
            measure(QStringLiteral("公示告知牌"), QString(), d("2025-12-31"), MeasureStatus::Planned),
            measure(QStringLiteral("done"), QString(), d("2025-09-30"), MeasureStatus::Done),
            measure(QStringLiteral("dropped"), QString(), d("2025-09-30"), MeasureStatus::Dropped),
            measure(QStringLiteral("no date"), QString(), QDate(), MeasureStatus::Planned) };
        b.assessments.append(draft);
        const DeadlinePlanner planner(rules(), m_calendar, { d("2025-10-13"), 10 });
        QList<Deadline> measures;
        for (const Deadline& x : planner.plan(b)) {
            if (x.kind == DeadlineKind::Measure)
                measures.append(x);
        }
        // The open, dated measures of the latest version, by the date set; done, dropped and undated ones not.
        QCOMPARE(measures.size(), 2);
        QCOMPARE(measures.at(0).subject, QStringLiteral("特征值加密存储"));
        QCOMPARE(measures.at(0).state, DeadlineState::Overdue);
        QCOMPARE(measures.at(0).versionNumber, 2);
        QCOMPARE(measures.at(0).due, d("2025-10-10")); // a calendar date, not counted
        QCOMPARE(DeadlinePlanner::title(measures.at(0)), QStringLiteral("Measure: 特征值加密存储"));
        const QString why = planner.explain(measures.at(0), Language::English);
        QVERIFY2(why.contains(QLatin1String("action plan of version 2")) && why.contains(QStringLiteral("信息技术部"))
                && why.contains(QLatin1String("in progress")),
            qPrintable(why));
        QCOMPARE(measures.at(1).state, DeadlineState::Upcoming);
        QVERIFY(planner.explain(measures.at(1), Language::English).contains(QLatin1String("no owner is named")));
        const QJsonObject json = planner.toJson(measures.at(0), Language::English);
        QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("measure"));
        QCOMPARE(json.value(QStringLiteral("measureStatus")).toString(), QStringLiteral("in_progress"));
        QCOMPARE(json.value(QStringLiteral("counted")).toObject().value(QStringLiteral("from")).toString(),
            QStringLiteral("action_plan"));
        // Finalized, the version cannot record the measure done: the explanation says a re-assessment does.
        b.assessments.last().state = AssessmentState::Finalized;
        const QList<Deadline> final = planner.plan(b);
        const auto kept = std::find_if(
            final.cbegin(), final.cend(), [](const Deadline& x) { return x.kind == DeadlineKind::Measure; });
        QVERIFY(kept != final.cend());
        QVERIFY(planner.explain(*kept, Language::English).contains(QLatin1String("a re-assessment")));
        // Once the use has ended, none.
        b.caseInfo.facts.status = CaseStatus::Ended;
        for (const Deadline& x : planner.plan(b))
            QVERIFY(x.kind != DeadlineKind::Measure);
        b.caseInfo.facts.status = CaseStatus::Planned;
        b.assessments.last().state = AssessmentState::Draft;
        // An earlier version's action plan is history: only the latest one's measures count.
        b.assessments.last().measures.clear();
        for (const Deadline& x : planner.plan(b))
            QVERIFY(x.kind != DeadlineKind::Measure);
    }

    void retentionOfALeapDayReport()
    {
        QCOMPARE(Retention::periodEnd(d("2024-02-29"), 3), d("2027-02-28"));
        CaseBundle b = estateGate();
        b.assessments.append(finalVersion(1, TriggerKind::Initial, QDate(), d("2024-02-29")));
        const DeadlinePlanner planner(rules(), m_calendar, { d("2027-02-28"), 10 });
        const auto kept = find(planner.plan(b), DeadlineKind::Retention);
        QCOMPARE(kept->due, d("2027-02-28"));
        QCOMPARE(kept->state, DeadlineState::Upcoming);
        QVERIFY(planner.explain(*kept, Language::English).contains(QLatin1String("may be deleted from 1 March 2027")));
        QCOMPARE(find(plan(b, d("2027-03-01")), DeadlineKind::Retention)->state, DeadlineState::Met);
    }

    void yearlyReviewFromALeapDay()
    {
        QCOMPARE(DeadlinePlanner::addMonths(d("2024-02-29"), 12), d("2025-02-28"));
        QCOMPARE(DeadlinePlanner::addMonths(d("2025-01-31"), 1), d("2025-02-28"));
        CaseBundle b = estateGate();
        b.caseInfo.facts.status = CaseStatus::InUse;
        b.assessments.append(finalVersion(1, TriggerKind::Initial, QDate(), d("2024-02-29")));
        QCOMPARE(find(plan(b, d("2024-06-01")), DeadlineKind::YearlyReview)->due, d("2025-02-28"));
    }

    void explanationsInChinese()
    {
        CaseBundle b = estateGate();
        const DeadlinePlanner planner(rules(), m_calendar, { d("2025-09-01"), 10 });
        const auto filed = find(planner.plan(b), DeadlineKind::InitialFiling);
        const QString zh = planner.explain(*filed, Language::Chinese);
        QVERIFY2(zh.contains(QStringLiteral("第十六条")), qPrintable(zh));
        const QJsonObject json = planner.toJson(*filed, Language::English);
        QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("initial_filing"));
        QCOMPARE(json.value(QStringLiteral("due")).toString(), QStringLiteral("2025-11-13"));
        QCOMPARE(json.value(QStringLiteral("counted")).toObject().value(QStringLiteral("from")).toString(),
            QStringLiteral("start_of_use"));
    }
};

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
