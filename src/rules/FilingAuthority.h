#pragma once

#include "RuleSet.h"

#include "core/Organisation.h"

#include <QCoreApplication>

namespace piadesk {

/**
 * The cyberspace administration a processor files with. Rule sets that name the authority per province (the 2025
 * Measures: "the provincial-level administration where the processor is located", Art. 15) find the province from
 * the unified social credit code's administrative division code, else from the address; others name one authority
 * for everyone.
 */
struct FilingAuthority
{
    Q_DECLARE_TR_FUNCTIONS(piadesk::FilingAuthority)
public:
    enum class Source {
        RuleSet, ///< the rule set names one authority for every processor
        CreditCode, ///< the province from the credit code's division code
        Address, ///< the province from the address
        Unknown, ///< named per province, but neither the code nor the address says which
    };

    const ProvinceAuthority* province = nullptr;
    Source source = Source::RuleSet;

    static FilingAuthority resolve(const FilingRules& rules, const Organisation& organisation);
    /** resolve(rules, organisation).name(rules, language) */
    static QString nameFor(const FilingRules& rules, const Organisation& organisation, Language language)
    {
        return resolve(rules, organisation).name(rules, language);
    }

    /** The administration's name: the province's, else the rule set's generic name. */
    QString name(const FilingRules& rules, Language language) const;
    /** How the province was found ("from the division code 330106 of the credit code"); empty for Source::RuleSet. */
    QString how(const Organisation& organisation, Language language) const;
};

} // namespace piadesk
