// libFuzzer target: rule-set files (RuleSetLoader::parse), as `--rules FILE` reads them. A rule set that
// passes validation is also run through the engine on an empty case, since its conditions are evaluated later.

#include "rules/Engine.h"
#include "rules/RuleSetLoader.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    piadesk::Problems problems;
    const std::optional<piadesk::RuleSet> rules = piadesk::RuleSetLoader::parse(json, problems);
    if (rules.has_value() != problems.isEmpty())
        std::abort(); // a rule set is returned exactly when nothing is wrong with it
    if (!rules)
        return 0;
    // Once on an empty case, once on one that meets the usual triggers (public place, many people, minors).
    piadesk::CaseFacts busy;
    busy.publicPlace = true;
    busy.storedPeople = 10001;
    busy.minorsUnder14 = true;
    busy.originalImagesStored = true;
    for (const piadesk::CaseFacts& facts : { piadesk::CaseFacts(), busy }) {
        const piadesk::AssessmentVersion version;
        const piadesk::Engine engine(*rules, facts, version);
        (void)engine.filingObligation();
        (void)engine.redFlags();
        (void)engine.completeness();
        (void)engine.risks();
    }
    return 0;
}
