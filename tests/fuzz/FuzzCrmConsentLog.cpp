// libFuzzer target: the consent-event log (core/crm/ConsentLog) on
// arbitrary bytes. Either a folded log or an error with a message.
#include "ConsentLog.h"
#include "FuzzScratch.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = readiness::fuzz::scratchFile(QStringLiteral("consent_log.csv"), data, size);
    auto r = readiness::crm::readConsentLog(path, {});
    if (!r) {
        if (r.error().message.isEmpty())
            __builtin_trap();
        return 0;
    }
    if (r->history.size() != size_t(r->ids.size()))
        __builtin_trap();
    return 0;
}
