#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace piadesk {

/** What every page of a document carries besides its content. */
struct PageFurniture
{
    QString header; ///< top left: the case and version
    QString footer; ///< bottom left: the content hash, or why there is none
    QString pageNumber; ///< bottom right; "{page}" and "{pages}" are replaced
    QString draftMark; ///< when set, printed across every page (a draft)
};

struct PdfMetadata
{
    QString title;
    QString author; ///< dc:creator in the XMP metadata
    QString subject; ///< dc:description in the XMP metadata
};

/** Called as pages are laid out and written: \a done of \a total; returning false cancels the rendering. */
using Progress = std::function<bool(int done, int total)>;

/**
 * Writes an HTML document (already filled, see TemplateEngine) as an A4 PDF/A-1b
 * file: fonts embedded, with the page furniture on every page.
 *
 * Text extracted from the PDF (copy and paste, pdftotext, search) equals the text written, characters outside
 * the Basic Multilingual Plane included: QPdfWriter (Qt 6.4) leaves their glyphs out of the font's ToUnicode map,
 * so write() adds them afterwards (see fontFamilies()).
 */
class PdfDocument
{
    Q_DECLARE_TR_FUNCTIONS(piadesk::PdfDocument)
public:
    /**
     * The faces of documents, as official Chinese documents set them: text in a Song (Ming) face, with Latin letters
     * and figures in a matching serif; headings, table headers and emphasis in a Hei face, never in synthetic bold.
     * Each maps its glyphs back to one character, so the PDF's text layer is exactly what was written.
     */
    static QString fontFamily(); ///< AR PL UMing CN (Debian package fonts-arphic-uming)
    static QString latinFontFamily(); ///< DejaVu Serif (fonts-dejavu-core)
    static QString headingFontFamily(); ///< WenQuanYi Micro Hei (fonts-wqy-microhei)

    /**
     * HanaMinA (CJK Extension A, compatibility ideographs) and HanaMinB (Extensions B to F), Debian package
     * fonts-hanazono, for the rare characters of names and places the faces above lack. Qt draws each character
     * with the first of a font's families that has it.
     */
    static QStringList fallbackFamilies();
    /** Every family documents use: the three faces, then the fallbacks. */
    static QStringList fontFamilies();

    /** The text font (Latin serif, Song, then the fallbacks) at \a pointSize, without ligatures. */
    static QFont font(qreal pointSize);
    /** The heading font (Hei, then the fallbacks) at \a pointSize. */
    static QFont headingFont(qreal pointSize);

    /**
     * The characters of \a text, each once, that none of the installed fontFamilies() can draw: Qt then draws
     * them with whatever font the system has, or as an empty box.
     */
    static QString missingCharacters(const QString& text);

    /** \a images are the pictures the HTML's <img src="NAME"> show. */
    static bool write(const QString& html, const QHash<QString, QImage>& images, const PageFurniture& furniture,
        const PdfMetadata& metadata, QIODevice* device, const Progress& progress, QString* error);
};

} // namespace piadesk
