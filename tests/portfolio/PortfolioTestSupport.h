#pragma once

#include "AssessmentFile.h"
#include "PortfolioSample.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QTest>

namespace testsupport {

/// SHA-256 of every file in @p dir by name: a scan must leave it equal,
/// with nothing added or removed.
inline QMap<QString, QByteArray> folderState(const QString &dir)
{
    QMap<QString, QByteArray> state;
    const QDir d(dir);
    for (const QString &name : d.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        QFile f(d.filePath(name));
        QCryptographicHash h(QCryptographicHash::Sha256);
        if (f.open(QIODevice::ReadOnly))
            h.addData(&f);
        state.insert(name, h.result().toHex());
    }
    return state;
}

/// Copies @p from to @p to and runs @p change on the copy's bytes.
inline bool copyChanged(const QString &from, const QString &to, const std::function<void(QByteArray &)> &change)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    QByteArray bytes = in.readAll();
    change(bytes);
    QFile out(to);
    return out.open(QIODevice::WriteOnly | QIODevice::NewOnly) && out.write(bytes) == bytes.size();
}

/// A copy whose header claims a file format newer than this program's.
inline bool writeNewerFormat(const QString &from, const QString &to)
{
    return readiness::portfolio::PortfolioSample::writeNewerFormat(from, to).ok();
}

/// A copy with its second half overwritten: quick_check fails on it.
inline bool writeDamaged(const QString &from, const QString &to)
{
    return readiness::portfolio::PortfolioSample::writeDamaged(from, to).ok();
}

} // namespace testsupport
