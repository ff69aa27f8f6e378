#include "Enums.h"

#include <QCoreApplication>

namespace piadesk {

namespace {
constexpr const char* kContext = "piadesk::Enums";

constexpr EnumEntry<PlaceKind> kPlaceKinds[] = {
    { PlaceKind::Unspecified, "unspecified", QT_TRANSLATE_NOOP("piadesk::Enums", "Not specified") },
    { PlaceKind::Office, "office", QT_TRANSLATE_NOOP("piadesk::Enums", "Office or workplace") },
    { PlaceKind::Factory, "factory", QT_TRANSLATE_NOOP("piadesk::Enums", "Factory or construction site") },
    { PlaceKind::Residential, "residential", QT_TRANSLATE_NOOP("piadesk::Enums", "Residential estate") },
    { PlaceKind::Hotel, "hotel", QT_TRANSLATE_NOOP("piadesk::Enums", "Hotel") },
    { PlaceKind::Bank, "bank", QT_TRANSLATE_NOOP("piadesk::Enums", "Bank") },
    { PlaceKind::Station, "station", QT_TRANSLATE_NOOP("piadesk::Enums", "Railway, metro or bus station") },
    { PlaceKind::Airport, "airport", QT_TRANSLATE_NOOP("piadesk::Enums", "Airport") },
    { PlaceKind::Stadium, "stadium", QT_TRANSLATE_NOOP("piadesk::Enums", "Stadium") },
    { PlaceKind::ExhibitionHall, "exhibition_hall", QT_TRANSLATE_NOOP("piadesk::Enums", "Exhibition hall") },
    { PlaceKind::Museum, "museum", QT_TRANSLATE_NOOP("piadesk::Enums", "Museum") },
    { PlaceKind::ArtGallery, "art_gallery", QT_TRANSLATE_NOOP("piadesk::Enums", "Art gallery") },
    { PlaceKind::Library, "library", QT_TRANSLATE_NOOP("piadesk::Enums", "Library") },
    { PlaceKind::School, "school", QT_TRANSLATE_NOOP("piadesk::Enums", "School or kindergarten") },
    { PlaceKind::Hospital, "hospital", QT_TRANSLATE_NOOP("piadesk::Enums", "Hospital or clinic") },
    { PlaceKind::Retail, "retail", QT_TRANSLATE_NOOP("piadesk::Enums", "Shop or shopping centre") },
    { PlaceKind::PublicSpace, "public_space",
        QT_TRANSLATE_NOOP("piadesk::Enums", "Street, square or other public space") },
    { PlaceKind::Online, "online", QT_TRANSLATE_NOOP("piadesk::Enums", "Online service (app or website)") },
    { PlaceKind::Other, "other", QT_TRANSLATE_NOOP("piadesk::Enums", "Other") },
};

constexpr EnumEntry<Method> kMethods[] = {
    { Method::Verification, "verification", QT_TRANSLATE_NOOP("piadesk::Enums", "1:1 verification") },
    { Method::Identification, "identification", QT_TRANSLATE_NOOP("piadesk::Enums", "1:N identification") },
    { Method::RemoteFrictionless, "remote_frictionless",
        QT_TRANSLATE_NOOP("piadesk::Enums", "Remote, frictionless identification") },
};

constexpr EnumEntry<CaseStatus> kCaseStatuses[] = {
    { CaseStatus::Planned, "planned", QT_TRANSLATE_NOOP("piadesk::Enums", "Planned") },
    { CaseStatus::InUse, "in_use", QT_TRANSLATE_NOOP("piadesk::Enums", "In use") },
    { CaseStatus::Ended, "ended", QT_TRANSLATE_NOOP("piadesk::Enums", "Use ended") },
};

constexpr EnumEntry<TriggerKind> kTriggerKinds[] = {
    { TriggerKind::Initial, "initial", QT_TRANSLATE_NOOP("piadesk::Enums", "Initial assessment") },
    { TriggerKind::PurposeChanged, "purpose_changed", QT_TRANSLATE_NOOP("piadesk::Enums", "Purpose changed") },
    { TriggerKind::MethodsChanged, "methods_changed", QT_TRANSLATE_NOOP("piadesk::Enums", "Methods changed") },
    { TriggerKind::SecurityIncident, "security_incident",
        QT_TRANSLATE_NOOP("piadesk::Enums", "Major security incident") },
    { TriggerKind::YearlyReview, "yearly_review", QT_TRANSLATE_NOOP("piadesk::Enums", "Yearly review") },
    { TriggerKind::LegalBasisChanged, "legal_basis_changed",
        QT_TRANSLATE_NOOP("piadesk::Enums", "Legal basis changed") },
    { TriggerKind::Other, "other", QT_TRANSLATE_NOOP("piadesk::Enums", "Other") },
};

constexpr EnumEntry<AssessmentState> kAssessmentStates[] = {
    { AssessmentState::Draft, "draft", QT_TRANSLATE_NOOP("piadesk::Enums", "Draft") },
    { AssessmentState::InReview, "in_review", QT_TRANSLATE_NOOP("piadesk::Enums", "In review") },
    { AssessmentState::Finalized, "finalized", QT_TRANSLATE_NOOP("piadesk::Enums", "Finalized") },
    { AssessmentState::Superseded, "superseded", QT_TRANSLATE_NOOP("piadesk::Enums", "Superseded") },
};

constexpr EnumEntry<FilingKind> kFilingKinds[] = {
    { FilingKind::Initial, "initial", QT_TRANSLATE_NOOP("piadesk::Enums", "Initial filing") },
    { FilingKind::Modification, "modification", QT_TRANSLATE_NOOP("piadesk::Enums", "Modification of filing") },
    { FilingKind::Deregistration, "deregistration", QT_TRANSLATE_NOOP("piadesk::Enums", "De-registration") },
};

constexpr EnumEntry<MaterialStatus> kMaterialStatuses[] = {
    { MaterialStatus::Missing, "missing", QT_TRANSLATE_NOOP("piadesk::Enums", "Missing") },
    { MaterialStatus::InPreparation, "in_preparation", QT_TRANSLATE_NOOP("piadesk::Enums", "In preparation") },
    { MaterialStatus::Ready, "ready", QT_TRANSLATE_NOOP("piadesk::Enums", "Ready") },
    { MaterialStatus::Submitted, "submitted", QT_TRANSLATE_NOOP("piadesk::Enums", "Submitted") },
    { MaterialStatus::NotApplicable, "not_applicable", QT_TRANSLATE_NOOP("piadesk::Enums", "Not applicable") },
};

constexpr EnumEntry<ImpactLevel> kImpactLevels[] = {
    { ImpactLevel::Low, "low", QT_TRANSLATE_NOOP("piadesk::Enums", "Low") },
    { ImpactLevel::Medium, "medium", QT_TRANSLATE_NOOP("piadesk::Enums", "Medium") },
    { ImpactLevel::High, "high", QT_TRANSLATE_NOOP("piadesk::Enums", "High") },
    { ImpactLevel::Severe, "severe", QT_TRANSLATE_NOOP("piadesk::Enums", "Severe") },
};

constexpr EnumEntry<Likelihood> kLikelihoods[] = {
    { Likelihood::Low, "low", QT_TRANSLATE_NOOP("piadesk::Enums", "Low") },
    { Likelihood::Medium, "medium", QT_TRANSLATE_NOOP("piadesk::Enums", "Medium") },
    { Likelihood::High, "high", QT_TRANSLATE_NOOP("piadesk::Enums", "High") },
    { Likelihood::VeryHigh, "very_high", QT_TRANSLATE_NOOP("piadesk::Enums", "Very high") },
};

constexpr EnumEntry<ImpactKind> kImpactKinds[] = {
    { ImpactKind::SelfDetermination, "self_determination",
        QT_TRANSLATE_NOOP("piadesk::Enums", "Limits on self-determination") },
    { ImpactKind::Discrimination, "discrimination", QT_TRANSLATE_NOOP("piadesk::Enums", "Discriminatory treatment") },
    { ImpactKind::ReputationOrDistress, "reputation_distress",
        QT_TRANSLATE_NOOP("piadesk::Enums", "Damage to reputation or mental distress") },
    { ImpactKind::PersonOrProperty, "person_property",
        QT_TRANSLATE_NOOP("piadesk::Enums", "Damage to person or property") },
};

constexpr EnumEntry<MeasureStatus> kMeasureStatuses[] = {
    { MeasureStatus::Planned, "planned", QT_TRANSLATE_NOOP("piadesk::Enums", "Planned") },
    { MeasureStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("piadesk::Enums", "In progress") },
    { MeasureStatus::Done, "done", QT_TRANSLATE_NOOP("piadesk::Enums", "Done") },
    { MeasureStatus::Dropped, "dropped", QT_TRANSLATE_NOOP("piadesk::Enums", "Dropped") },
};
} // namespace

#define PIADESK_ENUM_TABLE(Type, table)                                                                                \
    template <> std::span<const EnumEntry<Type>> enumEntries<Type>()                                                   \
    {                                                                                                                  \
        return table;                                                                                                  \
    }                                                                                                                  \
    template <> QString enumLabel<Type>(Type value)                                                                    \
    {                                                                                                                  \
        for (const auto& entry : table) {                                                                              \
            if (entry.value == value)                                                                                  \
                return QCoreApplication::translate(kContext, entry.label);                                             \
        }                                                                                                              \
        return {};                                                                                                     \
    }

PIADESK_ENUM_TABLE(PlaceKind, kPlaceKinds)
PIADESK_ENUM_TABLE(Method, kMethods)
PIADESK_ENUM_TABLE(CaseStatus, kCaseStatuses)
PIADESK_ENUM_TABLE(TriggerKind, kTriggerKinds)
PIADESK_ENUM_TABLE(AssessmentState, kAssessmentStates)
PIADESK_ENUM_TABLE(FilingKind, kFilingKinds)
PIADESK_ENUM_TABLE(MaterialStatus, kMaterialStatuses)
PIADESK_ENUM_TABLE(ImpactLevel, kImpactLevels)
PIADESK_ENUM_TABLE(Likelihood, kLikelihoods)
PIADESK_ENUM_TABLE(ImpactKind, kImpactKinds)
PIADESK_ENUM_TABLE(MeasureStatus, kMeasureStatuses)

#undef PIADESK_ENUM_TABLE

} // namespace piadesk
