#include "XlsxReader.h"

#include <zip.h>

#include <QXmlStreamReader>

Xlsx readXlsx(const QByteArray& bytes)
{
    Xlsx x;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
    if (!archive) {
        if (source)
            zip_source_free(source);
        return x;
    }
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        zip_stat_t st;
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &st) != 0)
            continue;
        zip_file_t* f = zip_fopen_index(archive, zip_uint64_t(i), 0);
        QByteArray data(qsizetype(st.size), '\0');
        zip_fread(f, data.data(), st.size);
        zip_fclose(f);
        x.parts.insert(QString::fromUtf8(st.name), data);
    }
    zip_close(archive);

    QStringList shared;
    {
        QXmlStreamReader r(x.parts.value(QStringLiteral("xl/sharedStrings.xml")));
        QString current;
        bool inSi = false;
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement() && r.name() == QLatin1String("si")) {
                inSi = true;
                current.clear();
            } else if (r.isStartElement() && r.name() == QLatin1String("t") && inSi) {
                current += r.readElementText();
            } else if (r.isEndElement() && r.name() == QLatin1String("si")) {
                shared.append(current);
                inSi = false;
            }
        }
    }
    {
        QXmlStreamReader r(x.parts.value(QStringLiteral("xl/workbook.xml")));
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement() && r.name() == QLatin1String("sheet"))
                x.sheetNames.append(r.attributes().value(QLatin1String("name")).toString());
        }
    }
    for (int i = 0; i < x.sheetNames.size(); ++i) {
        QXmlStreamReader r(x.sheetXml(i));
        QHash<QString, Cell>& cells = x.sheets[x.sheetNames.at(i)];
        QString ref;
        Cell cell;
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement() && r.name() == QLatin1String("c")) {
                ref = r.attributes().value(QLatin1String("r")).toString();
                cell = Cell();
                cell.type = r.attributes().value(QLatin1String("t")).toString();
                cell.style = r.attributes().value(QLatin1String("s")).toString();
            } else if (r.isStartElement() && r.name() == QLatin1String("f")) {
                cell.formula = true;
                cell.formulaText = r.readElementText();
            } else if (r.isStartElement() && r.name() == QLatin1String("v")) {
                const QString v = r.readElementText();
                cell.value = cell.type == QLatin1String("s") ? shared.value(v.toInt()) : v;
            } else if (r.isEndElement() && r.name() == QLatin1String("c")) {
                cells.insert(ref, cell);
            }
        }
    }
    return x;
}
