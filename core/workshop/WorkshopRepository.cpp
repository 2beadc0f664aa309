#include "WorkshopRepository.h"

#include "Migrations.h"
#include "TextLimits.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace readiness::workshop {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::workshop::WorkshopRepository)
};

QDateTime timestamp(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}
std::optional<QDateTime> optionalTimestamp(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return timestamp(v);
}
QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}
const QString kSessionColumns = u"id, assessment_id, title, started_at, ended_at, started_by"_s;
const QString kParticipantRow = u"SELECT id, session_id, name, role, removed FROM workshop_participant WHERE id = ?"_s;
const QString kParkedRow
    = u"SELECT id, session_id, questionnaire_id, question_id, note, created_at, created_by, resolved_at, resolved_by"
      " FROM workshop_parked WHERE id = ?"_s;

WorkshopSessionRecord sessionFrom(const QSqlQuery &q)
{
    WorkshopSessionRecord s;
    s.id = q.value(0).toLongLong();
    s.assessmentId = q.value(1).toLongLong();
    s.title = q.value(2).toString();
    s.startedAt = timestamp(q.value(3));
    s.endedAt = optionalTimestamp(q.value(4));
    s.startedBy = q.value(5).toString();
    return s;
}

Status checkParticipant(const QString &name, const QString &role)
{
    if (name.trimmed().isEmpty())
        return makeError(Text::tr("a participant needs a name"));
    if (Status s = TextLimits::check(Text::tr("the participant's name"), name, TextLimits::kName); !s)
        return s;
    return TextLimits::check(Text::tr("the participant's role"), role, TextLimits::kName);
}
} // namespace

WorkshopRepository::WorkshopRepository(AssessmentRepository &repository)
    : m_repository(repository)
{ }

bool WorkshopRepository::isAvailable() const
{
    return m_repository.file().schemaVersion() >= kWorkshopFormat;
}

Result<QList<WorkshopSessionRecord>> WorkshopRepository::sessions(qint64 assessmentId) const
{
    QList<WorkshopSessionRecord> list;
    if (!isAvailable())
        return list;
    auto q = m_repository.run(
        u"SELECT %1 FROM workshop_session WHERE assessment_id = ? ORDER BY id"_s.arg(kSessionColumns), {assessmentId});
    if (!q)
        return q.error();
    while (q->next())
        list.append(sessionFrom(*q));
    return list;
}

