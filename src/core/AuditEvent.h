#pragma once

#include <QDateTime>
#include <QString>

namespace piadesk {

/**
 * One entry of a case file's audit log: when, who, what. Each event carries the
 * hash of the one before, so a removed or altered event breaks the chain.
 */
struct AuditEvent
{
    qint64 seq = 0;
    QDateTime at; ///< UTC
    QString actor;
    QString action; ///< e.g. "case.update", "assessment.finalize"
    QString caseUuid;
    int version = 0; ///< assessment version number, 0 when none
    QString field;
    QString detail;
    QString prevHash;
    QString hash;
};

} // namespace piadesk
