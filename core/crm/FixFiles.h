#pragma once

#include "CrmAudit.h"
#include "Result.h"

#include <QStringList>

namespace readiness::crm {

/// Writes the fix files of a finished audit into @p folder:
/// - contacts_fixes.csv: the contacts export's own shape (every column, the
///   three "(Do Not Modify)" ones included, so a Dynamics import updates the
///   existing records) for the records to change: "Do Not Allow" where
///   consent is unprovable or an opt-out was ignored, on that channel;
///   Status "Inactive" for stale records (review before erasure);
/// - merge_list.csv: per cluster the surviving record (most recently
///   modified), the others, and the most restrictive consent values;
/// - mailchimp_unsubscribe.csv: addresses Mailchimp has subscribed that no
///   CRM record allows (import as unsubscribed).
/// The contacts export is read again and must be unchanged (same SHA-256).
/// Files are written with QSaveFile, mode 0600, and committed only when all
/// are complete: a failure or @p cancel leaves the folder as it was.
/// Returns the names of the files written.
Result<QStringList> writeFixFiles(const AuditResult &result, const AuditInputs &inputs, const QString &folder,
                                  const std::atomic_bool *cancel = nullptr);

} // namespace readiness::crm
