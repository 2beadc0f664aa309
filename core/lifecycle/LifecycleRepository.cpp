#include "LifecycleRepository.h"

#include "Backups.h"
#include "Migrations.h"
#include "StateFingerprint.h"
#include "TextLimits.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <tuple>

using namespace Qt::StringLiterals;

namespace readiness::lifecycle {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::lifecycle::LifecycleRepository)
};

QDateTime timestamp(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}
QString signedOffMessage(const SignOffRecord &s)
{
    return Text::tr(
               "the assessment is signed off (revision %1, by %2 on %3) and read-only; reopen it for changes first")
        .arg(QString::number(s.revision), s.name, s.signedAt.toString(Qt::ISODate));
}
} // namespace

LifecycleRepository::LifecycleRepository(AssessmentRepository &repository)
    : m_repository(repository)
{ }

bool LifecycleRepository::isAvailable() const
{
    return m_repository.file().schemaVersion() >= kChainedLogFormat;
}

QString LifecycleRepository::signOffStateSql()
{
    return u"SELECT id, assessment_id, revision, name, role, opinion, signed_at, signed_by, fingerprint, chain_head"
           " FROM sign_off WHERE id = ?"_s;
}

Result<QList<SignOffRecord>> LifecycleRepository::signOffsOf(const AssessmentRepository &repository,
                                                             qint64 assessmentId)
{
    // An older file opened read-only has no sign-off table (and no sign-off).
    auto exists = repository.run(u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sign_off'"_s);
    if (!exists)
        return exists.error();
    if (!exists->next())
        return QList<SignOffRecord>();
    auto q = repository.run(
        u"SELECT s.id, s.assessment_id, s.revision, s.name, s.role, s.opinion, s.signed_at, s.signed_by,"
        " s.fingerprint, s.chain_head, s.snapshot, r.at, r.actor, r.reason"
        " FROM sign_off s LEFT JOIN reopening r ON r.sign_off_id = s.id WHERE s.assessment_id = ? ORDER BY s.revision"_s,
        {assessmentId});
    if (!q)
        return q.error();
    QList<SignOffRecord> list;
    while (q->next()) {
        SignOffRecord s;
        s.id = q->value(0).toLongLong();
        s.assessmentId = q->value(1).toLongLong();
        s.revision = q->value(2).toInt();
        s.name = q->value(3).toString();
        s.role = q->value(4).toString();
        s.opinion = q->value(5).toString();
        s.signedAt = timestamp(q->value(6));
        s.signedBy = q->value(7).toString();
        s.fingerprint = q->value(8).toString();
        s.chainHead = q->value(9).toString();
        s.snapshot = q->value(10).toByteArray();
        if (!q->value(11).isNull()) {
            s.reopenedAt = timestamp(q->value(11));
            s.reopenedBy = q->value(12).toString();
            s.reopenReason = q->value(13).toString();
        }
        list.append(s);
    }
    return list;
}

Result<std::optional<SignOffRecord>> LifecycleRepository::activeSignOff(qint64 assessmentId) const
{
    auto all = signOffs(assessmentId);
    if (!all)
        return all.error();
    if (!all->isEmpty() && !all->last().reopenedAt)
        return std::optional<SignOffRecord>(all->last());
    return std::optional<SignOffRecord>();
}

Result<SignOffRecord> LifecycleRepository::signOff(qint64 assessmentId, const SignOffInput &input)
{
    if (!isAvailable())
        return makeError(
            Text::tr("this file's format is older than %1; open it for writing to upgrade it").arg(kChainedLogFormat));
    if (input.name.trimmed().isEmpty() || input.role.trimmed().isEmpty() || input.opinion.trimmed().isEmpty())
        return makeError(Text::tr("a sign-off needs the DPO's name, role and opinion"));
    // The same limits as every other text the user types (docs/file-safety.md).
    for (const auto &[field, text, limit] : {std::tuple {Text::tr("the signer's name"), input.name, TextLimits::kName},
                                             std::tuple {Text::tr("the signer's role"), input.role, TextLimits::kName},
                                             std::tuple {Text::tr("the opinion"), input.opinion, TextLimits::kNote}})
        if (Status s = TextLimits::check(field, text, limit); !s)
            return s.error();
    // A copy of the state before it is frozen (docs/backups.md); no
    // sign-off without it. Only when it can be signed off at all.
    {
        auto all = signOffs(assessmentId);
        if (!all)
            return all.error();
        if (!all->isEmpty() && !all->last().reopenedAt)
            return makeError(signedOffMessage(all->last()));
        if (Status b = backup::beforeChange(m_repository.file(), u"sign-off"_s); !b)
            return b.error();
    }
    SignOffRecord record;
    Status s = m_repository.file().write([&]() -> Status {
        auto all = signOffs(assessmentId);
        if (!all)
            return all.error();
        if (!all->isEmpty() && !all->last().reopenedAt)
            return makeError(signedOffMessage(all->last()));
        auto canonical = StateFingerprint::canonical(m_repository, assessmentId);
        if (!canonical)
            return canonical.error();
        auto head = m_repository.run(u"SELECT hash FROM change_log_hash ORDER BY entry_id DESC LIMIT 1"_s);
        if (!head)
            return head.error();
        record.assessmentId = assessmentId;
        record.revision = int(all->size()) + 1;
        record.name = input.name.trimmed();
        record.role = input.role.trimmed();
        record.opinion = input.opinion;
        record.signedAt = timestamp(m_repository.now());
        record.signedBy = m_repository.actor();
        record.fingerprint = StateFingerprint::of(*canonical);
        record.chainHead = head->next() ? head->value(0).toString() : QString(64, u'0');
        record.snapshot = *canonical;
        auto insert = m_repository.run(
            u"INSERT INTO sign_off (assessment_id, revision, name, role, opinion, signed_at, signed_by, fingerprint,"
            " chain_head, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {assessmentId, record.revision, record.name, record.role, record.opinion,
             record.signedAt.toString(Qt::ISODateWithMs), record.signedBy, record.fingerprint, record.chainHead,
             QString::fromUtf8(record.snapshot)});
        if (!insert)
            return insert.error();
        record.id = insert->lastInsertId().toLongLong();
        auto status = m_repository.run(u"UPDATE assessment SET status = 'signed-off' WHERE id = ?"_s, {assessmentId});
        if (!status)
            return status.error();
        return m_repository.log(
            u"sign-off"_s, u"sign_off"_s, QString::number(record.id),
            QString::fromUtf8(
                QJsonDocument(QJsonObject {{u"revision"_s, record.revision}}).toJson(QJsonDocument::Compact)),
            {}, m_repository.rowJson(signOffStateSql(), {record.id}));
    });
    if (!s)
        return s.error();
    return record;
}

