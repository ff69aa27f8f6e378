#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace piadesk {

/** One thing wrong with input, with the path of the offending field (e.g. "cases[0].organisation.creditCode"). */
struct Problem
{
    QString path;
    QString message;

    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

/** What a validation found wrong, in the order found. */
class Problems
{
public:
    void add(const QString& path, const QString& message) { m_items.append({ path, message }); }
    bool isEmpty() const { return m_items.isEmpty(); }
    qsizetype size() const { return m_items.size(); }
    const QList<Problem>& items() const { return m_items; }

    /** All problems, one a line, at most \a limit of them and a line that says how many more there are. */
    QString toString(int limit = 20) const;

private:
    QList<Problem> m_items;
};

} // namespace piadesk
