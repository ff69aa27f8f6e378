#pragma once

#include "core/AuditEvent.h"

#include <QList>
#include <QString>

namespace piadesk {

/** The hash chain over a case file's audit log. */
namespace AuditChain {

/** The prev_hash of the first event. */
QString genesisHash();

/** The hash of \a event: SHA-256 over its fields and the previous event's hash. */
QString hashOf(const AuditEvent& event);

/**
 * Checks that \a events (in sequence order) form an unbroken chain: numbered 1, 2, …,
 * each linked to the one before, each hash right. Returns the first problem found,
 * or an empty string.
 */
QString firstBreak(const QList<AuditEvent>& events);

} // namespace AuditChain
} // namespace piadesk
