#pragma once
// Writes a fuzz input to a file in a private temporary folder, for readers
// that take a path (the assessment file, the CRM readers). One folder per
// process; each call replaces the file and whatever was left beside it.
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace readiness::fuzz {

inline QString scratchFile(const QString &name, const uint8_t *data, size_t size, const QStringList &companions = {})
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QFile::remove(path);
    for (const QString &suffix : companions)
        QFile::remove(path + suffix);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(reinterpret_cast<const char *>(data), qint64(size));
    return path;
}

} // namespace readiness::fuzz
