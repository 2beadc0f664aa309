#pragma once

#include <cstddef>
#include <cstdlib>
#include <new>
#include <sys/mman.h>

namespace readiness::crm {

/// Allocator for the audit's large arrays: blocks of 2 MiB and more are
/// mapped with transparent huge pages (MADV_HUGEPAGE), so a million contacts
/// fault in a few hundred 2 MiB pages instead of ~250,000 4 KiB pages. On
/// this kind of VM a page fault costs several microseconds: without it a
/// quarter of the audit's CPU time went to the kernel (docs/benchmarks.md).
/// Blocks come zeroed (a fresh mapping, or calloc), which ZeroedArray uses.
template<typename T> struct HugePageAllocator
{
    using value_type = T;
    static constexpr std::size_t kHuge = std::size_t(2) << 20;

    HugePageAllocator() noexcept = default;
    template<typename U> HugePageAllocator(const HugePageAllocator<U> &) noexcept { }

    T *allocate(std::size_t n)
    {
        const std::size_t bytes = n * sizeof(T);
        if (bytes < kHuge) {
            void *p = std::calloc(bytes ? bytes : 1, 1);
            if (!p)
                throw std::bad_alloc();
            return static_cast<T *>(p);
        }
        const std::size_t rounded = (bytes + kHuge - 1) & ~(kHuge - 1);
        void *p = mmap(nullptr, rounded, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED)
            throw std::bad_alloc();
        madvise(p, rounded, MADV_HUGEPAGE);
        return static_cast<T *>(p);
    }
    void deallocate(T *p, std::size_t n) noexcept
    {
        const std::size_t bytes = n * sizeof(T);
        if (bytes < kHuge)
            std::free(p);
        else
            munmap(p, (bytes + kHuge - 1) & ~(kHuge - 1));
    }
    template<typename U> bool operator==(const HugePageAllocator<U> &) const noexcept { return true; }
};

} // namespace readiness::crm
