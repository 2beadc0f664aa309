// libFuzzer target: a contacts export (core/crm/ContactsReader) on arbitrary
// bytes, read twice: as a Dynamics 365 export (built-in mapping) and through
// a --map mapping for another CRM (the HubSpot example of
// docs/crm-audit.md). Either contacts or an error with a message.
#include "ColumnMapping.h"
#include "ContactsReader.h"
#include "FuzzScratch.h"

#include <cstddef>
#include <cstdint>
#include <optional>

namespace {
const char kMapping[] = R"({"name": "HubSpot", "dateFormat": "yyyy-MM-dd HH:mm",
  "columns": {"id": "Record ID", "email": "Email", "firstName": "First name", "lastName": "Last name",
              "doNotEmail": "Unsubscribed from all email", "doNotBulkEmail": "Unsubscribed from all email",
              "doNotPhone": "Do not call", "modifiedOn": "Last modified", "status": "Lifecycle stage",
              "mobilePhone": "Mobile", "lastCampaign": "Last campaign"},
  "doNotAllowValues": ["true"], "allowValues": ["false", ""], "inactiveValues": ["Archived"]})";

const readiness::crm::ColumnMapping &mapping()
{
    static const readiness::crm::ColumnMapping m = [] {
        const QString path = readiness::fuzz::scratchFile(
            QStringLiteral("mapping.json"), reinterpret_cast<const uint8_t *>(kMapping), sizeof kMapping - 1);
        auto r = readiness::crm::ColumnMapping::fromJsonFile(path);
        if (!r)
            __builtin_trap();
        return *r;
    }();
    return m;
}

void check(const readiness::Result<readiness::crm::ContactTable> &r)
{
    if (!r) {
        if (r.error().message.isEmpty())
            __builtin_trap();
        return;
    }
    if (r->rows.empty() || r->input.records != qint64(r->rows.size()))
        __builtin_trap();
    for (const auto &c : r->rows)
        (void)r->view(c.email); // every reference lies inside the arena
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = readiness::fuzz::scratchFile(QStringLiteral("contacts.csv"), data, size);
    check(readiness::crm::readContacts(path, std::nullopt, {}));
    check(readiness::crm::readContacts(path, mapping(), {}));
    return 0;
}
