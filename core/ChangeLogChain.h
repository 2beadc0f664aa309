#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace readiness {

/// One change-log entry as the chain hashes it (docs/lifecycle.md).
struct ChainedEntry
{
    qint64 id = 0;
    QString at;
    QString actor;
    QString action;
    QString entity;
    QString entityKey;
    QString detail;
    QVariant oldValue; // JSON text or null
    QVariant newValue;
};

/// The hash chain over table change_log (file format 3 on): each entry's
/// row in change_log_hash holds the previous entry's hash and
/// SHA-256(canonical JSON of [previous hash, id, at, actor, action, entity,
/// key, detail, old value, new value]). Written in the transaction of the
/// entry itself; verified by lifecycle::TrailVerifier.
class ChangeLogChain final
{
public:
    /// The "previous hash" of the first entry: 64 zeros.
    static QString genesis();
    static QString hash(const QString &previous, const ChainedEntry &entry);
    /// The columns every reader of entries selects, in ChainedEntry order
    /// (table alias c).
    static QString entryColumns();
    static ChainedEntry entryFrom(const class QSqlQuery &query, int firstColumn = 0);
    /// Chains every entry newer than the last chained one, in id order (at
    /// migration: every older entry); with @p onlyId, that entry alone (a
    /// new entry: a row slipped in behind the application's back stays
    /// unchained, so `verify` names it).
    static Status linkPending(const QSqlDatabase &db, qint64 onlyId = 0);
};

} // namespace readiness
