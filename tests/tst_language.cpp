// The interface in Simplified Chinese and English: switching the language retranslates every
// open window, Qt's own strings follow, dates take the locale's form, and the layouts hold
// both languages (run at 100 % and, as tst_language_200, at 200 %).

#include "TestSupport.h"
#include "core/Clock.h"
#include "gui/Dialogs.h"
#include "gui/case/CaseDialog.h"
#include "gui/export/ExportDialog.h"
#include "gui/filings/FilingDialog.h"
#include "gui/register/MainWindow.h"
#include "gui/settings/Appearance.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/wizard/AssessmentWizard.h"
#include "gui/wizard/EditorPage.h"
#include "i18n/Translations.h"
#include "session/AppSettings.h"
#include "store/CaseStore.h"

#include "gui/DateField.h"
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScreen>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace piadesk;

namespace {

class QuietDialogs : public Dialogs
{
public:
    void inform(QWidget*, const QString&, const QString&) override { }
    bool ask(QWidget*, const QString&, const QString&, const QString&, const QString&) override { return true; }
};

/** The texts a user reads on \a root: labels, buttons, group titles, menus, headers, combo entries, window titles. */
QMap<QString, QString> visibleTexts(QWidget* root)
{
    QMap<QString, QString> texts;
    const auto add = [&texts](const QObject* o, const QString& what, const QString& text) {
        if (!text.trimmed().isEmpty())
            texts.insert(o->objectName() + QLatin1Char('/') + what, text);
    };
    add(root, QStringLiteral("windowTitle"), root->windowTitle());
    const auto widgets = root->findChildren<QWidget*>();
    for (const QWidget* w : widgets) {
        // Qt's internals name some of their parts: a tab bar's scroll buttons keep the words they were made with.
        if (w->objectName().isEmpty() || w->objectName().startsWith(QLatin1String("qt_"))
            || w->objectName().startsWith(QLatin1String("Scroll")))
            continue;
        if (const auto* label = qobject_cast<const QLabel*>(w))
            add(w, QStringLiteral("text"), label->text());
        else if (const auto* button = qobject_cast<const QAbstractButton*>(w))
            add(w, QStringLiteral("text"), button->text());
        else if (const auto* group = qobject_cast<const QGroupBox*>(w))
            add(w, QStringLiteral("title"), group->title());
        else if (const auto* menu = qobject_cast<const QMenu*>(w))
            add(w, QStringLiteral("title"), menu->title());
        else if (const auto* combo = qobject_cast<const QComboBox*>(w); combo && combo->count() > 0)
            add(w, QStringLiteral("item0"), combo->itemText(0));
        if (const auto* view = qobject_cast<const QAbstractItemView*>(w); view && view->model()) {
            for (int c = 0; c < qMin(view->model()->columnCount(), 6); ++c)
                add(w, QStringLiteral("header%1").arg(c), view->model()->headerData(c, Qt::Horizontal).toString());
        }
        if (const auto* page = qobject_cast<const QWizardPage*>(w)) {
            add(w, QStringLiteral("title"), page->title());
            add(w, QStringLiteral("subTitle"), page->subTitle());
        }
        add(w, QStringLiteral("placeholder"), w->property("placeholderText").toString());
        add(w, QStringLiteral("accessibleName"), w->accessibleName());
    }
    const auto actions = root->findChildren<QAction*>();
    for (const QAction* a : actions) {
        if (!a->objectName().isEmpty() && !a->isSeparator())
            add(a, QStringLiteral("action"), a->text());
    }
    return texts;
}

bool hasHan(const QString& text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return text.contains(han);
}

bool hasLatinWord(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    return text.contains(word);
}

/** Texts that are the same in both languages: names, numbers, the languages' own names, file paths. */
bool languageNeutral(const QString& text)
{
    static const QStringList neutral { QStringLiteral("PIAdesk"), QStringLiteral("English"),
        QStringLiteral("中文（简体）") };
    // A title that only wraps a file path ("%1 — PIAdesk") reads the same in both.
    return neutral.contains(text) || !hasLatinWord(text) || text.contains(QLatin1String(".piadesk"));
}

/**
 * What does not fit on \a root: a label or button narrower than its text, a wrapped label
 * shorter than its lines, a window that needs more than a 1280×720 screen.
 */
QStringList layoutProblems(QWidget* root)
{
    QStringList problems;
    const QSize min = root->minimumSizeHint();
    if (min.width() > 1280 || min.height() > 720)
        problems.append(QStringLiteral("%1 needs %2×%3").arg(root->objectName()).arg(min.width()).arg(min.height()));
    const auto widgets = root->findChildren<QWidget*>();
    for (const QWidget* w : widgets) {
        if (!w->isVisible() || w->width() <= 0 || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        if (const auto* label = qobject_cast<const QLabel*>(w);
            label && label->pixmap().isNull() && !label->text().isEmpty()) {
            if (label->wordWrap()) {
                if (label->heightForWidth(label->width()) > label->height() + 2)
                    problems.append(
                        QStringLiteral("%1 cut short: \"%2\"").arg(w->objectName(), label->text().left(40)));
            } else if (label->sizeHint().width() > label->width() + 1) {
                problems.append(QStringLiteral("%1 truncated (%2 < %3): \"%4\"")
                                    .arg(w->objectName())
                                    .arg(label->width())
                                    .arg(label->sizeHint().width())
                                    .arg(label->text().left(40)));
            }
        } else if (const auto* button = qobject_cast<const QAbstractButton*>(w); button && !button->text().isEmpty()) {
            if (button->sizeHint().width() > button->width() + 1)
                problems.append(QStringLiteral("%1 truncated (%2 < %3): \"%4\"")
                                    .arg(w->objectName())
                                    .arg(button->width())
                                    .arg(button->sizeHint().width())
                                    .arg(button->text()));
        }
    }
    return problems;
}

/** The mnemonic letter of \a text ("&Next" → n), or a null QChar; "&&" is a literal ampersand. */
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

/**
 * Alt+letter keys that two visible things of \a root answer to at once: buttons, labels with a buddy, group
 * boxes, tabs and, for a main window, the menu bar's titles; and, each on its own, the entries of every menu.
 */
QStringList mnemonicClashes(QWidget* root)
{
    QStringList problems;
    const auto check = [&problems, root](const QList<QPair<QString, QString>>& owners, const QString& scope) {
        QMap<QChar, QStringList> byKey;
        for (const auto& [name, text] : owners) {
            if (const QChar key = mnemonicOf(text); !key.isNull())
                byKey[key].append(QStringLiteral("%1 \"%2\"").arg(name, text));
        }
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
            if (it.value().size() > 1)
                problems.append(QStringLiteral("%1%2: Alt+%3 belongs to %4")
                                    .arg(root->objectName(), scope, it.key(), it.value().join(QLatin1String(", "))));
        }
    };
    QList<QPair<QString, QString>> owners;
    const auto widgets = root->findChildren<QWidget*>();
    for (const QWidget* w : widgets) {
        if (!w->isVisible() || qobject_cast<const QMenu*>(w->window()) || w->window() != root)
            continue;
        const QString name
            = w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
        if (const auto* label = qobject_cast<const QLabel*>(w); label && label->buddy())
            owners.append({ name, label->text() });
        else if (const auto* button = qobject_cast<const QAbstractButton*>(w))
            owners.append({ name, button->text() });
        else if (const auto* group = qobject_cast<const QGroupBox*>(w))
            owners.append({ name, group->title() });
        else if (const auto* tabs = qobject_cast<const QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                owners.append({ name + QStringLiteral("[%1]").arg(i), tabs->tabText(i) });
        } else if (const auto* bar = qobject_cast<const QMenuBar*>(w)) {
            const auto actions = bar->actions();
            for (const QAction* a : actions)
                owners.append({ QStringLiteral("menu"), a->text() });
        }
    }
    check(owners, QString());
    const auto menus = root->findChildren<QMenu*>();
    for (const QMenu* menu : menus) {
        QList<QPair<QString, QString>> entries;
        const auto actions = menu->actions();
        for (const QAction* a : actions) {
            if (a->isVisible() && !a->isSeparator())
                entries.append({ a->objectName(), a->text() });
        }
        check(entries, QStringLiteral(" menu %1").arg(menu->title()));
    }
    return problems;
}

void shoot(QWidget* widget, const QString& name)
{
    QCoreApplication::processEvents();
    if (const QString shots = qEnvironmentVariable("PIADESK_SCREENSHOTS"); !shots.isEmpty()) {
        const int scale = qRound(widget->devicePixelRatioF() * 100);
        widget->grab().save(QStringLiteral("%1/%2%5-%3-%4.png")
                                .arg(shots, name, QLocale().name().section(QLatin1Char('_'), 0, 0))
                                .arg(scale)
                                .arg(Appearance::isDark() ? QStringLiteral("-dark") : QString()));
    }
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

    QuietDialogs m_dialogs;
    QTemporaryDir m_settingsDir;

    AppSettings settings() { return AppSettings(m_settingsDir.filePath(QStringLiteral("settings.ini"))); }

    static void useLanguage(const char* name)
    {
        QVERIFY(Translations::install(*QCoreApplication::instance(), QLocale(QString::fromLatin1(name)), true));
        QCoreApplication::processEvents(); // the LanguageChange events are posted
    }

private Q_SLOTS:
    void initTestCase()
    {
        Dialogs::install(&m_dialogs);
        useLanguage("en");
    }

    void cleanupTestCase() { Dialogs::install(nullptr); }

    void cleanup() { useLanguage("en"); }

    void switchingTheLanguageRetranslatesEveryOpenWindow()
    {
        QTemporaryDir dir;
        auto store = TestSupport::openStore(dir, QStringLiteral("cases.piadesk"));
        const qint64 caseId = TestSupport::importExample(*store);
        QVERIFY(caseId);
        AppSettings appSettings = settings();
        MainWindow window(std::move(store), &appSettings);
        window.show();
        AssessmentWizard* wizard = window.openAssessment(caseId);
        CaseDialog* caseDialog = window.editCase(caseId);
        FilingDialog* filings = window.showFilings(caseId);
        ExportDialog* exporter = window.showExport(caseId);
        QVERIFY(wizard && caseDialog && filings && exporter);
        const QList<QWidget*> windows { &window, wizard, caseDialog, filings, exporter };
        QList<QMap<QString, QString>> before;
        for (QWidget* w : windows)
            before.append(visibleTexts(w));
        QVERIFY(before.constFirst().size() > 30);
        QCOMPARE(wizard->button(QWizard::NextButton)->text(), QStringLiteral("&Next >"));

        // Preferences → Interface language → 中文（简体） → OK.
        window.findChild<QAction*>(QStringLiteral("actionPreferences"))->trigger();
        auto* settingsDialog = window.findChild<SettingsDialog*>();
        QVERIFY(settingsDialog);
        auto* ui = settingsDialog->findChild<QComboBox*>(QStringLiteral("uiLanguage"));
        ui->setCurrentIndex(ui->findData(QStringLiteral("zh_CN")));
        QTest::mouseClick(settingsDialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(window.findChild<QMenu*>(QStringLiteral("menuFile"))->title(), QStringLiteral("文件(&F)"));
        QCOMPARE(appSettings.uiLanguage(), QStringLiteral("zh_CN"));

        // Every text that was English is now something else, and Chinese.
        QStringList unchanged;
        int compared = 0;
        for (int i = 0; i < windows.size(); ++i) {
            const QMap<QString, QString> after = visibleTexts(windows.at(i));
            for (auto it = before.at(i).cbegin(); it != before.at(i).cend(); ++it) {
                if (languageNeutral(it.value()))
                    continue;
                ++compared;
                const QString now = after.value(it.key());
                if (now == it.value() || !hasHan(now))
                    unchanged.append(QStringLiteral("%1: \"%2\" → \"%3\"").arg(it.key(), it.value(), now));
            }
        }
        QVERIFY2(unchanged.isEmpty(), qPrintable(unchanged.join(QLatin1Char('\n'))));
        QVERIFY(compared > 150);

        // Qt's own strings follow: the wizard's buttons and the standard dialog buttons.
        QVERIFY2(hasHan(wizard->button(QWizard::NextButton)->text()),
            qPrintable(wizard->button(QWizard::NextButton)->text()));
        QCOMPARE(
            filings->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close)->text(), QStringLiteral("关闭"));
        // The register's deadlines and dates in the Chinese form.
        const piadesk::DateField* due = filings->findChild<piadesk::DateField*>(QStringLiteral("eventDate"));
        QCOMPARE(due->text(), Translations::date(due->date(), QLocale(QStringLiteral("zh_CN"))));
        QVERIFY2(due->text().contains(QChar(0x5e74)), qPrintable(due->text())); // 年

        // And back: nothing typed is lost, the windows speak English again.
        useLanguage("en");
        for (int i = 0; i < windows.size(); ++i) {
            const QMap<QString, QString> again = visibleTexts(windows.at(i));
            for (auto it = before.at(i).cbegin(); it != before.at(i).cend(); ++it) {
                if (!it.key().startsWith(QLatin1String("caseTable"))
                    && !it.key().endsWith(QLatin1String("windowTitle")))
                    QCOMPARE(again.value(it.key()), it.value());
            }
        }
        QCOMPARE(wizard->button(QWizard::NextButton)->text(), QStringLiteral("&Next >"));
        wizard->close();
    }

    void datesTakeTheLocaleForm()
    {
        const QDate date(2025, 10, 1);
        QCOMPARE(Translations::date(date, QLocale(QStringLiteral("zh_CN"))), QStringLiteral("2025年10月1日"));
        // Never 10/1/2025, which is 1 October to one reader and 10 January to another.
        QCOMPARE(Translations::date(date, QLocale(QStringLiteral("en_US"))), QStringLiteral("1 Oct 2025"));
        QCOMPARE(Translations::date(date, QLocale(QStringLiteral("en_GB"))), QStringLiteral("1 Oct 2025"));
        QCOMPARE(Translations::date(QDate(), QLocale(QStringLiteral("zh_CN"))), QString());
        // In running text (deadline explanations), unambiguous in either language.
        QCOMPARE(Translations::writtenDate(date, QLocale(QStringLiteral("zh_CN"))), QStringLiteral("2025年10月1日"));
        QCOMPARE(Translations::writtenDate(date, QLocale(QStringLiteral("en_US"))), QStringLiteral("1 October 2025"));
        QVERIFY(Translations::hasQtTranslations(QLocale(QStringLiteral("zh_CN"))));
    }

    void typedDatesAreRead_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("expected");
        const QDate dec1(2026, 12, 1);
        for (const char* locale : { "zh_CN", "en_US", "en_GB" }) {
            const QString l = QString::fromLatin1(locale);
            QTest::addRow("%s ISO", locale) << l << QStringLiteral("2026-12-01") << dec1;
            QTest::addRow("%s ISO short", locale) << l << QStringLiteral(" 2026-12-1 ") << dec1;
            QTest::addRow("%s slashes", locale) << l << QStringLiteral("2026/12/1") << dec1;
            QTest::addRow("%s dots", locale) << l << QStringLiteral("2026.12.01") << dec1;
            QTest::addRow("%s compact", locale) << l << QStringLiteral("20261201") << dec1;
            QTest::addRow("%s chinese", locale) << l << QStringLiteral("2026年12月1日") << dec1;
            QTest::addRow("%s chinese spaced", locale) << l << QStringLiteral("2026 年 12 月 1 号") << dec1;
            QTest::addRow("%s full width", locale) << l << QStringLiteral("２０２６－１２－０１") << dec1;
            QTest::addRow("%s day month", locale) << l << QStringLiteral("1 Dec 2026") << dec1;
            QTest::addRow("%s day month long", locale) << l << QStringLiteral("1 december 2026") << dec1;
            QTest::addRow("%s month day", locale) << l << QStringLiteral("Dec. 1, 2026") << dec1;
            QTest::addRow("%s sept", locale) << l << QStringLiteral("3 Sept 2026") << QDate(2026, 9, 3);
            QTest::addRow("%s impossible", locale) << l << QStringLiteral("2026-02-30") << QDate();
            QTest::addRow("%s two-digit year", locale) << l << QStringLiteral("12/1/26") << QDate();
            QTest::addRow("%s words", locale) << l << QStringLiteral("next Tuesday") << QDate();
            QTest::addRow("%s unknown month", locale) << l << QStringLiteral("1 Foo 2026") << QDate();
            QTest::addRow("%s empty", locale) << l << QString() << QDate();
        }
        // Digits with the year last follow the locale's order; where the locale writes the year first they are
        // ambiguous and refused.
        QTest::newRow("en_US numeric") << QStringLiteral("en_US") << QStringLiteral("12/1/2026") << dec1;
        QTest::newRow("en_GB numeric") << QStringLiteral("en_GB") << QStringLiteral("1/12/2026") << dec1;
        QTest::newRow("en_GB numeric other")
            << QStringLiteral("en_GB") << QStringLiteral("12/1/2026") << QDate(2026, 1, 12);
        QTest::newRow("zh_CN numeric") << QStringLiteral("zh_CN") << QStringLiteral("12/1/2026") << QDate();
        QTest::newRow("en_US thirteenth month") << QStringLiteral("en_US") << QStringLiteral("13/1/2026") << QDate();
    }

