#pragma once

#include "WorkshopRecords.h"
#include "WorkshopRepository.h"

#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace readiness::ui {

class AssessmentSession;

/// The workshop of one open assessment: the running session, its
/// participants, who is answering now, the parking lot and the section
/// timer. Edits of participants and the parking lot are undoable commands
/// on the session's stack; every write goes to the file at once.
class WorkshopController final : public QObject
{
    Q_OBJECT

public:
    explicit WorkshopController(AssessmentSession &session, QObject *parent = nullptr);
    ~WorkshopController() override;

    AssessmentSession &session() { return m_session; }
    bool isAvailable() const; // the file can hold a workshop (writable, format 4)
    bool isRunning() const { return m_running.has_value(); }
    const std::optional<workshop::WorkshopSessionRecord> &running() const { return m_running; }
    QString lastError() const { return m_lastError; }

    /// Starts a session with @p participants in one transaction; false and
    /// lastError() when the file refused (then nothing was started).
    bool start(const QString &title, const QList<workshop::Participant> &participants);
    /// Ends the running session (the timer's time is written first).
    bool end();

    const QList<workshop::Participant> &participants() const { return m_participants; }
    bool addParticipant(const QString &name, const QString &role);
    bool changeParticipant(const workshop::Participant &changed);
    bool removeParticipant(qint64 participantId);
    /// Who is answering now (0: nobody recorded).
    void setCurrentParticipant(qint64 participantId);
    qint64 currentParticipant() const { return m_current; }
    /// Records who gave the answer just written (QuestionPanel::answerGiven).
    void answerGiven(qint64 questionnaireRef, const QString &questionId);
    /// Who gave the question's current answer, "Name (Role), 14:05"; empty
    /// when nobody was recorded or the answer changed since.
    QString givenBy(qint64 questionnaireRef, const QString &questionId) const;

    /// The assessment's parking lot, oldest first.
    const QList<workshop::ParkedQuestion> &parked() const { return m_parked; }
    bool park(qint64 questionnaireRef, const QString &questionId, const QString &note);
    bool setResolved(qint64 parkedId, bool resolved);

    /// The question shown now: its section's timer runs.
    void questionShown(qint64 questionnaireRef, const QString &questionId);
    void setTimerPaused(bool paused);
    bool isTimerPaused() const { return m_paused; }
    /// The time spent on the current section in this session, with the part
    /// not yet written.
    qint64 sectionElapsedMs() const;
    QString currentSectionTitle() const;
    /// Writes the time counted since the last write.
    void flushTimer();

signals:
    void changed(); // session started or ended, participants or parking lot changed
    void timerTick();

private:
    Status reload();
    bool push(const QString &text, std::function<Status()> apply, std::function<Status()> revert);
    QString sectionKey() const;

    AssessmentSession &m_session;
    workshop::WorkshopRepository m_repository;
    std::optional<workshop::WorkshopSessionRecord> m_running;
    QList<workshop::Participant> m_participants;
    QList<workshop::ParkedQuestion> m_parked;
    qint64 m_current = 0;
    QString m_lastError;
    // Section timer: the section shown, the time written for each section of
    // the session, and the clock of what is not written yet.
    qint64 m_sectionRef = 0;
    QString m_sectionId;
    QHash<QString, qint64> m_written;
    QElapsedTimer m_clock;
    bool m_paused = false;
    QTimer *m_ticker;
};

} // namespace readiness::ui
