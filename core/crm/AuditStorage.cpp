#include "AuditStorage.h"

#include "AuditSources.h"
#include "NativePath.h"

#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace readiness::crm {

namespace {

/// Absolute, so a detail view finds the file from any working directory;
/// a zip member keeps its "ARCHIVE.zip:member" form. Stored as valid UTF-8:
/// a byte of a name that is not is shown as U+FFFD, and checkSources finds
/// the file by it again.
QString absoluteInputPath(const QString &path)
{
    if (NativePath::status(path).exists)
        return NativePath::displayText(QFileInfo(path).absoluteFilePath());
    const qsizetype colon = path.lastIndexOf(u':');
    if (colon > 0 && NativePath::status(path.left(colon)).exists)
        return NativePath::displayText(QFileInfo(path.left(colon)).absoluteFilePath() + path.mid(colon));
    return NativePath::displayText(path);
}

} // namespace

NewAuditRun newAuditRun(const AuditResult &r, qint64 assessmentId, const QString &actor)
{
    NewAuditRun n;
    StoredAuditRun &run = n.run;
    run.assessmentId = assessmentId;
    run.createdBy = actor;
    run.asOf = formatSeconds(r.settings.asOf);
    run.staleCutoff = formatSeconds(r.staleCutoff);
    run.durationMs = r.durationMs;
    run.records = qint64(r.contacts.rows.size());
    run.addresses = r.crossCheck ? qint64(r.crossCheck->addresses.size()) : 0;
    run.clusters = qint64(r.duplicates.clusters);
    run.pairs = qint64(r.duplicates.pairs.size());
    run.ruleParameters = QJsonObject {
        {u"retention_years"_s, r.settings.retentionYears},
        {u"as_of"_s, run.asOf},
        {u"stale_before"_s, run.staleCutoff},
        {u"default_region"_s, r.settings.defaultRegion},
        {u"libphonenumber_check"_s, r.settings.checkNumbersWithLibphonenumber},
    };
    // A run of another CRM's export keeps its column mapping (with the name
    // it was saved under), so that its files can be read again the same way.
    if (r.mapping)
        run.ruleParameters.insert(u"column_mapping"_s, r.mapping->toJson());
    run.duplicateParameters = QJsonObject {
        {u"default_region"_s, r.duplicateSettings.defaultRegion},
        {u"max_block_size"_s, r.duplicateSettings.maxBlockSize},
    };
    for (const InputFingerprint &f : r.inputs())
        run.inputs << StoredInput {0, f.role, absoluteInputPath(f.path), f.bytes, f.sha256, f.records};

    for (int b = 0; b < kRecordFindingCount; ++b) {
        const FindingInfo &i = recordFindingInfo(b);
        run.counts << StoredCount {u"record"_s, QString::fromLatin1(i.key), r.recordCount(RecordFinding(1u << b)),
                                   QString::fromUtf8(i.title), QString::fromUtf8(i.law)};
    }
    if (r.crossCheck)
        for (int b = 0; b < kAddressFindingCount; ++b) {
            const FindingInfo &i = addressFindingInfo(b);
            run.counts << StoredCount {u"address"_s, QString::fromLatin1(i.key),
                                       r.addressCount(AddressFinding(1u << b)), QString::fromUtf8(i.title),
                                       QString::fromUtf8(i.law)};
        }
    run.counts << StoredCount {u"run"_s, u"candidate_pairs"_s, qint64(r.duplicates.candidatePairs), {}, {}};
    run.counts << StoredCount {u"run"_s, u"oversized_blocks_skipped"_s, qint64(r.duplicates.oversizedBlocks), {}, {}};
    if (r.consentLog) {
        run.counts << StoredCount {u"run"_s, u"consent_events"_s, r.consentLog->events, {}, {}};
        run.counts << StoredCount {u"run"_s, u"consent_events_skipped_unknown"_s, r.consentLog->skippedUnknown, {}, {}};
    }

    // A cluster's first record carries no "duplicate" bit but belongs to it.
    const auto &clusterOf = r.duplicates.clusterOf;
    std::vector<bool> inCluster(clusterOf.size(), false);
    for (size_t i = 0; i < clusterOf.size(); ++i)
        if (clusterOf[i] != i)
            inCluster[i] = inCluster[clusterOf[i]] = true;
    for (size_t i = 0; i < r.findings.size(); ++i) {
        const std::uint16_t bits = r.findings[i];
        if (bits == 0 && !inCluster[i])
            continue;
        const std::string_view id = r.contacts.view(r.contacts.rows[i].id);
        n.records << StoredRecordFinding {qint64(i) + 1, QString::fromUtf8(id.data(), qsizetype(id.size())),
                                          inCluster[i] ? qint64(clusterOf[i]) + 1 : 0, bits};
    }
    if (r.crossCheck) {
        const auto &addresses = r.crossCheck->addresses;
        for (size_t i = 0; i < addresses.size(); ++i) {
            const AddressCheck &a = addresses[i];
            if (a.findings == 0)
                continue;
            StoredAddressFinding s {qint64(i) + 1, QString::fromLatin1(mailchimpStatusName(a.status)), a.findings, {}};
            for (const std::uint32_t row : a.crmRows)
                s.crmRecords << qint64(row) + 1;
            n.addresses << s;
        }
    }
    return n;
}

