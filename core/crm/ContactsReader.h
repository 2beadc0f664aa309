#pragma once

#include "ColumnMapping.h"
#include "ContactTable.h"
#include "Result.h"

#include <atomic>
#include <optional>

namespace readiness::crm {

/// What a long step reads to know it should stop, and where it reports the
/// bytes it has consumed (polled by the caller for progress).
struct StepControl
{
    const std::atomic_bool *cancel = nullptr;
    std::atomic<qint64> *bytesDone = nullptr;
    /// Set when another step of the run failed: stop as if cancelled.
    const std::atomic_bool *stop = nullptr;
    bool cancelled() const
    {
        return (cancel && cancel->load(std::memory_order_relaxed)) || (stop && stop->load(std::memory_order_relaxed));
    }
    /// Publishes @p bytes read so far; true when the step should stop.
    bool progress(qint64 bytes) const
    {
        if (bytesDone)
            bytesDone->store(bytes, std::memory_order_relaxed);
        return cancelled();
    }
};

/// Error message used for every cancelled step.
Error cancelledError();

/// Reads a contacts export into a ContactTable. Without a mapping the file
/// must be a Dynamics 365 Contacts export (recognised by its headers).
/// Stops at the first bad record (wrong field count, unparsable date,
/// unknown consent value): the audit of a misread file would be wrong.
Result<ContactTable> readContacts(const QString &path, const std::optional<ColumnMapping> &mapping,
                                  const StepControl &control);

} // namespace readiness::crm
