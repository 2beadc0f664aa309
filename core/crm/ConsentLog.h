#pragma once

#include "ContactTable.h"
#include "ContactsReader.h"
#include "IdIndex.h"
#include "Result.h"

#include <array>
#include <cstdint>
#include <vector>

namespace readiness::crm {

enum class Channel : std::uint8_t { Email, Sms, Phone, Post, Count };
enum class ConsentEvent : std::uint8_t { None, OptInRequested, OptInConfirmed, OptOut, SoftOptIn };

/// What the log says about one contact on one channel, folded while
/// streaming so memory grows with contacts, not with events.
struct ChannelHistory
{
    static constexpr std::uint32_t kNever = UINT32_MAX;
    std::uint32_t firstRequested = kNever; // seconds since 1970 (UTC)
    std::uint32_t firstConfirmed = kNever;
    std::uint32_t latestTime = 0;
    ConsentEvent latestEvent = ConsentEvent::None;
    bool proof = false; // an OptInConfirmed or SoftOptIn
};

/// The consent-event log (Contact, Channel, Event, Timestamp, Source,
/// Wording Version, IP), folded per contact id and channel.
struct ConsentLog
{
    IdIndex ids;
    std::vector<std::array<ChannelHistory, size_t(Channel::Count)>,
                HugePageAllocator<std::array<ChannelHistory, size_t(Channel::Count)>>>
        history; // by ids index
    InputFingerprint input;
    qint64 events = 0;
    qint64 skippedUnknown = 0; // rows with a channel or event the audit does not know

    const std::array<ChannelHistory, size_t(Channel::Count)> *find(std::string_view contactId) const
    {
        const std::uint32_t i = ids.find(contactId);
        return i == IdIndex::kMissing ? nullptr : &history[i];
    }
};

/// Streams the log. A timestamp that does not parse stops the read (with
/// file, record and column); an unknown channel or event is skipped and
/// counted.
Result<ConsentLog> readConsentLog(const QString &path, const StepControl &control);

} // namespace readiness::crm
