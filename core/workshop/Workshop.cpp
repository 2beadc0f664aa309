#include "Workshop.h"

#include "AssessmentDocument.h"
#include "WorkshopSummary.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace readiness::workshop {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::workshop::Workshop)
};

QString names(const QList<Participant> &people)
{
    QStringList list;
    for (const Participant &p : people)
        list.append(p.name);
    return list.isEmpty() ? Text::tr("nobody yet") : list.join(u", "_s);
}
} // namespace

Workshop::Workshop(AssessmentDocument &document)
    : m_document(document)
    , m_repository(document.repository())
{ }

Result<WorkshopSessionRecord> Workshop::running() const
{
    auto running = m_repository.runningSession(m_document.assessment().id);
    if (!running)
        return running.error();
    if (!*running)
        return makeError(Text::tr("no workshop session is running in %1; start one first")
                             .arg(QDir::toNativeSeparators(m_document.path())));
    return **running;
}

Result<WorkshopSessionRecord> Workshop::start(const QString &title, const QList<Participant> &participants)
{
    for (qsizetype i = 0; i < participants.size(); ++i)
        for (qsizetype j = 0; j < i; ++j)
            if (participants.at(i).name.trimmed().compare(participants.at(j).name.trimmed(), Qt::CaseInsensitive) == 0)
                return makeError(Text::tr("two participants are called '%1'; tell them apart (e.g. 'Anna S.')")
                                     .arg(participants.at(i).name.trimmed()));
    return m_repository.startSession(m_document.assessment().id, title, participants);
}

Result<WorkshopSessionRecord> Workshop::end()
{
    auto session = running();
    if (!session)
        return session.error();
    if (Status s = m_repository.endSession(session->id); !s)
        return s.error();
    auto ended = m_repository.session(session->id);
    if (!ended)
        return ended.error();
    return ended->value_or(*session);
}

Result<Participant> Workshop::participantNamed(qint64 sessionId, const QString &name) const
{
    auto people = m_repository.participants(sessionId);
    if (!people)
        return people.error();
    QList<Participant> found;
    for (const Participant &p : std::as_const(*people))
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            found.append(p);
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty())
        return makeError(Text::tr("'%1' is not a participant of workshop session %2 (participants: %3)")
                             .arg(name.trimmed(), QString::number(sessionId), names(*people)));
    return makeError(Text::tr("%1 participants of workshop session %2 are called '%3'")
                         .arg(QString::number(found.size()), QString::number(sessionId), name.trimmed()));
}

Result<Participant> Workshop::addParticipant(const QString &name, const QString &role)
{
    auto session = running();
    if (!session)
        return session.error();
    if (auto there = participantNamed(session->id, name); there)
        return makeError(
            Text::tr("'%1' is already a participant of workshop session %2").arg(there->name).arg(session->id));
    auto id = m_repository.addParticipant(session->id, name, role);
    if (!id)
        return id.error();
    return Participant {*id, session->id, name.trimmed(), role.trimmed(), false};
}

Result<Participant> Workshop::removeParticipant(const QString &name)
{
    auto session = running();
    if (!session)
        return session.error();
    auto person = participantNamed(session->id, name);
    if (!person)
        return person.error();
    Participant removed = *person;
    removed.removed = true;
    if (Status s = m_repository.updateParticipant(removed); !s)
        return s.error();
    return removed;
}

Result<qint64> Workshop::attributeAnswer(qint64 sessionId, qint64 participantId, qint64 questionnaireRef,
                                         const QString &questionId)
{
    // The value as stored (normalised), so the attribution stays valid
    // exactly as long as the answer is unchanged.
    return m_repository.attribute(sessionId, participantId, questionnaireRef, questionId,
                                  m_document.answer(questionnaireRef, questionId).value);
}

Result<Participant> Workshop::answer(qint64 questionnaireRef, const QString &questionId, const QString &value,
                                     const QString &note, const QString &givenBy)
{
    auto session = running();
    if (!session)
        return session.error();
    auto person = participantNamed(session->id, givenBy);
    if (!person)
        return person.error();
    Status s = m_document.repository().file().write([&]() -> Status {
        if (Status set = m_document.setAnswer(questionnaireRef, questionId, value, note); !set)
            return set;
        auto given = attributeAnswer(session->id, person->id, questionnaireRef, questionId);
        return given ? success() : Status(given.error());
    });
    if (!s)
        return s.error();
    return *person;
}

Result<qint64> Workshop::park(qint64 questionnaireRef, const QString &questionId, const QString &note)
{
    auto session = running();
    if (!session)
        return session.error();
    return m_repository.park(session->id, questionnaireRef, questionId, note);
}

Result<int> Workshop::resolve(qint64 questionnaireRef, const QString &questionId, bool resolved)
{
    auto lot = m_repository.parked(m_document.assessment().id);
    if (!lot)
        return lot.error();
    QList<qint64> targets;
    for (const ParkedQuestion &p : std::as_const(*lot))
        if (p.questionnaireRef == questionnaireRef && p.questionId == questionId && p.isResolved() != resolved)
            targets.append(p.id);
    if (targets.isEmpty())
        return makeError(resolved
                             ? Text::tr("'%1' is not on the parking lot (or is resolved already)").arg(questionId)
                             : Text::tr("'%1' has no resolved entry on the parking lot to reopen").arg(questionId));
    Status s = m_document.repository().file().write([&]() -> Status {
        for (const qint64 id : std::as_const(targets))
            if (Status r = m_repository.setResolved(id, resolved); !r)
                return r;
        return success();
    });
    if (!s)
        return s.error();
    return int(targets.size());
}

Result<QList<SessionOverview>> Workshop::overview() const
{
    auto sessions = m_repository.sessions(m_document.assessment().id);
    if (!sessions)
        return sessions.error();
    auto lot = m_repository.parked(m_document.assessment().id);
    if (!lot)
        return lot.error();
    QList<SessionOverview> list;
    for (const WorkshopSessionRecord &session : std::as_const(*sessions)) {
        // "Answered in the session" as the summary counts it, not a second
        // definition of it.
        auto summary = WorkshopSummary::build(m_document, session.id, u"en"_s);
        if (!summary)
            return summary.error();
        SessionOverview o;
        o.session = session;
        o.number = summary->sessionNumber;
        o.participants = summary->participants;
        o.elapsedMs = summary->totalMs;
        for (const WorkshopSummary::Section &s : std::as_const(summary->sections))
            o.answered += int(s.answers.size());
        for (const ParkedQuestion &p : std::as_const(*lot))
            o.parked += p.sessionId == session.id ? 1 : 0;
        list.append(o);
    }
    return list;
}

} // namespace readiness::workshop
