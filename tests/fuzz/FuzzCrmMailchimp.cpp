// libFuzzer target: a Mailchimp audience export (core/crm/MailchimpAudience)
// on arbitrary bytes: a members CSV, or (starting with "PK") the zip
// Mailchimp delivers, read with libzip. Either members or an error with a
// message.
#include "FuzzScratch.h"
#include "MailchimpAudience.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = readiness::fuzz::scratchFile(QStringLiteral("members_export.zip"), data, size);
    readiness::crm::MailchimpAudience audience;
    if (readiness::Status s = readiness::crm::readMailchimpExport(path, audience, {}); !s) {
        if (s.error().message.isEmpty())
            __builtin_trap();
        return 0;
    }
    if (audience.members.size() != size_t(audience.emails.size()))
        __builtin_trap();
    return 0;
}
