#pragma once

#include "ContactTable.h"
#include "ContactsReader.h"
#include "IdIndex.h"
#include "Result.h"

#include <QList>

#include <cstdint>
#include <vector>

namespace readiness::crm {

enum class MailchimpStatus : std::uint8_t { Absent, Subscribed, Unsubscribed, Cleaned };

/// One audience member, by lower-cased e-mail address.
struct MailchimpMember
{
    MailchimpStatus status = MailchimpStatus::Absent;
    bool hasOptinTime = false;
    bool hasConfirmTime = false;
    bool optinAfterConfirm = false;
};

/// The Mailchimp audience: subscribed, unsubscribed and cleaned exports,
/// recognised by their headers (UNSUB_TIME, CLEAN_TIME), as CSV files or
/// the zip Mailchimp delivers.
struct MailchimpAudience
{
    IdIndex emails;
    std::vector<MailchimpMember> members; // by emails index
    QList<InputFingerprint> inputs;
};

/// "absent", "subscribed", "unsubscribed" or "cleaned" (findings, storage).
const char *mailchimpStatusName(MailchimpStatus status);

/// Lower-cases an e-mail address for the cross-check (trimmed; Unicode-aware
/// only when the address is not ASCII).
std::string lowerEmail(std::string_view email);

/// Adds one export (CSV or zip) to @p audience.
Status readMailchimpExport(const QString &path, MailchimpAudience &audience, const StepControl &control);

} // namespace readiness::crm
