#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace readiness {

struct Organisation
{
    QString name;
    QString sector;
    QString country;
    std::optional<double> turnover; // annual, in currency
    QString currency; // "EUR", "GBP" or empty
    /// The German Land as an ISO 3166-2 code without "DE-" ("BY"); empty
    /// outside Germany. Kept in the meta table (organisation.land), so
    /// files of schema 1 hold it without a migration.
    QString land;
};

enum class AssessmentStatus { Draft, InProgress, Completed, SignedOff };
QString assessmentStatusName(AssessmentStatus status);
std::optional<AssessmentStatus> assessmentStatusFromName(const QString &name);

struct AssessmentInfo
{
    qint64 id = 0;
    QString title;
    QString assessor;
    QDateTime createdAt;
    QDate targetDate;
    AssessmentStatus status = AssessmentStatus::InProgress;
};

/// A questionnaire as frozen into the file: the exact JSON and its hash.
struct StoredQuestionnaire
{
    qint64 ref = 0; // row id in the file
    QString id;
    QString version;
    QString sha256;
    QByteArray json;
};

struct AnswerRecord
{
    qint64 questionnaireRef = 0;
    QString questionId;
    QString value; // see AnswerValue
    QString note;
    QString answeredBy;
    QDateTime answeredAt;

    bool isEmpty() const { return value.isEmpty() && note.isEmpty(); }
};

struct EvidenceRecord
{
    qint64 id = 0;
    qint64 questionnaireRef = 0;
    QString questionId;
    QString name;
    QString mimeType;
    qint64 size = 0;
    QString sha256;
    QDateTime addedAt;
    QString addedBy;
};

enum class ActionStatus { Open, InProgress, Done, WontDo };
QString actionStatusName(ActionStatus status);
std::optional<ActionStatus> actionStatusFromName(const QString &name);

struct ActionRecord
{
    qint64 id = 0;
    qint64 questionnaireRef = 0; // 0: not tied to a question
    QString questionId;
    QString title;
    QString owner;
    QDate dueDate;
    ActionStatus status = ActionStatus::Open;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isOverdue(QDate today) const
    {
        return dueDate.isValid() && dueDate < today && status != ActionStatus::Done && status != ActionStatus::WontDo;
    }
};

struct KeyDate
{
    qint64 id = 0;
    QString label;
    QDate date;
};

struct ChangeLogEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action;
    QString entity;
    QString entityKey;
    QString detail;
};

} // namespace readiness
