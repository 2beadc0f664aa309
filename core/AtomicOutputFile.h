#pragma once

#include "Result.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>

namespace readiness {

/// An output file (a fix file, a findings file) written as QSaveFile does:
/// into a temporary file beside it (mode 0600) that replaces the target only
/// on commit(), so a failure leaves the old file or nothing. Unlike
/// QSaveFile it names both files by their own bytes (NativePath), so a
/// target whose name, or whose folder's name, is not UTF-8 is written there
/// and not under a name with U+FFFD in it.
class AtomicOutputFile final
{
public:
    /// The temporary file for @p path, or an error naming @p path. A target
    /// that is a symbolic link is written where the link points, as
    /// QSaveFile does.
    static Result<std::unique_ptr<AtomicOutputFile>> open(const QString &path);
    /// Removes the temporary file unless commit() succeeded.
    ~AtomicOutputFile();
    Q_DISABLE_COPY_MOVE(AtomicOutputFile)

    /// The target as given (for messages: NativePath::displayText).
    QString fileName() const { return m_path; }
    qint64 write(const char *data, qint64 size) { return m_file.write(data, size); }
    /// Flushes, syncs and renames the temporary file over the target; any
    /// write that failed before makes it fail, and the target is untouched.
    Status commit();

private:
    AtomicOutputFile() = default;

    QString m_path;
    QByteArray m_target;
    QByteArray m_temporary;
    QFile m_file;
    bool m_committed = false;
};

} // namespace readiness
