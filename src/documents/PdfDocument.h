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
    /** The font documents use: it covers Chinese and Latin and round-trips through the PDF's text layer. */
    static QString fontFamily();

    /**
     * The fonts of documents, in order: fontFamily(), then HanaMinA (CJK Extension A, compatibility ideographs)
     * and HanaMinB (Extensions B to F), Debian package fonts-hanazono, for the rare characters of names and
     * places that WenQuanYi Micro Hei lacks. Qt draws each character with the first of them that has it.
     */
    static QStringList fontFamilies();

    /** The document font (fontFamilies()) at \a pointSize. */
    static QFont font(qreal pointSize);

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
