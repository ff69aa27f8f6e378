#include "TestSupport.h"

#include "exchange/CaseExchange.h"

#include "rules/Engine.h"

#include "core/Clock.h"
#include "core/CreditCode.h"
#include "store/CaseStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <sqlite3.h>

namespace piadesk::TestSupport {

QString dataPath(const QString& name)
{
    QString root = qEnvironmentVariable("PIADESK_TEST_DATA");
    if (root.isEmpty())
        root = QStringLiteral(PIADESK_TEST_DATA_DIR);
    return root + QLatin1Char('/') + name;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

CliRun runCli(const QString& program, const QStringList& arguments, const QString& home, const QString& language)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PIADESK_LANG"), language);
    if (!home.isEmpty())
        env.insert(QStringLiteral("XDG_DATA_HOME"), home);
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    CliRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.outBytes = process.readAllStandardOutput();
    run.out = QString::fromUtf8(run.outBytes);
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

std::unique_ptr<CaseStore> openStore(const QTemporaryDir& dir, const QString& name, const Clock* clock)
{
    CaseStore::Options options;
    options.clock = clock;
    options.actor = QStringLiteral("tester");
    QString error;
    auto store = CaseStore::open(dir.filePath(name), options, &error);
    if (!store)
        qWarning("Cannot open test store: %s", qPrintable(error));
    return store;
}

qint64 importExample(CaseStore& store)
{
    QList<qint64> ids;
    QString error;
    if (!CaseExchange::importDocument(store, fileBytes(dataPath(QStringLiteral("case-complete.json"))), &ids, &error)
        || ids.size() != 1) {
        qWarning("Cannot import the example case: %s", qPrintable(error));
        return 0;
    }
    return ids.constFirst();
}

bool loadExample(CaseBundle* bundle)
{
    QTemporaryDir dir;
    const auto store = openStore(dir);
    const qint64 id = store ? importExample(*store) : 0;
    if (!id || !store->loadCase(id, bundle)) {
        qWarning("Cannot load the example case: %s", store ? qPrintable(store->errorString()) : "no case file");
        return false;
    }
    return true;
}

namespace {
/**
 * Runs \a sql with psql on the team store at \a url (its statements each on their own, as sqlite3_exec runs them),
 * its tables found without their schema; the first column of the first row in \a value.
 */
bool psqlRaw(const QString& url, const QString& sql, QString* value, QString* error)
{
    QString program = QStandardPaths::findExecutable(QStringLiteral("psql"));
    if (program.isEmpty())
        program = QStringLiteral("/usr/lib/postgresql/15/bin/psql");
    QProcess process;
    process.start(program,
        { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-v"),
            QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), url, QStringLiteral("-f"), QStringLiteral("-") });
    if (!process.waitForStarted(10000)) {
        if (error)
            *error = process.errorString();
        return false;
    }
    process.write("SET search_path = piadesk, pg_temp;\n");
    process.write(sql.toUtf8());
    process.write(";\n");
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(60000);
    if (value)
        *value = QString::fromUtf8(process.readAllStandardOutput()).section(QLatin1Char('\n'), 0, 0).trimmed();
    if (error)
        *error = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool isTeamStore(const QString& path)
{
    return path.startsWith(QLatin1String("postgresql:"));
}
} // namespace

bool execRaw(const QString& path, const QString& sql, QString* error)
{
    if (isTeamStore(path))
        return psqlRaw(path, sql, nullptr, error);
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return false;
    }
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK && error)
        *error = QString::fromUtf8(message ? message : "");
    sqlite3_free(message);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

QString rawScalar(const QString& path, const QString& sql, bool writable)
{
    QString value;
    if (isTeamStore(path)) {
        psqlRaw(path, sql, &value, nullptr);
        return value;
    }
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(
            path.toUtf8().constData(), &db, writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr) == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW)
            value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
    }
    sqlite3_close_v2(db);
    return value;
}

QJsonValue soundAnswer(
    const RuleSet& rules, const CaseFacts& facts, const AssessmentVersion& version, const Question& q)
{
    QList<QJsonValue> candidates;
    switch (q.type) {
    case AnswerType::YesNo:
    case AnswerType::YesNoNa:
        candidates = { QStringLiteral("yes"), QStringLiteral("no") };
        if (q.type == AnswerType::YesNoNa)
            candidates.append(QStringLiteral("na"));
        break;
    case AnswerType::Choice:
        for (const Option& o : q.options)
            candidates.append(o.key);
        break;
    case AnswerType::MultiChoice:
        for (const Option& o : q.options)
            candidates.append(QJsonArray { o.key });
        break;
    case AnswerType::Number:
        candidates = { q.min.value_or(1.0) + 1.0 };
        break;
    case AnswerType::Date:
        candidates = { QStringLiteral("2025-01-10") };
        break;
    case AnswerType::Text:
        candidates = { QStringLiteral("测试说明：%1").arg(q.id) };
        break;
    }
    for (const QJsonValue& c : std::as_const(candidates)) {
        if (Engine::isSoundAnswer(rules, facts, version, q, c))
            return c;
    }
    return candidates.first();
}

