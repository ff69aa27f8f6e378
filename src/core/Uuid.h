#pragma once

#include <QString>
#include <QUuid>

namespace piadesk {

/** A new random identity, as PIAdesk writes uuids everywhere: lower-case, without braces. */
inline QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace piadesk
