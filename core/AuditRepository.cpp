#include "AuditRepository.h"

#include "AssessmentFile.h"
#include "ChangeLogChain.h"
#include "Clock.h"
#include "OwnConnectionWrite.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

using namespace Qt::StringLiterals;

namespace readiness::crm {

namespace {

/// Messages for the user, in the language of the user interface.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::AuditRepository)
};

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

Status queryError(const QSqlQuery &q)
{
    return makeError(sqlErrorText(q.lastError()));
}

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

Status bindAndRun(QSqlQuery &q, const QVariantList &values)
{
    // A null QString binds as SQL NULL; our text columns mean "empty".
    // Intended NULLs are null QVariants of another type.
    for (const QVariant &v : values)
        q.addBindValue(v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(u""_s) : v);
    return q.exec() ? success() : queryError(q);
}

/// Inserts rows many at a time: one statement of kRows rows costs about
/// what one row costs through QSqlQuery, so a million findings store in
/// seconds, not minutes. The remainder goes in one shorter statement.
class BatchInsert
{
public:
    static constexpr int kRows = 200;

    BatchInsert(const QSqlDatabase &db, QString head, int columns)
        : m_db(db)
        , m_head(std::move(head))
        , m_columns(columns)
    { }

    Status add(const QVariantList &row)
    {
        m_values << row;
        return m_values.size() >= kRows * m_columns ? flush() : success();
    }
    Status finish() { return m_values.isEmpty() ? success() : flush(); }

private:
    Status flush()
    {
        const int rows = int(m_values.size() / m_columns);
        std::optional<QSqlQuery> rest;
        std::optional<QSqlQuery> &q = rows == kRows ? m_full : rest;
        if (!q) {
            q.emplace(m_db);
            if (!q->prepare(statement(rows)))
                return queryError(*q);
        }
        Status s = bindAndRun(*q, m_values);
        m_values.clear();
        return s;
    }

    QString statement(int rows) const
    {
        QString one = u" ("_s;
        for (int c = 0; c < m_columns; ++c)
            one += c ? u", ?"_s : u"?"_s;
        one += u')';
        QStringList all;
        all.fill(one, rows);
        return m_head + all.join(u',');
    }

