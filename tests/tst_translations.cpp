#include "core/Enums.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

/** The wordings docs/glossary.md says to avoid (its last column), each with the term to use instead. */
QMap<QString, QString> avoidedWordings()
{
    QMap<QString, QString> avoided;
    QFile file(QStringLiteral(PIADESK_SOURCE_DIR "/docs/glossary.md"));
    if (!file.open(QIODevice::ReadOnly))
        return avoided;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (!line.startsWith(QLatin1String("| ")))
            continue;
        const QStringList cells = line.split(QLatin1Char('|'));
        if (cells.size() < 6 || cells.at(2).trimmed() == QLatin1String("中文"))
            continue;
        const QStringList variants = cells.at(4).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& v : variants) {
            if (!v.trimmed().isEmpty())
                avoided.insert(v.trimmed(), cells.at(2).trimmed());
        }
    }
    return avoided;
}

/** Every "zh" text of a rule set, with where it is. */
void collectChinese(const QJsonValue& value, const QString& where, QList<QPair<QString, QString>>* out)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("zh") && it.value().isString())
                out->append({ where, it.value().toString() });
            else
                collectChinese(it.value(), where + QLatin1Char('.') + it.key(), out);
        }
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            collectChinese(a.at(i), where + QStringLiteral("[%1]").arg(i), out);
    }
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

    void chineseTextsUseTheGlossary()
    {
        const QMap<QString, QString> avoided = avoidedWordings();
        QVERIFY(avoided.size() > 10);
        QList<QPair<QString, QString>> texts;
        QString error;
        const QList<Message> messages = readTs(tsPath(QStringLiteral("zh_CN")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const Message& m : messages) {
            for (const QString& form : m.forms)
                texts.append({ m.context + QStringLiteral(": ") + m.source.left(50), form });
        }
        QDirIterator rulesets(QStringLiteral(PIADESK_SOURCE_DIR "/templates/rulesets"), { QStringLiteral("*.json") });
        while (rulesets.hasNext()) {
            QFile file(rulesets.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            collectChinese(QJsonDocument::fromJson(file.readAll()).object(), QFileInfo(file).fileName(), &texts);
        }
        QDirIterator templates(
            QStringLiteral(PIADESK_SOURCE_DIR "/templates/documents"), { QStringLiteral("*.zh_CN.html") });
        while (templates.hasNext()) {
            QFile file(templates.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            texts.append({ QFileInfo(file).fileName(), QString::fromUtf8(file.readAll()) });
        }
        QVERIFY(texts.size() > 1000);
        QStringList problems;
        for (const auto& [where, text] : std::as_const(texts)) {
            for (auto it = avoided.cbegin(); it != avoided.cend(); ++it) {
                if (text.contains(it.key()))
                    problems.append(
                        QStringLiteral("%1: \"%2\" — the glossary says %3").arg(where, it.key(), it.value()));
            }
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
        QVERIFY(QFile::exists(QStringLiteral(":/piadesk/translations/piadesk_zh_CN.qm")));
        QVERIFY(Translations::install(*QCoreApplication::instance(), QLocale(QStringLiteral("zh_CN")), false));
        QCOMPARE(enumLabel(AssessmentState::Finalized), QStringLiteral("已定稿"));
        QCOMPARE(enumLabel(FilingKind::Deregistration), QStringLiteral("注销备案"));
        QCOMPARE(QCoreApplication::translate("piadesk::Cli", "Verification failed: %n problem(s).", nullptr, 3),
            QStringLiteral("核验未通过：共 3 个问题。"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
