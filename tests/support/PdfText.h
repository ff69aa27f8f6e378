#pragma once

#include <poppler-qt6.h>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

/** A PDF read back with Poppler, as a reader's viewer or a reviewer's copy-and-paste sees its text layer. */
struct Pdf
{
    std::unique_ptr<Poppler::Document> document;
    QStringList pages; ///< the text of each page
    QString all() const { return pages.join(QLatin1Char('\n')); }
};

/** Reads \a bytes with Poppler; no document when they are not a readable PDF. */
Pdf readPdf(const QByteArray& bytes);

/** Text without whitespace: where a line wraps, the text layer has a line break the input has not. */
QString bare(QString text);
