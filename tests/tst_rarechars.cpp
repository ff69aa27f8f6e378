// Rare characters in names and places (CJK Extension A, and B to F beyond the Basic Multilingual Plane): drawn
// with the fallback fonts, and given back exactly by the PDF's text layer (issue 20).
#include "PdfText.h"
#include "TestSupport.h"
#include "documents/Packet.h"
#include "documents/PdfDocument.h"
#include "documents/Report.h"
#include "rules/RuleSetLibrary.h"

#include <poppler-qt6.h>

#include <QBuffer>
#include <QFile>
#include <QFontDatabase>
#include <QRawFont>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace piadesk;

namespace {

/** A name, a place and an answer as an officer might type them: each with characters WenQuanYi Micro Hei lacks. */
const QString kName = QStringLiteral("𠮷野家𠀀号店门禁");
const QString kPlace = QStringLiteral("刘䶮路𪜀𫝀巷𫠠𬺰号");
const QString kAnswer = QStringLiteral("住户𠮷田𠀀、刘䶮、㐂氏与𪜀𫝀𫠠𬺰均已书面同意。");
/** One character of each block: Extension A (2), B (2), C, D, E, F. */
const QString kRare = QStringLiteral("䶮㐂𠮷𠀀𪜀𫝀𫠠𬺰");

/** What no text layer should hold: replacement characters, private-use code points, radicals for ideographs. */
QString suspicious(const QString& text)
{
    QString found;
    for (const char32_t c : text.toUcs4()) {
        if (c == 0xFFFD || (c >= 0xE000 && c <= 0xF8FF) || (c >= 0xF0000) || (c >= 0x2E80 && c <= 0x2FDF))
            found += QString::fromUcs4(&c, 1);
    }
    return found;
}

QStringList fontNames(const Poppler::Document& document)
{
    QStringList names;
    for (const Poppler::FontInfo& font : document.fonts())
        names.append(font.name());
    return names;
}

} // namespace

class TestRareChars : public QObject
{
    Q_OBJECT

private:
    RuleSetLibrary m_library = RuleSetLibrary::builtIn();
    CaseBundle m_bundle; ///< the example case, its name, first place and text answers rare (in the draft, version 3)

