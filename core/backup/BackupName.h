#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace readiness::backup {

/// The strict name of a backup the application made:
/// "<assessment base name>-<yyyyMMddThhmmsszzz>Z-<reason>.gdpra". Only
/// files with such a name are listed, and only they are ever pruned.
struct BackupName
{
    QDateTime time; // UTC, to the millisecond
    QString reason; // [a-z][a-z0-9-]*

    /// The file name for the backups of @p assessmentPath.
    QString fileName(const QString &assessmentPath) const;
    /// Parses @p fileName as a backup of @p assessmentPath; nothing for any
    /// other name (a file of the user's, another assessment's backup).
    static std::optional<BackupName> parse(const QString &fileName, const QString &assessmentPath);
    /// @p reason reduced to the characters a name may carry ("sign-off").
    static QString cleanReason(const QString &reason);
};

} // namespace readiness::backup
