#pragma once

#include "CrmAudit.h"
#include "Result.h"

#include <QJsonObject>

namespace readiness::crm {

/// Writes --findings: one JSON object per CRM record, then one per e-mail
/// address of the cross-check (docs/crm-audit.md). Atomic (QSaveFile),
/// mode 0600: the address lines hold e-mail addresses.
Status writeFindingsJsonl(const AuditResult &result, const QString &path);

/// The run's summary as JSON (counts, parameters, input fingerprints; no
/// personal data).
QJsonObject auditSummaryJson(const AuditResult &result);

} // namespace readiness::crm
