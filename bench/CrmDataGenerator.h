#pragma once

#include <QString>

#include <cstdint>

namespace readiness::bench {

/// Writes a synthetic Dynamics 365 Contacts export, consent log and
/// Mailchimp exports into a folder, with their own ground truth
/// (crm_truth.csv: row,cluster_row,invalid_email,invalid_phone). Quirks differ
/// from the shared sample on purpose: 00-prefixed and dotted numbers, plus
/// tags on Outlook, transposed letters, Scottish and Irish spellings, whole
/// households and offices at one address, quoted commas and line breaks in
/// streets. Deterministic for a seed.
struct CrmDataGenerator
{
    qint64 contacts = 100000;
    int eventsPerContact = 3;
    double mailchimpShare = 0.6;
    std::uint64_t seed = 20261128;

    /// Returns an error message, or an empty string.
    QString write(const QString &folder) const;
};

} // namespace readiness::bench
