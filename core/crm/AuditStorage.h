#pragma once

#include "AuditRepository.h"
#include "CrmAudit.h"

namespace readiness::crm {

/// What of an audit result is stored in the assessment file: figures,
/// parameters, input fingerprints, and per finding the record number, CRM
/// id, cluster and bits (an address by its position in the cross-check).
/// No names, e-mail addresses or phone numbers (Art 5(1)(c)).
NewAuditRun newAuditRun(const AuditResult &result, qint64 assessmentId, const QString &actor);

} // namespace readiness::crm
