#include "DataMap.h"

namespace piadesk {

const QList<ActivityField>& activityFields()
{
    using A = ProcessingActivity;
    static const QList<ActivityField> fields {
        { "name", "name", &A::name, false },
        { "data_items", "dataItems", &A::dataItems, true },
        { "subjects", "subjects", &A::subjects, true },
        { "source", "source", &A::source, true },
        { "collection", "collection", &A::collection, true },
        { "purpose", "purpose", &A::purpose, true },
        { "legal_basis", "legalBasis", &A::legalBasis, true },
        { "storage", "storage", &A::storage, true },
        { "transmission", "transmission", &A::transmission, true },
        { "retention", "retention", &A::retention, true },
        { "deletion", "deletion", &A::deletion, true },
        { "recipients", "recipients", &A::recipients, true },
        { "cross_border", "crossBorder", &A::crossBorder, true },
    };
    return fields;
}

const ActivityField* activityField(QStringView key)
{
    for (const ActivityField& f : activityFields()) {
        if (key == QLatin1String(f.key))
            return &f;
    }
    return nullptr;
}

} // namespace piadesk
