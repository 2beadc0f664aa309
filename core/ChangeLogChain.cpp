#include "ChangeLogChain.h"

#include "AssessmentFile.h"
#include "Sha256.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace readiness {

namespace {
QJsonValue nullableJson(const QVariant &v)
{
    return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toString());
}
} // namespace

QString ChangeLogChain::genesis()
{
    return QString(64, u'0');
}

QString ChangeLogChain::hash(const QString &previous, const ChainedEntry &e)
{
    const QJsonArray canonical = {previous,
                                  QString::number(e.id),
                                  e.at,
                                  e.actor,
                                  e.action,
                                  e.entity,
                                  e.entityKey,
                                  e.detail,
                                  nullableJson(e.oldValue),
                                  nullableJson(e.newValue)};
    return Sha256::hex(QJsonDocument(canonical).toJson(QJsonDocument::Compact));
}

QString ChangeLogChain::entryColumns()
{
    return u"c.id, c.at, c.actor, c.action, c.entity, c.entity_key, c.detail, c.old_value, c.new_value"_s;
}

ChainedEntry ChangeLogChain::entryFrom(const QSqlQuery &q, int first)
{
    return {q.value(first).toLongLong(),
            q.value(first + 1).toString(),
            q.value(first + 2).toString(),
            q.value(first + 3).toString(),
            q.value(first + 4).toString(),
            q.value(first + 5).toString(),
            q.value(first + 6).toString(),
            q.value(first + 7),
            q.value(first + 8)};
}

Status ChangeLogChain::linkPending(const QSqlDatabase &db, qint64 onlyId)
{
    QSqlQuery head(db);
    if (!head.exec(u"SELECT entry_id, hash FROM change_log_hash ORDER BY entry_id DESC LIMIT 1"_s))
        return makeError(sqlErrorText(head.lastError()));
    qint64 last = 0;
    QString previous = genesis();
    if (head.next()) {
        last = head.value(0).toLongLong();
        previous = head.value(1).toString();
    }
    QSqlQuery pending(db);
    pending.setForwardOnly(true);
    pending.prepare(u"SELECT %1 FROM change_log c WHERE %2 ORDER BY c.id"_s.arg(
        entryColumns(), onlyId > 0 ? u"c.id = ?"_s : u"c.id > ?"_s));
    pending.addBindValue(onlyId > 0 ? onlyId : last);
    if (!pending.exec())
        return makeError(sqlErrorText(pending.lastError()));
    QSqlQuery insert(db);
    if (!insert.prepare(u"INSERT INTO change_log_hash (entry_id, prev_hash, hash) VALUES (?, ?, ?)"_s))
        return makeError(sqlErrorText(insert.lastError()));
    while (pending.next()) {
        const ChainedEntry entry = entryFrom(pending);
        const QString h = hash(previous, entry);
        insert.addBindValue(entry.id);
        insert.addBindValue(previous);
        insert.addBindValue(h);
        if (!insert.exec())
            return makeError(sqlErrorText(insert.lastError()));
        previous = h;
    }
    return success();
}

} // namespace readiness
