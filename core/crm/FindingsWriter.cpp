#include "FindingsWriter.h"

#include "AtomicOutputFile.h"
#include "NativePath.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace readiness::crm {

namespace {
void appendJsonString(std::string &out, std::string_view s)
{
    out.push_back('"');
    for (const char c : s) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out.push_back(c);
            }
        }
    }
    out.push_back('"');
}

} // namespace

Status writeFindingsJsonl(const AuditResult &result, const QString &path)
{
    auto opened = AtomicOutputFile::open(path); // mode 0600; a name that is not UTF-8 kept
    if (!opened)
        return opened.error();
    AtomicOutputFile &file = **opened;
    std::string out;
    out.reserve(1 << 20);
    auto flush = [&](bool force) {
        if (out.size() > (1 << 20) || force) {
            file.write(out.data(), qint64(out.size()));
            out.clear();
        }
    };
    const ContactTable &t = result.contacts;
    for (size_t i = 0; i < t.rows.size(); ++i) {
        const std::uint32_t cluster = result.duplicates.clusterOf[i];
        out += "{\"kind\":\"record\",\"row\":";
        out += std::to_string(i + 1);
        out += ",\"contact_id\":";
        appendJsonString(out, t.view(t.rows[i].id));
        out += ",\"cluster_id\":";
        out += std::to_string(cluster + 1);
        out += ",\"is_duplicate_of\":";
        out += cluster == i ? std::string("null") : std::to_string(cluster + 1);
        for (int b = 1; b < kRecordFindingCount; ++b) { // bit 0 ("duplicate") is is_duplicate_of
            out += ",\"";
            out += recordFindingInfo(b).key;
            out += (result.findings[i] & (1u << b)) ? "\":true" : "\":false";
        }
        out += "}\n";
        flush(false);
    }
    if (result.crossCheck) {
        const CrossCheck &c = *result.crossCheck;
        for (const AddressCheck &a : c.addresses) {
            out += "{\"kind\":\"address\",\"email\":";
            appendJsonString(out, c.emails.key(a.emailIndex));
            out += ",\"crm_rows\":[";
            for (size_t k = 0; k < a.crmRows.size(); ++k) {
                if (k)
                    out.push_back(',');
                out += std::to_string(a.crmRows[k] + 1);
            }
            out += "],\"mc_status\":\"";
            out += mailchimpStatusName(a.status);
            out += a.crmAllowsEmail ? "\",\"crm_allows_email\":true" : "\",\"crm_allows_email\":false";
            out += ",\"findings\":[";
            bool first = true;
            for (int b = 0; b < kAddressFindingCount; ++b)
                if (a.findings & (1u << b)) {
                    if (!first)
                        out.push_back(',');
                    first = false;
                    appendJsonString(out, addressFindingInfo(b).key);
                }
            out += "]}\n";
            flush(false);
        }
    }
    flush(true);
    if (Status s = file.commit(); !s)
        return s;
    return success();
}

QJsonObject auditSummaryJson(const AuditResult &result)
{
    QJsonObject root;
    QJsonArray inputs;
    for (const InputFingerprint &f : result.inputs())
        inputs.append(QJsonObject {{u"role"_s, f.role},
                                   {u"file"_s, NativePath::displayText(f.path)},
                                   {u"bytes"_s, f.bytes},
                                   {u"sha256"_s, f.sha256},
                                   {u"records"_s, f.records},
                                   {u"encoding"_s, f.encoding}});
    root[u"inputs"_s] = inputs;
    root[u"parameters"_s] = QJsonObject {
        {u"retention_years"_s, result.settings.retentionYears},
        {u"as_of"_s, formatSeconds(result.settings.asOf)},
        {u"stale_before"_s, formatSeconds(result.staleCutoff)},
        {u"default_region"_s, result.settings.defaultRegion},
        {u"libphonenumber_check"_s, result.settings.checkNumbersWithLibphonenumber},
        {u"max_block_size"_s, result.duplicateSettings.maxBlockSize},
    };
    // One entry per finding type: its rule, title, law and count.
    auto findingList = [](int count, const FindingInfo &(*info)(int), const QString &unit, auto countOf) {
        QJsonArray list;
        for (int b = 0; b < count; ++b) {
            const FindingInfo &i = info(b);
            list.append(QJsonObject {{u"rule"_s, QString::fromLatin1(i.key)},
                                     {u"title"_s, QString::fromUtf8(i.title)},
                                     {u"law"_s, QString::fromUtf8(i.law)},
                                     {unit, countOf(1u << b)}});
        }
        return list;
    };
    root[u"record_findings"_s] = findingList(kRecordFindingCount, recordFindingInfo, u"records"_s,
                                             [&](unsigned bit) { return result.recordCount(RecordFinding(bit)); });
    if (result.crossCheck)
        root[u"address_findings"_s]
            = findingList(kAddressFindingCount, addressFindingInfo, u"addresses"_s,
                          [&](unsigned bit) { return result.addressCount(AddressFinding(bit)); });
    root[u"contacts"_s] = qint64(result.contacts.rows.size());
    root[u"duplicate_clusters"_s] = qint64(result.duplicates.clusters);
    root[u"duplicate_pairs"_s] = qint64(result.duplicates.pairs.size());
    root[u"candidate_pairs"_s] = qint64(result.duplicates.candidatePairs);
    root[u"oversized_blocks_skipped"_s] = qint64(result.duplicates.oversizedBlocks);
    if (result.consentLog) {
        root[u"consent_events"_s] = result.consentLog->events;
        root[u"consent_events_skipped_unknown"_s] = result.consentLog->skippedUnknown;
    }
    root[u"duration_ms"_s] = result.durationMs;
    return root;
}

} // namespace readiness::crm
