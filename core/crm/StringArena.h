#pragma once

#include "HugePageAllocator.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>

namespace readiness::crm {

/// A piece of text in a StringArena: 8 bytes instead of a 32-byte std::string
/// plus its allocation, which matters at a million contacts.
struct TextRef
{
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
    bool empty() const { return length == 0; }
};

/// Append-only storage for many short strings. Reserve what the input can
/// hold at most (its file size): the reservation is address space only, pages
/// are touched as text arrives, and the text is never copied to a larger block.
class StringArena
{
public:
    StringArena() = default;
    StringArena(const StringArena &other) { *this = other; }
    StringArena(StringArena &&other) noexcept { swap(other); }
    StringArena &operator=(const StringArena &other)
    {
        if (this != &other) {
            StringArena copy;
            copy.reserve(other.m_size);
            if (other.m_size)
                std::memcpy(copy.m_data, other.m_data, other.m_size);
            copy.m_size = other.m_size;
            swap(copy);
        }
        return *this;
    }
    StringArena &operator=(StringArena &&other) noexcept
    {
        StringArena gone;
        gone.swap(other);
        swap(gone);
        return *this;
    }
    ~StringArena()
    {
        if (m_data)
            HugePageAllocator<char>().deallocate(m_data, m_capacity);
    }

    TextRef add(std::string_view s)
    {
        if (m_size + s.size() > m_capacity)
            reserve(std::max<size_t>({m_capacity * 2, m_size + s.size(), 4096}));
        const TextRef ref {std::uint32_t(m_size), std::uint32_t(s.size())};
        if (!s.empty())
            std::memcpy(m_data + m_size, s.data(), s.size());
        m_size += s.size();
        return ref;
    }
    std::string_view view(TextRef ref) const { return std::string_view(m_data + ref.offset, ref.length); }
    void reserve(size_t bytes)
    {
        if (bytes <= m_capacity)
            return;
        char *data = HugePageAllocator<char>().allocate(bytes);
        if (m_size)
            std::memcpy(data, m_data, m_size);
        if (m_data)
            HugePageAllocator<char>().deallocate(m_data, m_capacity);
        m_data = data;
        m_capacity = bytes;
    }
    size_t size() const { return m_size; }

private:
    void swap(StringArena &other) noexcept
    {
        std::swap(m_data, other.m_data);
        std::swap(m_size, other.m_size);
        std::swap(m_capacity, other.m_capacity);
    }
    char *m_data = nullptr;
    size_t m_size = 0;
    size_t m_capacity = 0;
};

} // namespace readiness::crm
