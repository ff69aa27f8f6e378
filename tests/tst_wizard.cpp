// The assessment wizard, driven as an officer drives it: typing into the real widgets,
// clicking Next, attaching evidence, finalizing; and the session layer under it.
#include "TestSupport.h"
#include "XlsxReader.h"
#include "calendar/WorkCalendar.h"
#include "core/Clock.h"
#include "core/CreditCode.h"
#include "core/FieldRules.h"
#include "gui/Debouncer.h"
#include "gui/Dialogs.h"
#include "gui/case/CaseDialog.h"
#include "gui/case/CaseFactsForm.h"
#include "gui/case/NewCaseDialog.h"
#include "gui/case/ReassessDialog.h"
#include "gui/export/ExportDialog.h"
#include "gui/export/PreviewDialog.h"
#include "gui/filings/FilingDialog.h"
#include "gui/register/CaseListModel.h"
#include "gui/register/MainWindow.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/wizard/AssessmentWizard.h"
#include "gui/wizard/MaterialsPage.h"
#include "gui/wizard/OrganisationPage.h"
#include "gui/wizard/QuestionEditor.h"
#include "gui/wizard/ReviewPage.h"
#include "gui/wizard/SectionPage.h"
#include "i18n/Translations.h"
#include "rules/RuleSetLibrary.h"
#include "session/AppSettings.h"
#include "session/CaseEditor.h"
#include "store/CaseStore.h"
#include "workflow/Workflow.h"

#include "gui/DateField.h"
#include "gui/case/CaseView.h"
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGroupBox>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <poppler-qt6.h>

using namespace piadesk;

namespace {

/** Dialogs that answer from a script instead of waiting for a user. */
class ScriptedDialogs : public Dialogs
{
public:
    QStringList files;
    bool answer = true;
    QStringList asked;
    QStringList informed;

