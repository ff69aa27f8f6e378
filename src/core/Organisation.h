#pragma once

#include <QString>

namespace piadesk {

/** A person to contact: name, role, phone and e-mail. */
struct ContactPerson
{
    QString name;
    QString title;
    QString phone;
    QString email;

    bool operator==(const ContactPerson&) const = default;
};

/**
 * The handling person (经办人): who carries out the filing for the organisation, named with the identity document
 * the filing system asks a scan of.
 */
struct HandlingPerson
{
    QString name;
    QString idType; ///< e.g. 居民身份证; free text, the filing system's list is not published
    QString idNumber;
    QString phone;

    bool isEmpty() const { return name.isEmpty() && idType.isEmpty() && idNumber.isEmpty() && phone.isEmpty(); }
    bool operator==(const HandlingPerson&) const = default;
};

/**
 * An organisation that uses facial recognition technology (人脸识别技术使用者):
 * the personal-information processor, with its person responsible for
 * personal-information protection (个人信息保护负责人).
 */
struct Organisation
{
    qint64 id = 0; ///< row id in the case file; 0 until stored
    QString uuid; ///< stable identity across files
    QString name;
    QString creditCode; ///< unified social credit code (GB 32100), normalized; may be empty in a draft
    QString address;
    QString legalRepresentative;
    ContactPerson contact;
    ContactPerson responsiblePerson;
    HandlingPerson handlingPerson;

    /** The fields a user enters, without identity. */
    bool sameContent(const Organisation& other) const
    {
        return name == other.name && creditCode == other.creditCode && address == other.address
            && legalRepresentative == other.legalRepresentative && contact == other.contact
            && responsiblePerson == other.responsiblePerson && handlingPerson == other.handlingPerson;
    }

    bool operator==(const Organisation&) const = default;
};

} // namespace piadesk