void completeAssessment(
    const RuleSet& rules, const CaseFacts& facts, AssessmentVersion& version, const QString& attachmentUuid)
{
    const auto put = [&version](const Answer& answer) {
        for (Answer& a : version.answers) {
            if (a.questionId == answer.questionId) {
                a = answer;
                return;
            }
        }
        version.answers.append(answer);
    };
    // Visibility depends on earlier answers: two passes settle it for show-if chains.
    for (int pass = 0; pass < 2; ++pass) {
        const Engine engine(rules, facts, version);
        QList<Question> questions = rules.screening;
        for (const Section& s : rules.sections)
            questions.append(s.questions);
        for (const Question& q : questions) {
            if (q.isFact() || !engine.isVisible(q) || version.answer(q.id))
                continue;
            const QJsonValue value = soundAnswer(rules, facts, version, q);
            put({ q.id, value, QStringLiteral("书面说明"), { attachmentUuid } });
        }
    }
    for (const Section& s : rules.sections)
        put({ s.conclusionId(), QJsonValue(rules.conclusions.first().key), QStringLiteral("结论理由"), {} });
    if (!version.answer(AssessmentMethod::answerId()))
        put(AssessmentMethod {
            { QStringLiteral("interview"), QStringLiteral("document_review"), QStringLiteral("site_inspection") },
            QStringLiteral("评估小组由法务部和信息安全部人员组成，不参与门禁系统的建设和运营。") }
                .toAnswer());
    if (!rules.dataMapFields.isEmpty() && version.activities.isEmpty())
        version.activities.append({ QStringLiteral("activity-1"), QStringLiteral("刷脸通行核验"),
            QStringLiteral("人脸图像、人脸特征值、姓名、房号"), QStringLiteral("住户"), QStringLiteral("本人现场提供"),
            QStringLiteral("入口识别终端采集，现场告知"), QStringLiteral("核验通行人员身份"),
            QStringLiteral("单独同意"), QStringLiteral("特征值加密存储于识别终端"), QStringLiteral("内部专网加密传输"),
            QStringLiteral("搬离后三十日"), QStringLiteral("到期删除并留存删除记录"), QStringLiteral("门禁设备供应商"),
            QStringLiteral("不出境") });
    if (version.risks.isEmpty()) {
        version.risks.append({ QStringLiteral("risk-1"), QStringLiteral("特征值泄露"), QStringLiteral("服务器被入侵"),
            { ImpactKind::PersonOrProperty }, ImpactLevel::High, Likelihood::Medium, ImpactLevel::Medium,
            Likelihood::Low, QStringLiteral("network_technical"),
            QStringLiteral("服务器对外开放管理端口，渗透测试发现弱口令") });
        version.measures.append({ QStringLiteral("measure-1"), QStringLiteral("risk-1"), QStringLiteral("加密存储"),
            QStringLiteral("信息技术部"), QDate(2025, 3, 1), MeasureStatus::Done });
    }
    for (const RaisedFlag& f : Engine(rules, facts, version).redFlags()) {
        if (!f.isProhibited())
            put({ f.rule->justificationId(), QJsonValue(), QStringLiteral("已说明：%1").arg(f.rule->id), {} });
    }
    if (Engine(rules, facts, version).risks().needsAcceptance())
        put({ RiskAcceptance::answerId(),
            QJsonObject { { QStringLiteral("by"), QStringLiteral("王伟") },
                { QStringLiteral("on"), QStringLiteral("2025-02-01") } },
            QStringLiteral("残余风险已由个人信息保护负责人评估并接受"), {} });
    if (version.assessor.isEmpty())
        version.assessor = QStringLiteral("陈晓");
    if (version.reviewer.isEmpty())
        version.reviewer = QStringLiteral("刘敏");
}

CaseStore::FinalizeOptions storageOnlyFinalize()
{
    CaseStore::FinalizeOptions options;
    options.ruleSetId = QStringLiteral("cn-cac-frt-2023-draft");
    options.ruleSetVersion = QStringLiteral("1.0.0");
    options.retentionYears = 3;
    return options;
}

