#pragma once

#include <QString>

namespace readiness::backup {

/// Where backups go and how many are kept. The desktop application sets
/// the process-wide policy from its settings; the command line uses the
/// defaults or its --to/--keep options.
struct BackupPolicy
{
    static constexpr int kDefaultKeep = 10;
    static constexpr int kMaxKeep = 1000;

    /// Empty: "<file>.backups" beside the assessment file.
    QString folder;
    /// How many backups of one assessment the folder keeps (the newest).
    int keep = kDefaultKeep;

    /// The folder the backups of @p assessmentPath go to under this policy.
    QString folderFor(const QString &assessmentPath) const;
};

/// The policy the automatic backups (before a migration, a sign-off, a
/// questionnaire-version move) use. Thread-safe.
BackupPolicy defaultPolicy();
void setDefaultPolicy(const BackupPolicy &policy);

} // namespace readiness::backup
