#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace readiness::crm {

/// Phone numbers to E.164 for matching. Country calling codes and trunk
/// prefixes come from libphonenumber's metadata; the parsing itself is a
/// few integer steps, because libphonenumber's Parse and IsValidNumber cost
/// 20-35 us a number (measured), a minute at a million contacts. Its full
/// validity check is kept for the separate "questionable number" warning.
class PhoneNormaliser
{
public:
    /// E.164 digits as a number (447909674823), or 0 when the text is not a
    /// plausible phone number. @p region: ISO code of the record's country.
    std::uint64_t toE164(std::string_view text, std::string_view region) const;

    /// libphonenumber's IsValidNumber on an E.164 number: false = "questionable".
    static bool libphonenumberValid(std::uint64_t e164);

    /// Calling code and national trunk prefix of a region (cached).
    struct RegionInfo
    {
        int callingCode = 0;
        std::string trunkPrefix;
    };
    static RegionInfo region(std::string_view isoCode);
};

} // namespace readiness::crm