    QString openFile(QWidget*, const QString&, const QString&) override { return files.value(0); }
    QStringList openFiles(QWidget*, const QString&, const QString&) override { return files; }
    QString saveFile(QWidget*, const QString&, const QString&, const QString&) override { return files.value(0); }
    QString chooseDirectory(QWidget*, const QString&, const QString&) override { return files.value(0); }
    void inform(QWidget*, const QString&, const QString& text) override { informed.append(text); }
    bool ask(QWidget*, const QString&, const QString& text, const QString&, const QString&) override
    {
        asked.append(text);
        return answer;
    }
};

/** Types \a text into \a widget as an input method commits it (Chinese included), after focusing it. */
void type(QWidget* widget, const QString& text)
{
    widget->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

/** Replaces the text of a line edit as a user does: select all, then type. */
void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    type(edit, text);
}

/** Clicks a check box or radio button on its indicator, where a user clicks (a wide one ignores its middle). */
void tick(QAbstractButton* button)
{
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

void shoot(QWidget* widget, const QString& name)
{
    QCoreApplication::processEvents(); // the layout settles as it would before the next paint
    if (const QString shots = qEnvironmentVariable("PIADESK_SCREENSHOTS"); !shots.isEmpty())
        widget->grab().save(shots + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class TestWizard : public QObject
{
    Q_OBJECT

    ScriptedDialogs m_dialogs;
    QTemporaryDir m_settingsDir;

    AppSettings settings() { return AppSettings(m_settingsDir.filePath(QStringLiteral("settings.ini"))); }

    /** Answers every visible question of \a page's question editors as an officer would. */
    /** Answers every question of \a page as a careful officer would (TestSupport::soundAnswer), through its widgets. */
    void answerQuestions(QWidget* page, const QString& evidenceFile, const CaseEditor& editor)
    {
        const auto editors = page->findChildren<QuestionEditor*>();
        for (QuestionEditor* q : editors) {
            if (!q->isVisibleTo(page) || q->question().isFact())
                continue;
            const Question& question = q->question();
            if (const Answer* a = editor.version()->answer(question.id); a && !a->value.isNull())
                continue; // what the officer has answered stays
            const QJsonValue sound
                = TestSupport::soundAnswer(*editor.ruleSet(), editor.facts(), *editor.version(), question);
            switch (question.type) {
            case AnswerType::YesNo:
            case AnswerType::YesNoNa:
            case AnswerType::Choice: {
                const QString key = sound.toString();
                if (auto* button = q->findChild<QRadioButton*>(QStringLiteral("answer_") + key))
                    tick(button);
                else if (auto* combo = q->findChild<QComboBox*>(QStringLiteral("answerChoice")))
                    combo->setCurrentIndex(combo->findData(key));
                break;
            }
            case AnswerType::MultiChoice:
                tick(q->findChild<QCheckBox*>(QStringLiteral("answer_") + sound.toArray().first().toString()));
                break;
            case AnswerType::Number:
                type(q->findChild<QLineEdit*>(QStringLiteral("answerNumber")), QString::number(sound.toDouble()));
                break;
            case AnswerType::Date:
                q->findChild<piadesk::DateField*>(QStringLiteral("answerDate"))->setDate(QDate(2025, 5, 6));
                break;
            case AnswerType::Text:
                type(q->findChild<QPlainTextEdit*>(QStringLiteral("answerText")),
                    QStringLiteral("已落实：") + question.id);
                break;
            }
            q->debouncer()->flush();
            if (auto* evidence = q->findChild<QWidget*>(QStringLiteral("evidence"));
                evidence && !evidence->isHidden()) {
                if (auto* text = q->findChild<QPlainTextEdit*>(QStringLiteral("justification")))
                    type(text, QStringLiteral("见制度文件第 3 条。"));
                q->debouncer()->flush();
                if (auto* attach = q->findChild<QPushButton*>(QStringLiteral("attachEvidence"))) {
                    QCoreApplication::processEvents(); // lays out the evidence part that has just appeared
                    m_dialogs.files = { evidenceFile };
                    QTest::mouseClick(attach, Qt::LeftButton);
                }
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QVERIFY(Translations::install(*QCoreApplication::instance(), QLocale(QStringLiteral("en")), false));
        Dialogs::install(&m_dialogs);
    }

    void cleanupTestCase() { Dialogs::install(nullptr); }

    void init()
    {
        m_dialogs = ScriptedDialogs();
        QFile::remove(m_settingsDir.filePath(QStringLiteral("settings.ini")));
    }

    void editorSavesEveryEditAndUndoes()
    {
        QTemporaryDir dir;
        FixedClock clock(QDate(2025, 6, 2));
        auto store = TestSupport::openStore(dir, QStringLiteral("cases.piadesk"), &clock);
        QVERIFY(store);
        const RuleSetLibrary rules = RuleSetLibrary::builtIn();
        CaseEditor editor(*store, rules);
        QVERIFY2(editor.createCase(QStringLiteral("示例公司"), QStringLiteral("新评估"), clock.today()),
            qPrintable(editor.errorString()));
        CaseFacts facts = editor.facts();
        facts.storedPeople = 10001;
        QVERIFY(editor.setFacts(facts, QStringLiteral("storedPeople")));
        QVERIFY(editor.filingObligation().required);
        QVERIFY(editor.setAnswer({ QStringLiteral("screen.private_place"), QStringLiteral("yes"), {}, {} }));

        // What the editor holds is what the file holds.
        CaseBundle onDisk;
        QVERIFY(store->loadCase(editor.caseId(), &onDisk));
        QCOMPARE(onDisk.caseInfo.facts.storedPeople, 10001);
        QCOMPARE(onDisk.assessments.constLast().answer(QStringLiteral("screen.private_place"))->value.toString(),
            QStringLiteral("yes"));

        // Undo writes too.
        QUndoStack* undo = editor.undoStack();
        QCOMPARE(undo->count(), 2);
        undo->undo();
        QVERIFY(store->loadCase(editor.caseId(), &onDisk));
        QVERIFY(onDisk.assessments.constLast().answer(QStringLiteral("screen.private_place"))->value.isNull());
        undo->undo();
        QVERIFY(store->loadCase(editor.caseId(), &onDisk));
        QCOMPARE(onDisk.caseInfo.facts.storedPeople, 0);
        undo->redo();
        QCOMPARE(editor.facts().storedPeople, 10001);

        // Typing in one field within a moment is one undo step.
        const int steps = undo->count();
        facts = editor.facts();
        facts.storagePeriod = QStringLiteral("3");
        QVERIFY(editor.setFacts(facts, QStringLiteral("storagePeriod")));
        facts.storagePeriod = QStringLiteral("30 天");
        QVERIFY(editor.setFacts(facts, QStringLiteral("storagePeriod")));
        QCOMPARE(undo->count(), steps - 1 + 1); // the undone step was dropped by the new edit, then one added
        undo->undo();
        QCOMPARE(editor.facts().storagePeriod, QString());

        // Files: a name is kept, never the path; a directory or an oversized file is refused with the reason.
        QFile small(dir.filePath(QStringLiteral("告知书.pdf")));
        QVERIFY(small.open(QIODevice::WriteOnly));
        small.write("%PDF-1.4\n%%EOF\n");
        small.close();
        Attachment added;
        QVERIFY2(editor.attachFile(small.fileName(), QStringLiteral("rules_procedures"), &added),
            qPrintable(editor.errorString()));
        QCOMPARE(added.name, QStringLiteral("告知书.pdf"));
        QCOMPARE(store->attachmentData(added.id), QByteArray("%PDF-1.4\n%%EOF\n"));
        QVERIFY(!editor.attachFile(dir.path(), QStringLiteral("rules_procedures")));
        QVERIFY2(editor.errorString().contains(QLatin1String("is not a file")), qPrintable(editor.errorString()));
        QFile huge(dir.filePath(QStringLiteral("huge.mp4")));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(FieldRules::kMaxAttachmentBytes + 1)); // sparse: nothing is written
        huge.close();
        QVERIFY(!editor.attachFile(huge.fileName(), QStringLiteral("rules_procedures")));
        QVERIFY2(editor.errorString().contains(QLatin1String("attachments are limited to")),
            qPrintable(editor.errorString()));
        QCOMPARE(editor.attachments().size(), 1);
        QVERIFY(store->loadCase(editor.caseId(), &onDisk));
        QCOMPARE(onDisk.attachments.size(), 1);

        // A refused edit changes nothing and says why.
        facts = editor.facts();
        facts.name.clear();
        QVERIFY(!editor.setFacts(facts));
        QVERIFY(!editor.errorString().isEmpty());
        QCOMPARE(editor.facts().name, QStringLiteral("新评估"));
    }

    // Removing a risk unlinks its measures too: one undo step, written in one transaction, undone in one.
    void removingARiskIsOneEdit()
    {
        QTemporaryDir dir;
        auto store = TestSupport::openStore(dir);
        const RuleSetLibrary rules = RuleSetLibrary::builtIn();
        CaseEditor editor(*store, rules);
        QVERIFY2(editor.createCase(QStringLiteral("示例公司"), QStringLiteral("新评估"), QDate(2026, 12, 3)),
            qPrintable(editor.errorString()));
        Risk gate;
        gate.uuid = QStringLiteral("risk-gate");
        gate.title = QStringLiteral("Faces kept after leaving");
        Risk other;
        other.uuid = QStringLiteral("risk-other");
        other.title = QStringLiteral("Vendor access");
        QVERIFY(editor.setRisks({ gate, other }));
        Measure purge;
        purge.uuid = QStringLiteral("measure-purge");
        purge.description = QStringLiteral("Delete templates on move-out");
        purge.riskUuid = gate.uuid;
        Measure contract;
        contract.uuid = QStringLiteral("measure-contract");
        contract.description = QStringLiteral("Processing agreement");
        contract.riskUuid = other.uuid;
        QVERIFY(editor.setMeasures({ purge, contract }));
        QUndoStack* undo = editor.undoStack();
        const int steps = undo->count();

        QVERIFY2(editor.removeRisk(gate.uuid), qPrintable(editor.errorString()));
        QCOMPARE(undo->count(), steps + 1);
        QCOMPARE(undo->undoText(), QStringLiteral("Remove a risk"));
        CaseBundle onDisk;
        QVERIFY(store->loadCase(editor.caseId(), &onDisk));
        const AssessmentVersion& after = onDisk.assessments.constLast();
        QCOMPARE(after.risks.size(), 1);
        QCOMPARE(after.risks.constFirst().uuid, other.uuid);
        QCOMPARE(after.measures.size(), 2); // the measure stays in the plan, answering no risk
        QCOMPARE(after.measures.at(0).riskUuid, QString());
        QCOMPARE(after.measures.at(1).riskUuid, other.uuid);
        QVERIFY(!editor.removeRisk(gate.uuid));
        QCOMPARE(undo->count(), steps + 1);

        undo->undo(); // one step brings back the risk and the measure's link
        QVERIFY(store->loadCase(editor.caseId(), &onDisk));
        QCOMPARE(onDisk.assessments.constLast().risks.size(), 2);
        QCOMPARE(onDisk.assessments.constLast().measures.at(0).riskUuid, gate.uuid);
        QCOMPARE(editor.version()->measures.at(0).riskUuid, gate.uuid);
        undo->redo();
        QVERIFY(store->loadCase(editor.caseId(), &onDisk));
        QCOMPARE(onDisk.assessments.constLast().risks.size(), 1);
        QCOMPARE(onDisk.assessments.constLast().measures.at(0).riskUuid, QString());
    }

    // The organisation page offers the file's other organisations to copy from, never this case's own; copying makes
    // the details this case's own copy in one undo step, and the other stays as it was.
    void copyingAnotherOrganisationIsOneEdit()
    {
        QTemporaryDir dir;
        auto store = TestSupport::openStore(dir);
        const RuleSetLibrary rules = RuleSetLibrary::builtIn();
        Organisation bank;
        bank.name = QStringLiteral("示例银行股份有限公司");
        bank.address = QStringLiteral("北京市西城区金融大街 1 号");
        bank.legalRepresentative = QStringLiteral("张伟");
        QVERIFY(store->saveOrganisation(bank));

        CaseEditor editor(*store, rules);
        QVERIFY2(editor.createCase(QStringLiteral("新单位"), QStringLiteral("营业厅核身"), QDate(2026, 12, 3)),
            qPrintable(editor.errorString()));
        const QList<Organisation> others = editor.otherOrganisations();
        QCOMPARE(others.size(), 1);
        QCOMPARE(others.constFirst().id, bank.id);

        const int steps = editor.undoStack()->count();
        QVERIFY2(editor.copyOrganisation(bank.id), qPrintable(editor.errorString()));
        QCOMPARE(editor.undoStack()->count(), steps + 1);
        QVERIFY(editor.organisation().id != bank.id);
        QVERIFY(editor.organisation().sameContent(bank));
        CaseBundle onDisk;
        QVERIFY(store->loadCase(editor.caseId(), &onDisk));
        QCOMPARE(onDisk.organisation.address, bank.address);
        QCOMPARE(store->organisation(bank.id)->name, bank.name);

        QVERIFY(!editor.copyOrganisation(bank.id + 1000));
        QVERIFY(!editor.errorString().isEmpty());
        QCOMPARE(editor.undoStack()->count(), steps + 1);
        editor.undoStack()->undo();
        QCOMPARE(editor.organisation().name, QStringLiteral("新单位"));
        QVERIFY(store->loadCase(editor.caseId(), &onDisk));
        QCOMPARE(onDisk.organisation.address, QString());
    }

    void noneStandsAlone()
    {
        // "None" beside "children" says two things at once: ticking one clears the other, and the engine refuses
        // such an answer as one the question does not allow.
        const RuleSetLibrary library = RuleSetLibrary::builtIn();
        const RuleSet& rules = *library.defaultRuleSet();
        const Question* groups = rules.question(QStringLiteral("screen.special_groups"));
        QVERIFY(groups);
        QuestionEditor editor(rules, *groups, Language::English);
        auto* children = editor.findChild<QCheckBox*>(QStringLiteral("answer_children"));
        auto* elderly = editor.findChild<QCheckBox*>(QStringLiteral("answer_elderly"));
        auto* none = editor.findChild<QCheckBox*>(QStringLiteral("answer_none"));
        QVERIFY(children && elderly && none);
        children->setChecked(true);
        elderly->setChecked(true);
        none->setChecked(true);
        QVERIFY(!children->isChecked() && !elderly->isChecked());
        QCOMPARE(editor.answer(nullptr).value, QJsonValue(QJsonArray { QStringLiteral("none") }));
        children->setChecked(true);
        QVERIFY(!none->isChecked());
        QCOMPARE(editor.answer(nullptr).value, QJsonValue(QJsonArray { QStringLiteral("children") }));
        QVERIFY(Engine::isValidAnswer(*groups, QJsonArray { QStringLiteral("children") }));
        QVERIFY(!Engine::isValidAnswer(*groups, QJsonArray { QStringLiteral("children"), QStringLiteral("none") }));
    }

    void wizardFromEmptyToFinalized()
    {
        QTemporaryDir dir;
        FixedClock clock(QDate(2025, 6, 2));
        auto store = TestSupport::openStore(dir, QStringLiteral("cases.piadesk"), &clock);
        QVERIFY(store);
        const QString evidence = dir.filePath(QStringLiteral("制度.pdf"));
        {
            QFile file(evidence);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("%PDF-1.4\n% policy\n%%EOF\n");
        }
        AppSettings appSettings = settings();
        MainWindow window(std::move(store), &appSettings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction*>(QStringLiteral("actionNewAssessment"))->trigger();
        // First: which rules. The Preferences' default (the Measures, in force) is chosen; each has its standing.
        auto* chooser = window.findChild<NewCaseDialog*>(QStringLiteral("newCaseDialog"));
        QVERIFY(chooser && chooser->isVisible());
        QVERIFY(chooser->findChild<QRadioButton*>(QStringLiteral("ruleSet_cn-cac-frt-2025-measures"))->isChecked());
        QVERIFY(chooser->findChild<QLabel*>(QStringLiteral("standing_cn-cac-frt-2025-measures"))
                    ->text()
                    .contains(QLatin1String("2025")));
        shoot(chooser, QStringLiteral("new-case"));
        // The draft's line names what superseded it; the rules in force come first.
        QVERIFY(chooser->findChild<QLabel*>(QStringLiteral("standing_cn-cac-frt-2023-draft"))
                    ->text()
                    .contains(QLatin1String("FRT Measures (2025)")));
        const QList<QRadioButton*> choices = chooser->findChildren<QRadioButton*>();
        QCOMPARE(choices.constFirst()->objectName(), QStringLiteral("ruleSet_cn-cac-frt-2025-measures"));
        // This walk-through answers the 2023 draft's questions.
        chooser->findChild<QRadioButton*>(QStringLiteral("ruleSet_cn-cac-frt-2023-draft"))->setChecked(true);
        chooser->accept();
        QCOMPARE(window.wizards().size(), 1);
        AssessmentWizard* wizard = window.wizards().constFirst();
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        CaseEditor& editor = wizard->editor();
        const qint64 caseId = editor.caseId();

        // Organisation and responsible person.
        auto* name = wizard->findChild<QLineEdit*>(QStringLiteral("organisationName"));
        QVERIFY(name && name->isVisible());
        retype(name, QStringLiteral("上海示例酒店管理有限公司"));
        type(wizard->findChild<QLineEdit*>(QStringLiteral("responsibleName")), QStringLiteral("刘敏"));
        // An invalid credit code is kept on screen with the reason, and holds nothing else back.
        auto* code = wizard->findChild<QLineEdit*>(QStringLiteral("creditCode"));
        type(code, QStringLiteral("12345"));
        auto* problem = wizard->findChild<QLabel*>(QStringLiteral("problemLabel"));
        wizard->flush();
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("credit code")), qPrintable(problem->text()));
        // In the user's words: the field as the form labels it, never the store's path to it.
        QVERIFY2(!problem->text().contains(QLatin1String("organisation.")), qPrintable(problem->text()));
        QCOMPARE(code->text(), QStringLiteral("12345"));
        QCOMPARE(editor.organisation().name, QStringLiteral("上海示例酒店管理有限公司"));
        QCOMPARE(editor.organisation().responsiblePerson.name, QStringLiteral("刘敏"));
        {
            // The field's own example passes its check.
            static const QRegularExpression example(QStringLiteral("[0-9A-Z]{18}"));
            const QString sample = example.match(code->placeholderText()).captured();
            QVERIFY2(CreditCode::isValid(sample), qPrintable(code->placeholderText()));
        }
        retype(code, TestSupport::validCreditCode());
        wizard->flush();
        QVERIFY(problem->isHidden());
        shoot(wizard, QStringLiteral("wizard-organisation"));

        // The case facts.
        wizard->next();
        auto* caseName = wizard->findChild<QLineEdit*>(QStringLiteral("caseName"));
        QVERIFY(caseName->isVisible());
        retype(caseName, QStringLiteral("前台入住人脸核验"));
        type(wizard->findChild<QPlainTextEdit*>(QStringLiteral("purposes")), QStringLiteral("入住身份核验"));
        tick(wizard->findChild<QCheckBox*>(QStringLiteral("method_verification")));
        auto* people = wizard->findChild<QSpinBox*>(QStringLiteral("storedPeople"));
        people->setFocus();
        people->selectAll();
        QTest::keyClicks(people, QStringLiteral("10001"));
        wizard->next(); // moving on saves what was typed
        QCOMPARE(editor.facts().name, QStringLiteral("前台入住人脸核验"));
        QCOMPARE(editor.facts().storedPeople, 10001);
        QCOMPARE(editor.facts().purposes, QStringList { QStringLiteral("入住身份核验") });
        QCOMPARE(editor.facts().methods, QList<Method> { Method::Verification });

        // The data map: one processing activity, every field the rule set lists, built from the rule set's data.
        {
            QWidget* map = wizard->currentPage();
            QCOMPARE(map->objectName(), QStringLiteral("DataMapPage"));
            auto* list = map->findChild<QListWidget*>(QStringLiteral("activityList"));
            QCOMPARE(list->count(), 0);
            QVERIFY(!map->findChild<QGroupBox*>(QStringLiteral("activityGroup"))->isEnabled());
            QTest::mouseClick(map->findChild<QPushButton*>(QStringLiteral("addActivity")), Qt::LeftButton);
            QCOMPARE(list->count(), 1);
            auto* activityName = map->findChild<QLineEdit*>(QStringLiteral("field_name"));
            QVERIFY(activityName->hasFocus());
            // The first activity starts from the case facts.
            QCOMPARE(activityName->text(), QStringLiteral("前台入住人脸核验"));
            QCOMPARE(map->findChild<QPlainTextEdit*>(QStringLiteral("field_purpose"))->toPlainText(),
                QStringLiteral("入住身份核验"));
            retype(activityName, QStringLiteral("前台入住人证核验"));
            const QList<ScaleEntry>& fields = editor.ruleSet()->dataMapFields;
            QCOMPARE(fields.size(), activityFields().size());
            for (const ScaleEntry& field : fields) {
                if (field.key == QLatin1String("name"))
                    continue;
                auto* edit = map->findChild<QPlainTextEdit*>(QStringLiteral("field_") + field.key);
                QVERIFY2(edit, qPrintable(field.key));
                QVERIFY(!edit->placeholderText().isEmpty()); // what to write, from the rule set
                static const QHash<QString, QString> typed {
                    { QStringLiteral("data_items"), QStringLiteral("人脸图像、人脸特征值、姓名、身份证件号码") },
                    { QStringLiteral("subjects"), QStringLiteral("入住旅客（含随行的未成年人）") },
                    { QStringLiteral("source"), QStringLiteral("旅客本人在前台提供") },
                    { QStringLiteral("collection"), QStringLiteral("前台人证核验终端采集，核验前出示告知书") },
                    { QStringLiteral("legal_basis"), QStringLiteral("旅客单独同意；不同意的人工核验证件") },
                    { QStringLiteral("storage"), QStringLiteral("比对结果存于酒店管理系统，特征值不留存") },
                    { QStringLiteral("transmission"), QStringLiteral("经公安旅馆业系统专线报送，传输加密") },
                    { QStringLiteral("retention"), QStringLiteral("入住记录按公安要求保存，人脸图像比对后即删除") },
                    { QStringLiteral("deletion"), QStringLiteral("比对完成后终端自动删除图像，每周抽查日志") },
                    { QStringLiteral("recipients"), QStringLiteral("终端供应商（受托运维）；公安旅馆业系统") },
                };
                if (typed.contains(field.key) && edit->toPlainText().isEmpty())
                    type(edit, typed.value(field.key));
            }
            wizard->flush();
            QCOMPARE(editor.version()->activities.size(), 1);
            const ProcessingActivity& activity = editor.version()->activities.constFirst();
            QCOMPARE(activity.name, QStringLiteral("前台入住人证核验"));
            QCOMPARE(activity.legalBasis, QStringLiteral("旅客单独同意；不同意的人工核验证件"));
            QCOMPARE(activity.crossBorder, QString());
            // The field left empty is named in the list and is a gap of the assessment.
            QVERIFY2(list->item(0)->toolTip().contains(QLatin1String("Transfer abroad")),
                qPrintable(list->item(0)->toolTip()));
            const Completeness completeness = editor.engine().completeness();
            QCOMPARE(completeness.group(QStringLiteral("datamap"))->gaps.size(), 1);
            QVERIFY(editor.engine()
                        .describe(completeness.group(QStringLiteral("datamap"))->gaps.constFirst(), Language::English)
                        .contains(QLatin1String("Transfer abroad")));
            type(map->findChild<QPlainTextEdit*>(QStringLiteral("field_cross_border")), QStringLiteral("不出境"));
            wizard->flush();
            QVERIFY(editor.engine().completeness().group(QStringLiteral("datamap"))->gaps.isEmpty());
            QCOMPARE(list->item(0)->text(), QStringLiteral("A1 前台入住人证核验"));
            shoot(wizard, QStringLiteral("wizard-datamap"));
            wizard->next();
        }

        // Screening: the filing obligation follows the head count, and a prohibited fact raises a flag at once.
        auto* screening = wizard->currentPage();
        auto* filing = screening->findChild<QLabel*>(QStringLiteral("filingLabel"));
        QVERIFY2(filing->text().contains(QLatin1String("10,001")) || filing->text().contains(QLatin1String("10001")),
            qPrintable(filing->text()));
        auto* flags = screening->findChild<QListWidget*>(QStringLiteral("flagList"));
        const auto flagTexts = [flags] {
            QStringList out;
            for (int i = 0; i < flags->count(); ++i)
                out.append(flags->item(i)->text());
            return out.join(QLatin1Char('\n'));
        };
        // Nothing answered yet: what would allow processing at all (consent) is not shown.
        QVERIFY2(
            flagTexts().contains(QStringLiteral("Prohibited unless shown — basis not shown")), qPrintable(flagTexts()));
        QVERIFY(!flagTexts().contains(QLatin1String("the practice must stop")));
        auto* privatePlace = screening->findChild<QuestionEditor*>(QStringLiteral("question:screen.private_place"));
        QVERIFY(privatePlace);
        tick(privatePlace->findChild<QRadioButton*>(QStringLiteral("answer_yes")));
        QVERIFY2(flagTexts().contains(QStringLiteral("Prohibited — the practice must stop; blocks finalization")),
            qPrintable(flagTexts()));
        shoot(wizard, QStringLiteral("wizard-screening"));

        answerQuestions(screening, evidence, editor);
        // Answering the rest as a careful officer would leaves the private-place answer alone.
        QCOMPARE(
            editor.version()->answer(QStringLiteral("screen.private_place"))->value.toString(), QStringLiteral("yes"));

        // The six Art. 15 items.
        for (const Section& s : editor.ruleSet()->sections) {
            wizard->next();
            QWidget* page = wizard->currentPage();
            QCOMPARE(page->objectName(), QStringLiteral("section:") + s.id);
            answerQuestions(page, evidence, editor);
            if (s.id == QLatin1String("accuracy")) {
                // A rate of 150 % is refused where it is typed, with the range the question allows.
                auto* frr = page->findChild<QuestionEditor*>(QStringLiteral("question:accuracy.frr"));
                QVERIFY(frr);
                auto* number = frr->findChild<QLineEdit*>(QStringLiteral("answerNumber"));
                const QJsonValue before = editor.version()->answer(QStringLiteral("accuracy.frr"))->value;
                retype(number, QStringLiteral("150"));
                wizard->flush();
                auto* refused = frr->findChild<QLabel*>(QStringLiteral("problem"));
                QVERIFY2(refused->isVisible() && refused->text().contains(QLatin1String("from 0 to 100")),
                    qPrintable(refused->text()));
                QCOMPARE(editor.version()->answer(QStringLiteral("accuracy.frr"))->value, before);
                retype(number, QString::number(before.toDouble()));
                wizard->flush();
                QVERIFY(refused->isHidden());
            }
            page->findChild<QComboBox*>(QStringLiteral("conclusion"))->setCurrentIndex(1);
            // Sound answers: "meets" stands, but for the first item while the device in a private place is there.
            auto* contradictions = page->findChild<QLabel*>(QStringLiteral("contradictions"));
            if (s.id == QLatin1String("legality"))
                QVERIFY2(contradictions->text().contains(QLatin1String("Device in a private place")),
                    qPrintable(contradictions->text()));
            else
                QVERIFY2(contradictions->isHidden(), qPrintable(contradictions->text()));
            type(page->findChild<QPlainTextEdit*>(QStringLiteral("rationale")), QStringLiteral("措施充分。"));
        }

        // An adverse answer where "meets" was concluded: the section says at once that the conclusion cannot stand.
        wizard->flush(); // what was typed last is saved, as leaving the field would
        {
            QWidget* protection = wizard->findChild<QWidget*>(QStringLiteral("section:protection"));
            QVERIFY(protection);
            auto* incidentPlan
                = protection->findChild<QuestionEditor*>(QStringLiteral("question:protection.incident_plan"));
            QVERIFY(incidentPlan);
            auto* contradictions = protection->findChild<QLabel*>(QStringLiteral("contradictions"));
            tick(incidentPlan->findChild<QRadioButton*>(QStringLiteral("answer_no")));
            QVERIFY(!contradictions->isHidden());
            QVERIFY2(
                contradictions->text().contains(QLatin1String("adverse finding")), qPrintable(contradictions->text()));
            tick(incidentPlan->findChild<QRadioButton*>(QStringLiteral("answer_yes")));
            QVERIFY(contradictions->isHidden());
        }

        // Risks and measures.
        wizard->next();
        QWidget* risks = wizard->currentPage();
        QTest::mouseClick(risks->findChild<QPushButton*>(QStringLiteral("addRisk")), Qt::LeftButton);
        type(risks->findChild<QLineEdit*>(QStringLiteral("riskTitle")), QStringLiteral("人脸特征值泄露"));
        risks->findChild<QComboBox*>(QStringLiteral("impact"))->setCurrentIndex(2);
        {
            // The likelihood analysis: the risk's source, chosen from the rule set's four, and the cause behind it.
            auto* source = risks->findChild<QComboBox*>(QStringLiteral("riskSource"));
            QVERIFY(source->isVisible());
            QCOMPARE(source->count(), 1 + editor.ruleSet()->risk.sources.size());
            QCOMPARE(source->currentData().toString(), QString());
            source->setCurrentIndex(source->findData(QStringLiteral("network_technical")));
            type(risks->findChild<QPlainTextEdit*>(QStringLiteral("likelihoodBasis")),
                QStringLiteral("渗透测试报告：管理后台可从互联网访问"));
        }
        // A new risk assumes nothing of measures: none is planned, so its level stays as rated.
        auto* level = risks->findChild<QLabel*>(QStringLiteral("riskLevel"));
        QVERIFY2(level->text().contains(QLatin1String("no measure planned against it yet")), qPrintable(level->text()));
        QCOMPARE(
            editor.version()->risks.constFirst().residualLikelihood, editor.version()->risks.constFirst().likelihood);
        QTest::mouseClick(risks->findChild<QPushButton*>(QStringLiteral("addMeasure")), Qt::LeftButton);
        QVERIFY2(level->text().contains(QLatin1String("when measures are done")), qPrintable(level->text()));
        type(risks->findChild<QPlainTextEdit*>(QStringLiteral("measureDescription")), QStringLiteral("特征值加密存储"));
        type(risks->findChild<QLineEdit*>(QStringLiteral("measureOwner")), QStringLiteral("信息技术部"));
        risks->findChild<piadesk::DateField*>(QStringLiteral("measureDue"))->setDate(QDate(2025, 9, 1));
        wizard->flush();
        QCOMPARE(editor.version()->risks.size(), 1);
        QCOMPARE(editor.version()->risks.constFirst().title, QStringLiteral("人脸特征值泄露"));
        QCOMPARE(editor.version()->risks.constFirst().source, QStringLiteral("network_technical"));
        QCOMPARE(editor.version()->risks.constFirst().likelihoodBasis,
            QStringLiteral("渗透测试报告：管理后台可从互联网访问"));
        QCOMPARE(editor.version()->measures.constFirst().riskUuid, editor.version()->risks.constFirst().uuid);
        QCOMPARE(editor.version()->measures.constFirst().dueDate, QDate(2025, 9, 1));
        {
            // The lists are views on the plan's models: a second risk shows as R2, and removing it is one undo step
            // that leaves the first risk current and its measure still answering it.
            auto* riskList = risks->findChild<QListView*>(QStringLiteral("riskList"));
            QVERIFY(riskList);
            const int steps = editor.undoStack()->count();
            QTest::mouseClick(risks->findChild<QPushButton*>(QStringLiteral("addRisk")), Qt::LeftButton);
            QCOMPARE(riskList->model()->rowCount(), 2);
            QCOMPARE(riskList->currentIndex().row(), 1);
            QVERIFY2(riskList->model()->index(1, 0).data().toString().startsWith(QLatin1String("R2 ")),
                qPrintable(riskList->model()->index(1, 0).data().toString()));
            QTest::mouseClick(risks->findChild<QPushButton*>(QStringLiteral("removeRisk")), Qt::LeftButton);
            QCOMPARE(riskList->model()->rowCount(), 1);
            QCOMPARE(editor.undoStack()->count(), steps + 2);
            QCOMPARE(riskList->currentIndex().row(), 0);
            QVERIFY(riskList->model()->index(0, 0).data().toString().contains(QStringLiteral("人脸特征值泄露")));
            QCOMPARE(
                risks->findChild<QLineEdit*>(QStringLiteral("riskTitle"))->text(), QStringLiteral("人脸特征值泄露"));
            QCOMPARE(editor.version()->measures.size(), 1);
            QCOMPARE(editor.version()->measures.constFirst().riskUuid, editor.version()->risks.constFirst().uuid);
        }
        shoot(wizard, QStringLiteral("wizard-risks"));

        // Filing materials: a file attached to material 4.
        wizard->next();
        auto* materials = qobject_cast<MaterialsPage*>(wizard->currentPage());
        QVERIFY(materials);
        auto* tree = materials->findChild<QTreeWidget*>(QStringLiteral("materialTree"));
        QCOMPARE(tree->topLevelItemCount(), editor.ruleSet()->filing.materials.size());
        m_dialogs.files = { evidence };
        QTest::mouseClick(materials->findChild<QPushButton*>(QStringLiteral("attachFile")), Qt::LeftButton);
        QCOMPARE(materials->findChild<QListWidget*>(QStringLiteral("attachmentList"))->count(), 1);
        // Files dropped on the page are attached too.
        {
            QMimeData mime;
            mime.setUrls({ QUrl::fromLocalFile(evidence) });
            QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(materials, &enter);
            QVERIFY(enter.isAccepted());
            QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(materials, &drop);
        }
        QCOMPARE(materials->findChild<QListWidget*>(QStringLiteral("attachmentList"))->count(), 2);

        // Review: finalization is refused while the prohibited flag stands.
        wizard->next();
        QCOMPARE(wizard->currentPage(), wizard->reviewPage());
        ReviewPage* review = wizard->reviewPage();
        type(review->findChild<QLineEdit*>(QStringLiteral("assessor")), QStringLiteral("陈晓"));
        type(review->findChild<QLineEdit*>(QStringLiteral("reviewer")), QStringLiteral("刘敏"));
        {
            // How the assessment was done: the rule set's methods, and the team's independence.
            QVERIFY(review->findChild<QGroupBox*>(QStringLiteral("methodGroup"))->isVisible());
            tick(review->findChild<QCheckBox*>(QStringLiteral("method_interview")));
            tick(review->findChild<QCheckBox*>(QStringLiteral("method_site_inspection")));
            type(review->findChild<QPlainTextEdit*>(QStringLiteral("independence")),
                QStringLiteral("评估由法务部完成，法务部不参与门禁运营。"));
            wizard->flush();
            const AssessmentMethod method = AssessmentMethod::from(*editor.version());
            QCOMPARE(method.methods, QStringList({ QStringLiteral("interview"), QStringLiteral("site_inspection") }));
            QCOMPARE(method.independence, QStringLiteral("评估由法务部完成，法务部不参与门禁运营。"));
        }
        // Why finalization is refused shows at once, before any confirmation is ticked.
        {
            const QString summary = review->findChild<QLabel*>(QStringLiteral("summaryLabel"))->text();
            QVERIFY2(summary.contains(QLatin1String("Finalization is refused until:"))
                    && summary.contains(QLatin1String("Device in a private place")),
                qPrintable(summary));
        }
        tick(review->findChild<QCheckBox*>(QStringLiteral("confirmBox")));
        QTest::mouseClick(review->findChild<QPushButton*>(QStringLiteral("finalizeButton")), Qt::LeftButton);
        auto* result = review->findChild<QLabel*>(QStringLiteral("resultLabel"));
        QVERIFY2(result->text().contains(QLatin1String("cannot be finalized"))
                && result->text().contains(QLatin1String("Device in a private place")),
            qPrintable(result->text()));
        QCOMPARE(editor.version()->state, AssessmentState::Draft);
        shoot(wizard, QStringLiteral("wizard-review"));

        // Back to screening: the device is removed from the private place, and the remaining condition flags are
        // addressed in writing.
        while (wizard->currentPage() != screening)
            wizard->back();
        tick(privatePlace->findChild<QRadioButton*>(QStringLiteral("answer_no")));
        QVERIFY(!flagTexts().contains(QLatin1String("blocks finalization")));
        auto* justification = screening->findChild<QPlainTextEdit*>(QStringLiteral("flagJustification"));
        for (int i = 0; i < flags->count(); ++i) {
            if (flags->item(i)->data(Qt::UserRole).toString().isEmpty())
                continue;
            flags->setCurrentRow(i);
            QVERIFY(justification->isEnabled());
            type(justification, QStringLiteral("已在告知书中说明。"));
            wizard->flush();
        }
        QVERIFY2(!flagTexts().contains(QLatin1String("say how it is met")), qPrintable(flagTexts()));
        while (wizard->currentPage() != review)
            wizard->next();
        const QStringList gaps = [&] {
            QStringList out;
            for (const Gap& g : editor.completeness().gaps())
                out.append(editor.engine().describe(g, Language::English));
            return out;
        }();
        QVERIFY2(gaps.isEmpty(), qPrintable(gaps.join(QLatin1Char('\n'))));
        QTest::mouseClick(review->findChild<QPushButton*>(QStringLiteral("finalizeButton")), Qt::LeftButton);
        QVERIFY2(result->text().contains(QLatin1String("is finalized")), qPrintable(result->text()));

        // The version is final in the file, and the wizard is now read-only and says so.
        QCOMPARE(editor.version()->state, AssessmentState::Finalized);
        QVERIFY(wizard->windowTitle().contains(QLatin1String("read-only")));
        QVERIFY(review->subTitle().contains(QLatin1String("finalized")));
        QVERIFY(review->findChild<QLineEdit*>(QStringLiteral("assessor"))->isReadOnly());
        QVERIFY(!wizard->findChild<QLineEdit*>(QStringLiteral("organisationName"))->isEnabled()
            || wizard->findChild<QLineEdit*>(QStringLiteral("organisationName"))->isReadOnly());
        wizard->close();
        QTRY_VERIFY(window.wizards().isEmpty());

        CaseBundle bundle;
        QVERIFY(window.store()->loadCase(caseId, &bundle));
        QCOMPARE(bundle.assessments.size(), 1);
        const AssessmentVersion& v = bundle.assessments.constFirst();
        QCOMPARE(v.state, AssessmentState::Finalized);
        QCOMPARE(v.assessor, QStringLiteral("陈晓"));
        QCOMPARE(v.record->organisation.name, QStringLiteral("上海示例酒店管理有限公司"));
        QCOMPARE(v.record->facts.storedPeople, 10001);
        QVERIFY(!v.contentHash.isEmpty());
        QVERIFY(window.store()->verify().ok());

        // Reopened from the register, the finalized version is read-only, and edits are refused.
        AssessmentWizard* again = window.openAssessment(caseId);
        QVERIFY(again);
        QVERIFY(again->editor().isReadOnly());
        QCOMPARE(again->editor().facts(), v.record->facts); // the facts as they were assessed
        CaseFacts facts = again->editor().facts();
        facts.name = QStringLiteral("改名");
        QVERIFY(!again->editor().setFacts(facts));
        QVERIFY2(again->editor().errorString().contains(QLatin1String("re-assess")),
            qPrintable(again->editor().errorString()));
        QVERIFY(!again->editor().setAnswer({ QStringLiteral("screen.private_place"), QStringLiteral("yes"), {}, {} }));
        QVERIFY(again->findChild<QLineEdit*>(QStringLiteral("caseName"))->isReadOnly());
        QCOMPARE(again->findChild<QLineEdit*>(QStringLiteral("caseName"))->text(), QStringLiteral("前台入住人脸核验"));
        again->close();
    }

    /** A case under the 2023 draft is marked superseded in the register and re-assessed under the Measures. */
    void reassessUnderTheRulesInForce()
    {
        QTemporaryDir dir;
        FixedClock clock(QDate(2025, 6, 2));
        auto store = TestSupport::openStore(dir, QStringLiteral("cases.piadesk"), &clock);
        QVERIFY(store);
        const qint64 caseId = TestSupport::buildCompleteCase(*store, clock);
        QVERIFY(caseId);
        CaseBundle before;
        QVERIFY(store->loadCase(caseId, &before));
        QVERIFY(store->deleteAssessment(Workflow::version(before, 0)->id)); // the draft version 3
        AppSettings appSettings = settings();
        MainWindow window(std::move(store), &appSettings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* table = window.findChild<QTableView*>(QStringLiteral("caseTable"));
        const QModelIndex rules = table->model()->index(0, CaseListModel::RuleSetColumn);
        QVERIFY2(rules.data().toString().contains(QLatin1String("superseded")), qPrintable(rules.data().toString()));
        QVERIFY(rules.data(Qt::ToolTipRole).toString().contains(QLatin1String("1 June 2025")));
        // The register filters by rule set.
        auto* filter = window.findChild<QComboBox*>(QStringLiteral("ruleSetFilter"));
        filter->setCurrentIndex(filter->findData(QStringLiteral("cn-cac-frt-2025-measures")));
        QCOMPARE(table->model()->rowCount(), 0);
        filter->setCurrentIndex(0);
        QCOMPARE(table->model()->rowCount(), 1);

        table->setCurrentIndex(table->model()->index(0, 0));
        window.findChild<QAction*>(QStringLiteral("actionReassessUnderLaw"))->trigger();
        auto* dialog = window.findChild<ReassessDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->ruleSetId(), QStringLiteral("cn-cac-frt-2025-measures"));
        auto* trigger = dialog->findChild<QComboBox*>(QStringLiteral("trigger"));
        QCOMPARE(dialog->trigger(), TriggerKind::LegalBasisChanged);
        QVERIFY(!trigger->isEnabled());
        QVERIFY(!dialog->description().isEmpty()); // prefilled: re-assessed under the Measures
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("scopeLabel"))->text().contains(QLatin1String("four")));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<ReassessDialog*>());
        QCOMPARE(window.wizards().size(), 1);
        CaseEditor& editor = window.wizards().constFirst()->editor();
        QCOMPARE(editor.ruleSet()->id, QStringLiteral("cn-cac-frt-2025-measures"));
        QCOMPARE(editor.version()->trigger, TriggerKind::LegalBasisChanged);
        QCOMPARE(editor.version()->number, 3);
        // The old versions are still read under the draft, and their hashes verify.
        QVERIFY(window.store()->verify().ok());
        QCOMPARE(Workflow::ruleSetFor(RuleSetLibrary::builtIn(), editor.bundle().caseInfo,
                     *Workflow::version(editor.bundle(), 2), nullptr)
                     ->id,
            QStringLiteral("cn-cac-frt-2023-draft"));
        window.wizards().constFirst()->close();
        QTRY_VERIFY(!table->model()
                         ->index(0, CaseListModel::RuleSetColumn)
                         .data()
                         .toString()
                         .contains(QLatin1String("superseded")));
    }

    void reassessKeepsTheOldVersionAndShowsWhatChanged()
    {
        QTemporaryDir dir;
        FixedClock clock(QDate(2025, 6, 2));
        auto store = TestSupport::openStore(dir, QStringLiteral("cases.piadesk"), &clock);
        QVERIFY(store);
        const qint64 caseId = TestSupport::buildCompleteCase(*store, clock);
        QVERIFY(caseId);
        clock.setNow(QDateTime(QDate(2025, 11, 3), QTime(9, 0), Qt::UTC));
        CaseBundle before;
        QVERIFY(store->loadCase(caseId, &before));
        const AssessmentVersion* draft = Workflow::version(before, 0);
        QCOMPARE(draft->state, AssessmentState::Draft);
        AppSettings appSettings = settings();
        MainWindow window(std::move(store), &appSettings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const auto openDialog = [&]() -> ReassessDialog* {
            auto* table = window.findChild<QTableView*>(QStringLiteral("caseTable"));
            table->setCurrentIndex(table->model()->index(0, 0));
            window.findChild<QAction*>(QStringLiteral("actionReassess"))->trigger();
            return window.findChild<ReassessDialog*>();
        };
        // While version 3 is still a draft, a re-assessment is refused in the dialog, which keeps what was typed.
        ReassessDialog* dialog = openDialog();
        QVERIFY(dialog && dialog->isVisible());
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no description yet
        auto* trigger = dialog->findChild<QComboBox*>(QStringLiteral("trigger"));
        trigger->setCurrentIndex(trigger->findData(int(TriggerKind::MethodsChanged)));
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("scopeLabel"))->text().contains(QLatin1String("Protection")));
        type(dialog->findChild<QPlainTextEdit*>(QStringLiteral("description")), QStringLiteral("门禁改为 1:N 辨识。"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        auto* problem = dialog->findChild<QLabel*>(QStringLiteral("problemLabel"));
        QVERIFY2(problem->isVisible() && !problem->text().isEmpty(), qPrintable(problem->text()));
        QCOMPARE(dialog->description(), QStringLiteral("门禁改为 1:N 辨识。"));
        dialog->reject();
        QTRY_VERIFY(!window.findChild<ReassessDialog*>());
        QVERIFY(window.wizards().isEmpty());

        // Once the draft is gone, the same request opens version 3 prefilled from version 2.
        QVERIFY(window.store()->deleteAssessment(draft->id));
        dialog = openDialog();
        QVERIFY(dialog);
        trigger = dialog->findChild<QComboBox*>(QStringLiteral("trigger"));
        trigger->setCurrentIndex(trigger->findData(int(TriggerKind::MethodsChanged)));
        type(dialog->findChild<QPlainTextEdit*>(QStringLiteral("description")), QStringLiteral("门禁改为 1:N 辨识。"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<ReassessDialog*>());
        QCOMPARE(window.wizards().size(), 1);
        AssessmentWizard* wizard = window.wizards().constFirst();
        CaseEditor& editor = wizard->editor();
        QCOMPARE(editor.version()->number, 3);
        QCOMPARE(editor.version()->trigger, TriggerKind::MethodsChanged);
        QCOMPARE(editor.version()->state, AssessmentState::Draft);
        const AssessmentVersion* v2 = editor.previousVersion();
        QCOMPARE(v2->number, 2);
        // Prefilled: the same answers (the evidence files are copied to the new version, under new ids).
        QCOMPARE(editor.version()->answers.size(), v2->answers.size());
        for (qsizetype i = 0; i < v2->answers.size(); ++i) {
            QCOMPARE(editor.version()->answers.at(i).value, v2->answers.at(i).value);
            QCOMPARE(editor.version()->answers.at(i).justification, v2->answers.at(i).justification);
            QCOMPARE(editor.version()->answers.at(i).evidence.size(), v2->answers.at(i).evidence.size());
        }
        QCOMPARE(editor.version()->risks, v2->risks);
        QVERIFY(!editor.isReadOnly());

        // The first page shows the trigger and, side by side, what changed; the items to review are marked.
        QWizardPage* changes = wizard->currentPage();
        QVERIFY(changes->title().contains(QLatin1String("since version 2")));
        QVERIFY(changes->findChild<QLabel*>(QStringLiteral("triggerLabel"))->text().contains(QStringLiteral("1:N")));
        for (const QString& id : editor.sectionsToReview())
            QVERIFY2(wizard->sectionPage(id)->subTitle().contains(QLatin1String("re-assessment")), qPrintable(id));
        QVERIFY(wizard->sectionPage(QStringLiteral("purpose"))->subTitle().isEmpty());
        auto* table = changes->findChild<QTableWidget*>(QStringLiteral("changeTable"));
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Nothing has changed yet."));

        wizard->next();
        wizard->next(); // the case facts
        tick(wizard->findChild<QCheckBox*>(QStringLiteral("method_remote_frictionless")));
        wizard->back();
        wizard->back();
        QCOMPARE(wizard->currentPage(), changes);
        const auto rowOf = [table](const QString& label) {
            for (int i = 0; i < table->rowCount(); ++i) {
                if (table->item(i, 0)->text() == label)
                    return i;
            }
            return -1;
        };
        const int methods = rowOf(QStringLiteral("Identification methods"));
        QVERIFY(methods >= 0);
        QVERIFY(!table->item(methods, 1)->text().contains(enumLabel(Method::RemoteFrictionless)));
        QVERIFY(table->item(methods, 2)->text().contains(enumLabel(Method::RemoteFrictionless)));
        // A one-line row is one line high, whatever width the page had when the rows were filled.
        QCoreApplication::processEvents();
        for (int i = 0; i < table->rowCount(); ++i) {
            const bool oneLine = !table->item(i, 0)->text().contains(QLatin1Char('\n'))
                && !table->item(i, 1)->text().contains(QLatin1Char('\n'))
                && !table->item(i, 2)->text().contains(QLatin1Char('\n'))
                && table->fontMetrics().horizontalAdvance(table->item(i, 2)->text()) < table->columnWidth(2) - 12;
            if (oneLine)
                QVERIFY2(table->rowHeight(i) < 3 * table->fontMetrics().height(),
                    qPrintable(QStringLiteral("row %1: %2 px").arg(i).arg(table->rowHeight(i))));
        }
        shoot(wizard, QStringLiteral("wizard-changes"));
        wizard->close();

        // Version 2 is untouched: same content hash, and the file verifies.
        CaseBundle after;
        QVERIFY(window.store()->loadCase(caseId, &after));
        QCOMPARE(Workflow::version(after, 2)->contentHash, Workflow::version(before, 2)->contentHash);
        QCOMPARE(
            Workflow::version(after, 2)->record->facts.methods, Workflow::version(before, 2)->record->facts.methods);
        QVERIFY(window.store()->verify().ok());
    }

    void filingTrackerRecordsFilingsAndChanges()
    {
        QTemporaryDir dir;
        FixedClock clock(QDate(2025, 3, 10));
        auto store = TestSupport::openStore(dir, QStringLiteral("cases.piadesk"), &clock);
        QVERIFY(store);
        Organisation org;
        org.name = QStringLiteral("北京示例地铁运营公司");
        QVERIFY(store->saveOrganisation(org));
        CaseFacts facts;
        facts.name = QStringLiteral("进站人脸核验");
        facts.publicPlace = true;
        facts.startOfUse = QDate(2025, 3, 3);
        facts.status = CaseStatus::InUse;
        Case created;
        QVERIFY(store->createCase(org.id, facts, &created));
        AppSettings appSettings = settings();
        MainWindow window(std::move(store), &appSettings);
        FilingDialog* dialog = window.showFilings(created.id);
        QVERIFY(dialog && dialog->isVisible());
        const WorkCalendar& calendar = window.calendar();
        const QDate initialDue = calendar.addWorkingDays(QDate(2025, 3, 3), 30).to;

        // Due before anything is recorded: counted from the start of use.
        auto* due = dialog->findChild<QTreeWidget*>(QStringLiteral("deadlineTree"));
        QCOMPARE(due->topLevelItemCount(), 1);
        QCOMPARE(due->topLevelItem(0)->text(0), QStringLiteral("Initial filing"));
        QCOMPARE(due->topLevelItem(0)->text(1), Translations::date(initialDue));
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("explanationLabel"))->text().contains(QLatin1String("30")));
        // The case is under the 2023 draft: the dialog says first that it was superseded.
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("obligationLabel"))
                    ->text()
                    .contains(QLatin1String("This draft never came into force")));

