#include "IdIndex.h"

#include <cstring>

namespace readiness::crm {

IdIndex::IdIndex(size_t expected)
{
    size_t cap = 16;
    while (cap < expected * 2)
        cap <<= 1;
    m_slots = ZeroedArray<Slot>(cap);
    m_mask = cap - 1;
    m_keys.reserve(expected);
    m_arena.reserve(expected * 48); // ids and addresses are shorter: address space only
}

std::uint64_t IdIndex::hash(std::string_view key)
{
    // 64-bit FNV-1a over 8-byte words, then a finaliser (murmur3 fmix64).
    std::uint64_t h = 0xcbf29ce484222325ULL ^ key.size();
    size_t i = 0;
    for (; i + 8 <= key.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, key.data() + i, 8);
        h = (h ^ w) * 0x100000001b3ULL;
        h ^= h >> 29;
    }
    for (; i < key.size(); ++i)
        h = (h ^ static_cast<unsigned char>(key[i])) * 0x100000001b3ULL;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

std::uint32_t IdIndex::find(std::string_view key) const
{
    const auto h = std::uint32_t(hash(key));
    for (size_t s = h & m_mask;; s = (s + 1) & m_mask) {
        const Slot slot = m_slots[s];
        if (slot.index == 0)
            return kMissing;
        if (slot.hash == h && m_arena.view(m_keys[slot.index - 1]) == key)
            return slot.index - 1;
    }
}

std::uint32_t IdIndex::insert(std::string_view key, bool *added)
{
    if ((m_keys.size() + 1) * 2 > m_slots.size())
        grow();
    const auto h = std::uint32_t(hash(key));
    size_t s = h & m_mask;
    for (;; s = (s + 1) & m_mask) {
        const Slot slot = m_slots[s];
        if (slot.index == 0)
            break;
        if (slot.hash == h && m_arena.view(m_keys[slot.index - 1]) == key) {
            if (added)
                *added = false;
            return slot.index - 1;
        }
    }
    m_keys.push_back(m_arena.add(key));
    m_slots[s] = Slot {std::uint32_t(m_keys.size()), h};
    if (added)
        *added = true;
    return std::uint32_t(m_keys.size() - 1);
}

void IdIndex::grow()
{
    ZeroedArray<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    m_mask = m_slots.size() - 1;
    for (const Slot &slot : old) {
        if (slot.index == 0)
            continue;
        size_t s = slot.hash & m_mask;
        while (m_slots[s].index != 0)
            s = (s + 1) & m_mask;
        m_slots[s] = slot;
    }
}

} // namespace readiness::crm
