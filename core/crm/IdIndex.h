#pragma once

#include "StringArena.h"
#include "ZeroedArray.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace readiness::crm {

/// Open-addressing hash map from a string key (a CRM id, an e-mail address)
/// to a dense index 0..n-1, in insertion order. Keys live in its own arena.
class IdIndex
{
public:
    static constexpr std::uint32_t kMissing = UINT32_MAX;

    explicit IdIndex(size_t expected = 1024);
    /// The index of @p key, adding it when new.
    std::uint32_t insert(std::string_view key, bool *added = nullptr);
    std::uint32_t find(std::string_view key) const;
    size_t size() const { return m_keys.size(); }
    std::string_view key(std::uint32_t index) const { return m_arena.view(m_keys[index]); }

    static std::uint64_t hash(std::string_view key);

private:
    void grow();
    StringArena m_arena;
    std::vector<TextRef, HugePageAllocator<TextRef>> m_keys;
    // Index + 1 (0 = empty) beside 32 bits of the key's hash, so a probe
    // touches one cache line and compares keys only on a hash match.
    struct Slot
    {
        std::uint32_t index;
        std::uint32_t hash;
    };
    ZeroedArray<Slot> m_slots; // empty slots are zero: no pass to clear them
    size_t m_mask = 0;
};

} // namespace readiness::crm