Result<std::optional<WorkshopSessionRecord>> WorkshopRepository::session(qint64 sessionId) const
{
    if (!isAvailable())
        return std::optional<WorkshopSessionRecord>();
    auto q = m_repository.run(u"SELECT %1 FROM workshop_session WHERE id = ?"_s.arg(kSessionColumns), {sessionId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<WorkshopSessionRecord>();
    return std::optional<WorkshopSessionRecord>(sessionFrom(*q));
}

Result<std::optional<WorkshopSessionRecord>> WorkshopRepository::runningSession(qint64 assessmentId) const
{
    auto all = sessions(assessmentId);
    if (!all)
        return all.error();
    for (const WorkshopSessionRecord &s : std::as_const(*all))
        if (s.isRunning())
            return std::optional<WorkshopSessionRecord>(s);
    return std::optional<WorkshopSessionRecord>();
}

Result<WorkshopSessionRecord> WorkshopRepository::startSession(qint64 assessmentId, const QString &title,
                                                               const QList<Participant> &participants)
{
    if (!isAvailable())
        return makeError(
            Text::tr("this file's format is older than %1; open it for writing to upgrade it").arg(kWorkshopFormat));
    if (Status s = TextLimits::check(Text::tr("the session's title"), title, TextLimits::kName); !s)
        return s.error();
    for (const Participant &p : participants)
        if (Status s = checkParticipant(p.name, p.role); !s)
            return s.error();
    WorkshopSessionRecord record;
    Status s = m_repository.file().write([&]() -> Status {
        auto running = runningSession(assessmentId);
        if (!running)
            return running.error();
        if (*running)
            return makeError(Text::tr("workshop session %1 is still running; end it first").arg((*running)->id));
        record.assessmentId = assessmentId;
        record.title = title.trimmed();
        record.startedAt = timestamp(m_repository.now());
        record.startedBy = m_repository.actor();
        auto q = m_repository.run(
            u"INSERT INTO workshop_session (assessment_id, title, started_at, started_by) VALUES (?, ?, ?, ?)"_s,
            {assessmentId, record.title, record.startedAt.toString(Qt::ISODateWithMs), record.startedBy});
        if (!q)
            return q.error();
        record.id = q->lastInsertId().toLongLong();
        q->finish();
        if (Status s = m_repository.log(
                u"start"_s, u"workshop_session"_s, QString::number(record.id), json({{u"title"_s, record.title}}), {},
                m_repository.rowJson(u"SELECT %1 FROM workshop_session WHERE id = ?"_s.arg(kSessionColumns),
                                     {record.id}));
            !s)
            return s;
        // Nested writes: savepoints of this transaction, so a session never
        // starts with half of its participants.
        for (const Participant &p : participants)
            if (auto added = addParticipant(record.id, p.name, p.role); !added)
                return added.error();
        return success();
    });
    if (!s)
        return s.error();
    return record;
}

Status WorkshopRepository::endSession(qint64 sessionId)
{
    return m_repository.file().write([&]() -> Status {
        const QString select = u"SELECT %1 FROM workshop_session WHERE id = ?"_s.arg(kSessionColumns);
        const QString before = m_repository.rowJson(select, {sessionId});
        auto q = m_repository.run(u"UPDATE workshop_session SET ended_at = ? WHERE id = ? AND ended_at IS NULL"_s,
                                  {m_repository.now(), sessionId});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return makeError(Text::tr("workshop session %1 is not running").arg(sessionId));
        return m_repository.log(u"end"_s, u"workshop_session"_s, QString::number(sessionId), {}, before,
                                m_repository.rowJson(select, {sessionId}));
    });
}

Result<QList<Participant>> WorkshopRepository::participants(qint64 sessionId, bool withRemoved) const
{
    QList<Participant> list;
    if (!isAvailable())
        return list;
    auto q = m_repository.run(u"SELECT id, session_id, name, role, removed FROM workshop_participant"
                              " WHERE session_id = ? AND (? OR removed = 0) ORDER BY id"_s,
                              {sessionId, withRemoved});
    if (!q)
        return q.error();
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(), q->value(3).toString(),
                     q->value(4).toBool()});
    return list;
}

Result<qint64> WorkshopRepository::addParticipant(qint64 sessionId, const QString &name, const QString &role)
{
    if (Status s = checkParticipant(name, role); !s)
        return s.error();
    qint64 id = 0;
    Status s = m_repository.file().write([&]() -> Status {
        auto q = m_repository.run(u"INSERT INTO workshop_participant (session_id, name, role) VALUES (?, ?, ?)"_s,
                                  {sessionId, name.trimmed(), role.trimmed()});
        if (!q)
            return q.error();
        id = q->lastInsertId().toLongLong();
        return m_repository.log(u"add"_s, u"workshop_participant"_s, QString::number(id),
                                json({{u"name"_s, name.trimmed()}}), {}, m_repository.rowJson(kParticipantRow, {id}));
    });
    if (!s)
        return s.error();
    return id;
}

Status WorkshopRepository::updateParticipant(const Participant &p)
{
    if (Status s = checkParticipant(p.name, p.role); !s)
        return s;
    return m_repository.file().write([&]() -> Status {
        const QString before = m_repository.rowJson(kParticipantRow, {p.id});
        auto q = m_repository.run(u"UPDATE workshop_participant SET name = ?, role = ?, removed = ? WHERE id = ?"_s,
                                  {p.name.trimmed(), p.role.trimmed(), p.removed ? 1 : 0, p.id});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return makeError(Text::tr("there is no participant %1").arg(p.id));
        return m_repository.log(p.removed ? u"remove"_s : u"set"_s, u"workshop_participant"_s, QString::number(p.id),
                                json({{u"name"_s, p.name.trimmed()}}), before,
                                m_repository.rowJson(kParticipantRow, {p.id}));
    });
}

