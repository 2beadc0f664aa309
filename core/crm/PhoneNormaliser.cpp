#include "PhoneNormaliser.h"

#include <map>
#include <mutex>
#include <phonenumbers/phonenumberutil.h>

namespace readiness::crm {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

PhoneNormaliser::RegionInfo PhoneNormaliser::region(std::string_view isoCode)
{
    // A per-thread copy first: both audit threads ask for every number, and
    // a shared lock made them wait for each other (measured: half the wall
    // time idle at 100k contacts).
    thread_local std::map<std::string, RegionInfo, std::less<>> local;
    if (const auto it = local.find(isoCode); it != local.end())
        return it->second;
    static std::mutex mutex;
    static std::map<std::string, RegionInfo, std::less<>> cache;
    const std::lock_guard lock(mutex);
    if (const auto it = cache.find(isoCode); it != cache.end()) {
        local.emplace(it->first, it->second);
        return it->second;
    }
    RegionInfo info;
    const std::string code(isoCode);
    auto *util = PhoneNumberUtil::GetInstance();
    info.callingCode = util->GetCountryCodeForRegion(code);
    if (info.callingCode != 0)
        util->GetNddPrefixForRegion(code, true, &info.trunkPrefix);
    cache.emplace(code, info);
    local.emplace(code, info);
    return info;
}

std::uint64_t PhoneNormaliser::toE164(std::string_view text, std::string_view isoRegion) const
{
    // Digits only; "+" or "00" marks an international number; "(0)" after a
    // calling code is the trunk prefix written out of habit and is dropped.
    char digits[32];
    int n = 0;
    bool international = false;
    bool sawDigit = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            if (n == 31)
                return 0;
            digits[n++] = c;
            sawDigit = true;
        } else if (c == '+' && !sawDigit) {
            international = true;
        } else if (c == '(' && i + 2 < text.size() && text[i + 1] == '0' && text[i + 2] == ')' && international) {
            i += 2;
        } else if (c != ' ' && c != '-' && c != '.' && c != '/' && c != '(' && c != ')') {
            return 0; // letters, "x" extensions: not a number we can match on
        }
    }
    int start = 0;
    if (!international && n > 2 && digits[0] == '0' && digits[1] == '0') {
        international = true;
        start = 2;
    }
    std::uint64_t value = 0;
    int count = 0;
    if (!international) {
        const RegionInfo info = region(isoRegion.empty() ? std::string_view("GB") : isoRegion);
        if (info.callingCode == 0)
            return 0;
        const std::string &trunk = info.trunkPrefix;
        if (!trunk.empty() && n > int(trunk.size()) && std::string_view(digits, trunk.size()) == trunk)
            start = int(trunk.size());
        value = std::uint64_t(info.callingCode);
        for (int cc = info.callingCode; cc > 0; cc /= 10)
            ++count;
    }
    for (int i = start; i < n; ++i) {
        value = value * 10 + std::uint64_t(digits[i] - '0');
        ++count;
    }
    return count >= 8 && count <= 15 ? value : 0;
}

bool PhoneNormaliser::libphonenumberValid(std::uint64_t e164)
{
    auto *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const std::string text = '+' + std::to_string(e164);
    if (util->Parse(text, "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return false;
    return util->IsValidNumber(number);
}

} // namespace readiness::crm
