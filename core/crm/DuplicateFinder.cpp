#include "DuplicateFinder.h"

#include "HugePageAllocator.h"
#include "IdIndex.h"
#include "Nicknames.h"
#include "Normalise.h"
#include "PhoneNormaliser.h"
#include "ZeroedArray.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <numeric>
#include <thread>

using namespace Qt::StringLiterals;

namespace readiness::crm {

QStringList matchReasonNames(std::uint16_t r)
{
    static constexpr std::pair<MatchReason, const char *> kNames[] = {
        {SameEmail, QT_TRANSLATE_NOOP("readiness::crm::DuplicateFinder", "same e-mail")},
        {SameMobile, QT_TRANSLATE_NOOP("readiness::crm::DuplicateFinder", "same mobile")},
        {SameBusinessPhone, QT_TRANSLATE_NOOP("readiness::crm::DuplicateFinder", "same business phone")},
        {SamePostcode, QT_TRANSLATE_NOOP("readiness::crm::DuplicateFinder", "same postcode")},
        {SameCompany, QT_TRANSLATE_NOOP("readiness::crm::DuplicateFinder", "same company")},
        {NameExact, QT_TRANSLATE_NOOP("readiness::crm::DuplicateFinder", "same name")},
        {NameNickname, QT_TRANSLATE_NOOP("readiness::crm::DuplicateFinder", "nickname")},
        {NameInitial, QT_TRANSLATE_NOOP("readiness::crm::DuplicateFinder", "initial")},
        {NameTypo, QT_TRANSLATE_NOOP("readiness::crm::DuplicateFinder", "one-letter typo")},
        {NameSwapped, QT_TRANSLATE_NOOP("readiness::crm::DuplicateFinder", "first and last name swapped")},
    };
    QStringList out;
    for (const auto &[bit, name] : kNames)
        if (r & bit)
            out << QCoreApplication::translate("readiness::crm::DuplicateFinder", name); // shown in the window
    return out;
}

namespace {
// Normalised text of many records, in blocks that never move, so the
// features can hold views instead of a std::string (and an allocation) each.
class ChunkArena
{
public:
    std::string_view add(const std::string &s)
    {
        if (s.empty())
            return {};
        if (m_blocks.empty() || m_used + s.size() > m_blocks.back().size()) {
            m_blocks.emplace_back(std::max<size_t>(kBlock, s.size()));
            m_used = 0;
        }
        char *p = m_blocks.back().data() + m_used;
        std::memcpy(p, s.data(), s.size());
        m_used += s.size();
        return std::string_view(p, s.size());
    }

private:
    static constexpr size_t kBlock = size_t(4) << 20;
    std::vector<std::vector<char, HugePageAllocator<char>>> m_blocks;
    size_t m_used = 0;
};

/// A blocking key and the row that has it; sorted by key, then row.
struct KeyRow
{
    std::uint64_t first;
    std::uint32_t second;
    friend bool operator<(const KeyRow &x, const KeyRow &y)
    {
        return x.first != y.first ? x.first < y.first : x.second < y.second;
    }
};

struct Features
{
    std::string_view email;
    std::string_view first;
    std::string_view last;
    std::string_view postcode;
    std::string_view company;
    std::uint64_t mobile = 0;
    std::uint64_t business = 0;
};

enum Level { None = 0, Unknown = 1, Initial = 2, Typo = 3, Nickname = 4, Exact = 5 };

Level tokenLevel(std::string_view x, std::string_view y)
{
    if (x.empty() || y.empty())
        return Unknown;
    if (x == y)
        return Exact;
    if (x.size() == 1 || y.size() == 1)
        return x[0] == y[0] ? Initial : None;
    if (sameGivenName(x, y))
        return Nickname;
    if (std::min(x.size(), y.size()) >= 3 && withinOneEdit(x, y))
        return Typo;
    return None;
}

std::uint16_t levelReason(Level l)
{
    switch (l) {
    case Exact:
        return NameExact;
    case Nickname:
        return NameNickname;
    case Typo:
        return NameTypo;
    case Initial:
        return NameInitial;
    default:
        return 0;
    }
}

// 0 = names incompatible; else reason bits; @p strong: both names known and close.
std::uint16_t compareNames(const Features &a, const Features &b, bool &strong, bool &ok)
{
    auto score = [](Level first, Level last, bool &s) {
        if (first == None || last == None)
            return false;
        // The family name must be present and close unless the given name is.
        const bool lastGood = last >= Typo;
        const bool firstGood = first >= Typo;
        if (!lastGood && !(last == Unknown && firstGood))
            return false;
        s = lastGood && first >= Nickname;
        return true;
    };
    const Level f = tokenLevel(a.first, b.first), l = tokenLevel(a.last, b.last);
    bool s1 = false, s2 = false;
    if (score(f, l, s1)) {
        ok = true;
        strong = s1;
        return std::uint16_t(levelReason(f) | levelReason(l));
    }
    const Level fs = tokenLevel(a.first, b.last), ls = tokenLevel(a.last, b.first);
    if (score(fs, ls, s2)) {
        ok = true;
        strong = s2;
        return std::uint16_t(NameSwapped | levelReason(fs) | levelReason(ls));
    }
    ok = false;
    return 0;
}

std::uint16_t compare(const Features &a, const Features &b)
{
    bool strong = false, ok = false;
    const std::uint16_t names = compareNames(a, b, strong, ok);
    if (!ok)
        return 0;
    std::uint16_t r = names;
    if (!a.email.empty() && a.email == b.email)
        r |= SameEmail;
    if (a.mobile && a.mobile == b.mobile)
        r |= SameMobile;
    if (a.business && a.business == b.business)
        r |= SameBusinessPhone;
    if (!a.postcode.empty() && a.postcode == b.postcode)
        r |= SamePostcode;
    if (!a.company.empty() && a.company == b.company)
        r |= SameCompany;
    if (r & (SameEmail | SameMobile))
        return r;
    const int weak = bool(r & SameBusinessPhone) + bool(r & SamePostcode) + bool(r & SameCompany);
    if ((strong && weak >= 1) || weak >= 2)
        return r;
    // A close family name at one address (or desk) with nothing that tells
    // them apart: "Ruairí Power" / "Power R." in H91 WEND. Two different
    // e-mails or mobiles do tell them apart (family members).
    const bool differentEmail = !a.email.empty() && !b.email.empty();
    const bool differentMobile = a.mobile && b.mobile;
    if (weak >= 1 && !differentEmail && !differentMobile)
        return r;
    return 0;
}

std::uint32_t findRoot(std::vector<std::uint32_t> &parent, std::uint32_t x)
{
    while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    return x;
}

template<typename F> void onTwoThreads(size_t n, F &&work)
{
    const size_t half = n / 2;
    std::thread second([&] { work(half, n, 1); });
    work(0, half, 0);
    second.join();
}
} // namespace

Result<DuplicateResult> findDuplicates(const ContactTable &table, const DuplicateSettings &settings,
                                       const StepControl &control)
{
    const size_t n = table.rows.size();
    ZeroedArray<Features> features(n); // filled below, with cancel checks
    ChunkArena arenas[2];
    const std::string defaultRegion = settings.defaultRegion.toStdString();
    PhoneNormaliser phones;
    std::atomic_bool cancelled {false};
    onTwoThreads(n, [&](size_t from, size_t to, int t) {
        for (size_t i = from; i < to; ++i) {
            if ((i & 4095) == 0 && control.cancelled()) {
                cancelled = true;
                return;
            }
            const Contact &c = table.rows[i];
            Features &f = features[i];
            std::string region = regionForCountry(table.view(c.country));
            if (region.empty())
                region = defaultRegion;
            ChunkArena &arena = arenas[t];
            f.email = arena.add(emailMatchKey(table.view(c.email)));
            f.mobile = phones.toE164(table.view(c.mobilePhone), region);
            f.business = phones.toE164(table.view(c.businessPhone), region);
            f.first = arena.add(foldName(table.view(c.firstName)));
            f.last = arena.add(foldName(table.view(c.lastName)));
            f.postcode = arena.add(normalisePostcode(table.view(c.postcode)));
            f.company = arena.add(normaliseCompany(table.view(c.company)));
        }
    });
    if (cancelled || control.cancelled())
        return cancelledError();

    // Blocking keys are hashes (tag, value, initial); a collision only adds
    // a candidate pair that the comparison then rejects. Each thread keeps
    // the keys whose hash has its top bit: a block (equal hashes) never
    // spans the two halves, so both generate, sort and compare on their own,
    // with no merge and no copy of the other's keys.
    using Keys = ZeroedArray<KeyRow>; // filled below, with cancel checks
    // Calls onKey(key, row) for each blocking key of thread @p t; false when cancelled.
    auto forEachKey = [&](int t, auto &&onKey) {
        auto mix = [](std::uint64_t h, std::uint64_t v) {
            h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
            h *= 0xff51afd7ed558ccdULL;
            return h ^ (h >> 32);
        };
        auto add = [&](std::uint64_t tag, std::uint64_t value, std::uint32_t row) {
            const std::uint64_t key = mix(tag, value);
            if (int(key >> 63) == t)
                onKey(key, row);
        };
        for (size_t i = 0; i < n; ++i) {
            if ((i & 4095) == 0 && control.cancelled())
                return false;
            const Features &f = features[i];
            const auto row = std::uint32_t(i);
            if (!f.email.empty())
                add(1, IdIndex::hash(f.email), row);
            if (f.mobile)
                add(2, f.mobile, row);
            char initials[2] = {0, 0};
            if (!f.first.empty())
                initials[0] = f.first[0];
            if (!f.last.empty() && f.last[0] != initials[0])
                initials[1] = f.last[0];
            const std::uint64_t postcode = f.postcode.empty() ? 0 : IdIndex::hash(f.postcode);
            for (const char ini : initials) {
                if (!ini)
                    continue;
                if (f.business)
                    add(3, mix(f.business, std::uint64_t(std::uint8_t(ini))), row);
                if (!f.postcode.empty())
                    add(4, mix(postcode, std::uint64_t(std::uint8_t(ini))), row);
            }
        }
        return true;
    };

    DuplicateResult result;
    std::vector<MatchedPair> pairs[2];
    std::uint64_t candidates[2] = {0, 0}, oversized[2] = {0, 0};
    auto compareBlocks = [&](int t) {
        // The thread's keys, placed in 256 buckets by the next 8 bits of the
        // hash (counted first, then placed: no growing array), and each bucket
        // sorted on its own: cache-sized sorts with a cancel check between
        // them. Equal keys share a bucket, so blocks never span two.
        constexpr int kBuckets = 256;
        auto bucketOf = [](std::uint64_t key) { return size_t((key >> 55) & 0xFF); };
        std::vector<size_t> bucketStart(kBuckets + 1, 0);
        if (!forEachKey(t, [&](std::uint64_t key, std::uint32_t) { ++bucketStart[bucketOf(key) + 1]; })) {
            cancelled = true;
            return;
        }
        for (int b = 0; b < kBuckets; ++b)
            bucketStart[size_t(b) + 1] += bucketStart[size_t(b)];
        Keys all(bucketStart[kBuckets]);
        std::vector<size_t> next(bucketStart.begin(), bucketStart.end() - 1);
        if (!forEachKey(t, [&](std::uint64_t key, std::uint32_t row) { all[next[bucketOf(key)]++] = {key, row}; })) {
            cancelled = true;
            return;
        }
        for (int b = 0; b < kBuckets; ++b) {
            if (control.cancelled()) {
                cancelled = true;
                return;
            }
            std::sort(all.begin() + std::ptrdiff_t(bucketStart[size_t(b)]),
                      all.begin() + std::ptrdiff_t(bucketStart[size_t(b) + 1]));
        }
        size_t i = 0, sinceCheck = 0;
        while (i < all.size()) {
            size_t j = i + 1;
            while (j < all.size() && all[j].first == all[i].first)
                ++j;
            const size_t size = j - i;
            if (size > size_t(settings.maxBlockSize)) {
                ++oversized[t];
            } else {
                for (size_t x = i; x < j; ++x)
                    for (size_t y = x + 1; y < j; ++y) {
                        std::uint32_t a = all[x].second, b = all[y].second;
                        if (a == b)
                            continue;
                        if (a > b)
                            std::swap(a, b);
                        ++candidates[t];
                        if (const std::uint16_t r = compare(features[a], features[b]))
                            pairs[t].push_back({a, b, r});
                    }
            }
            sinceCheck += size;
            if (sinceCheck > 512) {
                sinceCheck = 0;
                if (control.cancelled()) {
                    cancelled = true;
                    return;
                }
            }
            i = j;
        }
    };
    std::thread second([&] { compareBlocks(1); });
    compareBlocks(0);
    second.join();
    if (cancelled || control.cancelled())
        return cancelledError();

    result.pairs = std::move(pairs[0]);
    result.pairs.insert(result.pairs.end(), pairs[1].begin(), pairs[1].end());
    std::sort(result.pairs.begin(), result.pairs.end(),
              [](const MatchedPair &x, const MatchedPair &y) { return x.a != y.a ? x.a < y.a : x.b < y.b; });
    // One entry per pair (several blocks can find the same pair).
    size_t w = 0;
    for (size_t r = 0; r < result.pairs.size(); ++r) {
        if (w > 0 && result.pairs[w - 1].a == result.pairs[r].a && result.pairs[w - 1].b == result.pairs[r].b)
            result.pairs[w - 1].reasons |= result.pairs[r].reasons;
        else
            result.pairs[w++] = result.pairs[r];
    }
    result.pairs.resize(w);
    if (control.cancelled())
        return cancelledError();
    result.candidatePairs = candidates[0] + candidates[1];
    result.oversizedBlocks = oversized[0] + oversized[1];

    std::vector<std::uint32_t> parent(n);
    std::iota(parent.begin(), parent.end(), 0u);
    for (const MatchedPair &p : result.pairs) {
        const std::uint32_t ra = findRoot(parent, p.a), rb = findRoot(parent, p.b);
        if (ra != rb)
            parent[std::max(ra, rb)] = std::min(ra, rb); // the root is the earliest row
    }
    result.clusterOf.resize(n);
    for (std::uint32_t i = 0; i < n; ++i)
        result.clusterOf[i] = findRoot(parent, i);
    std::vector<std::uint8_t> seen(n, 0);
    for (std::uint32_t i = 0; i < n; ++i)
        if (result.clusterOf[i] != i && !seen[result.clusterOf[i]]) {
            seen[result.clusterOf[i]] = 1;
            ++result.clusters;
        }
    return result;
}

} // namespace readiness::crm
