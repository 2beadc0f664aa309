#pragma once

#include "AuditRepository.h"
#include "CrmAudit.h"

namespace readiness::crm {

/// What of an audit result is stored in the assessment file: figures,
/// parameters, input fingerprints, and per finding the record number, CRM
/// id, cluster and bits (an address by its position in the cross-check).
/// No names, e-mail addresses or phone numbers (Art 5(1)(c)).
NewAuditRun newAuditRun(const AuditResult &result, qint64 assessmentId, const QString &actor);

/// The other way round, for a stored run whose files are no longer there
/// unchanged: a result that holds only what was stored (record numbers,
/// CRM ids, clusters, finding bits, addresses by position) and no personal
/// data; idsOnly is set. Views show ids and counts from it.
AuditResult resultFromStored(const StoredAuditRun &run, const QList<StoredRecordFinding> &records,
                             const QList<StoredAddressFinding> &addresses);

} // namespace readiness::crm
