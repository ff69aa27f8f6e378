#pragma once

#include "PdfDocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QString>

class QIODevice;

namespace piadesk {

/**
 * Writes a filled document as OpenDocument text (.odt), from the same HTML, stylesheet and pictures as its PDF
 * (Qt's ODF writer: WPS Office, Word and LibreOffice open it). It is a working copy, to add a letterhead or adjust
 * wording before signing: its first paragraph says so, and that the PDF, which carries the content hash, is the
 * record. Page furniture, the contents' page numbers and the PDF's outline have no place in it.
 */
class OdtDocument
{
    Q_DECLARE_TR_FUNCTIONS(piadesk::OdtDocument)
public:
    static bool write(const QString& html, const QHash<QString, QImage>& images, const PdfMetadata& metadata,
        const QString& notice, QIODevice* device, QString* error);
};

} // namespace piadesk
