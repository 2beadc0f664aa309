#pragma once

#include "ContactTable.h"
#include "ContactsReader.h"
#include "Result.h"

#include <QStringList>

#include <cstdint>
#include <vector>

namespace readiness::crm {

/// Why two records were taken for the same person (bits, several at once).
enum MatchReason : std::uint16_t {
    SameEmail = 1,
    SameMobile = 2,
    SameBusinessPhone = 4,
    SamePostcode = 8,
    SameCompany = 16,
    NameExact = 32,
    NameNickname = 64,
    NameInitial = 128,
    NameTypo = 256,
    NameSwapped = 512,
};
QStringList matchReasonNames(std::uint16_t reasons);

/// Two records of one person and why (rows are 0-based indexes).
struct MatchedPair
{
    std::uint32_t a;
    std::uint32_t b;
    std::uint16_t reasons;
};

struct DuplicateSettings
{
    /// Region for numbers without a country (ISO code).
    QString defaultRegion = QStringLiteral("GB");
    /// Blocks larger than this are not compared pair by pair (a shared
    /// switchboard number, a placeholder address): their count is reported.
    int maxBlockSize = 64;
};

struct DuplicateResult
{
    /// Per row: the 0-based row of the cluster's first record (itself when alone).
    std::vector<std::uint32_t> clusterOf;
    std::vector<MatchedPair> pairs;
    std::uint64_t candidatePairs = 0;
    std::uint64_t oversizedBlocks = 0;
    std::uint64_t clusters = 0; // clusters of two or more
};

/// Blocking (e-mail, phone, postcode + initial, business phone + initial)
/// then pairwise similarity inside each block, on two threads; clusters by
/// union-find. No pair is generated outside a block.
Result<DuplicateResult> findDuplicates(const ContactTable &table, const DuplicateSettings &settings,
                                       const StepControl &control);

} // namespace readiness::crm
