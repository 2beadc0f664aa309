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

} // namespace readiness::workshop
