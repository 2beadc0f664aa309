#include "TrailVerifier.h"

#include "ChangeLogChain.h"
#include "LifecycleRepository.h"
#include "Migrations.h"
#include "Sha256.h"
#include "StateFingerprint.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace readiness::lifecycle {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::lifecycle::TrailVerifier)
};

QString describe(const QString &action, const QString &entity, const QString &key)
{
    return u"%1 %2 %3"_s.arg(action, entity, key);
}
TrailProblem problem(const QString &kind, qint64 entry, const QString &at, const QString &what, const QString &message)
{
    return {kind, entry, at, what, message};
}
} // namespace

TrailVerifier::TrailVerifier(AssessmentRepository &repository)
    : m_repository(repository)
{ }

TrailReport TrailVerifier::verify(qint64 assessmentId) const
{
    TrailReport report;
    const int format = m_repository.file().schemaVersion();
    if (format < kChainedLogFormat) {
        report.problem = problem(u"format"_s, 0, {}, {},
                                 Text::tr("the file is in format %1, written before the change log was hash-chained "
                                          "(format %2); open it for writing once to start the chain")
                                     .arg(format)
                                     .arg(kChainedLogFormat));
        return report;
    }
    if (verifyChain(report) && verifyEvidence(report))
        verifySignOffs(assessmentId, report);
    return report;
}

bool TrailVerifier::verifyChain(TrailReport &report) const
{
    // A hash row whose entry is gone: the entry was deleted.
    auto orphans
        = m_repository.run(u"SELECT h.entry_id FROM change_log_hash h LEFT JOIN change_log c ON c.id = h.entry_id"
                           " WHERE c.id IS NULL ORDER BY h.entry_id LIMIT 1"_s);
    if (!orphans) {
        report.problem = problem(u"entry"_s, 0, {}, {}, orphans.error().message);
        return false;
    }
    if (orphans->next()) {
        const qint64 id = orphans->value(0).toLongLong();
        report.problem = problem(u"entry"_s, id, {}, {},
                                 Text::tr("entry %1 was deleted from the change log after it was written").arg(id));
        return false;
    }
    auto q = m_repository.run(
        u"SELECT %1, h.prev_hash, h.hash FROM change_log c"
        " LEFT JOIN change_log_hash h ON h.entry_id = c.id ORDER BY c.id"_s.arg(ChangeLogChain::entryColumns()));
    if (!q) {
        report.problem = problem(u"entry"_s, 0, {}, {}, q.error().message);
        return false;
    }
    QString previous = ChangeLogChain::genesis();
    while (q->next()) {
        const ChainedEntry e = ChangeLogChain::entryFrom(*q);
        const QString what = describe(e.action, e.entity, e.entityKey);
        auto fail = [&](const QString &why) {
            report.problem = problem(u"entry"_s, e.id, e.at, what, why);
            return false;
        };
        if (q->value(9).isNull())
            return fail(Text::tr("the entry is not in the hash chain: it was added behind the application's back"));
        if (q->value(9).toString() != previous)
            return fail(
                Text::tr("the entry does not follow the one before it in the chain: an earlier entry was removed, "
                         "inserted or altered"));
        const QString expected = ChangeLogChain::hash(previous, e);
        if (q->value(10).toString() != expected)
            return fail(Text::tr("the entry's content does not match its hash: it was altered after it was written"));
        previous = expected;
        ++report.entries;
    }
    report.head = previous;
    return true;
}

std::optional<HistoryEntry> TrailVerifier::lastEntry(const QString &entity, qint64 key) const
{
    auto q = m_repository.run(u"SELECT id, at, action, new_value FROM change_log WHERE entity = ? AND entity_key = ?"
                              " AND new_value IS NOT NULL ORDER BY id DESC LIMIT 1"_s,
                              {entity, QString::number(key)});
    if (!q || !q->next())
        return std::nullopt;
    HistoryEntry h;
    h.id = q->value(0).toLongLong();
    h.entityKey = q->value(1).toString(); // the time, as stored
    h.action = q->value(2).toString();
    h.entity = entity;
    h.newValue = q->value(3).toString();
    return h;
}

