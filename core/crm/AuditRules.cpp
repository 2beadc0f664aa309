#include "AuditRules.h"

#include "Normalise.h"
#include "PhoneNormaliser.h"

#include <QCoreApplication>

namespace readiness::crm {

namespace {
// Titles and laws are translated where they are shown (AuditLinking, the
// page, audit-crm): lupdate finds them under the context
// readiness::crm::AuditRules. The JSON summary keeps them English.
constexpr FindingInfo kRecordFindings[kRecordFindingCount] = {
    {"duplicate", QT_TRANSLATE_NOOP("readiness::crm::AuditRules", "Duplicate of another record"),
     QT_TRANSLATE_NOOP("readiness::crm::AuditRules", "Art 5(1)(d) accuracy")},
    {"consent_conflict", QT_TRANSLATE_NOOP("readiness::crm::AuditRules", "Duplicates disagree on consent"),
     QT_TRANSLATE_NOOP("readiness::crm::AuditRules", "Art 7(3), Art 21(3); PECR reg 22")},
    {"stale", QT_TRANSLATE_NOOP("readiness::crm::AuditRules", "Not modified or used within the retention period"),
     QT_TRANSLATE_NOOP("readiness::crm::AuditRules", "Art 5(1)(e) storage limitation")},
    {"invalid_email", QT_TRANSLATE_NOOP("readiness::crm::AuditRules", "Invalid e-mail address"),
     QT_TRANSLATE_NOOP("readiness::crm::AuditRules", "Art 5(1)(d) accuracy")},
    {"invalid_phone", QT_TRANSLATE_NOOP("readiness::crm::AuditRules", "Invalid phone number"),
     QT_TRANSLATE_NOOP("readiness::crm::AuditRules", "Art 5(1)(d) accuracy")},
    {"questionable_phone",
     QT_TRANSLATE_NOOP("readiness::crm::AuditRules", "Phone number libphonenumber does not consider valid (warning)"),
     QT_TRANSLATE_NOOP("readiness::crm::AuditRules", "Art 5(1)(d) accuracy")},
    {"consent_unprovable",
     QT_TRANSLATE_NOOP("readiness::crm::AuditRules", "Marketing allowed without provable consent"),
     QT_TRANSLATE_NOOP("readiness::crm::AuditRules", "Art 7(1); PECR reg 22")},
    {"optout_ignored", QT_TRANSLATE_NOOP("readiness::crm::AuditRules", "Opt-out in the log, marketing still allowed"),
     QT_TRANSLATE_NOOP("readiness::crm::AuditRules", "Art 21(3); Art 7(3); PECR reg 22")},
    {"consent_order_error",
     QT_TRANSLATE_NOOP("readiness::crm::AuditRules", "Consent confirmed before it was requested"),
     QT_TRANSLATE_NOOP("readiness::crm::AuditRules", "Art 7(1); Art 5(2) accountability")},
};
constexpr FindingInfo kAddressFindings[kAddressFindingCount] = {
    {"crm_allows_mc_unsubscribed",
     QT_TRANSLATE_NOOP("readiness::crm::AuditRules", "CRM allows e-mail, Mailchimp has the address unsubscribed"),
     QT_TRANSLATE_NOOP("readiness::crm::AuditRules", "Art 21(3); PECR reg 22")},
    {"crm_allows_mc_cleaned",
     QT_TRANSLATE_NOOP("readiness::crm::AuditRules", "CRM allows e-mail, Mailchimp cleaned the address (bounced)"),
     QT_TRANSLATE_NOOP("readiness::crm::AuditRules", "Art 5(1)(d) accuracy")},
    {"crm_blocks_mc_subscribed",
     QT_TRANSLATE_NOOP("readiness::crm::AuditRules", "No CRM record allows e-mail, Mailchimp has it subscribed"),
     QT_TRANSLATE_NOOP("readiness::crm::AuditRules", "Art 21(3); Art 7(3); PECR reg 22")},
    {"mc_not_in_crm", QT_TRANSLATE_NOOP("readiness::crm::AuditRules", "Subscribed in Mailchimp, in no CRM record"),
     QT_TRANSLATE_NOOP("readiness::crm::AuditRules", "Art 5(2), Art 30; Art 7(1)")},
    {"mc_single_opt_in",
     QT_TRANSLATE_NOOP("readiness::crm::AuditRules",
                       "Subscribed with a confirmation but no opt-in time (single opt-in)"),
     QT_TRANSLATE_NOOP("readiness::crm::AuditRules", "Art 7(1)")},
    {"mc_confirm_before_optin",
     QT_TRANSLATE_NOOP("readiness::crm::AuditRules", "Opt-in time later than the confirmation"),
     QT_TRANSLATE_NOOP("readiness::crm::AuditRules", "Art 7(1); Art 5(2)")},
};
} // namespace

const FindingInfo &recordFindingInfo(int bitIndex)
{
    return kRecordFindings[bitIndex];
}

const FindingInfo &addressFindingInfo(int bitIndex)
{
    return kAddressFindings[bitIndex];
}

Seconds staleCutoff(Seconds asOf, int retentionYears)
{
    // Midnight of the audit date, retentionYears earlier (29 Feb -> 28 Feb).
    const std::int64_t days = asOf >= 0 ? asOf / 86400 : (asOf - 86399) / 86400;
    const CivilDate date = civilFromDays(days);
    const unsigned m = date.month;
    unsigned d = date.day;
    const int y = int(date.year) - retentionYears;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (m == 2 && d == 29 && !leap)
        d = 28;
    return daysFromCivil(y, int(m), int(d)) * 86400;
}

std::vector<std::uint8_t> clusterConsentConflicts(const ContactTable &table, const DuplicateResult &duplicates)
{
    const size_t n = table.rows.size();
    std::vector<std::uint8_t> anyDenied(n, 0), allDenied(n, 0x1F);
    for (size_t i = 0; i < n; ++i) {
        const std::uint32_t root = duplicates.clusterOf[i];
        anyDenied[root] |= table.rows[i].doNotAllow;
        allDenied[root] &= table.rows[i].doNotAllow;
    }
    std::vector<std::uint8_t> conflict(n, 0);
    for (size_t i = 0; i < n; ++i) {
        const std::uint32_t root = duplicates.clusterOf[i];
        conflict[i] = anyDenied[root] != allDenied[root];
    }
    return conflict;
}

void applyRecordRules(const ContactTable &table, const ConsentLog *log, const DuplicateResult &duplicates,
                      const std::vector<std::uint8_t> &conflicts, const RuleSettings &settings, Seconds cutoff,
                      size_t from, size_t to, std::vector<std::uint16_t> &findings)
{
    PhoneNormaliser phones;
    const std::string defaultRegion = settings.defaultRegion.toStdString();
    for (size_t i = from; i < to; ++i) {
        const Contact &c = table.rows[i];
        std::uint16_t f = 0;
        if (duplicates.clusterOf[i] != i)
            f |= Duplicate;
        if (conflicts[i])
            f |= ConsentConflict;
        if (c.modifiedOn < cutoff && (c.lastCampaign == kNoTime || c.lastCampaign < cutoff))
            f |= Stale;
        const std::string_view email = table.view(c.email);
        if (!email.empty() && !isValidEmail(email))
            f |= InvalidEmail;
        const std::string_view business = table.view(c.businessPhone), mobile = table.view(c.mobilePhone);
        const bool businessOk = business.empty() || isValidPhoneText(business);
        const bool mobileOk = mobile.empty() || isValidPhoneText(mobile);
        if (!businessOk || !mobileOk)
            f |= InvalidPhone;
        if (settings.checkNumbersWithLibphonenumber) {
            std::string region = regionForCountry(table.view(c.country));
            if (region.empty())
                region = defaultRegion;
            for (const std::string_view number : {business, mobile}) {
                if (number.empty() || !isValidPhoneText(number))
                    continue;
                const std::uint64_t e164 = phones.toE164(number, region);
                if (!e164 || !PhoneNormaliser::libphonenumberValid(e164))
                    f |= QuestionablePhone;
            }
        }
        const bool emailAllowed = c.allowsEmailMarketing();
        const bool smsAllowed = !(c.doNotAllow & DoNotPhone) && !mobile.empty();
        const auto *history = log ? log->find(table.view(c.id)) : nullptr;
        auto proof = [&](Channel ch) { return history && (*history)[size_t(ch)].proof; };
        if ((emailAllowed && !proof(Channel::Email)) || (smsAllowed && !proof(Channel::Sms)))
            f |= ConsentUnprovable;
        if (history) {
            const bool allows[] = {emailAllowed, smsAllowed, !(c.doNotAllow & DoNotPhone), !(c.doNotAllow & DoNotMail)};
            for (size_t ch = 0; ch < size_t(Channel::Count); ++ch) {
                const ChannelHistory &h = (*history)[ch];
                if (allows[ch] && h.latestEvent == ConsentEvent::OptOut)
                    f |= OptOutIgnored;
                if (h.firstConfirmed != ChannelHistory::kNever && h.firstRequested != ChannelHistory::kNever
                    && h.firstConfirmed < h.firstRequested)
                    f |= ConsentOutOfOrder;
            }
        }
        findings[i] = f;
    }
}

CrossCheck crossCheckMailchimp(const ContactTable &table, const MailchimpAudience &audience, const StepControl &control)
{
    auto stopped = [&control](std::uint32_t i) { return (i & 1023) == 0 && control.cancelled(); };
    CrossCheck check;
    check.emails = IdIndex(table.rows.size() + audience.members.size());
    check.addresses.reserve(table.rows.size() + audience.members.size());
    for (std::uint32_t i = 0; i < table.rows.size(); ++i) {
        if (stopped(i))
            return check;
        const Contact &c = table.rows[i];
        const std::string_view email = table.view(c.email);
        if (email.empty() || !isValidEmail(email))
            continue;
        bool added = false;
        const std::uint32_t k = check.emails.insert(lowerEmail(email), &added);
        if (added)
            check.addresses.push_back({k, {}, MailchimpStatus::Absent, false, 0});
        AddressCheck &a = check.addresses[k];
        a.crmRows.push_back(i);
        a.crmAllowsEmail = a.crmAllowsEmail || c.allowsEmailMarketing();
    }
    for (std::uint32_t m = 0; m < audience.members.size(); ++m) {
        if (stopped(m))
            return check;
        bool added = false;
        const std::uint32_t k = check.emails.insert(audience.emails.key(m), &added);
        if (added)
            check.addresses.push_back({k, {}, MailchimpStatus::Absent, false, 0});
        AddressCheck &a = check.addresses[k];
        const MailchimpMember &member = audience.members[m];
        a.status = member.status;
        const bool inCrm = !a.crmRows.empty();
        if (a.crmAllowsEmail && member.status == MailchimpStatus::Unsubscribed)
            a.findings |= CrmAllowsMcUnsubscribed;
        if (a.crmAllowsEmail && member.status == MailchimpStatus::Cleaned)
            a.findings |= CrmAllowsMcCleaned;
        if (member.status == MailchimpStatus::Subscribed) {
            if (inCrm && !a.crmAllowsEmail)
                a.findings |= CrmBlocksMcSubscribed;
            if (!inCrm)
                a.findings |= McNotInCrm;
            if (member.hasConfirmTime && !member.hasOptinTime)
                a.findings |= McSingleOptIn;
            if (member.optinAfterConfirm)
                a.findings |= McConfirmBeforeOptin;
        }
    }
    return check;
}

} // namespace readiness::crm
