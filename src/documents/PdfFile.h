#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>

namespace piadesk {

/**
 * The objects of a PDF as QPdfWriter writes it: one cross-reference table, generation 0, no object streams. Reads
 * objects, dictionaries and streams, and writes the file again with objects replaced and new ones appended (the
 * ToUnicode maps completed, the outline and the links added). Not a general PDF parser.
 */
class PdfFile
{
public:
    explicit PdfFile(const QByteArray& bytes);

    bool isValid() const { return m_xref > 0 && m_trailer > m_xref; }
    /** The number of object numbers (the cross-reference table's size); a new object takes the next one. */
    int size() const { return int(m_offsets.size()); }

    /** The object \a number, from "N 0 obj" up to the next object (or the cross-reference table). */
    QByteArray object(int number) const;
    /** The dictionary of object \a number (or the start of its text, for another kind of object). */
    QByteArray dictionary(int number) const;
    /** The decoded data of stream object \a number (FlateDecode or none), or an empty array. */
    QByteArray streamData(int number) const;
    /** The document catalog's object number (the trailer's /Root), or 0. */
    int catalog() const;
    /** The page objects in page order (the page tree's /Kids, one level as QPdfWriter writes it). */
    QList<int> pages() const;

    /**
     * This file with the objects of \a replacements (number → new text, from "N 0 obj" on) replaced and \a appended
     * added after them, numbered from size() on. Empty if the file cannot be written again.
     */
    QByteArray replaced(const QHash<int, QByteArray>& replacements, const QList<QByteArray>& appended = {}) const;

    /** The number of the object \a key refers to ("/Key 12 0 R", or the first of an array "/Key [12 0 R]"). */
    static int reference(const QByteArray& dict, const char* key);
    /** Every object an array \a key refers to ("/Key [12 0 R 14 0 R]"), in order. */
    static QList<int> references(const QByteArray& dict, const char* key);
    /** The name \a key has ("/Key /Name"). */
    static QByteArray name(const QByteArray& dict, const char* key);
    /** \a text as a PDF text string: UTF-16BE with its byte order mark, in hex ("<FEFF…>"). */
    static QByteArray textString(const QString& text);

private:
    /** Where the object at \a start ends: where the next begins, or the cross-reference table. */
    qint64 end(qint64 start) const;
    /** Where the dictionary of a stream object ends ("stream" follows it), or -1. */
    static qsizetype streamStart(const QByteArray& text);
    /** The integer \a key has ("/Key 123"), or the integer an object holds ("N 0 obj 123 endobj"); -1 if none. */
    static qint64 integer(const QByteArray& text, const char* key = nullptr);

    QByteArray m_bytes;
    QList<qint64> m_offsets; ///< by object number; -1 for a free entry
    QMap<qint64, int> m_numbers; ///< offset → object number, of the objects in use
    qint64 m_xref = -1;
    qsizetype m_trailer = -1;
};

} // namespace piadesk
