#pragma once

#include "StringArena.h"
#include "Timestamp.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace readiness::crm {

/// The five "Do not allow …" consent columns of a Dynamics contact, as bits.
enum ConsentBit : std::uint8_t {
    DoNotEmail = 1,
    DoNotBulkEmail = 2,
    DoNotPhone = 4,
    DoNotMail = 8,
    DoNotFax = 16,
};

/// One CRM record: only the columns the audit needs, as references into the
/// table's arena (fix files re-read the source for everything else).
struct Contact
{
    TextRef id;
    TextRef firstName;
    TextRef lastName;
    TextRef email;
    TextRef businessPhone;
    TextRef mobilePhone;
    TextRef company;
    TextRef postcode;
    TextRef country;
    TextRef city;
    Seconds modifiedOn = kNoTime;
    Seconds lastCampaign = kNoTime;
    std::uint8_t doNotAllow = 0;
    bool inactive = false;

    bool allowsEmailMarketing() const { return !(doNotAllow & (DoNotEmail | DoNotBulkEmail)); }
};

/// Where an input came from: the fingerprint stored with the run.
struct InputFingerprint
{
    QString role; // "contacts", "consent-log", "mailchimp"
    QString path;
    qint64 bytes = 0;
    QString sha256;
    qint64 records = 0;
    /// "UTF-8", "UTF-8 with BOM", or "Windows-1252" when the file was decoded from it.
    QString encoding = QStringLiteral("UTF-8");
};

/// All contacts of one export, in file order (index 0 = record 1).
struct ContactTable
{
    StringArena text;
    std::vector<Contact, HugePageAllocator<Contact>> rows;
    InputFingerprint input;
    /// The latest "Modified On": the export date when none is given.
    Seconds latestModified = kNoTime;

    std::string_view view(TextRef ref) const { return text.view(ref); }
};

} // namespace readiness::crm
