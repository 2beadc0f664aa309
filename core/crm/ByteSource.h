#pragma once

#include "Result.h"

#include <QFile>
#include <QString>

#include <memory>

namespace readiness::crm {

/// A stream of bytes the CSV reader pulls from: a file, or one member of a
/// zip. Hashes what it delivers (SHA-256), so the run can fingerprint its
/// inputs without reading them twice.
class ByteSource
{
public:
    virtual ~ByteSource() = default;
    /// Reads up to @p max bytes; 0 at the end, -1 on error (see errorString).
    virtual qint64 read(char *buffer, qint64 max) = 0;
    virtual QString errorString() const = 0;
    /// How the file is named in messages ("contacts.csv", "export.zip:subscribed.csv").
    virtual QString displayName() const = 0;
    /// Total size if known (progress), else -1.
    virtual qint64 size() const = 0;
    /// Lower-case hex SHA-256 of everything read so far; call once at the end.
    virtual QString finishHash() = 0;
};

/// A plain file, opened read-only (inputs are never modified).
Result<std::unique_ptr<ByteSource>> openFileSource(const QString &path);

} // namespace readiness::crm