bool TrailVerifier::verifyEvidence(TrailReport &report) const
{
    auto list = m_repository.run(u"SELECT id, name, sha256, size FROM evidence ORDER BY id"_s);
    if (!list) {
        report.problem = problem(u"evidence"_s, 0, {}, {}, list.error().message);
        return false;
    }
    while (list->next()) {
        const qint64 id = list->value(0).toLongLong();
        const QString name = list->value(1).toString();
        const QString stored = list->value(2).toString();
        const auto entry = lastEntry(u"evidence"_s, id);
        auto fail = [&](const QString &why) {
            report.problem = problem(u"evidence"_s, entry ? entry->id : 0, entry ? entry->entityKey : QString(),
                                     entry ? describe(entry->action, u"evidence"_s, QString::number(id))
                                           : u"evidence %1"_s.arg(id),
                                     Text::tr("evidence %1 (%2): %3").arg(QString::number(id), name, why));
            return false;
        };
        Sha256 hash;
        qint64 size = 0;
        auto chunks = m_repository.run(u"SELECT data FROM evidence_chunk WHERE evidence_id = ? ORDER BY seq"_s, {id});
        if (!chunks)
            return fail(chunks.error().message);
        while (chunks->next()) {
            const QByteArray data = chunks->value(0).toByteArray();
            size += data.size();
            hash.addData(data);
        }
        if (hash.finalHex() != stored || size != list->value(3).toLongLong())
            return fail(
                Text::tr("the stored bytes do not match the file's SHA-256 %1: the content was altered").arg(stored));
        // The SHA-256 itself must be the one the chain recorded.
        if (entry) {
            const QJsonObject logged = QJsonDocument::fromJson(entry->newValue.toUtf8()).object();
            if (logged.value(u"sha256"_s).toString() != stored)
                return fail(
                    Text::tr("its SHA-256 differs from the one the change log recorded (%1): the file was replaced")
                        .arg(logged.value(u"sha256"_s).toString()));
        }
        ++report.evidence;
    }
    return true;
}

bool TrailVerifier::verifySignOffs(qint64 assessmentId, TrailReport &report) const
{
    const LifecycleRepository lifecycle(m_repository);
    auto all = lifecycle.signOffs(assessmentId);
    if (!all) {
        report.problem = problem(u"sign-off"_s, 0, {}, {}, all.error().message);
        return false;
    }
    for (const SignOffRecord &s : *all) {
        const auto entry = lastEntry(u"sign_off"_s, s.id);
        auto fail = [&](const QString &why) {
            report.problem = problem(u"sign-off"_s, entry ? entry->id : 0, entry ? entry->entityKey : QString(),
                                     u"sign-off %1 (revision %2)"_s.arg(s.id).arg(s.revision), why);
            return false;
        };
        if (StateFingerprint::of(s.snapshot) != s.fingerprint)
            return fail(
                Text::tr("the signed state does not match its fingerprint %1: it was altered").arg(s.fingerprint));
        // The first chained entry about a sign-off records the row as signed.
        auto signedEntry = m_repository.run(u"SELECT new_value FROM change_log WHERE entity = 'sign_off'"
                                            " AND entity_key = ? AND action = 'sign-off' ORDER BY id LIMIT 1"_s,
                                            {QString::number(s.id)});
        const QString recorded = signedEntry && signedEntry->next() ? signedEntry->value(0).toString() : QString();
        if (recorded.isEmpty())
            return fail(
                Text::tr("the sign-off has no entry in the change log: it was added behind the application's back"));
        if (recorded != m_repository.rowJson(LifecycleRepository::signOffStateSql(), {s.id}))
            return fail(
                Text::tr("the sign-off (name, role, opinion, date or fingerprint) differs from what the change log "
                         "recorded when it was signed: it was altered"));
        ++report.signOffs;
    }
    if (!all->isEmpty() && !all->last().reopenedAt) {
        const SignOffRecord &s = all->last();
        auto now = StateFingerprint::canonical(m_repository, assessmentId);
        if (!now || StateFingerprint::of(*now) != s.fingerprint) {
            const auto entry = lastEntry(u"sign_off"_s, s.id);
            report.problem
                = problem(u"sign-off"_s, entry ? entry->id : 0, entry ? entry->entityKey : QString(),
                          u"sign-off %1 (revision %2)"_s.arg(s.id).arg(s.revision),
                          Text::tr("the assessment's content no longer matches the signed fingerprint %1: answers, "
                                   "notes, evidence or actions were changed after the sign-off")
                              .arg(s.fingerprint));
            return false;
        }
    }
    return true;
}

} // namespace readiness::lifecycle
