#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

/** One cell of a sheet read back from an .xlsx file. */
struct Cell
{
    QString type; ///< the t attribute: "s" shared string, "" number, …
    QString value; ///< the shared string's text for "s", the raw value otherwise
    bool formula = false;
    QString formulaText; ///< the formula, without its "="
    QString style;
};

/** An .xlsx read back: its parts, and the cells of each sheet by name. */
struct Xlsx
{
    QHash<QString, QByteArray> parts;
    QStringList sheetNames;
    QHash<QString, QHash<QString, Cell>> sheets; ///< sheet name → "B2" → cell

    QByteArray sheetXml(int index) const
    {
        return parts.value(QStringLiteral("xl/worksheets/sheet%1.xml").arg(index + 1));
    }
};

/** Reads an .xlsx file's parts and cells with libzip, as a spreadsheet program would see them. */
Xlsx readXlsx(const QByteArray& bytes);
