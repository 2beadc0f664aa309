#pragma once

#include "ConsentLog.h"
#include "ContactTable.h"
#include "DuplicateFinder.h"
#include "MailchimpAudience.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace readiness::crm {

/// The per-record findings of the issue, as bits.
enum RecordFinding : std::uint16_t {
    Duplicate = 1,
    ConsentConflict = 2,
    Stale = 4,
    InvalidEmail = 8,
    InvalidPhone = 16,
    QuestionablePhone = 32,
    ConsentUnprovable = 64,
    OptOutIgnored = 128,
    ConsentOutOfOrder = 256,
};
constexpr int kRecordFindingCount = 9;

/// The per-address findings of the CRM <-> Mailchimp cross-check.
enum AddressFinding : std::uint8_t {
    CrmAllowsMcUnsubscribed = 1,
    CrmAllowsMcCleaned = 2,
    CrmBlocksMcSubscribed = 4,
    McNotInCrm = 8,
    McSingleOptIn = 16,
    McConfirmBeforeOptin = 32,
};
constexpr int kAddressFindingCount = 6;

/// A finding type: its key in JSON, its title, and the law it relates to.
struct FindingInfo
{
    const char *key;
    const char *title;
    const char *law;
};
const FindingInfo &recordFindingInfo(int bitIndex);
const FindingInfo &addressFindingInfo(int bitIndex);

/// One lower-cased address found in the CRM (valid addresses only) or in Mailchimp.
struct AddressCheck
{
    std::uint32_t emailIndex; // into the cross-check's own IdIndex
    std::vector<std::uint32_t> crmRows; // 0-based
    MailchimpStatus status = MailchimpStatus::Absent;
    bool crmAllowsEmail = false;
    std::uint8_t findings = 0;
};

struct RuleSettings
{
    int retentionYears = 6;
    /// Audit date; kNoTime = the export date (latest "Modified On").
    Seconds asOf = kNoTime;
    /// libphonenumber's IsValidNumber per number ("questionable number"):
    /// about 20 us a number, so off unless asked for.
    bool checkNumbersWithLibphonenumber = false;
    QString defaultRegion = QStringLiteral("GB");
};

/// Cut-off of the stale rule: the audit date's midnight minus the retention period.
Seconds staleCutoff(Seconds asOf, int retentionYears);

/// Per row: whether its cluster disagrees on any "Do not allow …" value.
std::vector<std::uint8_t> clusterConsentConflicts(const ContactTable &table, const DuplicateResult &duplicates);

/// Applies the per-record rules to rows [from, to) (thread-safe for disjoint ranges).
void applyRecordRules(const ContactTable &table, const ConsentLog *log, const DuplicateResult &duplicates,
                      const std::vector<std::uint8_t> &conflicts, const RuleSettings &settings, Seconds cutoff,
                      size_t from, size_t to, std::vector<std::uint16_t> &findings);

/// The cross-check, one entry per address, CRM addresses first in file order.
struct CrossCheck
{
    IdIndex emails;
    std::vector<AddressCheck> addresses;
};
/// Stops early (with a partial result) once @p control says so.
CrossCheck crossCheckMailchimp(const ContactTable &table, const MailchimpAudience &audience,
                               const StepControl &control = {});

} // namespace readiness::crm