qint64 buildCompleteCase(CaseStore& store, FixedClock& clock)
{
    auto at
        = [&clock](int y, int m, int d, int h = 10) { clock.setNow(QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC)); };
    at(2025, 2, 20);
    Organisation org;
    org.name = QStringLiteral("上海浦江示例物业管理有限公司");
    org.creditCode = validCreditCode(QStringLiteral("91310115MA1H7GXY3"));
    org.address = QStringLiteral("上海市浦东新区示例路 88 号");
    org.legalRepresentative = QStringLiteral("王建国");
    org.contact = { QStringLiteral("陈晓"), QStringLiteral("合规经理"), QStringLiteral("021-5555 0101"),
        QStringLiteral("compliance@example.cn") };
    org.responsiblePerson = { QStringLiteral("刘敏"), QStringLiteral("个人信息保护负责人"),
        QStringLiteral("021-5555 0102"), QStringLiteral("dpo@example.cn") };
    // GB 11643's own example number: no real person's.
    org.handlingPerson = { QStringLiteral("赵磊"), QStringLiteral("居民身份证"), QStringLiteral("11010519491231002X"),
        QStringLiteral("138 0000 0101") };
    if (!store.saveOrganisation(org))
        return 0;

    CaseFacts facts;
    facts.name = QStringLiteral("浦江花园小区人脸识别门禁");
    facts.description = QStringLiteral("小区 6 个出入口的人脸识别门禁，业主自愿登记，另设刷卡与人工登记通道。");
    facts.places = { QStringLiteral("浦江花园东门"), QStringLiteral("浦江花园西门"), QStringLiteral("地下车库入口") };
    facts.placeKind = PlaceKind::Residential;
    facts.publicPlace = false;
    facts.purposes = { QStringLiteral("住户身份核验后开启门禁"), QStringLiteral("访客临时通行登记") };
    facts.methods = { Method::Verification, Method::Identification };
    facts.equipment
        = { { QStringLiteral("人脸识别门禁终端"), QStringLiteral("FR-200"), QStringLiteral("示例智能科技"), 6 },
              { QStringLiteral("门禁管理服务器"), QStringLiteral("SRV-1"), QStringLiteral("示例智能科技"), 1 } };
    facts.vendors = { QStringLiteral("示例智能科技有限公司（算法与设备）") };
    facts.storedPeople = 12000;
    facts.minorsUnder14 = true;
    facts.originalImagesStored = false;
    facts.storageLocation = QStringLiteral("小区机房本地服务器，不上传云端");
    facts.storagePeriod = QStringLiteral("住户搬离后 30 日内删除");
    facts.anonymization = QStringLiteral("仅保存特征值，不保存原始图像");
    facts.startOfUse = QDate(2025, 3, 1);
    facts.status = CaseStatus::InUse;
    Case created;
    if (!store.createCase(org.id, facts, &created))
        return 0;
    const qint64 caseId = created.id;

    Attachment notice;
    notice.name = QStringLiteral("门禁告知书.pdf");
    notice.mediaType = QStringLiteral("application/pdf");
    notice.material = QStringLiteral("art16.4");
    notice.data = QByteArray("%PDF-1.4\n% notice placeholder\n%%EOF\n");
    if (!store.addAttachment(caseId, notice))
        return 0;

    AssessmentVersion v1;
    if (!store.createAssessment(
            caseId, TriggerKind::Initial, QDate(2025, 2, 20), QStringLiteral("系统上线前评估"), &v1))
        return 0;
    Attachment consent;
    consent.name = QStringLiteral("单独同意书模板.png");
    consent.mediaType = QStringLiteral("image/png");
    consent.assessmentUuid = v1.uuid;
    consent.material = QStringLiteral("q15_2");
    consent.data = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489");
    if (!store.addAttachment(caseId, consent))
        return 0;
    const QList<Answer> answers = {
        { QStringLiteral("q15_1"),
            QJsonValue(QStringLiteral("符合《个人信息保护法》第二十八条、第二十九条的要求；<b>不加粗</b>")),
            QStringLiteral("法律顾问书面意见"), {} },
        { QStringLiteral("q15_2"), QJsonValue(true), QStringLiteral("业主单独同意，另有刷卡通道"), { consent.uuid } },
        { QStringLiteral("q15_3"), QJsonValue(0.92), QStringLiteral("=1+1 置信度阈值由厂商建议"), {} },
        { QStringLiteral("q15_4"),
            QJsonValue(QJsonArray { QStringLiteral("encryption"), QStringLiteral("access_control") }), {}, {} },
    };
    for (const Answer& a : answers) {
        if (!store.saveAnswer(v1.id, a))
            return 0;
    }
    const QList<Risk> risks = {
        { QStringLiteral("risk-leak"), QStringLiteral("人脸特征数据泄露"), QStringLiteral("服务器被入侵导致特征值外泄"),
            { ImpactKind::PersonOrProperty, ImpactKind::ReputationOrDistress }, ImpactLevel::High, Likelihood::Medium,
            ImpactLevel::High, Likelihood::Low, QStringLiteral("network_technical"),
            QStringLiteral("特征库与门禁控制器在同一网段；2024年渗透测试报告发现两处高危漏洞") },
        { QStringLiteral("risk-coercion"), QStringLiteral("变相强制使用"), {}, { ImpactKind::SelfDetermination },
            ImpactLevel::Medium, Likelihood::High, ImpactLevel::Medium, Likelihood::Low,
            QStringLiteral("processing_flow"), QStringLiteral("访谈物业前台：未登记人脸的住户被要求找物业开门") },
    };
    const QList<Measure> measures = {
        { QStringLiteral("m-encrypt"), QStringLiteral("risk-leak"), QStringLiteral("特征值加密存储，密钥分离管理"),
            QStringLiteral("信息技术部"), QDate(2025, 3, 1), MeasureStatus::Done },
        { QStringLiteral("m-alternative"), QStringLiteral("risk-coercion"),
            QStringLiteral("保留刷卡与人工登记通道并公示"), QStringLiteral("物业服务中心"), QDate(2025, 3, 1),
            MeasureStatus::Done },
    };
    if (!store.saveRisks(v1.id, risks) || !store.saveMeasures(v1.id, measures)
        || !store.saveSignOff(
            v1.id, QStringLiteral("陈晓"), QStringLiteral("刘敏"), QStringLiteral("王建国"), QDate(2025, 2, 27)))
        return 0;
    at(2025, 2, 28);
    if (!store.setInReview(v1.id, true))
        return 0;
    at(2025, 2, 28, 14);
    if (!store.finalize(v1.id, storageOnlyFinalize()))
        return 0;

    at(2025, 3, 5);
    FilingRecord initial;
    initial.kind = FilingKind::Initial;
    initial.triggerDate = QDate(2025, 3, 1);
    initial.dueDate = QDate(2025, 4, 14);
    initial.submittedOn = QDate(2025, 3, 20);
    initial.authority = QStringLiteral("上海市浦东新区网信办");
    initial.referenceNumber = QStringLiteral("沪浦网信备〔2025〕0123号");
    initial.materials = { { QStringLiteral("art16.1"), MaterialStatus::Submitted },
        { QStringLiteral("art16.5"), MaterialStatus::Submitted },
        { QStringLiteral("art16.6"), MaterialStatus::NotApplicable } };
    if (!store.saveFiling(caseId, initial))
        return 0;

    at(2025, 9, 26);
    AssessmentVersion v2;
    if (!store.createAssessment(
            caseId, TriggerKind::MethodsChanged, QDate(2025, 9, 26), QStringLiteral("新增访客 1:N 辨识功能"), &v2))
        return 0;
    Answer changed = answers.at(2);
    changed.value = QJsonValue(0.95);
    changed.justification = QStringLiteral("阈值上调后复测");
    if (!store.saveAnswer(v2.id, changed)
        || !store.saveSignOff(
            v2.id, QStringLiteral("陈晓"), QStringLiteral("刘敏"), QStringLiteral("王建国"), QDate(2025, 10, 9)))
        return 0;
    at(2025, 10, 9);
    if (!store.finalize(v2.id, storageOnlyFinalize()))
        return 0;

    FilingRecord modification;
    modification.kind = FilingKind::Modification;
    modification.triggerDate = QDate(2025, 9, 26);
    modification.dueDate = QDate(2025, 10, 30);
    modification.authority = QStringLiteral("上海市浦东新区网信办");
    modification.materials = { { QStringLiteral("art16.3"), MaterialStatus::Ready },
        { QStringLiteral("art16.5"), MaterialStatus::InPreparation } };
    modification.note = QStringLiteral("变更辨识方式");
    if (!store.saveFiling(caseId, modification))
        return 0;

    at(2026, 2, 27);
    AssessmentVersion v3;
    if (!store.createAssessment(
            caseId, TriggerKind::YearlyReview, QDate(2026, 2, 27), QStringLiteral("第十九条年度检测评估"), &v3))
        return 0;
    return caseId;
}

QString validCreditCode(const QString& first17)
{
    return first17 + CreditCode::checkCharacter(first17);
}

} // namespace piadesk::TestSupport
