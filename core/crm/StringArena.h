#pragma once

#include "HugePageAllocator.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace readiness::crm {

/// A piece of text in a StringArena: 8 bytes instead of a 32-byte std::string
/// plus its allocation, which matters at a million contacts.
struct TextRef
{
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
    bool empty() const { return length == 0; }
};

/// Append-only storage for many short strings.
class StringArena
{
public:
    TextRef add(std::string_view s)
    {
        const TextRef ref {std::uint32_t(m_text.size()), std::uint32_t(s.size())};
        m_text.insert(m_text.end(), s.begin(), s.end());
        return ref;
    }
    std::string_view view(TextRef ref) const { return std::string_view(m_text.data() + ref.offset, ref.length); }
    void reserve(size_t bytes) { m_text.reserve(bytes); }
    size_t size() const { return m_text.size(); }

private:
    std::vector<char, HugePageAllocator<char>> m_text;
};

} // namespace readiness::crm
