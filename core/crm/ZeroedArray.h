#pragma once

#include "HugePageAllocator.h"

#include <cstddef>
#include <cstring>
#include <type_traits>
#include <utility>

namespace readiness::crm {

/// A fixed-size array of plain values that starts as zero bytes without
/// writing them: the block comes from HugePageAllocator (a fresh mapping, or
/// calloc), so its pages are faulted in by the loop that fills them, which
/// checks the cancel flag, rather than all at once before it. Zeroing the
/// 32 MiB slot array of a million-entry hash table up front was a stretch
/// of the audit that no cancel could interrupt (docs/benchmarks.md).
/// Only for types whose all-zero bytes are their value-initialised state.
template<typename T> class ZeroedArray
{
    static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);

public:
    ZeroedArray() = default;
    explicit ZeroedArray(std::size_t size)
        : m_data(size ? HugePageAllocator<T>().allocate(size) : nullptr)
        , m_size(size)
    { }
    ZeroedArray(const ZeroedArray &other)
        : ZeroedArray(other.m_size)
    {
        if (m_size)
            std::memcpy(static_cast<void *>(m_data), other.m_data, m_size * sizeof(T));
    }
    ZeroedArray(ZeroedArray &&other) noexcept
        : m_data(std::exchange(other.m_data, nullptr))
        , m_size(std::exchange(other.m_size, 0))
    { }
    ZeroedArray &operator=(ZeroedArray other) noexcept
    {
        swap(other);
        return *this;
    }
    ~ZeroedArray()
    {
        if (m_data)
            HugePageAllocator<T>().deallocate(m_data, m_size);
    }

    void swap(ZeroedArray &other) noexcept
    {
        std::swap(m_data, other.m_data);
        std::swap(m_size, other.m_size);
    }
    std::size_t size() const { return m_size; }
    T &operator[](std::size_t i) { return m_data[i]; }
    const T &operator[](std::size_t i) const { return m_data[i]; }
    T *begin() { return m_data; }
    T *end() { return m_data + m_size; }
    const T *begin() const { return m_data; }
    const T *end() const { return m_data + m_size; }

private:
    T *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace readiness::crm