Result<qint64> WorkshopRepository::attribute(qint64 sessionId, qint64 participantId, qint64 questionnaireRef,
                                             const QString &questionId, const QString &value)
{
    qint64 id = 0;
    Status s = m_repository.file().write([&]() -> Status {
        auto who = m_repository.run(
            u"SELECT p.name, p.role FROM workshop_participant p JOIN workshop_session s ON s.id = p.session_id"
            " WHERE p.id = ? AND p.session_id = ? AND p.removed = 0 AND s.ended_at IS NULL"_s,
            {participantId, sessionId});
        if (!who)
            return who.error();
        if (!who->next())
            return makeError(
                Text::tr("participant %1 is not in the running session %2").arg(participantId).arg(sessionId));
        const QString name = who->value(0).toString();
        const QString role = who->value(1).toString();
        who->finish();
        auto q = m_repository.run(u"INSERT INTO workshop_attribution (session_id, participant_id, questionnaire_id,"
                                  " question_id, value, at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                                  {sessionId, participantId, questionnaireRef, questionId, value, m_repository.now()});
        if (!q)
            return q.error();
        id = q->lastInsertId().toLongLong();
        // Logged against the answer (as its new value too), so the question's
        // history shows who gave it.
        const QString given
            = json({{u"session"_s, sessionId}, {u"participant"_s, name}, {u"role"_s, role}, {u"value"_s, value}});
        return m_repository.log(u"attribute"_s, u"answer"_s, QString::number(questionnaireRef) + u'/' + questionId,
                                given, {}, given);
    });
    if (!s)
        return s.error();
    return id;
}

Result<QList<Attribution>> WorkshopRepository::readAttributions(const QString &where, const QVariantList &values) const
{
    QList<Attribution> list;
    if (!isAvailable())
        return list;
    auto q = m_repository.run(
        u"SELECT a.id, a.session_id, a.participant_id, a.questionnaire_id, a.question_id,"
        " a.value, a.at, p.name, p.role FROM workshop_attribution a"
        " JOIN workshop_participant p ON p.id = a.participant_id WHERE %1 ORDER BY a.id"_s.arg(where),
        values);
    if (!q)
        return q.error();
    while (q->next()) {
        Attribution a;
        a.id = q->value(0).toLongLong();
        a.sessionId = q->value(1).toLongLong();
        a.participantId = q->value(2).toLongLong();
        a.questionnaireRef = q->value(3).toLongLong();
        a.questionId = q->value(4).toString();
        a.value = q->value(5).toString();
        a.at = timestamp(q->value(6));
        a.participantName = q->value(7).toString();
        a.participantRole = q->value(8).toString();
        list.append(a);
    }
    return list;
}

Result<QList<Attribution>> WorkshopRepository::attributions(qint64 sessionId) const
{
    return readAttributions(u"a.session_id = ?"_s, {sessionId});
}

Result<QList<Attribution>> WorkshopRepository::attributionsOf(qint64 questionnaireRef, const QString &questionId) const
{
    return readAttributions(u"a.questionnaire_id = ? AND a.question_id = ?"_s, {questionnaireRef, questionId});
}

Result<QList<ParkedQuestion>> WorkshopRepository::parked(qint64 assessmentId) const
{
    QList<ParkedQuestion> list;
    if (!isAvailable())
        return list;
    auto q = m_repository.run(
        u"SELECT p.id, p.session_id, p.questionnaire_id, p.question_id, p.note, p.created_at, p.created_by,"
        " p.resolved_at, p.resolved_by FROM workshop_parked p JOIN workshop_session s ON s.id = p.session_id"
        " WHERE s.assessment_id = ? ORDER BY p.id"_s,
        {assessmentId});
    if (!q)
        return q.error();
    while (q->next()) {
        ParkedQuestion p;
        p.id = q->value(0).toLongLong();
        p.sessionId = q->value(1).toLongLong();
        p.questionnaireRef = q->value(2).toLongLong();
        p.questionId = q->value(3).toString();
        p.note = q->value(4).toString();
        p.createdAt = timestamp(q->value(5));
        p.createdBy = q->value(6).toString();
        p.resolvedAt = optionalTimestamp(q->value(7));
        p.resolvedBy = q->value(8).toString();
        list.append(p);
    }
    return list;
}

Result<qint64> WorkshopRepository::park(qint64 sessionId, qint64 questionnaireRef, const QString &questionId,
                                        const QString &note, qint64 reuseId)
{
    if (Status s = TextLimits::check(Text::tr("the parking-lot note"), note, TextLimits::kNote); !s)
        return s.error();
    qint64 id = reuseId;
    Status s = m_repository.file().write([&]() -> Status {
        auto q = m_repository.run(u"INSERT INTO workshop_parked (id, session_id, questionnaire_id, question_id, note,"
                                  " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                                  {reuseId > 0 ? QVariant(reuseId) : QVariant(QMetaType(QMetaType::LongLong)),
                                   sessionId, questionnaireRef, questionId, note.trimmed(), m_repository.now(),
                                   m_repository.actor()});
        if (!q)
            return q.error();
        id = q->lastInsertId().toLongLong();
        return m_repository.log(u"park"_s, u"workshop_parked"_s, QString::number(id),
                                json({{u"question"_s, questionId}}), {}, m_repository.rowJson(kParkedRow, {id}));
    });
    if (!s)
        return s.error();
    return id;
}