        // A change cannot be recorded before the initial filing is submitted.
        auto* change = dialog->findChild<QPushButton*>(QStringLiteral("recordChange"));
        QVERIFY(!change->isEnabled());
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("recordInitial")), Qt::LeftButton);
        auto* filings = dialog->findChild<QTableWidget*>(QStringLiteral("filingTable"));
        QCOMPARE(filings->rowCount(), 1);
        auto* problem = dialog->findChild<QLabel*>(QStringLiteral("problemLabel"));
        QVERIFY2(problem->isHidden(), qPrintable(problem->text()));
        CaseBundle bundle;
        QVERIFY(window.store()->loadCase(created.id, &bundle));
        QCOMPARE(bundle.filings.size(), 1);
        QCOMPARE(bundle.filings.constFirst().dueDate, initialDue);
        QTest::mouseClick(change, Qt::LeftButton);
        QVERIFY2(problem->text().contains(QLatin1String("not been submitted")), qPrintable(problem->text()));

        // Submitted, with its reference number, as typed.
        dialog->findChild<piadesk::DateField*>(QStringLiteral("submittedOn"))->setDate(QDate(2025, 3, 20));
        type(dialog->findChild<QLineEdit*>(QStringLiteral("referenceNumber")), QStringLiteral("京网信备 2025-0042"));
        dialog->findChild<Debouncer*>()->flush();
        QVERIFY(window.store()->loadCase(created.id, &bundle));
        QCOMPARE(bundle.filings.constFirst().submittedOn, QDate(2025, 3, 20));
        QCOMPARE(bundle.filings.constFirst().referenceNumber, QStringLiteral("京网信备 2025-0042"));
        QVERIFY(due->topLevelItem(0)->text(2).startsWith(QLatin1String("Submitted")));

        // A substantive change makes a modification due in 20 working days; the end of use a de-registration.
        auto* date = dialog->findChild<piadesk::DateField*>(QStringLiteral("eventDate"));
        type(dialog->findChild<QLineEdit*>(QStringLiteral("eventNote")), QStringLiteral("新增 3 个出入口"));
        QVERIFY(change->isEnabled());
        // A date typed and refused is not the date shown before: nothing is recorded until it is corrected.
        date->lineEdit()->setFocus();
        date->lineEdit()->selectAll();
        QTest::keyClicks(date->lineEdit(), QStringLiteral("2025-09-31"));
        QTest::keyClick(date->lineEdit(), Qt::Key_Return);
        QVERIFY(!date->problem().isEmpty());
        QTest::mouseClick(change, Qt::LeftButton);
        QCOMPARE(filings->rowCount(), 1);
        QVERIFY2(problem->text().contains(QLatin1String("2025-09-31")), qPrintable(problem->text()));
        date->clear(QDate(2025, 9, 26));
        QTest::mouseClick(change, Qt::LeftButton);
        QVERIFY2(problem->isHidden(), qPrintable(problem->text()));
        QCOMPARE(filings->rowCount(), 2);
        date->setDate(QDate(2025, 12, 31));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("recordEnd")), Qt::LeftButton);
        QCOMPARE(filings->rowCount(), 3);
        QVERIFY(window.store()->loadCase(created.id, &bundle));
        QCOMPARE(bundle.filings.at(1).kind, FilingKind::Modification);
        QCOMPARE(bundle.filings.at(1).dueDate, calendar.addWorkingDays(QDate(2025, 9, 26), 20).to);
        QCOMPARE(bundle.filings.at(1).dueDate, QDate(2025, 10, 30)); // over the National Day week and its make-up days
        QCOMPARE(bundle.filings.at(2).kind, FilingKind::Deregistration);
        QCOMPARE(bundle.caseInfo.facts.endOfUse, QDate(2025, 12, 31));
        QCOMPARE(bundle.caseInfo.facts.status, CaseStatus::Ended);
        QCOMPARE(due->topLevelItemCount(), 3);
        shoot(dialog, QStringLiteral("filings"));
        dialog->close();
    }

    /**
     * Under the 2025 Measures: the initial filing is counted from the day the stored count reached 100,000 (not the
     * start of use), and each material and each of the filing system's uploads gets its status in the dialog.
     */
    void filingTrackerUnderTheMeasures()
    {
        QTemporaryDir dir;
        FixedClock clock(QDate(2025, 6, 3));
        auto store = TestSupport::openStore(dir, QStringLiteral("cases.piadesk"), &clock);
        QVERIFY(store);
        Organisation org;
        org.name = QStringLiteral("深圳示例物业服务有限公司");
        org.creditCode = TestSupport::validCreditCode(QStringLiteral("91440300MA5F0XXX1"));
        QVERIFY(store->saveOrganisation(org));
        CaseFacts facts;
        facts.name = QStringLiteral("小区门禁");
        facts.startOfUse = QDate(2022, 3, 1);
        facts.storedPeople = 120000;
        facts.thresholdReachedOn = QDate(2025, 6, 1);
        facts.status = CaseStatus::InUse;
        Case created;
        QVERIFY(store->createCase(org.id, facts, &created, QStringLiteral("cn-cac-frt-2025-measures")));
        AppSettings appSettings = settings();
        MainWindow window(std::move(store), &appSettings);
        FilingDialog* dialog = window.showFilings(created.id);
        QVERIFY(dialog && dialog->isVisible());
        auto* materials = dialog->findChild<QTreeWidget*>(QStringLiteral("materialTree"));
        QVERIFY(materials);
        QVERIFY(!materials->isEnabled()); // nothing recorded yet

        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("recordInitial")), Qt::LeftButton);
        auto* problem = dialog->findChild<QLabel*>(QStringLiteral("problemLabel"));
        QVERIFY2(problem->isHidden(), qPrintable(problem->text()));
        CaseBundle bundle;
        QVERIFY(window.store()->loadCase(created.id, &bundle));
        QCOMPARE(bundle.filings.size(), 1);
        QCOMPARE(bundle.filings.constFirst().triggerDate, QDate(2025, 6, 1));
        QCOMPARE(bundle.filings.constFirst().dueDate, QDate(2025, 7, 14));
        QVERIFY(bundle.filings.constFirst().authority.contains(QStringLiteral("广东省")));

        // Five materials of Art. 15, then the eight uploads.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the boxes of the list before
        QVERIFY(materials->isEnabled());
        QCOMPARE(materials->topLevelItemCount(), 2);
        QCOMPARE(materials->topLevelItem(0)->childCount(), 5);
        QVERIFY(materials->topLevelItem(0)->text(0).contains(QLatin1String("Art. 15")));
        QCOMPARE(materials->topLevelItem(1)->text(0), QStringLiteral("Uploads to the filing system"));
        QCOMPARE(materials->topLevelItem(1)->childCount(), 8);
        auto* undertaking = dialog->findChild<QComboBox*>(QStringLiteral("status_undertaking"));
        QVERIFY(undertaking && undertaking->isEnabled());
        QCOMPARE(undertaking->currentText(), QStringLiteral("Missing"));
        type(dialog->findChild<QLineEdit*>(QStringLiteral("referenceNumber")), QStringLiteral("粤网信备 2025-0007"));
        const int ready = undertaking->findData(int(MaterialStatus::Ready));
        QVERIFY(ready > 0);
        undertaking->setCurrentIndex(ready);
        QVERIFY(window.store()->loadCase(created.id, &bundle));
        QCOMPARE(bundle.filings.constFirst().materialStatus(QStringLiteral("undertaking"), 0), MaterialStatus::Ready);
        QCOMPARE(
            bundle.filings.constFirst().materialStatus(QStringLiteral("application_form"), 0), MaterialStatus::Missing);
        // The box that changed is still there, and the number typed before it is saved with it.
        QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("status_undertaking")), undertaking);
        dialog->findChild<Debouncer*>()->flush();
        QVERIFY(window.store()->loadCase(created.id, &bundle));
        QCOMPARE(bundle.filings.constFirst().referenceNumber, QStringLiteral("粤网信备 2025-0007"));
        QCOMPARE(bundle.filings.constFirst().materialStatus(QStringLiteral("undertaking"), 0), MaterialStatus::Ready);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("status_undertaking"))->currentText(),
            QStringLiteral("Ready"));
        shoot(dialog, QStringLiteral("filings-measures"));
        dialog->close();
    }

    void exportPacketPreviewAndPrint()
    {
        QTemporaryDir dir;
        FixedClock clock(QDate(2025, 6, 2));
        auto store = TestSupport::openStore(dir, QStringLiteral("cases.piadesk"), &clock);
        QVERIFY(store);
        const qint64 caseId = TestSupport::buildCompleteCase(*store, clock);
        QVERIFY(caseId);
        AppSettings appSettings = settings();
        QCOMPARE(appSettings.outputLanguage(), Language::Chinese); // as the authority reads it
        MainWindow window(std::move(store), &appSettings);
        ExportDialog* dialog = window.showExport(caseId);
        QVERIFY(dialog);

        // The packet of the initial filing of version 2, in Chinese, saved through the dialog's Save As.
        auto* document = dialog->findChild<QComboBox*>(QStringLiteral("documentKind"));
        document->setCurrentIndex(document->findData(int(ExportRequest::Document::Packet)));
        auto* version = dialog->findChild<QComboBox*>(QStringLiteral("versionBox"));
        auto* status = dialog->findChild<QLabel*>(QStringLiteral("statusLabel"));
        // Version 3 is a draft: before anything is made, the dialog says a filing cannot rest on it.
        version->setCurrentIndex(version->findData(3));
        QVERIFY2(status->text().contains(QLatin1String("draft")), qPrintable(status->text()));
        version->setCurrentIndex(version->findData(2));
        // Version 2 answered an earlier questionnaire: it is final, but today's rules would not pass it.
        QVERIFY2(!status->text().contains(QLatin1String("is a draft")), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QLatin1String("would not be finalized today")), qPrintable(status->text()));
        QVERIFY(dialog->findChild<QComboBox*>(QStringLiteral("filingKind"))->isEnabled());
        const QString packetPath = dir.filePath(QStringLiteral("packet.pdf"));
        m_dialogs.files = { packetPath };
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        const auto text = [](const QByteArray& pdf, int* pages) {
            std::unique_ptr<Poppler::Document> doc(Poppler::Document::loadFromData(pdf));
            QString all;
            *pages = doc ? doc->numPages() : 0;
            for (int i = 0; i < *pages; ++i)
                all += std::unique_ptr<Poppler::Page>(doc->page(i))->text(QRectF());
            return all.remove(QRegularExpression(QStringLiteral("\\s+")));
        };
        int pages = 0;
        const QString packet = text(TestSupport::fileBytes(packetPath), &pages);
        QVERIFY2(pages > 1, qPrintable(dialog->findChild<QLabel*>(QStringLiteral("statusLabel"))->text()));
        QVERIFY(packet.contains(QStringLiteral("浦江花园小区人脸识别门禁")));
        QVERIFY(packet.contains(QStringLiteral("备案")));
        QVERIFY(packet.contains(QStringLiteral("第1页")));

        // The report's editable working copy: an OpenDocument file (no preview), marked as not the record.
        document->setCurrentIndex(document->findData(int(ExportRequest::Document::WorkingCopy)));
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("previewButton"))->isEnabled());
        QVERIFY(!dialog->findChild<QComboBox*>(QStringLiteral("filingKind"))->isEnabled());
        const QString odtPath = dir.filePath(QStringLiteral("report.odt"));
        m_dialogs.files = { odtPath };
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        const Xlsx odt = readXlsx(TestSupport::fileBytes(odtPath));
        QCOMPARE(odt.parts.value(QStringLiteral("mimetype")), QByteArray("application/vnd.oasis.opendocument.text"));
        const QString content = QString::fromUtf8(odt.parts.value(QStringLiteral("content.xml")));
        QVERIFY2(content.contains(QStringLiteral("浦江花园小区人脸识别门禁")), qPrintable(status->text()));
        QVERIFY(content.contains(QStringLiteral("工作稿")));

        // The English report previewed: thumbnails, pages, zoom, and printing to a PDF printer.
        document->setCurrentIndex(document->findData(int(ExportRequest::Document::Report)));
        auto* language = dialog->findChild<QComboBox*>(QStringLiteral("languageBox"));
        language->setCurrentIndex(language->findData(int(Language::English)));
        QCOMPARE(appSettings.outputLanguage(), Language::English); // remembered for the next export
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("previewButton")), Qt::LeftButton);
        auto* preview = dialog->findChild<PreviewDialog*>();
        QVERIFY(preview && preview->isValid());
        QVERIFY(preview->pageCount() > 1);
        QCOMPARE(preview->findChild<QListWidget*>(QStringLiteral("thumbnails"))->count(), preview->pageCount());
        preview->activateWindow(); // shortcuts go to the active window
        QVERIFY(QTest::qWaitForWindowActive(preview));
        QTest::keyClick(preview, Qt::Key_PageDown);
        QCOMPARE(preview->currentPage(), 1);
        QTest::keyClick(preview, Qt::Key_End);
        QCOMPARE(preview->currentPage(), preview->pageCount() - 1);
        QTest::keyClick(preview, Qt::Key_Home);
        QCOMPARE(preview->currentPage(), 0);
        const QSize before = preview->findChild<QLabel*>(QStringLiteral("pageView"))->size();
        QTest::keySequence(preview, QKeySequence::ZoomIn);
        QCOMPARE(preview->zoom(), 125);
        QVERIFY(preview->findChild<QLabel*>(QStringLiteral("pageView"))->width() > before.width());
        shoot(preview, QStringLiteral("preview"));

        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(printed);
        printer.setResolution(150);
        QVERIFY(preview->print(&printer));
        int printedPages = 0;
        text(TestSupport::fileBytes(printed), &printedPages);
        QCOMPARE(printedPages, preview->pageCount());
        preview->close();
        dialog->close();
    }

    void exportFilingFolderAfterAskingAboutAVoluntaryFiling()
    {
        QTemporaryDir dir;
        FixedClock clock(QDate(2026, 3, 2));
        auto store = TestSupport::openStore(dir, QStringLiteral("cases.piadesk"), &clock);
        QVERIFY(store);
        Organisation org;
        org.name = QStringLiteral("深圳示例物业服务有限公司");
        org.creditCode = TestSupport::validCreditCode(QStringLiteral("91440300MA5F0XXX1"));
        org.handlingPerson = { QStringLiteral("赵磊"), QStringLiteral("居民身份证"), QString(), QString() };
        QVERIFY(store->saveOrganisation(org));
        CaseFacts facts;
        facts.name = QStringLiteral("小区门禁");
        facts.startOfUse = QDate(2026, 1, 5);
        facts.storedPeople = 40000; // under the Measures' 100,000: no filing required
        facts.status = CaseStatus::InUse;
        Case created;
        QVERIFY(store->createCase(org.id, facts, &created, QStringLiteral("cn-cac-frt-2025-measures")));
        QVERIFY(store->createAssessment(created.id, TriggerKind::Initial, QDate(2026, 1, 5), QString()));
        AppSettings appSettings = settings();
        MainWindow window(std::move(store), &appSettings);
        ExportDialog* dialog = window.showExport(created.id);
        QVERIFY(dialog);
        auto* document = dialog->findChild<QComboBox*>(QStringLiteral("documentKind"));
        document->setCurrentIndex(document->findData(int(ExportRequest::Document::Folder)));
        QVERIFY(dialog->findChild<QComboBox*>(QStringLiteral("filingKind"))->isEnabled());
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("previewButton"))->isEnabled());
        auto* status = dialog->findChild<QLabel*>(QStringLiteral("statusLabel"));

        // Not required: the dialog asks first, and "no" makes nothing.
        m_dialogs.asked.clear();
        m_dialogs.answer = false;
        m_dialogs.files = { dir.path() };
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        QCOMPARE(m_dialogs.asked.size(), 1);
        QVERIFY2(
            m_dialogs.asked.constFirst().contains(QLatin1String("100,000")), qPrintable(m_dialogs.asked.constFirst()));
        QVERIFY(m_dialogs.asked.constFirst().contains(QLatin1String("voluntary")));
        QVERIFY(status->text().contains(QLatin1String("Not exported")));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 0);

        // "Yes": one file per upload slot, in a folder named after the case.
        m_dialogs.answer = true;
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        QCOMPARE(m_dialogs.asked.size(), 2);
        const QStringList folders = QDir(dir.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(folders.size(), 1);
        QVERIFY(folders.constFirst().contains(QStringLiteral("小区门禁")));
        const QDir folder(dir.filePath(folders.constFirst()));
        QCOMPARE(folder.entryList(QDir::Files).size(), 8);
        QVERIFY2(status->text().contains(QLatin1String("8 files")), qPrintable(status->text()));
        QVERIFY(status->text().contains(QLatin1String("To print, sign and seal: 2")));
        const QStringList basic = folder.entryList({ QStringLiteral("1 *.pdf") }, QDir::Files);
        QCOMPARE(basic.size(), 1);
        std::unique_ptr<Poppler::Document> pdf(
            Poppler::Document::loadFromData(TestSupport::fileBytes(folder.filePath(basic.constFirst()))));
        QVERIFY(pdf);
        const QString text = std::unique_ptr<Poppler::Page>(pdf->page(0))->text(QRectF());
        QVERIFY(text.contains(QStringLiteral("深圳示例物业服务有限公司")));
        QVERIFY(text.contains(QStringLiteral("赵磊")));
        QVERIFY(text.contains(QStringLiteral("广东省")));

        // The report alone is no filing: nothing is asked.
        document->setCurrentIndex(document->findData(int(ExportRequest::Document::Report)));
        m_dialogs.files = { dir.filePath(QStringLiteral("report.pdf")) };
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        QCOMPARE(m_dialogs.asked.size(), 2);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("report.pdf"))));
        dialog->close();
    }

    void caseDialogEditsTheFactsAsTheyStandNow()
    {
        QTemporaryDir dir;
        FixedClock clock(QDate(2025, 6, 2));
        auto store = TestSupport::openStore(dir, QStringLiteral("cases.piadesk"), &clock);
        const qint64 caseId = TestSupport::buildCompleteCase(*store, clock);
        QVERIFY(caseId);
        AppSettings appSettings = settings();
        MainWindow window(std::move(store), &appSettings);
        CaseDialog* dialog = window.editCase(caseId);
        QVERIFY(dialog);
        auto* period = dialog->findChild<QLineEdit*>(QStringLiteral("storagePeriod"));
        QVERIFY(!period->isReadOnly());
        retype(period, QStringLiteral("住户搬离后 7 日内删除"));
        dialog->findChild<CaseFactsForm*>()->debouncer()->flush();
        CaseBundle bundle;
        QVERIFY(window.store()->loadCase(caseId, &bundle));
        QCOMPARE(bundle.caseInfo.facts.storagePeriod, QStringLiteral("住户搬离后 7 日内删除"));
        // The finalized version keeps the facts it assessed.
        QCOMPARE(Workflow::version(bundle, 2)->record->facts.storagePeriod, QStringLiteral("住户搬离后 30 日内删除"));
        QVERIFY(window.store()->verify().ok());

        auto* undo = dialog->findChild<QPushButton*>(QStringLiteral("undoButton"));
        QVERIFY(undo->isEnabled());
        QTest::mouseClick(undo, Qt::LeftButton);
        QCOMPARE(period->text(), QStringLiteral("住户搬离后 30 日内删除"));
        QVERIFY(window.store()->loadCase(caseId, &bundle));
        QCOMPARE(bundle.caseInfo.facts.storagePeriod, QStringLiteral("住户搬离后 30 日内删除"));
        dialog->close();
    }

    void stepListShowsWhatIsMissingAndGoesThere()
    {
        QTemporaryDir dir;
        FixedClock clock(QDate(2025, 6, 2));
        auto store = TestSupport::openStore(dir, QStringLiteral("cases.piadesk"), &clock);
        const qint64 caseId = TestSupport::buildCompleteCase(*store, clock);
        QVERIFY(caseId);
        AppSettings appSettings = settings();
        MainWindow window(std::move(store), &appSettings);
        AssessmentWizard* wizard = window.openAssessment(caseId); // version 3, a draft
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QListWidget* steps = wizard->stepList();
        QCOMPARE(steps->count(), wizard->pageIds().size());
        const auto stepOf = [&](const QString& pageName) -> QListWidgetItem* {
            for (int row = 0; row < steps->count(); ++row) {
                if (wizard->page(steps->item(row)->data(Qt::UserRole).toInt())->objectName() == pageName)
                    return steps->item(row);
            }
            return nullptr;
        };
        // Each step with its completeness: a section of the draft misses answers; the review gives the total.
        QListWidgetItem* purpose = stepOf(QStringLiteral("section:purpose"));
        QVERIFY(purpose);
        const auto missingOf = [](const QListWidgetItem* item) {
            static const QRegularExpression count(QStringLiteral("(\\d+) missing"));
            const QRegularExpressionMatch m = count.match(item->text());
            return m.hasMatch() ? m.captured(1).toInt() : 0;
        };
        const int before = missingOf(purpose);
        QVERIFY2(before > 0, qPrintable(purpose->text()));
        QVERIFY(!purpose->toolTip().isEmpty());
        QVERIFY2(stepOf(QStringLiteral("ReviewPage"))->text().contains(QLatin1String("% complete")),
            qPrintable(stepOf(QStringLiteral("ReviewPage"))->text()));
        QVERIFY(!stepOf(QStringLiteral("OrganisationPage"))->text().contains(QLatin1Char('\n')));

        // A click goes to the step, forward and back.
        const int start = wizard->currentId();
        QTest::mouseClick(steps->viewport(), Qt::LeftButton, {}, steps->visualItemRect(purpose).center());
        QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("section:purpose"));
        QCOMPARE(steps->currentItem(), purpose);
        QVERIFY(purpose->font().bold());
        QListWidgetItem* organisation = stepOf(QStringLiteral("OrganisationPage"));
        QTest::mouseClick(steps->viewport(), Qt::LeftButton, {}, steps->visualItemRect(organisation).center());
        QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("OrganisationPage"));
        QVERIFY(wizard->currentId() != start || start == steps->item(1)->data(Qt::UserRole).toInt());

        // The missing questions are marked on the page; answering one takes it off and lowers the count.
        SectionPage* page = wizard->sectionPage(QStringLiteral("purpose"));
        QuestionEditor* unanswered = nullptr;
        for (QuestionEditor* q : page->findChildren<QuestionEditor*>()) {
            if (q->isMissing() && q->findChild<QPlainTextEdit*>(QStringLiteral("answerText"))) {
                unanswered = q;
                break;
            }
        }
        QVERIFY(unanswered);
        QVERIFY(!unanswered->findChild<QLabel*>(QStringLiteral("missing"))->isHidden());

        // The review's missing item leads to the question itself.
        wizard->goToPage(wizard->pageIds().constLast());
        QCOMPARE(wizard->currentPage(), static_cast<QWizardPage*>(wizard->reviewPage()));
        auto* tree = wizard->reviewPage()->findChild<QTreeWidget*>(QStringLiteral("completenessTree"));
        QTreeWidgetItem* line = nullptr;
        for (int i = 0; i < tree->topLevelItemCount() && !line; ++i) {
            QTreeWidgetItem* group = tree->topLevelItem(i);
            for (int j = 0; j < group->childCount(); ++j) {
                if (group->child(j)->data(0, Qt::UserRole + 1).toString() == unanswered->question().id)
                    line = group->child(j);
            }
        }
        QVERIFY(line);
        Q_EMIT tree->itemActivated(line, 0);
        QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("section:purpose"));
        QVERIFY(unanswered->isAncestorOf(QApplication::focusWidget()) || unanswered->hasFocus());

        type(unanswered->findChild<QPlainTextEdit*>(QStringLiteral("answerText")),
            QStringLiteral("住户刷脸后开启单元门禁，识别结果仅用于放行。"));
        unanswered->debouncer()->flush();
        QVERIFY2(
            !unanswered->isMissing(), qPrintable(unanswered->findChild<QLabel*>(QStringLiteral("missing"))->text()));
        QVERIFY2(missingOf(stepOf(QStringLiteral("section:purpose"))) < before,
            qPrintable(stepOf(QStringLiteral("section:purpose"))->text()));
        wizard->close();
    }

    void typedDatesAreReadOrRefusedBesideTheField()
    {
        QTemporaryDir dir;
        FixedClock clock(QDate(2025, 6, 2));
        auto store = TestSupport::openStore(dir, QStringLiteral("cases.piadesk"), &clock);
        const qint64 caseId = TestSupport::buildCompleteCase(*store, clock);
        QVERIFY(caseId);
        AppSettings appSettings = settings();
        MainWindow window(std::move(store), &appSettings);
        CaseDialog* dialog = window.editCase(caseId);
        QVERIFY(dialog);
        auto* field = dialog->findChild<piadesk::DateField*>(QStringLiteral("endOfUse"));
        QVERIFY(field);
        QLineEdit* edit = field->lineEdit();
        auto* message = field->findChild<QLabel*>(QStringLiteral("dateProblem"));
        const auto stored = [&] {
            dialog->findChild<CaseFactsForm*>()->debouncer()->flush();
            CaseBundle bundle;
            return window.store()->loadCase(caseId, &bundle) ? bundle.caseInfo.facts.endOfUse : QDate(1, 1, 1);
        };
        const auto typeDate = [&](const QString& text) {
            edit->setFocus();
            edit->selectAll();
            QTest::keyClick(edit, Qt::Key_Backspace);
            bool ascii = true;
            for (const QChar c : text)
                ascii = ascii && c.unicode() < 0x80;
            if (ascii)
                QTest::keyClicks(edit, text);
            else
                edit->insert(text); // as an input method commits it (QTest types ASCII only)
            QTest::keyClick(edit, Qt::Key_Return);
        };

        // An empty date is empty, with a placeholder giving an example, and its calendar opens on today, not 1899.
        typeDate(QString());
        QCOMPARE(stored(), QDate());
        QVERIFY(edit->text().isEmpty());
        QVERIFY2(edit->placeholderText().contains(QLatin1String("20")), qPrintable(edit->placeholderText()));
        QTest::mouseClick(field->calendarButton(), Qt::LeftButton);
        QVERIFY(field->calendar()->isVisible());
        QCOMPARE(field->calendar()->selectedDate(), QDate::currentDate());
        // Picking a day in it fills the field.
        field->calendar()->setSelectedDate(QDate(2026, 11, 30));
        Q_EMIT field->calendar()->activated(QDate(2026, 11, 30));
        QVERIFY(!field->calendar()->isVisible());
        QCOMPARE(stored(), QDate(2026, 11, 30));
        QCOMPARE(edit->text(), QStringLiteral("30 Nov 2026"));

        // Three forms people type: the locale's digits (US English here), ISO, Chinese.
        typeDate(QStringLiteral("12/1/2026"));
        QCOMPARE(stored(), QDate(2026, 12, 1));
        QCOMPARE(edit->text(), QStringLiteral("1 Dec 2026")); // shown unambiguously once read
        QVERIFY(message->isHidden());
        typeDate(QStringLiteral("2026-12-02"));
        QCOMPARE(stored(), QDate(2026, 12, 2));
        typeDate(QStringLiteral("2026年12月3日"));
        QCOMPARE(stored(), QDate(2026, 12, 3));
        QCOMPARE(edit->text(), QStringLiteral("3 Dec 2026"));

        // An impossible date is refused beside the field; the text stays as typed and the saved date stands.
        typeDate(QStringLiteral("2026-02-30"));
        QCOMPARE(stored(), QDate(2026, 12, 3));
        QVERIFY(!message->isHidden());
        QVERIFY2(message->text().contains(QStringLiteral("“2026-02-30” is not a date")), qPrintable(message->text()));
        QVERIFY2(message->text().contains(QLatin1String("2026-12-01")), qPrintable(message->text()));
        QCOMPARE(edit->text(), QStringLiteral("2026-02-30"));
        dialog->resize(800, 700);
        if (auto* tabs = dialog->findChild<QTabWidget*>())
            tabs->setCurrentIndex(1);
        QCoreApplication::processEvents();
        const auto scrolls = dialog->findChildren<QScrollArea*>();
        for (QScrollArea* scroll : scrolls)
            scroll->ensureWidgetVisible(field);
        shoot(dialog, QStringLiteral("date-refused"));
        // A refresh of the form (another field saved) does not wipe it.
        retype(dialog->findChild<QLineEdit*>(QStringLiteral("storagePeriod")), QStringLiteral("30 日"));
        dialog->findChild<CaseFactsForm*>()->debouncer()->flush();
        QCOMPARE(edit->text(), QStringLiteral("2026-02-30"));
        // A date outside what PIAdesk records is refused too.
        typeDate(QStringLiteral("1899-12-31"));
        QVERIFY(!message->isHidden());
        QCOMPARE(stored(), QDate(2026, 12, 3));
        // Corrected, the message goes; emptied, the date is cleared.
        typeDate(QStringLiteral("28 Feb 2027"));
        QVERIFY(message->isHidden());
        QCOMPARE(stored(), QDate(2027, 2, 28));
        typeDate(QString());
        QCOMPARE(stored(), QDate());

        // A save while typing (of a date read on the way) does not rewrite the text under the cursor.
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("2027-03-1"));
        QCOMPARE(stored(), QDate(2027, 3, 1)); // saved, and the form refreshed
        QCOMPARE(edit->text(), QStringLiteral("2027-03-1"));
        QTest::keyClicks(edit, QStringLiteral("5"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(stored(), QDate(2027, 3, 15));
        QCOMPARE(edit->text(), QStringLiteral("15 Mar 2027"));
        dialog->close();
    }

    void deletionIsRefusedWhileAReportMustBeKept()
    {
        QTemporaryDir dir;
        FixedClock clock(QDate(2025, 6, 2));
        auto store = TestSupport::openStore(dir, QStringLiteral("cases.piadesk"), &clock);
        const qint64 caseId = TestSupport::buildCompleteCase(*store, clock);
        QVERIFY(caseId);
        CaseBundle bundle;
        QVERIFY(store->loadCase(caseId, &bundle));
        const QDate v1Kept = Workflow::version(bundle, 1)->retainUntil;
        const QDate v2Kept = Workflow::version(bundle, 2)->retainUntil;
        QVERIFY(v1Kept.isValid() && v2Kept > v1Kept);
        clock.setNow(QDateTime(QDate(2026, 12, 3), QTime(10, 0)));
        AppSettings appSettings = settings();
        MainWindow window(std::move(store), &appSettings);
        window.show();
        auto* deleteCase = window.findChild<QAction*>(QStringLiteral("actionDeleteCase"));
        window.caseView()->setFocus();
        QVERIFY(deleteCase->isEnabled()); // the case is selected

        // Refused, saying until when and under which articles, before anything is asked.
        deleteCase->trigger();
        QCOMPARE(m_dialogs.asked.size(), 0);
        QCOMPARE(m_dialogs.informed.size(), 1);
        QString told = m_dialogs.informed.constLast();
        QVERIFY2(told.contains(QLatin1String("must be kept until ") + Translations::date(v2Kept)), qPrintable(told));
        QVERIFY2(told.contains(QLatin1String("Art. 15")) && told.contains(QLatin1String("56")), qPrintable(told));
        QVERIFY2(
            told.contains(QLatin1String("deleted from ") + Translations::date(v2Kept.addDays(1))), qPrintable(told));
        QVERIFY(window.store()->loadCase(caseId, &bundle));

        // The version list's Delete Version: version 1 refused the same way; the draft, version 3, asked and deleted.
        auto* versions = window.caseView()->findChild<QTreeWidget*>(QStringLiteral("versionList"));
        auto* deleteVersion = window.caseView()->findChild<QPushButton*>(QStringLiteral("deleteVersionButton"));
        QVERIFY(deleteVersion->isVisible());
        versions->setCurrentItem(versions->topLevelItem(0));
        QTest::mouseClick(deleteVersion, Qt::LeftButton);
        QCOMPARE(m_dialogs.asked.size(), 0);
        told = m_dialogs.informed.constLast();
        QVERIFY2(told.startsWith(QLatin1String("Version 1 cannot be deleted yet")), qPrintable(told));
        QVERIFY2(told.contains(Translations::date(v1Kept)), qPrintable(told));
        versions->setCurrentItem(versions->topLevelItem(2));
        m_dialogs.answer = false; // "Keep It"
        QTest::mouseClick(deleteVersion, Qt::LeftButton);
        QCOMPARE(m_dialogs.asked.size(), 1);
        QVERIFY2(m_dialogs.asked.constLast().contains(QLatin1String("Delete version 3, a draft?")),
            qPrintable(m_dialogs.asked.constLast()));
        QVERIFY(window.store()->loadCase(caseId, &bundle));
        QCOMPARE(bundle.assessments.size(), 3);
        m_dialogs.answer = true;
        versions = window.caseView()->findChild<QTreeWidget*>(QStringLiteral("versionList"));
        versions->setCurrentItem(versions->topLevelItem(2));
        QTest::mouseClick(deleteVersion, Qt::LeftButton);
        QVERIFY(window.store()->loadCase(caseId, &bundle));
        QCOMPARE(bundle.assessments.size(), 2);
        QCOMPARE(window.store()->auditEvents().constLast().action, QStringLiteral("assessment.delete"));
        QCOMPARE(versions->topLevelItemCount(), 2); // the case view follows

        // On the last day of version 2's retention still refused; the day after, asked and deleted.
        clock.setNow(QDateTime(v2Kept, QTime(23, 0)));
        deleteCase->trigger();
        QCOMPARE(m_dialogs.asked.size(), 2);
        QVERIFY(window.store()->loadCase(caseId, &bundle));
        clock.setNow(QDateTime(v2Kept.addDays(1), QTime(9, 0)));
        deleteCase->trigger();
        QCOMPARE(m_dialogs.asked.size(), 3);
        QVERIFY2(m_dialogs.asked.constLast().contains(QLatin1String("with its 2 versions")),
            qPrintable(m_dialogs.asked.constLast()));
        QVERIFY(window.store()->listCases().isEmpty());
        QCOMPARE(window.store()->auditEvents().constLast().action, QStringLiteral("case.delete"));
        QVERIFY(window.store()->verify().ok());
        QVERIFY(!deleteCase->isEnabled()); // nothing is selected any more
    }

    void preferencesAreKept()
    {
        QTemporaryDir dir;
        auto store = TestSupport::openStore(dir, QStringLiteral("cases.piadesk"));
        AppSettings appSettings = settings();
        MainWindow window(std::move(store), &appSettings);
        window.findChild<QAction*>(QStringLiteral("actionPreferences"))->trigger();
        auto* dialog = window.findChild<SettingsDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        const QString file = dir.filePath(QStringLiteral("cases.piadesk"));
        m_dialogs.files = { file };
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("browseDefault")), Qt::LeftButton);
        auto* ui = dialog->findChild<QComboBox*>(QStringLiteral("uiLanguage"));
        ui->setCurrentIndex(ui->findData(QStringLiteral("zh_CN")));
        auto* output = dialog->findChild<QComboBox*>(QStringLiteral("outputLanguage"));
        output->setCurrentIndex(output->findData(int(Language::English)));
        auto* dueSoon = dialog->findChild<QSpinBox*>(QStringLiteral("dueSoon"));
        dueSoon->selectAll();
        QTest::keyClicks(dueSoon, QStringLiteral("15"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<SettingsDialog*>());

        // Read back from the settings file, as the next start reads them.
        const AppSettings reread = settings();
        QCOMPARE(reread.defaultCaseFile(), QFileInfo(file).canonicalFilePath());
        QCOMPARE(reread.startupFile(), QFileInfo(file).canonicalFilePath());
        QCOMPARE(reread.uiLanguage(), QStringLiteral("zh_CN"));
        QCOMPARE(reread.outputLanguage(), Language::English);
        QCOMPARE(reread.dueSoonDays(), 15);

        // The interface language applied at once (tst_language checks every window's texts).
        QCOMPARE(QLocale().language(), QLocale::Chinese);
        QTRY_COMPARE(window.findChild<QMenu*>(QStringLiteral("menuFile"))->title(), QStringLiteral("文件(&F)"));
        QVERIFY(Translations::install(*QCoreApplication::instance(), QLocale(QStringLiteral("en")), false));
        QTRY_COMPARE(window.findChild<QMenu*>(QStringLiteral("menuFile"))->title(), QStringLiteral("&File"));
    }

    void unsavedTextIsNotDroppedSilently()
    {
        QTemporaryDir dir;
        FixedClock clock(QDate(2025, 6, 2));
        auto store = TestSupport::openStore(dir, QStringLiteral("cases.piadesk"), &clock);
        AppSettings appSettings = settings();
        MainWindow window(std::move(store), &appSettings);
        AssessmentWizard* wizard = window.newAssessment();
        QVERIFY(wizard);
        type(wizard->findChild<QLineEdit*>(QStringLiteral("creditCode")), QStringLiteral("not a code"));
        m_dialogs.answer = false; // keep editing
        QVERIFY(!wizard->close());
        QCOMPARE(m_dialogs.asked.size(), 1);
        QVERIFY2(m_dialogs.asked.constFirst().contains(QLatin1String("credit code")),
            qPrintable(m_dialogs.asked.constFirst()));
        QCOMPARE(wizard->findChild<QLineEdit*>(QStringLiteral("creditCode"))->text(), QStringLiteral("not a code"));
        m_dialogs.answer = true;
        QVERIFY(wizard->close());
    }

    void aNewAssessmentClosedUntouchedLeavesNothing()
    {
        QTemporaryDir dir;
        auto store = TestSupport::openStore(dir, QStringLiteral("cases.piadesk"));
        AppSettings appSettings = settings();
        MainWindow window(std::move(store), &appSettings);
        AssessmentWizard* wizard = window.newAssessment();
        QVERIFY(wizard);
        QCOMPARE(window.store()->listCases().size(), 1);
        QVERIFY(wizard->close());
        QCOMPARE(window.store()->listCases().size(), 0);
        QCOMPARE(window.store()->organisations().size(), 0);
        QVERIFY(window.store()->verify().ok());

        // One edit, and the case stays.
        wizard = window.newAssessment();
        retype(wizard->findChild<QLineEdit*>(QStringLiteral("organisationName")), QStringLiteral("成都示例景区"));
        QVERIFY(wizard->close());
        QCOMPARE(window.store()->listCases().size(), 1);
        QCOMPARE(window.store()->organisations().constFirst().name, QStringLiteral("成都示例景区"));
    }

    void quittingSavesWhatIsBeingTyped()
    {
        QTemporaryDir dir;
        FixedClock clock(QDate(2025, 6, 2));
        auto store = TestSupport::openStore(dir, QStringLiteral("cases.piadesk"), &clock);
        AppSettings appSettings = settings();
        auto window = std::make_unique<MainWindow>(std::move(store), &appSettings);
        AssessmentWizard* wizard = window->newAssessment();
        QVERIFY(wizard);
        const qint64 caseId = wizard->editor().caseId();
        // Typed, and the window closed before the pause that would commit it.
        retype(wizard->findChild<QLineEdit*>(QStringLiteral("organisationName")), QStringLiteral("杭州示例商场"));
        QVERIFY(window->close());
        QTRY_VERIFY(window->wizards().isEmpty());
        CaseBundle bundle;
        QVERIFY(window->store()->loadCase(caseId, &bundle));
        QCOMPARE(bundle.organisation.name, QStringLiteral("杭州示例商场"));

        // A wizard holding text that cannot be saved keeps the main window open when the user keeps editing.
        wizard = window->openAssessment(caseId);
        type(wizard->findChild<QLineEdit*>(QStringLiteral("creditCode")), QStringLiteral("bad"));
        m_dialogs.answer = false;
        QVERIFY(!window->close());
        QCOMPARE(window->wizards().size(), 1);
        m_dialogs.answer = true;
        QVERIFY(window->close());
    }

    void fileMenuOpensNewAndRecentFiles()
    {
        QTemporaryDir dir;
        auto store = TestSupport::openStore(dir, QStringLiteral("first.piadesk"));
        QVERIFY(TestSupport::importExample(*store));
        const QString first = store->path();
        AppSettings appSettings = settings();
        MainWindow window(std::move(store), &appSettings);
        QCOMPARE(appSettings.recentFiles().value(0), QFileInfo(first).canonicalFilePath());

        // New: an empty file; an existing one is never replaced.
        const QString second = dir.filePath(QStringLiteral("second.piadesk"));
        m_dialogs.files = { second };
        window.findChild<QAction*>(QStringLiteral("actionNewFile"))->trigger();
        QCOMPARE(window.store()->path(), second);
        QCOMPARE(window.store()->listCases().size(), 0);
        QVERIFY(!window.newFile(first));
        QCOMPARE(window.store()->path(), second);

        // Recent files, most recent first; the menu opens them.
        QCOMPARE(appSettings.recentFiles().size(), 2);
        QCOMPARE(appSettings.recentFiles().value(0), QFileInfo(second).canonicalFilePath());
        QCOMPARE(appSettings.startupFile(), QFileInfo(second).canonicalFilePath());
        auto* recent = window.findChild<QMenu*>(QStringLiteral("menuRecent"));
        QVERIFY(recent);
        Q_EMIT recent->aboutToShow();
        QCOMPARE(recent->actions().size(), 2);
        recent->actions().at(1)->trigger();
        QCOMPARE(QFileInfo(window.store()->path()).canonicalFilePath(), QFileInfo(first).canonicalFilePath());
        QCOMPARE(window.store()->listCases().size(), 1);

        // Open: a file that is not a case file is refused, and the open one stays.
        const QString junk = dir.filePath(QStringLiteral("junk.piadesk"));
        {
            QFile file(junk);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a database");
        }
        m_dialogs.files = { junk };
        window.findChild<QAction*>(QStringLiteral("actionOpenFile"))->trigger();
        QCOMPARE(QFileInfo(window.store()->path()).canonicalFilePath(), QFileInfo(first).canonicalFilePath());
        QCOMPARE(TestSupport::fileBytes(junk), QByteArray("not a database"));
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
