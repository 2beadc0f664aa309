#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace readiness::review {

/// Where a carried answer stands: to review until the assessor confirms or
/// changes it; history when the newer questionnaire has no place for it.
enum class CarriedState { ToReview, Confirmed, Changed, History };
QString carriedStateName(CarriedState state);
CarriedState carriedStateFromName(const QString &name);

/// What the questionnaire version move did to a carried answer.
enum class CarriedMove {
    Kept, ///< same question (same version, or unchanged in the newer one)
    Reworded, ///< the newer version asks it in other words: carried, to review
    Removed, ///< the newer version has no such question: kept as history
    NotValid, ///< the newer version's question cannot take the old value: kept as history
};
QString carriedMoveName(CarriedMove move);
CarriedMove carriedMoveFromName(const QString &name);

/// One answer carried over from the previous assessment (table
/// carried_answer): the value as it was there, from which questionnaire
/// version, and whether the assessor has looked at it since.
struct CarriedAnswer
{
    qint64 questionnaireRef = 0; // the questionnaire row in this file
    QString questionId;
    QString fromVersion; // the questionnaire version the old file answered
    QString fromSha256;
    QString questionText; // the question as the old version asked it (English)
    QString value; // as in the old file
    QString note;
    QString answeredBy; // in the old file
    QDateTime answeredAt;
    CarriedMove move = CarriedMove::Kept;
    CarriedState state = CarriedState::ToReview;
    QDateTime resolvedAt; // confirmed or changed: when and by whom
    QString resolvedBy;

    bool isToReview() const { return state == CarriedState::ToReview; }
};

/// The file an assessment was carried over from (meta predecessor.*).
struct Predecessor
{
    QString fileId; // the old file's meta file_id
    QString path; // its absolute path when the new file was made
    QString createdAt; // the old file's meta created_at
    QString carriedAt; // when the new file was made from it
    QString signOff; // "revision N, fingerprint …" when it was signed off; empty otherwise
};

/// Questions added, removed and reworded between the version of a
/// questionnaire an old file used and a newer bundled one.
struct QuestionnaireChange
{
    QString questionnaireId;
    QString fromVersion;
    QString toVersion;
    QStringList added;
    QStringList removed;
    QStringList reworded;
    bool moved = false; // the new file uses the newer version
};

} // namespace readiness::review
