#pragma once

#include "AuditRepository.h"
#include "CrmAudit.h"

#include <QList>
#include <QString>

#include <atomic>

namespace readiness::crm {

/// Whether an input file of a stored run can be re-read for a detail view.
struct SourceCheck
{
    enum class State { Unchanged, Missing, Changed, Unreadable, Cancelled };
    StoredInput input;
    State state = State::Missing;
    QString message; // for the user: what is wrong, or that the file is unchanged
};

/// The check of every input of a run.
struct SourcesCheck
{
    QList<SourceCheck> files;
    /// True when every file is present with the stored size and SHA-256:
    /// only then do the stored record and address numbers name the same
    /// records, and a detail view may show names, addresses and numbers.
    bool allUnchanged() const;
    /// One line per file that is not unchanged (empty when all are).
    QString problems() const;
};

/// Re-hashes each input of @p run (a zip member inside its zip). The files
/// are only read. Costs one read of every input (about 1 s per GB).
SourcesCheck checkSources(const StoredAuditRun &run, const std::atomic_bool *cancel = nullptr);

/// The inputs and settings to re-run @p run's audit on its files (the
/// addresses of the cross-check are named by position in that run),
/// with the column mapping the run was made with (stored with it).
AuditInputs inputsOf(const StoredAuditRun &run);
RuleSettings ruleSettingsOf(const StoredAuditRun &run);
DuplicateSettings duplicateSettingsOf(const StoredAuditRun &run);

} // namespace readiness::crm
