#include "WorkshopController.h"

#include "AssessmentSession.h"
#include "Workshop.h"
#include "WorkshopCommand.h"

#include <QLocale>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace readiness::ui {

namespace {
// Written at least this often while a section is open, so a crash loses
// little of the time counted.
constexpr int kFlushEveryTicks = 60;
} // namespace

WorkshopController::WorkshopController(AssessmentSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_repository(session.document().repository())
    , m_ticker(new QTimer(this))
{
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, [this, ticks = 0]() mutable {
        if (++ticks % kFlushEveryTicks == 0)
            flushTimer();
        emit timerTick();
    });
    if (Status s = reload(); !s)
        m_lastError = s.error().toString();
}

WorkshopController::~WorkshopController()
{
    flushTimer();
}

bool WorkshopController::isAvailable() const
{
    return m_repository.isAvailable() && !m_session.document().isReadOnly();
}

Status WorkshopController::reload()
{
    const qint64 assessmentId = m_session.document().assessment().id;
    auto running = m_repository.runningSession(assessmentId);
    if (!running)
        return running.error();
    m_running = *running;
    m_participants.clear();
    m_written.clear();
    if (m_running) {
        auto people = m_repository.participants(m_running->id);
        if (!people)
            return people.error();
        m_participants = *people;
        auto times = m_repository.sectionTimes(m_running->id);
        if (!times)
            return times.error();
        for (const workshop::SectionTime &t : std::as_const(*times))
            m_written.insert(QString::number(t.questionnaireRef) + u'/' + t.sectionId, t.elapsedMs);
    }
    bool stillThere = false;
    for (const workshop::Participant &p : std::as_const(m_participants))
        stillThere = stillThere || p.id == m_current;
    if (!stillThere)
        m_current = 0;
    auto parked = m_repository.parked(assessmentId);
    if (!parked)
        return parked.error();
    m_parked = *parked;
    if (m_running && !m_ticker->isActive())
        m_ticker->start();
    else if (!m_running)
        m_ticker->stop();
    emit changed();
    return success();
}

bool WorkshopController::push(const QString &text, std::function<Status()> apply, std::function<Status()> revert)
{
    // The steps use this controller's repository: a command outliving it
    // (the stack goes with the session, a moment later) does nothing.
    QPointer<WorkshopController> self(this);
    const auto thenReload = [self](const std::function<Status()> &step) {
        return [self, step]() -> Status {
            if (!self)
                return makeError(u"the workshop is no longer open"_s);
            Status s = step();
            (void)self->reload();
            return s;
        };
    };
    if (!m_session.pushChecked(
            new WorkshopCommand(m_session.document(), text, thenReload(apply), thenReload(revert)))) {
        m_lastError = m_session.lastError();
        return false;
    }
    return true;
}

bool WorkshopController::start(const QString &title, const QList<workshop::Participant> &participants)
{
    auto started = m_repository.startSession(m_session.document().assessment().id, title, participants);
    if (!started) {
        m_lastError = started.error().toString();
        return false;
    }
    m_sectionRef = 0; // the section shown now starts counting with the session
    m_clock.restart();
    m_paused = false;
    if (Status s = reload(); !s) {
        m_lastError = s.error().toString();
        return false;
    }
    return true;
}

bool WorkshopController::end()
{
    if (!m_running)
        return false;
    flushTimer();
    if (Status s = m_repository.endSession(m_running->id); !s) {
        m_lastError = s.error().toString();
        return false;
    }
    (void)reload();
    return true;
}

bool WorkshopController::addParticipant(const QString &name, const QString &role)
{
    if (!m_running)
        return false;
    const qint64 sessionId = m_running->id;
    auto id = std::make_shared<qint64>(0);
    workshop::WorkshopRepository *repo = &m_repository;
    return push(
        tr("Add participant %1").arg(name.trimmed()),
        [=]() -> Status {
            if (*id == 0) {
                auto added = repo->addParticipant(sessionId, name, role);
                if (!added)
                    return added.error();
                *id = *added;
                return success();
            }
            return repo->updateParticipant({*id, sessionId, name.trimmed(), role.trimmed(), false});
        },
        [=]() -> Status {
            return repo->updateParticipant({*id, sessionId, name.trimmed(), role.trimmed(), true});
        });
}

