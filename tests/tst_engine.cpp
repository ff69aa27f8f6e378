// Tests of the assessment engine over the built-in 2023 draft rule set: filing obligation,
// every red flag, the risk matrix and its adjustments, completeness with show-if, and finalization.

#include "TestSupport.h"
#include "rules/Engine.h"
#include "rules/RuleSetLibrary.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace piadesk;

namespace {

const RuleSet& rules()
{
    static const RuleSetLibrary library = RuleSetLibrary::builtIn();
    return *library.defaultRuleSet();
}

/** An unremarkable office access-control case: no filing, no flags from the facts alone. */
CaseFacts officeFacts()
{
    CaseFacts f;
    f.name = QStringLiteral("办公楼门禁");
    f.placeKind = PlaceKind::Office;
    f.methods = { Method::Verification };
    f.storedPeople = 800;
    f.status = CaseStatus::InUse;
    return f;
}

/** \a base with the fields of \a patch (the case-facts keys of the exchange format) replaced. */
CaseFacts patched(CaseFacts f, const QJsonObject& patch)
{
    if (patch.contains(QLatin1String("publicPlace")))
        f.publicPlace = patch.value(QLatin1String("publicPlace")).toBool();
    if (patch.contains(QLatin1String("placeKind")))
        f.placeKind = *enumFromKey<PlaceKind>(patch.value(QLatin1String("placeKind")).toString());
    if (patch.contains(QLatin1String("storedPeople")))
        f.storedPeople = qint64(patch.value(QLatin1String("storedPeople")).toDouble());
    if (patch.contains(QLatin1String("minorsUnder14")))
        f.minorsUnder14 = patch.value(QLatin1String("minorsUnder14")).toBool();
    if (patch.contains(QLatin1String("originalImagesStored")))
        f.originalImagesStored = patch.value(QLatin1String("originalImagesStored")).toBool();
    if (patch.contains(QLatin1String("methods"))) {
        f.methods.clear();
        for (const QJsonValue& m : patch.value(QLatin1String("methods")).toArray())
            f.methods.append(*enumFromKey<Method>(m.toString()));
    }
    return f;
}

AssessmentVersion withAnswers(const QJsonObject& answers)
{
    AssessmentVersion v;
    v.number = 1;
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it)
        v.answers.append({ it.key(), it.value(), {}, {} });
    return v;
}

QStringList firedFlags(const CaseFacts& facts, const AssessmentVersion& v)
{
    QStringList ids;
    for (const RaisedFlag& f : Engine(rules(), facts, v).redFlags())
        ids.append(f.rule->id);
    return ids;
}

QJsonObject o(std::initializer_list<QPair<QString, QJsonValue>> pairs)
{
    QJsonObject obj;
    for (const auto& p : pairs)
        obj.insert(p.first, p.second);
    return obj;
}

