#pragma once

#include "CaseFacts.h"

#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace piadesk {

/**
 * The case facts a rule set's conditions can test, declared once: the rules read them by name (Facts::value), the
 * loader checks conditions against their types and keys, and the register reads exactly these out of a finalized
 * version's record (CaseHeads). A fact added here is testable everywhere; nothing else lists them.
 */
namespace TestableFacts {

enum class Type { Boolean, Number, Key, KeyList };

struct Fact
{
    const char* name; ///< as the JSON form and the conditions name it
    Type type;
    QJsonValue (*get)(const CaseFacts&);
    /** Sets the fact from a value of its type (a Key as its key, a KeyList as an array of keys). */
    void (*set)(CaseFacts&, const QJsonValue&);
    /** The keys a Key or KeyList fact can take (e.g. the place kinds); empty for the others. */
    QStringList (*keys)();
};

const QList<Fact>& all();
/** The fact named \a name, or nullptr. */
const Fact* find(const QString& name);

} // namespace TestableFacts
} // namespace piadesk