bool WorkshopController::changeParticipant(const workshop::Participant &changed)
{
    workshop::Participant before;
    for (const workshop::Participant &p : std::as_const(m_participants))
        if (p.id == changed.id)
            before = p;
    if (before.id == 0)
        return false;
    workshop::WorkshopRepository *repo = &m_repository;
    const QString text
        = changed.removed ? tr("Remove participant %1").arg(before.name) : tr("Change participant %1").arg(before.name);
    return push(
        text, [=] { return repo->updateParticipant(changed); }, [=] { return repo->updateParticipant(before); });
}

bool WorkshopController::removeParticipant(qint64 participantId)
{
    for (workshop::Participant p : std::as_const(m_participants))
        if (p.id == participantId) {
            p.removed = true;
            return changeParticipant(p);
        }
    return false;
}

void WorkshopController::setCurrentParticipant(qint64 participantId)
{
    m_current = participantId;
}

void WorkshopController::answerGiven(qint64 questionnaireRef, const QString &questionId)
{
    if (!m_running || m_current == 0)
        return;
    workshop::Workshop shared(m_session.document());
    if (auto a = shared.attributeAnswer(m_running->id, m_current, questionnaireRef, questionId); !a)
        m_lastError = a.error().toString();
}

QString WorkshopController::givenBy(qint64 questionnaireRef, const QString &questionId) const
{
    auto all = m_repository.attributionsOf(questionnaireRef, questionId);
    if (!all || all->isEmpty())
        return {};
    const workshop::Attribution &last = all->last();
    if (last.value != m_session.document().answer(questionnaireRef, questionId).value)
        return {};
    return u"%1, %2"_s.arg(workshop::Participant {0, 0, last.participantName, last.participantRole, false}.label(),
                           QLocale().toString(last.at.toLocalTime(), QLocale::ShortFormat));
}

bool WorkshopController::park(qint64 questionnaireRef, const QString &questionId, const QString &note)
{
    if (!m_running)
        return false;
    const qint64 sessionId = m_running->id;
    auto id = std::make_shared<qint64>(0);
    workshop::WorkshopRepository *repo = &m_repository;
    return push(
        tr("Park %1").arg(questionId),
        [=]() -> Status {
            auto parked = repo->park(sessionId, questionnaireRef, questionId, note, *id);
            if (!parked)
                return parked.error();
            *id = *parked;
            return success();
        },
        [=] { return repo->unpark(*id); });
}

bool WorkshopController::setResolved(qint64 parkedId, bool resolved)
{
    workshop::WorkshopRepository *repo = &m_repository;
    return push(
        resolved ? tr("Resolve parked question") : tr("Reopen parked question"),
        [=] { return repo->setResolved(parkedId, resolved); }, [=] { return repo->setResolved(parkedId, !resolved); });
}

QString WorkshopController::sectionKey() const
{
    return QString::number(m_sectionRef) + u'/' + m_sectionId;
}

void WorkshopController::questionShown(qint64 questionnaireRef, const QString &questionId)
{
    const auto *entry = m_session.document().questionnaire(questionnaireRef);
    const int index = entry ? entry->questionnaire.sectionIndexOf(questionId) : -1;
    const QString sectionId = index < 0 ? QString() : entry->questionnaire.sections.at(index).id;
    if (questionnaireRef == m_sectionRef && sectionId == m_sectionId)
        return;
    flushTimer();
    m_sectionRef = questionnaireRef;
    m_sectionId = sectionId;
    m_clock.restart();
    emit timerTick();
}

void WorkshopController::setTimerPaused(bool paused)
{
    if (paused == m_paused)
        return;
    if (paused)
        flushTimer();
    m_paused = paused;
    m_clock.restart();
    emit timerTick();
}

void WorkshopController::flushTimer()
{
    if (!m_running || m_paused || m_sectionRef == 0 || m_sectionId.isEmpty() || !m_clock.isValid() || !isAvailable())
        return;
    const qint64 ms = m_clock.restart();
    if (ms <= 0)
        return;
    if (Status s = m_repository.addSectionTime(m_running->id, m_sectionRef, m_sectionId, ms); !s) {
        m_lastError = s.error().toString();
        return;
    }
    m_written[sectionKey()] += ms;
}

qint64 WorkshopController::sectionElapsedMs() const
{
    const qint64 live = (!m_running || m_paused || !m_clock.isValid()) ? 0 : m_clock.elapsed();
    return m_written.value(sectionKey()) + live;
}

QString WorkshopController::currentSectionTitle() const
{
    const auto *entry = m_session.document().questionnaire(m_sectionRef);
    if (!entry)
        return {};
    for (const Section &s : entry->questionnaire.sections)
        if (s.id == m_sectionId)
            return s.title.text();
    return {};
}

} // namespace readiness::ui
