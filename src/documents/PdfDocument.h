#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QString>

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
 */
class PdfDocument
{
    Q_DECLARE_TR_FUNCTIONS(piadesk::PdfDocument)
public:
    /** The font documents use: it covers Chinese and Latin and round-trips through the PDF's text layer. */
    static QString fontFamily();

    /** \a images are the pictures the HTML's <img src="NAME"> show. */
    static bool write(const QString& html, const QHash<QString, QImage>& images, const PageFurniture& furniture,
        const PdfMetadata& metadata, QIODevice* device, const Progress& progress, QString* error);
};

} // namespace piadesk
