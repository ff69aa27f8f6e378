#include "core/CreditCode.h"

#include <QTest>

using namespace piadesk;

class TestCreditCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validCodes_data()
    {
        QTest::addColumn<QString>("code");
        // The worked example of GB 32100-2015 and codes built by the algorithm.
        QTest::newRow("standard example") << QStringLiteral("91350100M000100Y43");
        QTest::newRow("check digit 0") << (QStringLiteral("91110108551385082")
            + CreditCode::checkCharacter(u"91110108551385082"));
        QTest::newRow("shanghai") << (QStringLiteral("91310115MA1H7GXY3")
            + CreditCode::checkCharacter(u"91310115MA1H7GXY3"));
    }

    void validCodes()
    {
        QFETCH(QString, code);
        QString error;
        QVERIFY2(CreditCode::isValid(code, &error), qPrintable(error));
        QVERIFY(error.isEmpty());
    }

    void checkCharacterOfStandardExample()
    {
        QCOMPARE(CreditCode::checkCharacter(u"91350100M000100Y4"), QLatin1Char('3'));
    }

    void wrongCheckCharacterNamesBoth()
    {
        QString error;
        QVERIFY(!CreditCode::isValid(QStringLiteral("91350100M000100Y44"), &error));
        QVERIFY2(error.contains(QLatin1String("\"4\"")) && error.contains(QLatin1String("\"3\"")), qPrintable(error));
    }

    void everySingleTypoIsCaught()
    {
        // Mod-31 check: any single substituted character must be detected.
        const QString good = QStringLiteral("91350100M000100Y43");
        const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
        for (int i = 0; i < 17; ++i) {
            for (QChar c : alphabet) {
                if (c == good.at(i) || (i >= 2 && i < 8 && !c.isDigit()))
                    continue;
                QString bad = good;
                bad[i] = c;
                QVERIFY2(!CreditCode::isValid(bad), qPrintable(bad));
            }
        }
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("short") << QStringLiteral("91350100M000100Y4") << QStringLiteral("18 characters");
        QTest::newRow("long") << QStringLiteral("91350100M000100Y433") << QStringLiteral("18 characters");
        QTest::newRow("letter I") << QStringLiteral("91350100M00010IY43") << QStringLiteral("Character 15");
        QTest::newRow("letter O") << QStringLiteral("O1350100M000100Y43") << QStringLiteral("Character 1");
        QTest::newRow("lower case not normalized")
            << QStringLiteral("91350100m000100y43") << QStringLiteral("Character 9");
        QTest::newRow("division code letters")
            << QStringLiteral("9135A100M000100Y43") << QStringLiteral("administrative division");
        QTest::newRow("empty") << QString() << QStringLiteral("18 characters");
    }

    void invalid()
    {
        QFETCH(QString, code);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!CreditCode::isValid(code, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void normalizesFullWidthAndCase()
    {
        // Typed with a Chinese input method: full-width digits and letters, surrounding spaces.
        const QString typed = QStringLiteral("  ９１３５０１００ｍ０００１００ｙ４３ ");
        QCOMPARE(CreditCode::normalized(typed), QStringLiteral("91350100M000100Y43"));
        QVERIFY(CreditCode::isValid(CreditCode::normalized(typed)));
    }
};

QTEST_GUILESS_MAIN(TestCreditCode)
#include "tst_creditcode.moc"
