#pragma once

#include "AssessmentRecords.h"
#include "ReadinessScore.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace readiness::portfolio {

/// Why a file of the folder could not be read. Every file ending in .gdpra
/// is listed: one that cannot be read carries its problem and the reason.
enum class Problem {
    None,
    Damaged, ///< quick_check failed, foreign schema objects, a log of another file
    Locked, ///< a writer holds it, or left unsaved changes only a writer can finish
    TooNew, ///< written by a newer version (file format above ours)
    NotAssessment, ///< not SQLite, or SQLite but not ours
    Unreadable, ///< permissions, I/O, vanished while scanning
};
QString problemName(Problem problem); // "damaged", "locked", "too-new", "not-assessment", "unreadable", ""

/// The DPO sign-off as the portfolio shows it.
enum class SignOffState {
    NotRecorded, ///< the file predates sign-offs (format below 3)
    None,
    SignedOff,
    Reopened, ///< signed off once, reopened for changes since
};
QString signOffStateName(SignOffState state); // "not-recorded", "none", "signed-off", "reopened"

/// One assessment file of a client portfolio: what a consultant sees in a
/// row, read without changing the file (PortfolioScanner).
struct PortfolioEntry
{
    QString path; // absolute
    QString fileName;
    qint64 fileSize = 0;
    QDateTime fileModified; // what the scanner read; a later one means rescan

    Problem problem = Problem::None;
    QString reason; // why it could not be read; empty when readable
    QStringList notices; // readable, but worth knowing (open elsewhere)

    int format = 0; // the file's format (user_version)
    QString organisation;
    QString assessmentTitle;
    AssessmentStatus status = AssessmentStatus::InProgress;
    std::optional<double> percent;
    Rag rag = Rag::None;
    double coverage = 0; // 0..1
    int applicable = 0;
    int answered = 0;
    int criticalGaps = 0;
    int openActions = 0;
    int overdueActions = 0;
    std::optional<KeyDate> nextKeyDate; // the next key date or target date from today on
    SignOffState signOff = SignOffState::None;
    QString signedBy;
    QDateTime signedAt;
    QDateTime lastChange; // newest change-log entry
    QString inUseBy; // "process 123 on host": the file is open for writing elsewhere

    bool readable() const { return problem == Problem::None; }
    QJsonObject toJson() const;
};

} // namespace readiness::portfolio
