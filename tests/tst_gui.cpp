#include "TestSupport.h"
#include "exchange/CaseExchange.h"
#include "gui/CaseListModel.h"
#include "gui/MainWindow.h"
#include "store/CaseStore.h"

#include <QAction>
#include <QApplication>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace piadesk;

class TestGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mainWindowListsTheCases()
    {
        QTemporaryDir dir;
        auto store = TestSupport::openStore(dir);
        QVERIFY(store);
        QString error;
        QVERIFY2(
            CaseExchange::importDocument(*store,
                TestSupport::fileBytes(TestSupport::dataPath(QStringLiteral("case-complete.json"))), nullptr, &error),
            qPrintable(error));
        const QString path = store->path();
        MainWindow window(std::move(store));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(path));
        auto* table = window.findChild<QTableView*>(QStringLiteral("caseTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, CaseListModel::NameColumn).data().toString(),
            QStringLiteral("浦江花园小区人脸识别门禁"));
        QCOMPARE(table->model()->index(0, CaseListModel::AssessmentColumn).data().toString(),
            QStringLiteral("Version 3, Draft"));
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("1 case")));

        auto* quit = window.findChild<QAction*>(QStringLiteral("actionQuit"));
        QVERIFY(quit);
        quit->trigger();
        QVERIFY(!window.isVisible());
    }
};

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