    QByteArray render(int versionNumber, Language language)
    {
        const AssessmentVersion* v = nullptr;
        for (const AssessmentVersion& a : m_bundle.assessments) {
            if (a.number == versionNumber)
                v = &a;
        }
        if (!v)
            return {};
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        if (!Report::render(*m_library.defaultRuleSet(), m_bundle, *v, language, &buffer, nullptr, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        // PIADESK_SCREENSHOTS=DIR keeps the rendered PDFs, to look at.
        if (const QString dir = qEnvironmentVariable("PIADESK_SCREENSHOTS"); !dir.isEmpty()) {
            QFile out(QStringLiteral("%1/rarechars-v%2-%3.pdf")
                          .arg(dir)
                          .arg(versionNumber)
                          .arg(language == Language::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en")));
            if (out.open(QIODevice::WriteOnly))
                out.write(buffer.data());
        }
        return buffer.data();
    }

    /** The checks every document with the rare values must pass. */
    static void checkTextLayer(const Pdf& pdf)
    {
        QVERIFY(pdf.document);
        const QString all = bare(pdf.all());
        for (const QString& typed : { kName, kPlace, kAnswer })
            QVERIFY2(all.contains(typed), qPrintable(typed));
        // The case name is in the header of every page: the page furniture has the fallback too.
        for (int i = 0; i < pdf.pages.size(); ++i)
            QVERIFY2(bare(pdf.pages.at(i)).contains(kName), qPrintable(QStringLiteral("page %1").arg(i + 1)));
        QVERIFY2(suspicious(pdf.all()).isEmpty(), qPrintable(suspicious(pdf.all())));
        // Drawn with the Hanazono fonts the documents name, not with whatever the system would fall back to.
        const QStringList fonts = fontNames(*pdf.document);
        QVERIFY2(fonts.filter(QStringLiteral("HanaMinA")).size() == 1, qPrintable(fonts.join(QLatin1Char(' '))));
        QVERIFY2(fonts.filter(QStringLiteral("HanaMinB")).size() == 1, qPrintable(fonts.join(QLatin1Char(' '))));
        QVERIFY2(fonts.filter(QStringLiteral("Noto")).isEmpty(), qPrintable(fonts.join(QLatin1Char(' '))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const QString& family : PdfDocument::fontFamilies())
            QVERIFY2(QFontDatabase::families().contains(family),
                qPrintable(QStringLiteral("%1 is not installed (scripts/install-deps.sh)").arg(family)));
        QVERIFY(TestSupport::loadExample(&m_bundle));
        m_bundle.caseInfo.facts.name = kName;
        QVERIFY(!m_bundle.caseInfo.facts.places.isEmpty());
        m_bundle.caseInfo.facts.places[0] = kPlace;
        for (AssessmentVersion& v : m_bundle.assessments) {
            for (Answer& a : v.answers) {
                if (a.value.isString() && a.value.toString().size() > 12)
                    a.value = kAnswer;
            }
        }
    }

    void primaryFontLacksTheRareCharacters()
    {
        // The premise: without the fallback these characters have no glyph in the heading face, and those beyond the
        // Basic Multilingual Plane that the Song face has lose their text (QPdfWriter maps no such glyph).
        const QString missing = PdfDocument::missingCharacters(kRare);
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        QRawFont hei = QRawFont::fromFont(QFont(PdfDocument::headingFontFamily()));
        for (const char32_t c : kRare.toUcs4())
            QVERIFY(!hei.supportsCharacter(c));
        // Extension G (𰻞, biáng) is beyond the fallback fonts: reported, not hidden.
        QCOMPARE(PdfDocument::missingCharacters(QStringLiteral("吉𠮷 𰻞\n")), QStringLiteral("𰻞"));
    }

    void chineseReport()
    {
        const Pdf pdf = readPdf(render(3, Language::Chinese));
        checkTextLayer(pdf);
        QVERIFY(bare(pdf.all()).contains(QStringLiteral("个人信息保护影响评估报告")));
    }

    void englishReport()
    {
        const Pdf pdf = readPdf(render(3, Language::English));
        checkTextLayer(pdf);
        QVERIFY(bare(pdf.all()).contains(QLatin1String("PersonalInformationProtectionImpactAssessment")));
    }

    void chinesePacket()
    {
        // The filing packet: the form names the case and place, and holds the report whole.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(Packet::render(
                     *m_library.defaultRuleSet(), m_bundle, m_bundle.assessments.last(), FilingKind::Initial,
                     Language::Chinese, [](const Attachment&) { return QByteArray(); }, &buffer, nullptr, &error),
            qPrintable(error));
        const Pdf pdf = readPdf(buffer.data());
        checkTextLayer(pdf);
        QVERIFY(bare(pdf.all()).contains(QStringLiteral("人脸识别技术应用备案表")));
    }

    void manyRareCharacters()
    {
        // Several hundred, from every extension block: the ToUnicode map grows past one section of 100 entries.
        const QRawFont hanaMinB = QRawFont::fromFont(QFont(QStringLiteral("HanaMinB")));
        QString rare;
        for (const char32_t block : { 0x20000, 0x2A700, 0x2B740, 0x2B820, 0x2CEB0 }) {
            for (char32_t c = block; c < block + 60 * 13; c += 13) {
                if (hanaMinB.supportsCharacter(c))
                    rare += QString::fromUcs4(&c, 1);
            }
        }
        QVERIFY(rare.toUcs4().size() > 250);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(PdfDocument::write(QStringLiteral("<p>甲%1乙</p>").arg(rare), {}, PageFurniture(), PdfMetadata(),
                     &buffer, nullptr, &error),
            qPrintable(error));
        const Pdf pdf = readPdf(buffer.data());
        QVERIFY(pdf.document);
        QCOMPARE(bare(pdf.all()), QStringLiteral("甲%1乙").arg(rare));
    }

    void everyStyleAndTheFurniture()
    {
        // Headings (bold, large), bold answers, plain text and the furniture, with the rare characters next to
        // common ones: the text layer gives each run back whole, in order.
        const QString html = QStringLiteral("<html><body><h1>%1</h1><p class=\"answer\">%2</p><p>%3 %4</p>"
                                            "<table border=\"1\"><tr><th>%1</th><td>%2</td></tr></table>"
                                            "</body></html>")
                                 .arg(kName, kPlace, kAnswer, QStringLiteral("&#x20BB7;&#131072;"));
        PageFurniture furniture;
        furniture.header = QStringLiteral("页眉 %1").arg(kName);
        furniture.footer = QStringLiteral("页脚 %1").arg(kPlace);
        furniture.pageNumber = QStringLiteral("第{page}页 共{pages}页");
        furniture.draftMark = QStringLiteral("草稿");
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(PdfDocument::write(html, {}, furniture, PdfMetadata { kName, {}, {} }, &buffer, nullptr, &error),
            qPrintable(error));
        const Pdf pdf = readPdf(buffer.data());
        QVERIFY(pdf.document);
        QCOMPARE(pdf.pages.size(), 1);
        const QString all = bare(pdf.all());
        for (const QString& typed : { QStringLiteral("页眉%1").arg(kName), QStringLiteral("页脚%1").arg(kPlace),
                 kName + kPlace, kAnswer + QStringLiteral("𠮷𠀀"), QStringLiteral("第1页共1页") })
            QVERIFY2(all.contains(typed), qPrintable(all));
        QCOMPARE(all.count(kName), 3);
        QVERIFY2(suspicious(pdf.all()).isEmpty(), qPrintable(suspicious(pdf.all())));
        QCOMPARE(pdf.document->info(QStringLiteral("Title")), kName);
    }
};

QTEST_MAIN(TestRareChars)
#include "tst_rarechars.moc"