    void typedDatesAreRead()
    {
        QFETCH(QString, locale);
        QFETCH(QString, typed);
        QFETCH(QDate, expected);
        QCOMPARE(Translations::parseDate(typed, QLocale(locale)), expected);
    }

    void layoutsHoldBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("appearance");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("system");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("system");
        QTest::newRow("zh_CN dark") << QStringLiteral("zh_CN") << QStringLiteral("dark");
        QTest::newRow("en dark") << QStringLiteral("en") << QStringLiteral("dark");
    }

    void layoutsHoldBothLanguages()
    {
        QFETCH(QString, language);
        QFETCH(QString, appearance);
        useLanguage(language.toLatin1().constData());
        Appearance::apply(appearance);
        const auto restore = qScopeGuard([] { Appearance::apply(QStringLiteral("system")); });
        QTemporaryDir dir;
        auto store = TestSupport::openStore(dir, QStringLiteral("cases.piadesk"));
        const qint64 caseId = TestSupport::importExample(*store);
        AppSettings appSettings = settings();
        MainWindow window(std::move(store), &appSettings);
        window.resize(1200, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList problems = layoutProblems(&window);
        QStringList clashes = mnemonicClashes(&window);
        shoot(&window, QStringLiteral("main-window"));

        AssessmentWizard* wizard = window.openAssessment(caseId);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        const QStringList shots { QStringLiteral("organisation"), QStringLiteral("datamap"),
            QStringLiteral("screening"), QStringLiteral("section:purpose"), QStringLiteral("risks"),
            QStringLiteral("review") };
        for (int id : wizard->pageIds()) {
            wizard->setStartId(id);
            wizard->restart();
            QCoreApplication::processEvents();
            problems += layoutProblems(wizard);
            clashes += mnemonicClashes(wizard);
            const QString name = wizard->currentPage()->objectName();
            for (const QString& s : shots) {
                if (name.contains(s, Qt::CaseInsensitive))
                    shoot(wizard, QStringLiteral("wizard-") + QString(s).replace(QLatin1Char(':'), QLatin1Char('-')));
            }
        }
        wizard->close();
        const QList<QDialog*> dialogs { window.editCase(caseId), window.showFilings(caseId),
            window.showExport(caseId) };
        const QStringList names { QStringLiteral("case-dialog"), QStringLiteral("filing-dialog"),
            QStringLiteral("export-dialog") };
        for (int i = 0; i < dialogs.size(); ++i) {
            QVERIFY(QTest::qWaitForWindowExposed(dialogs.at(i)));
            problems += layoutProblems(dialogs.at(i));
            if (auto* tabs = dialogs.at(i)->findChild<QTabWidget*>()) {
                for (int t = 0; t < tabs->count(); ++t) {
                    tabs->setCurrentIndex(t);
                    QCoreApplication::processEvents();
                    clashes += mnemonicClashes(dialogs.at(i));
                }
                tabs->setCurrentIndex(0);
            } else {
                clashes += mnemonicClashes(dialogs.at(i));
            }
            shoot(dialogs.at(i), names.at(i));
            dialogs.at(i)->close();
        }
        window.findChild<QAction*>(QStringLiteral("actionPreferences"))->trigger();
        auto* preferences = window.findChild<SettingsDialog*>();
        QVERIFY(QTest::qWaitForWindowExposed(preferences));
        problems += layoutProblems(preferences);
        clashes += mnemonicClashes(preferences);
        shoot(preferences, QStringLiteral("settings-dialog"));
        preferences->reject();
        // The dialogs the Case and Settings menus open.
        for (const char* action : { "actionNewAssessment", "actionReassess", "actionHolidayCalendar" }) {
            window.findChild<QAction*>(QString::fromLatin1(action))->trigger();
            QDialog* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog) {
                const auto all = window.findChildren<QDialog*>();
                for (QDialog* d : all) {
                    if (d->isVisible())
                        dialog = d;
                }
            }
            QVERIFY2(dialog, action);
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            problems += layoutProblems(dialog);
            clashes += mnemonicClashes(dialog);
            shoot(dialog, QString::fromLatin1(action).mid(6).toLower());
            dialog->reject();
            delete dialog;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // Keyboard: no Alt+letter belongs to two things in any window, in either language.
        for (const QString& clash : std::as_const(clashes))
            qWarning().noquote() << clash; // the failure message is cut short
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
