#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace readiness::lifecycle {

/// A DPO sign-off (table sign_off): the signed state is kept as its
/// canonical JSON (StateFingerprint), so it stays reportable after a reopening.
struct SignOffRecord
{
    qint64 id = 0;
    qint64 assessmentId = 0;
    int revision = 0;
    QString name;
    QString role;
    QString opinion;
    QDateTime signedAt;
    QString signedBy; // the assessor who recorded it
    QString fingerprint;
    QString chainHead; // the change log's last hash when signed
    QByteArray snapshot;
    // Set when the assessment was reopened after this sign-off.
    std::optional<QDateTime> reopenedAt;
    QString reopenedBy;
    QString reopenReason;
};

/// One change-log entry with its old and new value (JSON text, empty: none).
struct HistoryEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action;
    QString entity;
    QString entityKey;
    QString oldValue;
    QString newValue;
};

/// What `verify` found first, named as the user can find it again.
struct TrailProblem
{
    QString kind; // "format", "entry", "evidence", "sign-off"
    qint64 entryId = 0; // the change-log entry concerned (0: none)
    QString at; // its time, as stored
    QString what; // e.g. "set answer 1/ropa-1"
    QString message;
};

struct TrailReport
{
    qint64 entries = 0;
    qint64 evidence = 0;
    qint64 signOffs = 0;
    QString head; // hash of the newest entry
    std::optional<TrailProblem> problem;
    bool ok() const { return !problem; }
};

} // namespace readiness::lifecycle
