#pragma once

#include "AuditRules.h"
#include "ColumnMapping.h"
#include "ConsentLog.h"
#include "ContactTable.h"
#include "DuplicateFinder.h"
#include "MailchimpAudience.h"
#include "Result.h"

#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace readiness::crm {

/// The files of one audit.
struct AuditInputs
{
    QString contacts;
    QString consentLog; // optional
    QStringList mailchimp; // CSV exports or zips, optional
    std::optional<ColumnMapping> mapping; // none = Dynamics 365 by its headers
};

/// Where a run is, for a progress bar: 0-100 and the step's name.
struct AuditProgress
{
    int percent = 0;
    QString step;
};

/// Everything a run found. Holds the contacts (personal data): callers
/// store only ids and counts (Art 5(1)(c)).
struct AuditResult
{
    ContactTable contacts;
    std::optional<ConsentLog> consentLog;
    std::optional<MailchimpAudience> audience;
    DuplicateResult duplicates;
    std::vector<std::uint16_t> findings; // RecordFinding bits per row
    std::optional<CrossCheck> crossCheck;
    RuleSettings settings; // as used (asOf resolved)
    std::optional<ColumnMapping> mapping; // the inputs' --map mapping, stored with the run
    DuplicateSettings duplicateSettings;
    Seconds staleCutoff = 0;
    qint64 durationMs = 0;
    /// Made from a stored run (resultFromStored): ids, clusters and finding
    /// bits only; no names, addresses, numbers or consent values.
    bool idsOnly = false;

    QList<InputFingerprint> inputs() const;
    qint64 recordCount(RecordFinding finding) const;
    qint64 addressCount(AddressFinding finding) const;
};

/// Drops @p result on a thread of its own: the last reference to a large
/// result frees hundreds of thousands of small blocks (tens of milliseconds
/// of CPU at 500,000 contacts), which a GUI or a caller waiting for
/// "cancelled" should not spend.
void releaseInBackground(std::shared_ptr<const AuditResult> result);

/// Runs the CRM data audit. Call it off the GUI thread: it blocks, uses two
/// threads of its own, calls @p progress on the calling thread about every
/// 50 ms, and returns "cancelled" within ~100 ms once @p cancel is set.
/// It writes nothing: storing and fix files are the caller's choice.
Result<AuditResult> runCrmAudit(const AuditInputs &inputs, const RuleSettings &rules,
                                const DuplicateSettings &duplicates, const std::atomic_bool *cancel = nullptr,
                                const std::function<void(const AuditProgress &)> &progress = {});

} // namespace readiness::crm