QString s(const char* text)
{
    return QLatin1String(text);
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

    QSet<QString> m_testedFiring;
    QSet<QString> m_testedQuiet;
    QSet<QString> m_prohibitedRows;

private Q_SLOTS:
    void filingObligation_data()
    {
        QTest::addColumn<bool>("publicPlace");
        QTest::addColumn<qint64>("storedPeople");
        QTest::addColumn<bool>("required");
        QTest::addColumn<bool>("byPublicPlace");
        QTest::addColumn<bool>("byHeadCount");
        QTest::newRow("neither") << false << qint64(0) << false << false << false;
        QTest::newRow("exactly 10,000 stored") << false << qint64(10000) << false << false << false;
        QTest::newRow("10,001 stored") << false << qint64(10001) << true << false << true;
        QTest::newRow("public place") << true << qint64(5) << true << true << false;
        QTest::newRow("both") << true << qint64(2000000) << true << true << true;
    }

    void filingObligation()
    {
        QFETCH(bool, publicPlace);
        QFETCH(qint64, storedPeople);
        CaseFacts facts = officeFacts();
        facts.publicPlace = publicPlace;
        facts.storedPeople = storedPeople;
        const FilingObligation o = Engine::filingObligation(rules(), facts);
        QTEST(o.required, "required");
        QTEST(o.byPublicPlace, "byPublicPlace");
        QTEST(o.byHeadCount, "byHeadCount");
        const QString reason = Engine::explain(rules(), o, Language::English);
        QVERIFY2(reason.startsWith(o.required ? QLatin1String("Filing required") : QLatin1String("No filing")),
            qPrintable(reason));
        QVERIFY2(reason.contains(QLatin1String("Art. 16")), qPrintable(reason));
    }

    void filingThresholdCanBeInclusive()
    {
        RuleSet atLeast = rules();
        atLeast.filing.comparison = ThresholdComparison::AtLeast;
        atLeast.filing.headCountThreshold = 100000;
        CaseFacts facts = officeFacts();
        facts.storedPeople = 99999;
        QVERIFY(!Engine::filingObligation(atLeast, facts).required);
        facts.storedPeople = 100000;
        QVERIFY(Engine::filingObligation(atLeast, facts).byHeadCount);
        atLeast.filing.publicPlaceTriggers = false;
        facts.storedPeople = 1;
        facts.publicPlace = true;
        QVERIFY(!Engine::filingObligation(atLeast, facts).required);
    }

    void explanationIsBilingual()
    {
        CaseFacts facts = officeFacts();
        facts.storedPeople = 12000;
        const FilingObligation o = Engine::filingObligation(rules(), facts);
        QVERIFY(Engine::explain(rules(), o, Language::English).contains(QLatin1String("12,000")));
        QVERIFY(Engine::explain(rules(), o, Language::English)
                    .contains(QLatin1String("prefecture-level cyberspace administration")));
    }

    void redFlags_data()
    {
        QTest::addColumn<QString>("flag");
        QTest::addColumn<QJsonObject>("facts");
        QTest::addColumn<QJsonObject>("answers");
        QTest::addColumn<bool>("fires");
        const auto row = [this](const char* name, const char* flag, const QJsonObject& facts,
                             const QJsonObject& answers, bool fires) {
            QTest::newRow(name) << s(flag) << facts << answers << fires;
            (fires ? m_testedFiring : m_testedQuiet).insert(s(flag));
        };
        const QJsonObject none;
        row("art6 fires", "art6_private_place", none, o({ { s("screen.private_place"), s("yes") } }), true);
        row("art6 quiet", "art6_private_place", none, o({ { s("screen.private_place"), s("no") } }), false);
        row("art5 fires", "art5_no_consent", none, o({ { s("screen.consent_basis"), s("none") } }), true);
        row("art5 quiet", "art5_no_consent", none, o({ { s("screen.consent_basis"), s("specific_consent") } }), false);
        row("art4 fires", "art4_non_biometric_first", none, o({ { s("screen.alternative_offered"), s("no") } }), true);
        row("art4 quiet", "art4_non_biometric_first", none, o({ { s("screen.alternative_offered"), s("yes") } }),
            false);
        row("art7 fires", "art7_public_place", o({ { s("publicPlace"), true } }), none, true);
        row("art7 quiet", "art7_public_place", none, none, false);
        row("art7 notice fires", "art7_no_notice", o({ { s("publicPlace"), true } }),
            o({ { s("screen.public_notice"), s("no") } }), true);
        // The notice question is hidden outside public places, so its stale answer counts for nothing.
        row("art7 notice hidden", "art7_no_notice", none, o({ { s("screen.public_notice"), s("no") } }), false);
        row("art7 other use fires", "art7_other_use", o({ { s("publicPlace"), true } }),
            o({ { s("screen.public_other_use"), s("yes") } }), true);
        row("art7 other use quiet", "art7_other_use", o({ { s("publicPlace"), true } }),
            o({ { s("screen.public_other_use"), s("no") } }), false);
        row("art8 fires", "art8_internal_management", none, o({ { s("screen.internal_management"), s("yes") } }), true);
        row("art8 quiet", "art8_internal_management", none, o({ { s("screen.internal_management"), s("no") } }), false);
        const QJsonObject forced { { s("screen.required_by_law"), s("no") },
            { s("screen.alternative_offered"), s("no") } };
        row("art9 forced fires", "art9_forced_verification", o({ { s("placeKind"), s("hotel") } }), forced, true);
        row("art9 forced quiet (office)", "art9_forced_verification", none, forced, false);
        row("art9 forced quiet (required by law)", "art9_forced_verification", o({ { s("placeKind"), s("bank") } }),
            o({ { s("screen.required_by_law"), s("yes") }, { s("screen.alternative_offered"), s("no") } }), false);
        row("art9 voluntary fires", "art9_voluntary_notice", o({ { s("placeKind"), s("library") } }), none, true);
        row("art9 voluntary quiet", "art9_voluntary_notice", o({ { s("placeKind"), s("residential") } }), none, false);
        const QJsonObject remote { { s("methods"), QJsonArray { s("remote_frictionless") } } };
        row("art10 purpose fires", "art10_remote_purpose", remote, o({ { s("screen.remote_purpose"), s("other") } }),
            true);
        row("art10 purpose quiet (hidden)", "art10_remote_purpose", none,
            o({ { s("screen.remote_purpose"), s("other") } }), false);
        row("art10 purpose quiet (public safety)", "art10_remote_purpose", remote,
            o({ { s("screen.remote_purpose"), s("national_security_public_safety") } }), false);
        row("art10 limits fires", "art10_remote_limits", remote, none, true);
        row("art10 limits quiet", "art10_remote_limits", none, none, false);
        row("art11 fires", "art11_sensitive_analysis", none,
            o({ { s("screen.sensitive_analysis"), s("yes") }, { s("screen.sensitive_analysis_basis"), s("none") } }),
            true);
        row("art11 quiet", "art11_sensitive_analysis", none,
            o({ { s("screen.sensitive_analysis"), s("yes") },
                { s("screen.sensitive_analysis_basis"), s("specific_consent") } }),
            false);
        row("art11 basis fires", "art11_sensitive_basis", none,
            o({ { s("screen.sensitive_analysis"), s("yes") },
                { s("screen.sensitive_analysis_basis"), s("emergency") } }),
            true);
        row("art11 basis quiet", "art11_sensitive_basis", none, o({ { s("screen.sensitive_analysis"), s("no") } }),
            false);
        row("art12 fires", "art12_sole_means", none,
            o({ { s("screen.social_assistance_property"), s("yes") }, { s("screen.human_review"), s("no") } }), true);
        row("art12 quiet", "art12_sole_means", none,
            o({ { s("screen.social_assistance_property"), s("yes") }, { s("screen.human_review"), s("yes") } }), false);
        row("art13 fires", "art13_minors", o({ { s("minorsUnder14"), true } }), none, true);
        row("art13 quiet", "art13_minors", none, none, false);
        row("art13 consent fires", "art13_no_guardian_consent", o({ { s("minorsUnder14"), true } }),
            o({ { s("legality.guardian_consent"), s("no") } }), true);
        row("art13 consent quiet", "art13_no_guardian_consent", none,
            o({ { s("legality.guardian_consent"), s("no") } }), false);
        row("art14 fires", "art14_only_means", o({ { s("placeKind"), s("residential") } }),
            o({ { s("screen.property_management"), s("yes") }, { s("screen.alternative_offered"), s("no") } }), true);
        row("art14 quiet", "art14_only_means", o({ { s("placeKind"), s("residential") } }),
            o({ { s("screen.property_management"), s("yes") }, { s("screen.alternative_offered"), s("yes") } }), false);
        row("art17 originals fires", "art17_original_images", o({ { s("originalImagesStored"), true } }),
            o({ { s("screen.original_images_basis"), s("none") } }), true);
        row("art17 originals quiet", "art17_original_images", o({ { s("originalImagesStored"), true } }),
            o({ { s("screen.original_images_basis"), s("specific_consent") } }), false);
        row("art17 mlps fires", "art17_public_service_mlps", none,
            o({ { s("screen.public_service"), s("yes") }, { s("screen.mlps_level"), s("level2") } }), true);
        row("art17 mlps quiet", "art17_public_service_mlps", none,
            o({ { s("screen.public_service"), s("yes") }, { s("screen.mlps_level"), s("level3_or_higher") } }), false);
        row("art17 service fires", "art17_public_service", none, o({ { s("screen.public_service"), s("yes") } }), true);
        row("art17 service quiet", "art17_public_service", none, o({ { s("screen.public_service"), s("no") } }), false);
        row("art17 cii fires", "art17_cii", none, o({ { s("screen.cii"), s("yes") } }), true);
        row("art17 cii quiet", "art17_cii", none, o({ { s("screen.cii"), s("no") } }), false);
        row("art18 fires", "art18_unrelated_kept", none,
            o({ { s("accuracy.unrelated_capture"), s("yes") }, { s("accuracy.unrelated_deleted"), s("no") } }), true);
        row("art18 quiet (hidden)", "art18_unrelated_kept", none,
            o({ { s("accuracy.unrelated_capture"), s("no") }, { s("accuracy.unrelated_deleted"), s("no") } }), false);
        row("art19 fires", "art19_yearly_testing", none, o({ { s("protection.yearly_testing"), s("no") } }), true);
        row("art19 quiet", "art19_yearly_testing", none, o({ { s("protection.yearly_testing"), s("yes") } }), false);
        row("art20 fires", "art20_equipment", none, o({ { s("screen.equipment_certified"), s("no") } }), true);
        row("art20 quiet", "art20_equipment", none, o({ { s("screen.equipment_certified"), s("na") } }), false);
        row("scale fires at 10,001", "priority_scale", o({ { s("storedPeople"), 10001 } }), none, true);
        row("scale quiet at 10,000", "priority_scale", o({ { s("storedPeople"), 10000 } }), none, false);
        row("special groups fire", "priority_special_groups", none,
            o({ { s("screen.special_groups"), QJsonArray { s("elderly") } } }), true);
        row("special groups quiet", "priority_special_groups", none,
            o({ { s("screen.special_groups"), QJsonArray { s("none") } } }), false);
        row("linked sensitive fires", "priority_linked_sensitive", none,
            o({ { s("screen.linked_sensitive"), QJsonArray { s("whereabouts") } } }), true);
        row("linked sensitive quiet", "priority_linked_sensitive", none,
            o({ { s("screen.linked_sensitive"), QJsonArray { s("none") } } }), false);
        row("complaints fire", "pipl_complaint_channel", none, o({ { s("rights_impact.complaint_channel"), s("no") } }),
            true);
        row("complaints quiet", "pipl_complaint_channel", none,
            o({ { s("rights_impact.complaint_channel"), s("yes") } }), false);
        // An answer the question does not allow counts as no answer.
        row("invalid answer is ignored", "art6_private_place", none, o({ { s("screen.private_place"), s("maybe") } }),
            false);
    }

    void redFlags()
    {
        QFETCH(QString, flag);
        QFETCH(QJsonObject, facts);
        QFETCH(QJsonObject, answers);
        QFETCH(bool, fires);
        QVERIFY2(rules().redFlag(flag), qPrintable(flag));
        const CaseFacts f = patched(officeFacts(), facts);
        const AssessmentVersion v = withAnswers(answers);
        QCOMPARE(firedFlags(f, v).contains(flag), fires);
        if (!fires)
            return;
        // The flag names what made it fire, with the values it saw.
        for (const RaisedFlag& raised : Engine(rules(), f, v).redFlags()) {
            if (raised.rule->id != flag)
                continue;
            QVERIFY(!raised.causes.isEmpty());
            for (const ConditionTerm& t : raised.causes) {
                const QJsonValue expected
                    = t.source == ConditionTerm::Source::Fact ? Facts::value(f, t.name) : answers.value(t.name);
                QCOMPARE(t.value, expected);
            }
        }
    }

    void everyRedFlagIsTestedBothWays()
    {
        // Runs after redFlags(), whose data function recorded the rows.
        for (const RedFlagRule& flag : rules().redFlags) {
            QVERIFY2(m_testedFiring.contains(flag.id), qPrintable(flag.id + QStringLiteral(" never fires in a test")));
            QVERIFY2(
                m_testedQuiet.contains(flag.id), qPrintable(flag.id + QStringLiteral(" is never quiet in a test")));
        }
    }

    void prohibitedPractices_data()
    {
        // Each prohibited practice three ways where the article allows it: the practice with nothing shown that
        // would allow it ("basis not shown"), the practice as such ("raised"), and the practice stopped or the
        // article's own exception recorded ("quiet").
        QTest::addColumn<QString>("flag");
        QTest::addColumn<QJsonObject>("facts");
        QTest::addColumn<QJsonObject>("answers");
        QTest::addColumn<QString>("state");
        const auto row = [this](const char* name, const char* flag, const QJsonObject& facts,
                             const QJsonObject& answers, const char* state) {
            QTest::newRow(name) << s(flag) << facts << answers << s(state);
            m_prohibitedRows.insert(s(flag) + QLatin1Char('/') + s(state));
        };
        const QJsonObject none;
        const QJsonObject pub { { s("publicPlace"), true } };
        row("art6 device in a private place", "art6_private_place", none,
            o({ { s("screen.private_place"), s("yes") } }), "raised");
        row("art6 none", "art6_private_place", none, o({ { s("screen.private_place"), s("no") } }), "quiet");
        row("art5 basis unanswered", "art5_no_consent", none, none, "not_shown");
        row("art5 no consent", "art5_no_consent", none, o({ { s("screen.consent_basis"), s("none") } }), "raised");
        row("art5 exception: a law exempts", "art5_no_consent", none,
            o({ { s("screen.consent_basis"), s("law_exempts") } }), "quiet");
        row("art7 notice unanswered", "art7_no_notice", pub, none, "not_shown");
        row("art7 no notice", "art7_no_notice", pub, o({ { s("screen.public_notice"), s("no") } }), "raised");
        row("art7 notice posted", "art7_no_notice", pub, o({ { s("screen.public_notice"), s("yes") } }), "quiet");
        row("art7 other use unanswered", "art7_other_use", pub, none, "not_shown");
        row("art7 other use", "art7_other_use", pub, o({ { s("screen.public_other_use"), s("yes") } }), "raised");
        row("art7 no other use", "art7_other_use", pub, o({ { s("screen.public_other_use"), s("no") } }), "quiet");
        const QJsonObject hotel { { s("placeKind"), s("hotel") } };
        row("art9 nothing shown", "art9_forced_verification", hotel, none, "not_shown");
        row("art9 alternative unanswered", "art9_forced_verification", hotel,
            o({ { s("screen.required_by_law"), s("no") } }), "not_shown");
        row("art9 forced", "art9_forced_verification", hotel,
            o({ { s("screen.required_by_law"), s("no") }, { s("screen.alternative_offered"), s("no") } }), "raised");
        row("art9 alternative said, but refusing is penalised", "art9_forced_verification", hotel,
            o({ { s("screen.required_by_law"), s("no") }, { s("screen.alternative_offered"), s("yes") },
                { s("rights_impact.refuse_without_penalty"), s("no") } }),
            "raised");
        row("art9 exception: required by law", "art9_forced_verification", hotel,
            o({ { s("screen.required_by_law"), s("yes") } }), "quiet");
        row("art9 alternative offered", "art9_forced_verification", hotel,
            o({ { s("screen.alternative_offered"), s("yes") } }), "quiet");
        const QJsonObject remote { { s("methods"), QJsonArray { s("remote_frictionless") } } };
        row("art10 purpose unanswered", "art10_remote_purpose", remote, none, "not_shown");
        row("art10 other purpose", "art10_remote_purpose", remote, o({ { s("screen.remote_purpose"), s("other") } }),
            "raised");
        row("art10 exception: emergency", "art10_remote_purpose", remote,
            o({ { s("screen.remote_purpose"), s("emergency") } }), "quiet");
        const QJsonObject analysis { { s("screen.sensitive_analysis"), s("yes") } };
        row("art11 basis unanswered", "art11_sensitive_analysis", none, analysis, "not_shown");
        row("art11 no basis", "art11_sensitive_analysis", none,
            o({ { s("screen.sensitive_analysis"), s("yes") }, { s("screen.sensitive_analysis_basis"), s("none") } }),
            "raised");
        row("art11 exception: specific consent", "art11_sensitive_analysis", none,
            o({ { s("screen.sensitive_analysis"), s("yes") },
                { s("screen.sensitive_analysis_basis"), s("specific_consent") } }),
            "quiet");
        row("art11 no analysis", "art11_sensitive_analysis", none, o({ { s("screen.sensitive_analysis"), s("no") } }),
            "quiet");
        const QJsonObject assistance { { s("screen.social_assistance_property"), s("yes") } };
        row("art12 review unanswered", "art12_sole_means", none, assistance, "not_shown");
        row("art12 sole means", "art12_sole_means", none,
            o({ { s("screen.social_assistance_property"), s("yes") }, { s("screen.human_review"), s("no") } }),
            "raised");
        row("art12 human review", "art12_sole_means", none,
            o({ { s("screen.social_assistance_property"), s("yes") }, { s("screen.human_review"), s("yes") } }),
            "quiet");
        const QJsonObject minors { { s("minorsUnder14"), true } };
        row("art13 consent unanswered", "art13_no_guardian_consent", minors, none, "not_shown");
        row("art13 no consent", "art13_no_guardian_consent", minors, o({ { s("legality.guardian_consent"), s("no") } }),
            "raised");
        row("art13 consent", "art13_no_guardian_consent", minors, o({ { s("legality.guardian_consent"), s("yes") } }),
            "quiet");
        const QJsonObject property { { s("screen.property_management"), s("yes") } };
        row("art14 alternative unanswered", "art14_only_means", none, property, "not_shown");
        row("art14 only means", "art14_only_means", none,
            o({ { s("screen.property_management"), s("yes") }, { s("screen.alternative_offered"), s("no") } }),
            "raised");
        row("art14 alternative said, but no other way into the property", "art14_only_means", none,
            o({ { s("screen.property_management"), s("yes") }, { s("screen.alternative_offered"), s("yes") },
                { s("rights_impact.residential_alternative"), s("no") } }),
            "raised");
        row("art14 alternative", "art14_only_means", none,
            o({ { s("screen.property_management"), s("yes") }, { s("screen.alternative_offered"), s("yes") } }),
            "quiet");
        const QJsonObject originals { { s("originalImagesStored"), true } };
        row("art17 basis unanswered", "art17_original_images", originals, none, "not_shown");
        row("art17 no basis", "art17_original_images", originals,
            o({ { s("screen.original_images_basis"), s("none") } }), "raised");
        row("art17 exception: legal requirement", "art17_original_images", originals,
            o({ { s("screen.original_images_basis"), s("legal_requirement") } }), "quiet");
        row("art17 exception: anonymized", "art17_original_images", originals,
            o({ { s("screen.original_images_basis"), s("anonymized") } }), "quiet");
        const QJsonObject service { { s("screen.public_service"), s("yes") } };
        row("art17 MLPS unanswered", "art17_public_service_mlps", none, service, "not_shown");
        row("art17 MLPS level 2", "art17_public_service_mlps", none,
            o({ { s("screen.public_service"), s("yes") }, { s("screen.mlps_level"), s("level2") } }), "raised");
        row("art17 MLPS level 3", "art17_public_service_mlps", none,
            o({ { s("screen.public_service"), s("yes") }, { s("screen.mlps_level"), s("level3_or_higher") } }),
            "quiet");
        const QJsonObject unrelated { { s("accuracy.unrelated_capture"), s("yes") } };
        row("art18 deletion unanswered", "art18_unrelated_kept", none, unrelated, "not_shown");
        row("art18 kept", "art18_unrelated_kept", none,
            o({ { s("accuracy.unrelated_capture"), s("yes") }, { s("accuracy.unrelated_deleted"), s("no") } }),
            "raised");
        row("art18 deleted", "art18_unrelated_kept", none,
            o({ { s("accuracy.unrelated_capture"), s("yes") }, { s("accuracy.unrelated_deleted"), s("yes") } }),
            "quiet");
        row("art20 certification unanswered", "art20_equipment", none, none, "not_shown");
        row("art20 not certified", "art20_equipment", none, o({ { s("screen.equipment_certified"), s("no") } }),
            "raised");
        row("art20 certified", "art20_equipment", none, o({ { s("screen.equipment_certified"), s("yes") } }), "quiet");
    }

    void prohibitedPractices()
    {
        QFETCH(QString, flag);
        QFETCH(QJsonObject, facts);
        QFETCH(QJsonObject, answers);
        QFETCH(QString, state);
        const CaseFacts f = patched(officeFacts(), facts);
        AssessmentVersion v = withAnswers(answers);
        // A note on the flag never changes what it says.
        v.answers.append({ s("flag.") + flag, QJsonValue(), s("已由法务部确认合法"), {} });
        const Engine engine(rules(), f, v);
        const QList<RaisedFlag> flags = engine.redFlags();
        const auto it
            = std::find_if(flags.cbegin(), flags.cend(), [&](const RaisedFlag& r) { return r.rule->id == flag; });
        const QString actual = it == flags.cend() ? s("quiet") : it->basisNotShown ? s("not_shown") : s("raised");
        QCOMPARE(actual, state);
        if (it == flags.cend())
            return;
        QVERIFY(it->isProhibited());
        QVERIFY(it->blocksFinalization());
        const FinalizationCheck check = engine.finalizationCheck();
        QVERIFY(!check.allowed);
        QVERIFY2(std::any_of(check.reasons.cbegin(), check.reasons.cend(),
                     [&](const QString& r) { return r.contains(it->rule->title.en); }),
            qPrintable(check.reasons.join(QLatin1Char('\n'))));
    }

    void everyProhibitedPracticeIsTestedEachWay()
    {
        for (const RedFlagRule& flag : rules().redFlags) {
            if (flag.severity != Severity::Prohibited)
                continue;
            for (const char* state : { "raised", "quiet" })
                QVERIFY2(m_prohibitedRows.contains(flag.id + QLatin1Char('/') + QLatin1String(state)),
                    qPrintable(flag.id + QStringLiteral(" has no row ") + QLatin1String(state)));
            QCOMPARE(m_prohibitedRows.contains(flag.id + QStringLiteral("/not_shown")), bool(flag.basisNotShown));
        }
    }

    void theOfficeCaseRaisesNoFlag()
    {
        // Everything that would allow a practice shown: no flag.
        const QJsonObject sound { { s("screen.consent_basis"), s("written_consent") },
            { s("screen.equipment_certified"), s("na") }, { s("screen.internal_management"), s("no") } };
        QCOMPARE(firedFlags(officeFacts(), withAnswers(sound)), QStringList());
        // Nothing answered: what would allow processing at all (consent) and certified equipment are not shown.
        QCOMPARE(
            firedFlags(officeFacts(), withAnswers({})), QStringList({ s("art5_no_consent"), s("art20_equipment") }));
        for (const RaisedFlag& f : Engine(rules(), officeFacts(), withAnswers({})).redFlags())
            QVERIFY(f.basisNotShown);
    }

    void prohibitedFlagsBlockWhateverIsWritten()
    {
        CaseFacts facts = officeFacts();
        AssessmentVersion v;
        v.number = 1;
        TestSupport::completeAssessment(rules(), facts, v, QStringLiteral("att-1"));
        const auto setPrivatePlace = [&v](const char* answer) {
            for (Answer& a : v.answers) {
                if (a.questionId == QLatin1String("screen.private_place"))
                    a.value = QLatin1String(answer);
            }
        };
        setPrivatePlace("no");
        FinalizationCheck check = Engine(rules(), facts, v).finalizationCheck();
        QVERIFY2(check.allowed, qPrintable(check.reasons.join(QLatin1Char('\n'))));

        setPrivatePlace("yes");
        check = Engine(rules(), facts, v).finalizationCheck();
        QVERIFY(!check.allowed);
        QVERIFY2(check.reasons.first().contains(QLatin1String("Art. 6")), qPrintable(check.reasons.first()));
        // Section 1 ("legality") was concluded "meets": that conclusion now contradicts the flag.
        QVERIFY(Engine(rules(), facts, v)
                    .inconsistencies()
                    .contains(
                        Inconsistency { Inconsistency::Kind::ProhibitedFlag, s("legality"), s("art6_private_place") }));

        // A written justification is kept as a note, and changes nothing.
        v.answers.append({ QStringLiteral("flag.art6_private_place"), QJsonValue(),
            QStringLiteral("设备仅在客房外走廊，已由法务确认"), {} });
        const Engine engine(rules(), facts, v);
        check = engine.finalizationCheck();
        QVERIFY(!check.allowed);
        const QList<RaisedFlag> flags = engine.redFlags();
        const auto art6 = std::find_if(flags.cbegin(), flags.cend(),
            [](const RaisedFlag& f) { return f.rule->id == QLatin1String("art6_private_place"); });
        QVERIFY(art6 != flags.cend());
        QVERIFY(art6->hasNote());
        QVERIFY(!art6->isAddressed());
        QVERIFY(art6->blocksFinalization());

        // The practice stops: the flag goes, and the version can be finalized (the conclusion agrees again).
        setPrivatePlace("no");
        check = Engine(rules(), facts, v).finalizationCheck();
        QVERIFY2(check.allowed, qPrintable(check.reasons.join(QLatin1Char('\n'))));
    }

    void conclusionsMustAgreeWithTheAnswers_data()
    {
        // Each kind of contradiction between a section's "meets" and its answers, from a sound, complete version.
        QTest::addColumn<QString>("question"); // set to \a value ("" removes the answer)
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("section");
        QTest::addColumn<int>("kind");
        QTest::newRow("no incident plan") << s("protection.incident_plan") << QJsonValue(s("no")) << s("protection")
                                          << int(Inconsistency::Kind::AdverseAnswer);
        QTest::newRow("faces used for training") << s("purpose.model_training") << QJsonValue(s("yes")) << s("purpose")
                                                 << int(Inconsistency::Kind::AdverseAnswer);
        QTest::newRow("false accept rate 14 %")
            << s("accuracy.far") << QJsonValue(14.0) << s("accuracy") << int(Inconsistency::Kind::AdverseAnswer);
        QTest::newRow("mitigations not verified")
            << s("rights_impact.mitigation_effectiveness") << QJsonValue(s("not_verified")) << s("rights_impact")
            << int(Inconsistency::Kind::AdverseAnswer);
        QTest::newRow("mitigations unanswered") << s("rights_impact.mitigation_effectiveness") << QJsonValue()
                                                << s("rights_impact") << int(Inconsistency::Kind::Unanswered);
        QTest::newRow("invalid answer") << s("protection.incident_plan") << QJsonValue(s("perhaps")) << s("protection")
                                        << int(Inconsistency::Kind::Unanswered);
        QTest::newRow("sensitive analysis, basis not shown")
            << s("screen.sensitive_analysis") << QJsonValue(s("yes")) << s("legality")
            << int(Inconsistency::Kind::ProhibitedFlag);
    }

    void conclusionsMustAgreeWithTheAnswers()
    {
        QFETCH(QString, question);
        QFETCH(QJsonValue, value);
        QFETCH(QString, section);
        QFETCH(int, kind);
        const CaseFacts facts = officeFacts();
        AssessmentVersion v;
        v.number = 1;
        TestSupport::completeAssessment(rules(), facts, v, QStringLiteral("att-1"));
        QVERIFY(Engine(rules(), facts, v).inconsistencies().isEmpty());
        QVERIFY(Engine(rules(), facts, v).finalizationCheck().allowed);
        v.answers.removeIf([&](const Answer& a) {
            return a.questionId == question
                || (question == QLatin1String("screen.sensitive_analysis")
                    && a.questionId == QLatin1String("screen.sensitive_analysis_basis"));
        });
        if (!value.isNull())
            v.answers.append({ question, value, s("书面说明"), { s("att-1") } });
        const Engine engine(rules(), facts, v);
        const QList<Inconsistency> found = engine.inconsistencies();
        const QString subject
            = kind == int(Inconsistency::Kind::ProhibitedFlag) ? s("art11_sensitive_analysis") : question;
        QVERIFY2(found.contains(Inconsistency { Inconsistency::Kind(kind), section, subject }),
            qPrintable(QString::number(found.size())));
        const CheckResult check = engine.check();
        QVERIFY(!check.finalization.allowed);
        QVERIFY(!check.inconsistenciesOf(section).isEmpty());
        const QString reason = engine.describe(found.first(), Language::English);
        QVERIFY2(check.finalization.reasons.contains(reason),
            qPrintable(check.finalization.reasons.join(QLatin1Char('\n'))));
        QVERIFY2(reason.contains(QLatin1String("is concluded \"Meets\"")), qPrintable(reason));

        // Concluding the section "partly meets" settles the contradiction; only the finding itself remains to be
        // dealt with (an unanswered question is still missing, a prohibited practice still stands).
        for (Answer& a : v.answers) {
            if (a.questionId == section + QStringLiteral(".conclusion"))
                a.value = s("partly_meets");
        }
        QVERIFY(Engine(rules(), facts, v).check().inconsistenciesOf(section).isEmpty());
        if (kind == int(Inconsistency::Kind::AdverseAnswer))
            QVERIFY(Engine(rules(), facts, v).finalizationCheck().allowed);
    }

    void matrix_data()
    {
        QTest::addColumn<int>("impact");
        QTest::addColumn<int>("likelihood");
        QTest::addColumn<QString>("level");
        // Rows impact low..severe, columns likelihood low, medium, high, very high (DOMAIN.md).
        const QStringList expected[4] = {
            { s("low"), s("low"), s("medium"), s("medium") },
            { s("low"), s("medium"), s("medium"), s("high") },
            { s("medium"), s("medium"), s("high"), s("severe") },
            { s("medium"), s("high"), s("severe"), s("severe") },
        };
        for (int i = 0; i < 4; ++i) {
            for (int l = 0; l < 4; ++l)
                QTest::addRow(
                    "%s impact, %s likelihood", qPrintable(enumKey(ImpactLevel(i))), qPrintable(enumKey(Likelihood(l))))
                    << i << l << expected[i].at(l);
        }
    }

    void matrix()
    {
        QFETCH(int, impact);
        QFETCH(int, likelihood);
        QFETCH(QString, level);
        QCOMPARE(rules().risk.levels.at(Engine::riskLevel(rules().risk, impact, likelihood)).key, level);
    }

    void impactAdjustments_data()
    {
        QTest::addColumn<QJsonObject>("facts");
        QTest::addColumn<QJsonObject>("answers");
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("level"); // of a risk rated high impact, high likelihood
        QTest::newRow("none") << QJsonObject() << QJsonObject() << 0 << s("high");
        QTest::newRow("many people") << o({ { s("storedPeople"), 10001 } }) << QJsonObject() << 1 << s("severe");
        QTest::newRow("children") << o({ { s("minorsUnder14"), true } }) << QJsonObject() << 1 << s("severe");
        QTest::newRow("elderly") << QJsonObject() << o({ { s("screen.special_groups"), QJsonArray { s("elderly") } } })
                                 << 1 << s("severe");
        QTest::newRow("verified de-identification")
            << QJsonObject() << o({ { s("protection.deidentification_verified"), s("yes") } }) << -1 << s("medium");
        QTest::newRow("both cancel") << o({ { s("storedPeople"), 50000 } })
                                     << o({ { s("protection.deidentification_verified"), s("yes") } }) << 0
                                     << s("high");
    }

    void impactAdjustments()
    {
        QFETCH(QJsonObject, facts);
        QFETCH(QJsonObject, answers);
        AssessmentVersion v = withAnswers(answers);
        v.risks.append({ QStringLiteral("r"), QStringLiteral("泄露"), {}, {}, ImpactLevel::High, Likelihood::High,
            ImpactLevel::Low, Likelihood::Low, {}, {} });
        const RiskSummary summary = Engine(rules(), patched(officeFacts(), facts), v).risks();
        QTEST(summary.step, "step");
        QTEST(rules().risk.levels.at(summary.risks.first().level).key, "level");
        QCOMPARE(summary.overallInherent, summary.risks.first().level);
    }

    void eachRiskNamesItsSourceAndWhy()
    {
        // GB/T 39335 §5.4: a risk says which risk source it arises from (one of the rule set's) and why its
        // likelihood is what it is; until then the version is not complete.
        QCOMPARE(rules().risk.sources.size(), 4);
        AssessmentVersion v;
        v.risks.append({ QStringLiteral("r"), QStringLiteral("泄露"), {}, {}, ImpactLevel::Low, Likelihood::Low,
            ImpactLevel::Low, Likelihood::Low, {}, {} });
        const Gap gap { Gap::Kind::RiskSource, s("risks"), s("r") };
        QVERIFY(Engine(rules(), officeFacts(), v).completeness().gaps().contains(gap));
        v.risks[0].source = s("network_technical");
        QVERIFY(Engine(rules(), officeFacts(), v).completeness().gaps().contains(gap)); // the basis is missing
        v.risks[0].likelihoodBasis = s("  ");
        QVERIFY(Engine(rules(), officeFacts(), v).completeness().gaps().contains(gap)); // blank is not a basis
        v.risks[0].likelihoodBasis = s("渗透测试报告");
        QVERIFY(!Engine(rules(), officeFacts(), v).completeness().gaps().contains(gap));
        v.risks[0].source = s("somewhere_else"); // not one of the rule set's sources
        const CaseFacts facts = officeFacts(); // the engine keeps a reference: it must outlive it
        const Engine engine(rules(), facts, v);
        QVERIFY(engine.completeness().gaps().contains(gap));
        QVERIFY(engine.describe(gap, Language::English).contains(QStringLiteral("泄露")));
        // A rule set that names no sources asks for none.
        RuleSet without = rules();
        without.risk.sources.clear();
        QVERIFY(!Engine(without, officeFacts(), v).completeness().gaps().contains(gap));
    }

    void aFewMissingItemsAreNamed()
    {
        // The same person as assessor and reviewer: the refusal says so, not only "99% complete".
        const CaseFacts facts = officeFacts();
        AssessmentVersion v;
        TestSupport::completeAssessment(rules(), facts, v, s("att-1"));
        v.reviewer = v.assessor;
        const FinalizationCheck check = Engine(rules(), facts, v).finalizationCheck();
        QVERIFY(!check.allowed);
        QCOMPARE(check.reasons.size(), 1);
        QVERIFY2(check.reasons.constFirst().contains(s("The reviewer must be someone other than the assessor.")),
            qPrintable(check.reasons.constFirst()));
    }

    void theDataMapDescribesEveryActivity()
    {
        // GB/T 39335 Annex C.1/C.2: at least one processing activity, and every field the rule set lists stated
        // (blank is not stated); until then the version is not complete.
        QCOMPARE(rules().dataMapFields.size(), 13);
        const CaseFacts facts = officeFacts(); // the engine keeps a reference: it must outlive it
        AssessmentVersion v;
        const Gap none { Gap::Kind::NoActivities, s("datamap"), {} };
        QVERIFY(Engine(rules(), facts, v).completeness().gaps().contains(none));
        TestSupport::completeAssessment(rules(), facts, v, s("att-1"));
        QCOMPARE(v.activities.size(), 1);
        QVERIFY(Engine(rules(), facts, v).completeness().group(s("datamap"))->gaps.isEmpty());
        v.activities[0].legalBasis = s("  ");
        v.activities[0].crossBorder.clear();
        const Gap field { Gap::Kind::ActivityField, s("datamap"), s("activity-1") };
        {
            const Engine engine(rules(), facts, v);
            QCOMPARE(engine.completeness().group(s("datamap"))->gaps, QList<Gap> { field });
            QVERIFY(!engine.completeness().isComplete());
            QCOMPARE(engine.describe(field, Language::English),
                QStringLiteral("In the data map, state for \"刷脸通行核验\": Legal basis, Transfer abroad."));
            QCOMPARE(engine.describe(field, Language::Chinese),
                QStringLiteral("In the data map, state for “刷脸通行核验”: 合法性基础、出境."));
        }
        v.activities[0].name.clear(); // an activity without a name is named by its number
        QVERIFY(Engine(rules(), facts, v)
                    .describe(field, Language::English)
                    .startsWith(s("In the data map, state for activity 1: Processing activity, ")));
        // A rule set without a data map asks for none, and its completeness has no such group.
        RuleSet without = rules();
        without.dataMapFields.clear();
        QVERIFY(!Engine(without, facts, v).completeness().group(s("datamap")));
    }

    void theMethodAndIndependenceAreRecorded()
    {
        // GB/T 39335 §5.7: how the assessment was done, by one of the rule set's methods at least, and how the team
        // is independent; a sign-off gap until both are recorded.
        QCOMPARE(rules().assessmentMethods.size(), 4);
        const CaseFacts facts = officeFacts();
        AssessmentVersion v;
        const Gap gap { Gap::Kind::Method, s("signoff"), {} };
        QVERIFY(Engine(rules(), facts, v).completeness().gaps().contains(gap));
        v.answers.append(AssessmentMethod { { s("interview") }, {} }.toAnswer());
        QVERIFY(Engine(rules(), facts, v).completeness().gaps().contains(gap)); // no independence statement
        v.answers[0] = AssessmentMethod { { s("guesswork") }, s("独立") }.toAnswer();
        QVERIFY(Engine(rules(), facts, v).completeness().gaps().contains(gap)); // not a method of the rule set
        v.answers[0] = AssessmentMethod { { s("guesswork"), s("site_inspection") }, s("由审计部评估") }.toAnswer();
        QVERIFY(!Engine(rules(), facts, v).completeness().gaps().contains(gap));
        const AssessmentMethod back = AssessmentMethod::from(v);
        QCOMPARE(back.methods, QStringList({ s("guesswork"), s("site_inspection") }));
        QCOMPARE(back.independence, s("由审计部评估"));
    }

    void adjustedImpactStaysOnTheScale()
    {
        AssessmentVersion v;
        v.risks.append({ QStringLiteral("a"), QStringLiteral("A"), {}, {}, ImpactLevel::Severe, Likelihood::VeryHigh,
            ImpactLevel::Low, Likelihood::Low, {}, {} });
        CaseFacts many = officeFacts();
        many.storedPeople = 1000000;
        RiskSummary summary = Engine(rules(), many, v).risks();
        QCOMPARE(summary.risks.first().impact, 3); // severe stays severe
        QCOMPARE(summary.risks.first().targetImpact, 1); // low raised to medium
        v.answers.append({ QStringLiteral("protection.deidentification_verified"), QStringLiteral("yes"), {}, {} });
        summary = Engine(rules(), officeFacts(), v).risks();
        QCOMPARE(summary.risks.first().targetImpact, 0);
    }

    void overallRiskIsTheHighestResidual()
    {
        AssessmentVersion v;
        v.risks.append({ QStringLiteral("a"), QStringLiteral("A"), {}, {}, ImpactLevel::Severe, Likelihood::High,
            ImpactLevel::Medium, Likelihood::Medium, {}, {} });
        v.risks.append({ QStringLiteral("b"), QStringLiteral("B"), {}, {}, ImpactLevel::Medium, Likelihood::Low,
            ImpactLevel::High, Likelihood::High, {}, {} });
        v.measures.append({ s("m1"), s("a"), s("加密"), s("IT"), QDate(2025, 1, 1), MeasureStatus::Done });
        v.measures.append({ s("m2"), s("b"), s("培训"), s("HR"), QDate(2025, 1, 1), MeasureStatus::Done });
        const RiskSummary summary = Engine(rules(), officeFacts(), v).risks();
        QCOMPARE(rules().risk.levels.at(summary.overallInherent).key, s("severe"));
        QCOMPARE(rules().risk.levels.at(summary.overall).key, s("high"));
        QCOMPARE(Engine(rules(), officeFacts(), AssessmentVersion()).risks().overall, -1);
    }

    void residualRiskCountsOnlyMeasuresThatAreDone_data()
    {
        QTest::addColumn<QList<int>>("statuses"); // of the risk's measures (MeasureStatus), in order
        QTest::addColumn<bool>("done");
        QTest::newRow("no measure") << QList<int>() << false;
        QTest::newRow("planned") << QList<int> { int(MeasureStatus::Planned) } << false;
        QTest::newRow("in progress") << QList<int> { int(MeasureStatus::InProgress) } << false;
        QTest::newRow("one of two done") << QList<int> { int(MeasureStatus::Done), int(MeasureStatus::Planned) }
                                         << false;
        QTest::newRow("done") << QList<int> { int(MeasureStatus::Done) } << true;
        QTest::newRow("done, one dropped")
            << QList<int> { int(MeasureStatus::Done), int(MeasureStatus::Dropped) } << true;
        QTest::newRow("only dropped") << QList<int> { int(MeasureStatus::Dropped) } << false;
    }

    void residualRiskCountsOnlyMeasuresThatAreDone()
    {
        QFETCH(QList<int>, statuses);
        QFETCH(bool, done);
        AssessmentVersion v;
        v.risks.append({ s("a"), s("A"), {}, {}, ImpactLevel::Severe, Likelihood::High, ImpactLevel::Low,
            Likelihood::Low, {}, {} });
        for (qsizetype i = 0; i < statuses.size(); ++i)
            v.measures.append(
                { s("m%1").arg(i), s("a"), s("措施"), s("IT"), QDate(2025, 1, 1), MeasureStatus(statuses.at(i)) });
        const RiskSummary summary = Engine(rules(), officeFacts(), v).risks();
        const RatedRisk& r = summary.risks.first();
        QCOMPARE(r.measuresDone, done);
        QCOMPARE(rules().risk.levels.at(r.level).key, s("severe"));
        QCOMPARE(rules().risk.levels.at(r.targetLevel).key, s("low"));
        QCOMPARE(rules().risk.levels.at(r.residualLevel).key, done ? s("low") : s("severe"));
        QCOMPARE(rules().risk.levels.at(summary.overallTarget).key, s("low"));
        QCOMPARE(summary.needsAcceptance(), !done);
    }

    void residualRiskAboveTheAcceptableLevelNeedsAnAcceptance()
    {
        CaseFacts facts = officeFacts();
        AssessmentVersion v;
        v.number = 1;
        TestSupport::completeAssessment(rules(), facts, v, QStringLiteral("att-1"));
        for (Measure& m : v.measures)
            m.status = MeasureStatus::InProgress;
        v.risks.first().impact = ImpactLevel::Severe;
        v.risks.first().likelihood = Likelihood::VeryHigh;
        Engine engine(rules(), facts, v);
        QVERIFY(engine.risks().needsAcceptance());
        QVERIFY(engine.completeness().gaps().contains(Gap { Gap::Kind::RiskAcceptance, s("risks"), {} }));
        QVERIFY(!engine.finalizationCheck().allowed);
        // Who and why, but no date: still not an acceptance.
        v.answers.append(
            { RiskAcceptance::answerId(), QJsonObject { { s("by"), s("王伟") } }, s("业务必需，已报批"), {} });
        QVERIFY(!Engine(rules(), facts, v).finalizationCheck().allowed);
        v.answers.last().value = QJsonObject { { s("by"), s("王伟") }, { s("on"), s("2025-02-01") } };
        const CheckResult check = Engine(rules(), facts, v).check();
        QVERIFY2(check.finalization.allowed, qPrintable(check.finalization.reasons.join(QLatin1Char('\n'))));
        QCOMPARE(check.acceptance.by, s("王伟"));
        QCOMPARE(check.acceptance.on, QDate(2025, 2, 1));
    }

    void completenessFollowsShowIf()
    {
        AssessmentVersion v;
        CaseFacts adults = officeFacts();
        const auto gapSubjects = [](const Completeness& c) {
            QStringList ids;
            for (const Gap& g : c.gaps())
                ids.append(g.subject);
            return ids;
        };
        Completeness c = Engine(rules(), adults, v).completeness();
        QVERIFY(!gapSubjects(c).contains(QStringLiteral("legality.guardian_consent")));
        QVERIFY(!gapSubjects(c).contains(QStringLiteral("screen.public_notice")));
        const int totalForAdults = c.total();

        CaseFacts children = adults;
        children.minorsUnder14 = true;
        children.publicPlace = true;
        c = Engine(rules(), children, v).completeness();
        QVERIFY(gapSubjects(c).contains(QStringLiteral("legality.guardian_consent")));
        QVERIFY(gapSubjects(c).contains(QStringLiteral("screen.public_notice")));
        QVERIFY(c.total() > totalForAdults);
        QCOMPARE(c.percent(), 0);
        QVERIFY(!c.isComplete());
        const GroupCompleteness* legality = c.group(QStringLiteral("legality"));
        QVERIFY(legality);
        QVERIFY(legality->gaps.contains(
            Gap { Gap::Kind::Conclusion, QStringLiteral("legality"), QStringLiteral("legality.conclusion") }));
    }

    void evidenceIsRequiredWhereTheRuleSetSaysSo()
    {
        CaseFacts facts = officeFacts();
        facts.publicPlace = true;
        AssessmentVersion v;
        v.answers.append({ QStringLiteral("screen.public_notice"), QStringLiteral("yes"), {}, {} });
        const auto hasEvidenceGap = [&]() {
            for (const Gap& g : Engine(rules(), facts, v).completeness().gaps()) {
                if (g.kind == Gap::Kind::Evidence && g.subject == QLatin1String("screen.public_notice"))
                    return true;
            }
            return false;
        };
        QVERIFY(hasEvidenceGap());
        v.answers.first().justification = QStringLiteral("written only"); // this one needs an attachment
        QVERIFY(hasEvidenceGap());
        v.answers.first().evidence = { QStringLiteral("photo-uuid") };
        QVERIFY(!hasEvidenceGap());
    }

    void completeAssessmentIsComplete()
    {
        CaseFacts facts = patched(officeFacts(),
            o({ { s("publicPlace"), true }, { s("minorsUnder14"), true }, { s("storedPeople"), 20000 } }));
        AssessmentVersion v;
        TestSupport::completeAssessment(rules(), facts, v, QStringLiteral("att"));
        const Completeness c = Engine(rules(), facts, v).completeness();
        QVERIFY2(c.isComplete(), qPrintable(QString::number(c.gaps().size())));
        QCOMPARE(c.percent(), 100);
        // Sign-off: a reviewer other than the assessor.
        const Completeness same
            = Engine(rules(), facts, v).completeness(QStringLiteral("陈晓"), QStringLiteral("陈晓"));
        QVERIFY(same.gaps().contains(Gap { Gap::Kind::SameReviewer, QStringLiteral("signoff"), QString() }));
    }

    void reassessmentScope_data()
    {
        QTest::addColumn<QString>("trigger");
        QTest::addColumn<QStringList>("sections");
        QTest::newRow("purpose") << s("purpose_changed")
                                 << QStringList { s("legality"), s("purpose"), s("accuracy"), s("rights_impact") };
        QTest::newRow("methods") << s("methods_changed")
                                 << QStringList { s("legality"), s("accuracy"), s("protection"), s("security_risks"),
                                        s("rights_impact") };
        QTest::newRow("incident") << s("security_incident")
                                  << QStringList { s("protection"), s("security_risks"), s("rights_impact") };
        QTest::newRow("initial") << s("initial")
                                 << QStringList { s("legality"), s("purpose"), s("accuracy"), s("protection"),
                                        s("security_risks"), s("rights_impact") };
    }

    void reassessmentScope()
    {
        QFETCH(QString, trigger);
        QTEST(Engine::sectionsToReview(rules(), *enumFromKey<TriggerKind>(trigger)), "sections");
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