Status WorkshopRepository::unpark(qint64 parkedId)
{
    return m_repository.file().write([&]() -> Status {
        const QString before = m_repository.rowJson(kParkedRow, {parkedId});
        auto q = m_repository.run(u"DELETE FROM workshop_parked WHERE id = ?"_s, {parkedId});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return makeError(Text::tr("there is no parked question %1").arg(parkedId));
        return m_repository.log(u"unpark"_s, u"workshop_parked"_s, QString::number(parkedId), {}, before, {});
    });
}

Status WorkshopRepository::setResolved(qint64 parkedId, bool resolved)
{
    return m_repository.file().write([&]() -> Status {
        const QString before = m_repository.rowJson(kParkedRow, {parkedId});
        auto q = m_repository.run(u"UPDATE workshop_parked SET resolved_at = ?, resolved_by = ? WHERE id = ?"_s,
                                  {resolved ? QVariant(m_repository.now()) : nullText(),
                                   resolved ? m_repository.actor() : QString(), parkedId});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return makeError(Text::tr("there is no parked question %1").arg(parkedId));
        return m_repository.log(resolved ? u"resolve"_s : u"reopen"_s, u"workshop_parked"_s, QString::number(parkedId),
                                {}, before, m_repository.rowJson(kParkedRow, {parkedId}));
    });
}

Result<QList<SectionTime>> WorkshopRepository::sectionTimes(qint64 sessionId) const
{
    QList<SectionTime> list;
    if (!isAvailable())
        return list;
    auto q = m_repository.run(u"SELECT session_id, questionnaire_id, section_id, elapsed_ms FROM workshop_section_time"
                              " WHERE session_id = ? ORDER BY questionnaire_id, section_id"_s,
                              {sessionId});
    if (!q)
        return q.error();
    while (q->next())
        list.append(
            {q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(), q->value(3).toLongLong()});
    return list;
}

Status WorkshopRepository::addSectionTime(qint64 sessionId, qint64 questionnaireRef, const QString &sectionId,
                                          qint64 elapsedMs)
{
    if (elapsedMs < 0)
        return makeError(Text::tr("a section's time cannot be negative"));
    // Bookkeeping of the meeting, written often (on every section change and
    // pause): a transaction, but no change-log entry per tick.
    return m_repository.file().write([&]() -> Status {
        auto q = m_repository.run(u"INSERT INTO workshop_section_time (session_id, questionnaire_id, section_id,"
                                  " elapsed_ms) VALUES (?, ?, ?, ?) ON CONFLICT (session_id, questionnaire_id,"
                                  " section_id) DO UPDATE SET elapsed_ms = elapsed_ms + excluded.elapsed_ms"_s,
                                  {sessionId, questionnaireRef, sectionId, elapsedMs});
        if (!q)
            return q.error();
        return success();
    });
}

} // namespace readiness::workshop
