#include "Problems.h"

#include <QCoreApplication>

namespace piadesk {

QString Problems::toString(int limit) const
{
    QStringList lines;
    for (qsizetype i = 0; i < m_items.size() && i < limit; ++i)
        lines.append(m_items.at(i).toString());
    if (m_items.size() > limit)
        lines.append(QCoreApplication::translate(
            "piadesk::Problems", "… and %n more problem(s).", nullptr, int(m_items.size() - limit)));
    return lines.join(QLatin1Char('\n'));
}

} // namespace piadesk