    QSqlDatabase m_db;
    QString m_head;
    int m_columns;
    QVariantList m_values;
    std::optional<QSqlQuery> m_full; // prepared once, for every full batch
};

/// Every row of a run, on @p db inside the caller's transaction.
Status insertRun(const QSqlDatabase &db, const NewAuditRun &n, const std::atomic_bool *cancel, qint64 &runId)
{
    const StoredAuditRun &r = n.run;
    const QString now = Clock::current().now().toUTC().toString(Qt::ISODateWithMs);
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO crm_audit_run (assessment_id, created_at, as_of, stale_cutoff, duration_ms, records,"
              " addresses, clusters, pairs, rule_parameters, duplicate_parameters, created_by)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (Status s
        = bindAndRun(q,
                     {r.assessmentId, now, r.asOf, r.staleCutoff, r.durationMs, r.records, r.addresses, r.clusters,
                      r.pairs, compact(r.ruleParameters), compact(r.duplicateParameters), r.createdBy});
        !s)
        return s;
    runId = q.lastInsertId().toLongLong();

    q.prepare(u"INSERT INTO crm_audit_input (run_id, position, role, path, bytes, sha256, records)"
              " VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    int position = 0;
    for (const StoredInput &f : r.inputs)
        if (Status s = bindAndRun(q, {runId, ++position, f.role, f.path, f.bytes, f.sha256, f.records}); !s)
            return s;

    q.prepare(u"INSERT INTO crm_audit_count (run_id, position, scope, finding, title, law, count)"
              " VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    position = 0;
    for (const StoredCount &c : r.counts)
        if (Status s = bindAndRun(q, {runId, ++position, c.scope, c.key, c.title, c.law, c.count}); !s)
            return s;

    // Records with a finding: number, CRM id, cluster, bits; nothing else.
    const QVariant noCluster {QMetaType(QMetaType::LongLong)};
    BatchInsert records(db, u"INSERT INTO crm_audit_record (run_id, record_no, crm_id, cluster_no, findings) VALUES"_s,
                        5);
    for (qsizetype i = 0; i < n.records.size(); ++i) {
        const StoredRecordFinding &f = n.records.at(i);
        if ((i & 4095) == 0 && cancelled(cancel))
            return makeError(Text::tr("cancelled"));
        if (Status s = records.add(
                {runId, f.recordNo, f.crmId, f.clusterNo > 0 ? QVariant(f.clusterNo) : noCluster, int(f.findings)});
            !s)
            return s;
    }
    if (Status s = records.finish(); !s)
        return s;

    BatchInsert addresses(
        db, u"INSERT INTO crm_audit_address (run_id, address_no, mailchimp_status, findings, crm_records) VALUES"_s, 5);
    for (qsizetype i = 0; i < n.addresses.size(); ++i) {
        const StoredAddressFinding &a = n.addresses.at(i);
        if ((i & 4095) == 0 && cancelled(cancel))
            return makeError(Text::tr("cancelled"));
        QStringList rows;
        for (const qint64 row : a.crmRecords)
            rows << QString::number(row);
        if (Status s = addresses.add({runId, a.addressNo, a.mailchimpStatus, int(a.findings), rows.join(u',')}); !s)
            return s;
    }
    if (Status s = addresses.finish(); !s)
        return s;
    if (cancelled(cancel))
        return makeError(Text::tr("cancelled"));

    q.prepare(u"INSERT INTO change_log (at, actor, action, entity, entity_key, detail) VALUES (?, ?, ?, ?, ?, ?)"_s);
    if (Status s = bindAndRun(q,
                              {now, r.createdBy, u"add"_s, u"crm_audit_run"_s, QString::number(runId),
                               compact({{u"records"_s, r.records}})});
        !s)
        return s;
    // Chained like every other entry, so `verify` vouches for it too.
    return ChangeLogChain::linkPending(db, q.lastInsertId().toLongLong());
}
} // namespace

bool isSevereFinding(const QString &key)
{
    return key == "consent_conflict"_L1 || key == "optout_ignored"_L1 || key == "crm_blocks_mc_subscribed"_L1
        || key == "crm_allows_mc_unsubscribed"_L1;
}

qint64 StoredAuditRun::count(const QString &scope, const QString &key) const
{
    for (const StoredCount &c : counts)
        if (c.scope == scope && c.key == key)
            return c.count;
    return -1;
}

bool StoredAuditRun::hasCrossCheck() const
{
    for (const StoredCount &c : counts)
        if (c.scope == "address"_L1)
            return true;
    return false;
}

AuditRepository::AuditRepository(AssessmentFile &file)
    : m_file(file)
    , m_writable(&file)
{ }

AuditRepository::AuditRepository(const AssessmentFile &file)
    : m_file(file)
{ }

bool AuditRepository::hasAuditTables() const
{
    return m_file.schemaVersion() >= 2;
}

Status AuditRepository::checkWritable() const
{
    if (!hasAuditTables())
        return makeError(Text::tr("%1 uses an older file format without audit runs; open it for writing to upgrade it")
                             .arg(m_file.path()));
    if (!m_writable)
        return makeError(Text::tr("the audit store of %1 was opened for reading only").arg(m_file.path()));
    return success();
}

Result<qint64> AuditRepository::saveRun(const NewAuditRun &n, const std::atomic_bool *cancel)
{
    if (Status s = checkWritable(); !s)
        return s.error();
    qint64 runId = 0;
    if (Status s = m_writable->write([&] { return insertRun(m_file.database(), n, cancel, runId); }); !s)
        return s.error();
    return runId;
}

Result<qint64> AuditRepository::saveRunOnOwnConnection(const NewAuditRun &n, const std::atomic_bool *cancel)
{
    if (Status s = checkWritable(); !s)
        return s.error();
    qint64 runId = 0;
    if (Status s = writeOnOwnConnection(*m_writable, [&](QSqlDatabase &db) { return insertRun(db, n, cancel, runId); });
        !s)
        return s.error();
    return runId;
}

Status AuditRepository::fillRun(StoredAuditRun &run) const
{
    QSqlQuery q(m_file.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT position, role, path, bytes, sha256, records FROM crm_audit_input WHERE run_id = ?"
              " ORDER BY position"_s);
    q.addBindValue(run.id);
    if (!q.exec())
        return queryError(q);
    while (q.next())
        run.inputs << StoredInput {q.value(0).toInt(),      q.value(1).toString(), q.value(2).toString(),
                                   q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toLongLong()};
    q.prepare(u"SELECT scope, finding, count, title, law FROM crm_audit_count WHERE run_id = ? ORDER BY position"_s);
    q.addBindValue(run.id);
    if (!q.exec())
        return queryError(q);
    while (q.next())
        run.counts << StoredCount {q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                                   q.value(3).toString(), q.value(4).toString()};
    return success();
}

Result<QList<StoredAuditRun>> AuditRepository::runs(qint64 assessmentId) const
{
    QList<StoredAuditRun> list;
    if (!hasAuditTables())
        return list;
    {
        QSqlQuery q(m_file.database());
        q.setForwardOnly(true);
        q.prepare(u"SELECT id, assessment_id, created_at, created_by, as_of, stale_cutoff, duration_ms, records,"
                  " addresses, clusters, pairs, rule_parameters, duplicate_parameters FROM crm_audit_run"
                  " WHERE assessment_id = ? ORDER BY id DESC"_s);
        q.addBindValue(assessmentId);
        if (!q.exec())
            return queryError(q).error();
        while (q.next()) {
            StoredAuditRun run;
            run.id = q.value(0).toLongLong();
            run.assessmentId = q.value(1).toLongLong();
            run.createdAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
            run.createdBy = q.value(3).toString();
            run.asOf = q.value(4).toString();
            run.staleCutoff = q.value(5).toString();
            run.durationMs = q.value(6).toLongLong();
            run.records = q.value(7).toLongLong();
            run.addresses = q.value(8).toLongLong();
            run.clusters = q.value(9).toLongLong();
            run.pairs = q.value(10).toLongLong();
            run.ruleParameters = parseObject(q.value(11));
            run.duplicateParameters = parseObject(q.value(12));
            list << run;
        }
    }
    for (StoredAuditRun &run : list)
        if (Status s = fillRun(run); !s)
            return s.error();
    return list;
}

Result<std::optional<StoredAuditRun>> AuditRepository::newestRun(qint64 assessmentId) const
{
    auto all = runs(assessmentId);
    if (!all)
        return all.error();
    if (all->isEmpty())
        return std::optional<StoredAuditRun>();
    return std::optional<StoredAuditRun>(all->first());
}

Result<StoredAuditRun> AuditRepository::run(qint64 runId) const
{
    if (!hasAuditTables())
        return makeError(Text::tr("no audit run %1: the file has no audit runs").arg(runId));
    QSqlQuery q(m_file.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT assessment_id FROM crm_audit_run WHERE id = ?"_s);
    q.addBindValue(runId);
    if (!q.exec())
        return queryError(q).error();
    if (!q.next())
        return makeError(Text::tr("no audit run %1 in %2").arg(runId).arg(m_file.path()));
    const qint64 assessmentId = q.value(0).toLongLong();
    q.finish();
    auto all = runs(assessmentId);
    if (!all)
        return all.error();
    for (const StoredAuditRun &r : *all)
        if (r.id == runId)
            return r;
    return makeError(Text::tr("no audit run %1 in %2").arg(runId).arg(m_file.path()));
}

Result<QList<StoredRecordFinding>> AuditRepository::recordFindings(qint64 runId) const
{
    QList<StoredRecordFinding> list;
    if (!hasAuditTables())
        return list;
    QSqlQuery q(m_file.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT record_no, crm_id, cluster_no, findings FROM crm_audit_record WHERE run_id = ?"
              " ORDER BY record_no"_s);
    q.addBindValue(runId);
    if (!q.exec())
        return queryError(q).error();
    while (q.next())
        list << StoredRecordFinding {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                                     std::uint16_t(q.value(3).toUInt())};
    return list;
}

Result<QList<StoredAddressFinding>> AuditRepository::addressFindings(qint64 runId) const
{
    QList<StoredAddressFinding> list;
    if (!hasAuditTables())
        return list;
    QSqlQuery q(m_file.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT address_no, mailchimp_status, findings, crm_records FROM crm_audit_address"
              " WHERE run_id = ? ORDER BY address_no"_s);
    q.addBindValue(runId);
    if (!q.exec())
        return queryError(q).error();
    while (q.next()) {
        StoredAddressFinding a {q.value(0).toLongLong(), q.value(1).toString(), std::uint8_t(q.value(2).toUInt()), {}};
        const QString rows = q.value(3).toString();
        for (const QStringView n : QStringView(rows).split(u',', Qt::SkipEmptyParts))
            a.crmRecords << n.toLongLong();
        list << a;
    }
    return list;
}

Result<QList<AuditLink>> AuditRepository::links(qint64 runId) const
{
    QList<AuditLink> list;
    if (!hasAuditTables())
        return list;
    // A removed evidence item (soft delete) or action no longer counts as linked.
    QSqlQuery q(m_file.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT l.question_id, l.finding, COALESCE(l.evidence_id, 0), COALESCE(l.action_id, 0)"
              " FROM crm_audit_link l"
              " LEFT JOIN evidence e ON e.id = l.evidence_id"
              " LEFT JOIN action a ON a.id = l.action_id"
              " WHERE l.run_id = ? AND ((l.evidence_id IS NOT NULL AND e.removed_at IS NULL AND e.id IS NOT NULL)"
              "  OR (l.action_id IS NOT NULL AND a.id IS NOT NULL))"
              " ORDER BY l.id"_s);
    q.addBindValue(runId);
    if (!q.exec())
        return queryError(q).error();
    while (q.next())
        list << AuditLink {runId, q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                           q.value(3).toLongLong()};
    return list;
}

Status AuditRepository::addLink(const AuditLink &link)
{
    if (!m_writable)
        return makeError(Text::tr("the audit store of %1 was opened for reading only").arg(m_file.path()));
    return m_writable->write([&]() -> Status {
        QSqlQuery q(m_file.database());
        q.prepare(u"INSERT INTO crm_audit_link (run_id, question_id, finding, evidence_id, action_id, created_at)"
                  " VALUES (?, ?, ?, ?, ?, ?)"_s);
        const QVariant none {QMetaType(QMetaType::LongLong)};
        q.addBindValue(link.runId);
        q.addBindValue(link.questionId);
        q.addBindValue(link.finding.isNull() ? u""_s : link.finding);
        q.addBindValue(link.evidenceId ? QVariant(link.evidenceId) : none);
        q.addBindValue(link.actionId ? QVariant(link.actionId) : none);
        q.addBindValue(Clock::current().now().toUTC().toString(Qt::ISODateWithMs));
        return q.exec() ? success() : queryError(q);
    });
}

} // namespace readiness::crm
