#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace readiness::workshop {

/// One workshop meeting on an assessment; running while endedAt is unset.
struct WorkshopSessionRecord
{
    qint64 id = 0;
    qint64 assessmentId = 0;
    QString title;
    QDateTime startedAt;
    std::optional<QDateTime> endedAt;
    QString startedBy;

    bool isRunning() const { return !endedAt.has_value(); }
};

/// Someone in the room: a name and a role ("Head of HR").
struct Participant
{
    qint64 id = 0;
    qint64 sessionId = 0;
    QString name;
    QString role;
    bool removed = false;

    /// "Name (Role)", or the name alone.
    QString label() const { return role.isEmpty() ? name : name + QStringLiteral(" (") + role + u')'; }

    /// A participant as the user writes one: "Anna Schmidt, Head of HR"
    /// (the role follows the first comma; no comma: no role). The start
    /// dialog's lines and the command line's --participant read this way.
    static Participant fromLine(const QString &line)
    {
        const qsizetype comma = line.indexOf(u',');
        Participant p;
        p.name = (comma < 0 ? line : line.left(comma)).trimmed();
        p.role = comma < 0 ? QString() : line.mid(comma + 1).trimmed();
        return p;
    }
};

/// An answer given in a session, and who gave it.
struct Attribution
{
    qint64 id = 0;
    qint64 sessionId = 0;
    qint64 participantId = 0;
    qint64 questionnaireRef = 0;
    QString questionId;
    QString value; // stored form, as given
    QDateTime at;
    QString participantName;
    QString participantRole;
};

/// A question parked to come back to.
struct ParkedQuestion
{
    qint64 id = 0;
    qint64 sessionId = 0;
    qint64 questionnaireRef = 0;
    QString questionId;
    QString note;
    QDateTime createdAt;
    QString createdBy;
    std::optional<QDateTime> resolvedAt;
    QString resolvedBy;

    bool isResolved() const { return resolvedAt.has_value(); }
};

/// Time spent on one section in one session.
struct SectionTime
{
    qint64 sessionId = 0;
    qint64 questionnaireRef = 0;
    QString sectionId;
    qint64 elapsedMs = 0;
};

/// One session at a glance (`gdpr-readiness workshop sessions`).
struct SessionOverview
{
    WorkshopSessionRecord session;
    int number = 0; // 1-based among the assessment's sessions
    QList<Participant> participants;
    int answered = 0; // answers given in the session, as its summary counts them
    int parked = 0; // questions parked in the session
    qint64 elapsedMs = 0; // time on the sections
};

} // namespace readiness::workshop
