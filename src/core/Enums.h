#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace piadesk {

/** The kind of place where a facial recognition application is used. */
enum class PlaceKind {
    Unspecified,
    Office,
    Factory,
    Residential,
    Hotel,
    Bank,
    Station,
    Airport,
    Stadium,
    ExhibitionHall,
    Museum,
    ArtGallery,
    Library,
    School,
    Hospital,
    Retail,
    PublicSpace,
    Online,
    Other,
};

/** How faces are matched. */
enum class Method {
    Verification, ///< 1:1, a face against one claimed identity
    Identification, ///< 1:N, a face searched in a gallery
    RemoteFrictionless, ///< identification at a distance without the person's active participation
};

/** Where a case stands in its life. */
enum class CaseStatus {
    Planned,
    InUse,
    Ended,
};

/** Why an assessment version was started. */
enum class TriggerKind {
    Initial,
    PurposeChanged,
    MethodsChanged,
    SecurityIncident,
    YearlyReview,
    LegalBasisChanged, ///< re-assessed under another rule set (the draft superseded by the 2025 Measures)
    Other,
};

/** The life of an assessment version: draft → in review → finalized → superseded. */
enum class AssessmentState {
    Draft,
    InReview,
    Finalized,
    Superseded,
};

/** The kind of a filing with the cyberspace administration (Art. 16). */
enum class FilingKind {
    Initial,
    Modification,
    Deregistration,
};

/** The state of one filing material. */
enum class MaterialStatus {
    Missing,
    InPreparation,
    Ready,
    Submitted,
    NotApplicable,
};

/** Impact on the individual (GB/T 39335 style scale). */
enum class ImpactLevel {
    Low,
    Medium,
    High,
    Severe,
};

/** Likelihood of a risk (GB/T 39335 style scale). */
enum class Likelihood {
    Low,
    Medium,
    High,
    VeryHigh,
};

/** The kinds of impact on an individual that a risk can have. */
enum class ImpactKind {
    SelfDetermination,
    Discrimination,
    ReputationOrDistress,
    PersonOrProperty,
};

/** The progress of one measure of the action plan. */
enum class MeasureStatus {
    Planned,
    InProgress,
    Done,
    Dropped,
};

/** One enumerator with its stable key (used in files) and its English label (translated on display). */
template <typename E> struct EnumEntry
{
    E value;
    const char* key;
    const char* label;
};

/** The table of entries of enum \a E, in declaration order. Specialised in Enums.cpp for every enum above. */
template <typename E> std::span<const EnumEntry<E>> enumEntries();

/** The stable key of \a value, as written to case files and JSON. */
template <typename E> QString enumKey(E value)
{
    for (const auto& entry : enumEntries<E>()) {
        if (entry.value == value)
            return QLatin1String(entry.key);
    }
    return {};
}

/** The enumerator whose key is \a key, if any. */
template <typename E> std::optional<E> enumFromKey(QStringView key)
{
    for (const auto& entry : enumEntries<E>()) {
        if (key == QLatin1String(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

/** All keys of enum \a E, in declaration order. */
template <typename E> QStringList enumKeys()
{
    QStringList keys;
    for (const auto& entry : enumEntries<E>())
        keys.append(QLatin1String(entry.key));
    return keys;
}

/** The user-visible, translated name of an enumerator. */
template <typename E> QString enumLabel(E value);

} // namespace piadesk
