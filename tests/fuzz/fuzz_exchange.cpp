// libFuzzer target: the JSON case exchange document (CaseExchange::parse), as `import` and File → Import read it.
// Whatever the bytes, parse must not crash, hang or trip a sanitizer, and a document it refuses must say why
// (importers write nothing unless parse reports no problem at all).

#include "exchange/CaseExchange.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray document = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    piadesk::Problems problems;
    const QList<piadesk::CaseBundle> cases = piadesk::CaseExchange::parse(document, problems);
    if (cases.isEmpty() && problems.isEmpty())
        std::abort(); // nothing read and nothing wrong: an import would report success for nothing
    if (!problems.isEmpty() && problems.toString().isEmpty())
        std::abort(); // a refusal must say why
    return 0;
}
