#include "FilingAuthority.h"

#include "core/CreditCode.h"

namespace piadesk {

FilingAuthority FilingAuthority::resolve(const FilingRules& rules, const Organisation& organisation)
{
    FilingAuthority a;
    if (rules.provinces.isEmpty())
        return a;
    // Positions 3–8 of a well-formed code are the division code of the registering authority; its first two digits
    // are the province. A code registered nationally ("100000") names none.
    const QString code = CreditCode::normalized(organisation.creditCode);
    if (CreditCode::isValid(code)) {
        if (const ProvinceAuthority* p = rules.province(code.mid(2, 2))) {
            a.province = p;
            a.source = Source::CreditCode;
            return a;
        }
    }
    // The address: the province named first wins ("浙江省杭州市…", "Hangzhou, Zhejiang" — earliest mention).
    qsizetype best = -1;
    for (const ProvinceAuthority& p : rules.provinces) {
        for (const QString& m : p.match) {
            const qsizetype at = organisation.address.indexOf(m, 0, Qt::CaseInsensitive);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
                a.province = &p;
            }
        }
    }
    a.source = a.province ? Source::Address : Source::Unknown;
    return a;
}

QString FilingAuthority::name(const FilingRules& rules, Language language) const
{
    return province ? province->name.text(language) : rules.authority.text(language);
}

QString FilingAuthority::how(const Organisation& organisation, Language language) const
{
    switch (source) {
    case Source::RuleSet:
        return {};
    case Source::CreditCode:
        return tr("from the division code %1 in the unified social credit code (%2)")
            .arg(CreditCode::normalized(organisation.creditCode).mid(2, 6), province->province.text(language));
    case Source::Address:
        return tr("from the address (%1)").arg(province->province.text(language));
    case Source::Unknown:
        return tr("neither the credit code nor the address shows the province: complete them to name the "
                  "provincial administration");
    }
    return {};
}

} // namespace piadesk