AuditResult resultFromStored(const StoredAuditRun &run, const QList<StoredRecordFinding> &records,
                             const QList<StoredAddressFinding> &addresses)
{
    AuditResult r;
    r.idsOnly = true;
    r.settings = ruleSettingsOf(run);
    r.duplicateSettings = duplicateSettingsOf(run);
    const QByteArray cutoff = run.staleCutoff.toLatin1();
    r.staleCutoff = DateLayout(u"yyyy-MM-dd HH:mm"_s)
                        .parse(std::string_view(cutoff.constData(), size_t(cutoff.size())))
                        .value_or(kNoTime);
    r.durationMs = run.durationMs;
    const size_t n = size_t(std::max<qint64>(run.records, 0));
    r.contacts.rows.resize(n);
    r.findings.assign(n, 0);
    r.duplicates.clusterOf.resize(n);
    for (size_t i = 0; i < n; ++i)
        r.duplicates.clusterOf[i] = std::uint32_t(i);
    r.duplicates.clusters = std::uint64_t(run.clusters);
    for (const StoredRecordFinding &f : records) {
        const size_t row = size_t(f.recordNo - 1);
        if (f.recordNo < 1 || row >= n)
            continue; // not this run's (the file was edited behind our back)
        const QByteArray id = f.crmId.toUtf8();
        r.contacts.rows[row].id = r.contacts.text.add(std::string_view(id.constData(), size_t(id.size())));
        r.findings[row] = f.findings;
        if (f.clusterNo >= 1 && size_t(f.clusterNo - 1) < n)
            r.duplicates.clusterOf[row] = std::uint32_t(f.clusterNo - 1);
    }
    if (run.hasCrossCheck()) {
        CrossCheck check;
        const std::uint32_t noAddress = check.emails.insert(std::string_view()); // addresses are not stored
        for (const StoredAddressFinding &a : addresses) {
            AddressCheck c {noAddress, {}, MailchimpStatus::Absent, false, a.findings};
            for (int s = 0; s <= int(MailchimpStatus::Cleaned); ++s)
                if (a.mailchimpStatus == QLatin1StringView(mailchimpStatusName(MailchimpStatus(s))))
                    c.status = MailchimpStatus(s);
            for (const qint64 row : a.crmRecords)
                if (row >= 1 && size_t(row - 1) < n)
                    c.crmRows.push_back(std::uint32_t(row - 1));
            check.addresses.push_back(std::move(c));
        }
        r.crossCheck = std::move(check);
    }
    return r;
}

} // namespace readiness::crm
