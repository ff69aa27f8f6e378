#pragma once

#include "Enums.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace piadesk {

/** One kind of image-capture or identification device used in a case. */
struct Equipment
{
    QString name;
    QString model;
    QString vendor;
    int quantity = 0;

    bool operator==(const Equipment&) const = default;
};

/**
 * The facts of one application of facial recognition technology: where,
 * why, how, on how many people, with what equipment, and how the facial
 * information is stored. These facts drive screening and filing.
 */
struct CaseFacts
{
    QString name;
    QString description;
    QStringList places; ///< the sites or premises, one per entry
    PlaceKind placeKind = PlaceKind::Unspecified;
    bool publicPlace = false; ///< used in a public place (a filing trigger under the 2023 draft, Art. 16)
    QStringList purposes;
    QList<Method> methods; ///< no duplicates, in declaration order
    QList<Equipment> equipment;
    QStringList vendors; ///< suppliers of algorithms, platforms or services
    qint64 storedPeople = 0; ///< number of people whose facial information is stored
    bool minorsUnder14 = false;
    bool originalImagesStored = false;
    QString storageLocation;
    QString storagePeriod;
    QString anonymization;
    QDate startOfUse; ///< null when not yet known
    QDate endOfUse; ///< null while in use
    /**
     * The day the number of people stored reached the filing threshold of the case's rule set (the 2025 Measures
     * count the initial filing from it, Art. 15); null when not reached or not known.
     */
    QDate thresholdReachedOn;
    CaseStatus status = CaseStatus::Planned;

    bool operator==(const CaseFacts&) const = default;
};

} // namespace piadesk
