#include "core/Enums.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace piadesk;

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; ///< "", "unfinished", "obsolete", "vanished"
    QStringList forms; ///< the translation, or its numerus forms
    bool numerus = false;
};

QList<Message> readTs(const QString& path, QString* error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                current
                    = { context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes") };
            else if (xml.name() == QLatin1String("source"))
                current.source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.forms.append(xml.readElementText());
            } else if (xml.name() == QLatin1String("numerusform")) {
                current.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QSet<QString> set;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        set.insert(it.next().captured(0));
    return set;
}

QString tsPath(const QString& language)
{
    return QStringLiteral(PIADESK_SOURCE_DIR "/translations/piadesk_%1.ts").arg(language);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chineseIsComplete()
    {
        QString error;
        const QList<Message> messages = readTs(tsPath(QStringLiteral("zh_CN")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        QStringList problems;
        for (const Message& m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source.left(60);
            if (!m.type.isEmpty())
                problems.append(m.type + QStringLiteral(" — ") + where);
            for (const QString& form : m.forms) {
                if (form.trimmed().isEmpty())
                    problems.append(QStringLiteral("empty — ") + where);
                if (placeholders(form) != placeholders(m.source))
                    problems.append(QStringLiteral("placeholders differ — ") + where);
            }
            if (m.forms.isEmpty())
                problems.append(QStringLiteral("no translation — ") + where);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void englishPluralsAreComplete()
    {
        QString error;
        const QList<Message> messages = readTs(tsPath(QStringLiteral("en")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const Message& m : messages) {
            QVERIFY2(m.type != QLatin1String("obsolete") && m.type != QLatin1String("vanished"), qPrintable(m.source));
            if (m.numerus) {
                QVERIFY2(m.type.isEmpty() && m.forms.size() == 2, qPrintable(m.source));
                QVERIFY2(!m.forms.at(0).contains(QLatin1String("(s)")) && !m.forms.at(1).contains(QLatin1String("(s)")),
                    qPrintable(m.source));
            }
        }
    }

    void translationFilesAreCurrentWithTheSources()
    {
        // Run lupdate over the sources into a copy: it must find nothing new.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("piadesk_zh_CN.ts"));
        QVERIFY(QFile::copy(tsPath(QStringLiteral("zh_CN")), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(PIADESK_SOURCE_DIR));
        lupdate.start(QStringLiteral(PIADESK_LUPDATE),
            { QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                QStringLiteral("-I"), QStringLiteral("src"), QStringLiteral("src"), QStringLiteral("app"),
                QStringLiteral("forms"), QStringLiteral("-ts"), copy });
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QString error;
        const QList<Message> fresh = readTs(copy, &error);
        const QList<Message> committed = readTs(tsPath(QStringLiteral("zh_CN")), &error);
        QStringList missing;
        for (const Message& m : fresh) {
            if (m.type == QLatin1String("unfinished"))
                missing.append(m.context + QStringLiteral(": ") + m.source);
        }
        QVERIFY2(missing.isEmpty(),
            qPrintable(QStringLiteral("Run the update_translations target and translate:\n")
                + missing.join(QLatin1Char('\n'))));
        QCOMPARE(fresh.size(), committed.size());
    }

    void englishPluralFormsLoad()
    {
        QVERIFY(Translations::install(*QCoreApplication::instance(), QLocale(QStringLiteral("en")), false));
        QCOMPARE(QCoreApplication::translate("piadesk::MainWindow", "%n case(s) in %1", nullptr, 1),
            QStringLiteral("1 case in %1"));
        QCOMPARE(QCoreApplication::translate("piadesk::MainWindow", "%n case(s) in %1", nullptr, 2),
            QStringLiteral("2 cases in %1"));
    }

    void embeddedTranslationsLoad()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/piadesk_zh_CN.qm")));
        QVERIFY(Translations::install(*QCoreApplication::instance(), QLocale(QStringLiteral("zh_CN")), false));
        QCOMPARE(enumLabel(AssessmentState::Finalized), QStringLiteral("已定稿"));
        QCOMPARE(enumLabel(FilingKind::Deregistration), QStringLiteral("注销备案"));
        QCOMPARE(QCoreApplication::translate("piadesk::Cli", "Verification failed: %n problem(s).", nullptr, 3),
            QStringLiteral("核验未通过：共 3 个问题。"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
