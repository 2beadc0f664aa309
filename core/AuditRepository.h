#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <cstdint>
#include <optional>

namespace readiness {
class AssessmentFile;
}

// The storage side of the CRM data audit (core/crm, issue 11). It lives in
// readiness_core because all SQL does, and because the report and the
// exports (core) read the runs; readiness_crm turns an audit result into a
// NewAuditRun (crm::newAuditRun).
namespace readiness::crm {

/// One input file of a stored run: name, size and SHA-256 (no contents).
struct StoredInput
{
    int position = 0;
    QString role; // "contacts", "consent-log", "mailchimp"
    QString path; // absolute; "ARCHIVE.zip:member.csv" for a zip member
    qint64 bytes = 0;
    QString sha256;
    qint64 records = 0;
};

/// A count of one finding type ("record" or "address" scope) or another
/// figure of the run ("run" scope: candidate pairs, consent events, …).
struct StoredCount
{
    QString scope;
    QString key;
    qint64 count = 0;
    QString title; // as the audit named the finding ("" for "run" figures)
    QString law;
};

/// A stored audit run: its figures, parameters and inputs (no personal data).
struct StoredAuditRun
{
    qint64 id = 0;
    qint64 assessmentId = 0;
    QDateTime createdAt;
    QString createdBy;
    QString asOf; // ISO 8601 UTC
    QString staleCutoff;
    qint64 durationMs = 0;
    qint64 records = 0; // CRM records read
    qint64 addresses = 0; // addresses in the cross-check (0 without Mailchimp)
    qint64 clusters = 0;
    qint64 pairs = 0;
    QJsonObject ruleParameters;
    QJsonObject duplicateParameters;
    QList<StoredInput> inputs;
    QList<StoredCount> counts;

    /// The count for @p key in @p scope; -1 when the run has none (an
    /// address finding of a run without Mailchimp exports).
    qint64 count(const QString &scope, const QString &key) const;
    bool hasCrossCheck() const;
};

/// The finding types that mean an objection or opt-out is not honoured
/// (consent conflict, opt-out ignored, Mailchimp still subscribed or CRM
/// still allowing): the report draws them in red, and any one caps the
/// suggested maturity level at 1 (docs/crm-audit.md).
bool isSevereFinding(const QString &key);

/// A CRM record with a finding or in a duplicate cluster, named by its
/// record number in the contacts file (1 = first record) and its CRM id.
struct StoredRecordFinding
{
    qint64 recordNo = 0;
    QString crmId;
    qint64 clusterNo = 0; // record number of the cluster's first record; 0 = no cluster
    std::uint16_t findings = 0; // RecordFinding bits
};

/// An address of the cross-check with at least one finding, named by its
/// position in the cross-check (the same inputs reproduce it), never by
/// the address.
struct StoredAddressFinding
{
    qint64 addressNo = 0;
    QString mailchimpStatus; // absent, subscribed, unsubscribed, cleaned
    std::uint8_t findings = 0; // AddressFinding bits
    QList<qint64> crmRecords; // record numbers with that address
};

/// A run to store: its summary (id and created_at are set when saved) and
/// its findings.
struct NewAuditRun
{
    StoredAuditRun run;
    QList<StoredRecordFinding> records;
    QList<StoredAddressFinding> addresses;
};

/// What a run was linked to: evidence on a question, or an action for a finding type.
struct AuditLink
{
    qint64 runId = 0;
    QString questionId;
    QString finding; // empty for evidence
    qint64 evidenceId = 0;
    qint64 actionId = 0;
};

/// The CRM audit's storage in an assessment file (format 2): all of its
/// SQL. Saving a run is one transaction; nothing but ids, counts,
/// parameters and input fingerprints is stored (Art 5(1)(c)).
class AuditRepository final
{
public:
    explicit AuditRepository(AssessmentFile &file);
    /// Reading only (a report of a const document): saving is refused.
    explicit AuditRepository(const AssessmentFile &file);

    /// False for a file of format 1 opened read-only (no audit tables):
    /// it then has no runs, and saving is refused.
    bool hasAuditTables() const;

    /// Saves @p run as a run of its assessment, with every finding, in one
    /// transaction; returns the run id. A set @p cancel rolls it back,
    /// leaving the file as it was.
    Result<qint64> saveRun(const NewAuditRun &run, const std::atomic_bool *cancel = nullptr);
    /// saveRun on a connection of the calling thread's own
    /// (writeOnOwnConnection, OwnConnectionWrite.h), for a worker thread: the
    /// thread that owns the file is not held up while a large run is stored.
    Result<qint64> saveRunOnOwnConnection(const NewAuditRun &run, const std::atomic_bool *cancel = nullptr);
    /// The newest run of an assessment, if any.
    Result<std::optional<StoredAuditRun>> newestRun(qint64 assessmentId) const;

    /// The runs of an assessment, newest first (summaries with inputs and counts).
    Result<QList<StoredAuditRun>> runs(qint64 assessmentId) const;
    Result<StoredAuditRun> run(qint64 runId) const;
    Result<QList<StoredRecordFinding>> recordFindings(qint64 runId) const;
    Result<QList<StoredAddressFinding>> addressFindings(qint64 runId) const;

    /// Links made from run @p runId whose evidence or action still exists.
    Result<QList<AuditLink>> links(qint64 runId) const;
    Status addLink(const AuditLink &link);

private:
    Status checkWritable() const;
    Status fillRun(StoredAuditRun &run) const;

    const AssessmentFile &m_file;
    AssessmentFile *m_writable = nullptr;
};

} // namespace readiness::crm
