#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace piadesk {

/**
 * One processing activity of the data map (GB/T 39335-2020 Annex C.1 and C.2): which personal information it
 * handles, whose, from where and how, for what and on what basis, and how it is stored, transmitted, kept, deleted,
 * shared and sent abroad. Part of an assessment version: it is what the version assessed.
 */
struct ProcessingActivity
{
    QString uuid;
    QString name; ///< e.g. "Gate access by face"
    QString dataItems; ///< the personal information items, the sensitive ones named
    QString subjects; ///< whose information: residents, visitors, staff, minors …
    QString source; ///< from whom it comes: the individual, a third party, a public source
    QString collection; ///< how it is collected: device, app, counter, import
    QString purpose;
    QString legalBasis; ///< separate consent, a guardian's consent, a statutory duty …
    QString storage; ///< where and how it is stored, encryption included
    QString transmission; ///< transmission paths and their protection
    QString retention; ///< how long it is kept
    QString deletion; ///< deletion or anonymization at the end of the period
    QString recipients; ///< entrusted processors and other recipients
    QString crossBorder; ///< transfers abroad, or none

    bool operator==(const ProcessingActivity&) const = default;
};

/** A field of a processing activity: its key in rule sets and templates, its name in the exchange format. */
struct ActivityField
{
    const char* key; ///< snake_case: rule sets' dataMap.fields, report templates
    const char* jsonKey; ///< camelCase: the exchange format and the store
    QString ProcessingActivity::*member;
    bool longText;
};

/** Every field of an activity but its id, in lifecycle order. */
const QList<ActivityField>& activityFields();

/** The field keyed \a key (snake_case), or nullptr. */
const ActivityField* activityField(QStringView key);

} // namespace piadesk