Status LifecycleRepository::reopen(qint64 assessmentId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(Text::tr("say why the assessment is reopened (--reason)"));
    if (Status s = TextLimits::check(Text::tr("the reason"), reason, TextLimits::kNote); !s)
        return s;
    return m_repository.file().write([&]() -> Status {
        auto active = activeSignOff(assessmentId);
        if (!active)
            return active.error();
        if (!*active)
            return makeError(Text::tr("the assessment is not signed off; there is nothing to reopen"));
        const qint64 id = (*active)->id;
        auto q = m_repository.run(u"INSERT INTO reopening (sign_off_id, at, actor, reason) VALUES (?, ?, ?, ?)"_s,
                                  {id, m_repository.now(), m_repository.actor(), reason.trimmed()});
        if (!q)
            return q.error();
        auto status = m_repository.run(u"UPDATE assessment SET status = 'in-progress' WHERE id = ?"_s, {assessmentId});
        if (!status)
            return status.error();
        return m_repository.log(
            u"reopen"_s, u"sign_off"_s, QString::number(id), {}, {},
            m_repository.rowJson(u"SELECT sign_off_id, at, actor, reason FROM reopening WHERE sign_off_id = ?"_s,
                                 {id}));
    });
}

Result<QList<HistoryEntry>> LifecycleRepository::questionHistory(qint64 questionnaireRef,
                                                                 const QString &questionId) const
{
    const bool hasValues = isAvailable();
    const QString answerKey = QString::number(questionnaireRef) + u'/' + questionId;
    auto q = m_repository.run(u"SELECT id, at, actor, action, entity, entity_key, %1 FROM change_log"
                              " WHERE (entity = 'answer' AND entity_key = ?)"
                              " OR (entity = 'evidence' AND entity_key IN (SELECT CAST(id AS TEXT) FROM evidence"
                              "  WHERE questionnaire_id = ? AND question_id = ?)) ORDER BY id"_s.arg(
                                  hasValues ? u"old_value, new_value"_s : u"NULL, NULL"_s),
                              {answerKey, questionnaireRef, questionId});
    if (!q)
        return q.error();
    QList<HistoryEntry> list;
    while (q->next()) {
        HistoryEntry h;
        h.id = q->value(0).toLongLong();
        h.at = timestamp(q->value(1));
        h.actor = q->value(2).toString();
        h.action = q->value(3).toString();
        h.entity = q->value(4).toString();
        h.entityKey = q->value(5).toString();
        h.oldValue = q->value(6).toString();
        h.newValue = q->value(7).toString();
        list.append(h);
    }
    return list;
}

} // namespace readiness::lifecycle
