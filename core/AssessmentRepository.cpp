#include "AssessmentRepository.h"

#include "ActionLookup.h"
#include "ChangeLogChain.h"
#include "Clock.h"
#include "TextLimits.h"
#include "UntrustedText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace readiness {

namespace {
/// Messages for the user, in the language of the user interface.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::AssessmentRepository)
};

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}
QVariant nullableDate(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}
QDateTime timestamp(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}
QDate date(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}
QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

AssessmentRepository::AssessmentRepository(AssessmentFile &file)
    : m_file(file)
    , m_actor(qEnvironmentVariable("USER", u"unknown"_s))
{ }

QString AssessmentRepository::now() const
{
    return Clock::current().now().toUTC().toString(Qt::ISODateWithMs);
}

Result<QSqlQuery> AssessmentRepository::run(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(m_file.database());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return makeError(sqlErrorText(q.lastError()));
    for (const QVariant &v : values) {
        // A null QString binds as SQL NULL; our text columns mean "empty".
        // Intended NULLs are null QVariants (see nullable()).
        if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(QString(u""_s));
        else
            q.addBindValue(v);
    }
    if (!q.exec())
        return makeError(sqlErrorText(q.lastError()));
    return q;
}

Status AssessmentRepository::log(const QString &action, const QString &entity, const QString &key,
                                 const QString &detail, const QString &oldValue, const QString &newValue)
{
    auto q = run(u"INSERT INTO change_log (at, actor, action, entity, entity_key, detail, old_value, new_value)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                 {now(), m_actor, action, entity, key, detail, nullable(oldValue), nullable(newValue)});
    if (!q)
        return q.error();
    return ChangeLogChain::linkPending(m_file.database(), q->lastInsertId().toLongLong());
}

QString AssessmentRepository::rowJson(const QString &sql, const QVariantList &values) const
{
    auto q = run(sql, values);
    if (!q || !q->next())
        return {};
    const QSqlRecord record = q->record();
    QJsonObject o;
    for (int i = 0; i < record.count(); ++i)
        o.insert(record.fieldName(i), QJsonValue::fromVariant(q->value(i)));
    return json(o);
}

QString AssessmentRepository::fileId() const
{
    auto q = run(u"SELECT value FROM meta WHERE key = 'file_id'"_s);
    return q && q->next() ? q->value(0).toString() : QString();
}

Result<std::optional<Organisation>> AssessmentRepository::organisation() const
{
    auto q = run(u"SELECT name, sector, country, turnover, currency FROM organisation WHERE id = 1"_s);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Organisation>();
    Organisation o;
    o.name = q->value(0).toString();
    o.sector = q->value(1).toString();
    o.country = q->value(2).toString();
    if (!q->value(3).isNull())
        o.turnover = q->value(3).toDouble();
    o.currency = q->value(4).toString();
    q->finish();
    // The Land lives in meta: schema 1 has no column for it.
    auto land = run(u"SELECT value FROM meta WHERE key = 'organisation.land'"_s);
    if (!land)
        return land.error();
    if (land->next())
        o.land = land->value(0).toString();
    return std::optional<Organisation>(o);
}

Status AssessmentRepository::setOrganisation(const Organisation &o)
{
    if (Status tooLong = TextLimits::check(o); !tooLong)
        return tooLong;
    const QString select = u"SELECT name, sector, country, turnover, currency FROM organisation WHERE id = 1"_s;
    return m_file.write([&]() -> Status {
        const QString before = rowJson(select);
        auto q
            = run(u"INSERT INTO organisation (id, name, sector, country, turnover, currency) VALUES (1, ?, ?, ?, ?, ?)"
                  " ON CONFLICT (id) DO UPDATE SET name = excluded.name, sector = excluded.sector,"
                  " country = excluded.country, turnover = excluded.turnover, currency = excluded.currency"_s,
                  {o.name, o.sector, o.country,
                   o.turnover ? QVariant(*o.turnover) : QVariant(QMetaType(QMetaType::Double)), nullable(o.currency)});
        if (!q)
            return q.error();
        auto land = o.land.isEmpty() ? run(u"DELETE FROM meta WHERE key = 'organisation.land'"_s)
                                     : run(u"INSERT INTO meta (key, value) VALUES ('organisation.land', ?)"
                                           " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                                           {o.land});
        if (!land)
            return land.error();
        QJsonObject detail {{u"name"_s, o.name}};
        if (!o.land.isEmpty())
            detail.insert(u"land"_s, o.land);
        return log(u"set"_s, u"organisation"_s, u"1"_s, json(detail), before, rowJson(select));
    });
}

Result<QList<AssessmentInfo>> AssessmentRepository::assessments() const
{
    auto q = run(u"SELECT id, title, assessor, created_at, target_date, status FROM assessment ORDER BY id"_s);
    if (!q)
        return q.error();
    QList<AssessmentInfo> list;
    while (q->next()) {
        AssessmentInfo a;
        a.id = q->value(0).toLongLong();
        a.title = q->value(1).toString();
        a.assessor = q->value(2).toString();
        a.createdAt = timestamp(q->value(3));
        a.targetDate = date(q->value(4));
        a.status = assessmentStatusFromName(q->value(5).toString()).value_or(AssessmentStatus::InProgress);
        list.append(a);
    }
    return list;
}

Result<qint64> AssessmentRepository::createAssessment(const AssessmentInfo &info)
{
    if (Status tooLong = TextLimits::check(info); !tooLong)
        return tooLong.error();
    qint64 id = 0;
    Status s = m_file.write([&]() -> Status {
        auto q
            = run(u"INSERT INTO assessment (title, assessor, created_at, target_date, status) VALUES (?, ?, ?, ?, ?)"_s,
                  {info.title, info.assessor, now(), nullableDate(info.targetDate), assessmentStatusName(info.status)});
        if (!q)
            return q.error();
        id = q->lastInsertId().toLongLong();
        return log(u"create"_s, u"assessment"_s, QString::number(id), json({{u"title"_s, info.title}}));
    });
    if (!s)
        return s.error();
    return id;
}

Status AssessmentRepository::updateAssessment(const AssessmentInfo &info)
{
    if (Status tooLong = TextLimits::check(info); !tooLong)
        return tooLong;
    const QString select = u"SELECT title, assessor, target_date, status FROM assessment WHERE id = ?"_s;
    return m_file.write([&]() -> Status {
        const QString before = rowJson(select, {info.id});
        auto q = run(
            u"UPDATE assessment SET title = ?, assessor = ?, target_date = ?, status = ? WHERE id = ?"_s,
            {info.title, info.assessor, nullableDate(info.targetDate), assessmentStatusName(info.status), info.id});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return makeError(Text::tr("no assessment %1 in this file").arg(info.id));
        return log(u"update"_s, u"assessment"_s, QString::number(info.id), json({{u"title"_s, info.title}}), before,
                   rowJson(select, {info.id}));
    });
}

Result<qint64> AssessmentRepository::addQuestionnaire(qint64 assessmentId, const Questionnaire &questionnaire)
{
    qint64 ref = 0;
    Status s = m_file.write([&]() -> Status {
        auto found = run(u"SELECT id FROM questionnaire WHERE sha256 = ?"_s, {questionnaire.sha256});
        if (!found)
            return found.error();
        if (found->next()) {
            ref = found->value(0).toLongLong();
        } else {
            auto q
                = run(u"INSERT INTO questionnaire (qid, version, sha256, json, added_at) VALUES (?, ?, ?, ?, ?)"_s,
                      {questionnaire.id, questionnaire.version, questionnaire.sha256, questionnaire.sourceJson, now()});
            if (!q)
                return q.error();
            ref = q->lastInsertId().toLongLong();
        }
        auto same
            = run(u"SELECT q.sha256 FROM assessment_questionnaire aq JOIN questionnaire q ON q.id = aq.questionnaire_id"
                  " WHERE aq.assessment_id = ? AND q.qid = ?"_s,
                  {assessmentId, questionnaire.id});
        if (!same)
            return same.error();
        if (same->next())
            return makeError(Text::tr("the assessment already includes questionnaire '%1'").arg(questionnaire.id));
        auto link = run(u"INSERT INTO assessment_questionnaire (assessment_id, questionnaire_id, position)"
                        " VALUES (?, ?, (SELECT COUNT(*) FROM assessment_questionnaire WHERE assessment_id = ?))"_s,
                        {assessmentId, ref, assessmentId});
        if (!link)
            return link.error();
        return log(u"add"_s, u"questionnaire"_s, QString::number(assessmentId),
                   json({{u"id"_s, questionnaire.id},
                         {u"version"_s, questionnaire.version},
                         {u"sha256"_s, questionnaire.sha256}}));
    });
    if (!s)
        return s.error();
    return ref;
}

Result<QList<StoredQuestionnaire>> AssessmentRepository::questionnaires(qint64 assessmentId) const
{
    auto q
        = run(u"SELECT q.id, q.qid, q.version, q.sha256, q.json FROM assessment_questionnaire aq"
              " JOIN questionnaire q ON q.id = aq.questionnaire_id WHERE aq.assessment_id = ? ORDER BY aq.position"_s,
              {assessmentId});
    if (!q)
        return q.error();
    QList<StoredQuestionnaire> list;
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                     q->value(4).toByteArray()});
    return list;
}

Result<QList<AnswerRecord>> AssessmentRepository::answers(qint64 assessmentId) const
{
    auto q = run(u"SELECT questionnaire_id, question_id, value, note, answered_by, answered_at FROM answer"
                 " WHERE assessment_id = ?"_s,
                 {assessmentId});
    if (!q)
        return q.error();
    QList<AnswerRecord> list;
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                     q->value(4).toString(), timestamp(q->value(5))});
    return list;
}

Status AssessmentRepository::setAnswer(qint64 assessmentId, const AnswerRecord &a)
{
    if (Status tooLong = TextLimits::check(a); !tooLong)
        return tooLong;
    const QString select = u"SELECT value, note FROM answer WHERE assessment_id = ? AND questionnaire_id = ?"
                           " AND question_id = ?"_s;
    const QVariantList where = {assessmentId, a.questionnaireRef, a.questionId};
    return m_file.write([&]() -> Status {
        const QString key = QString::number(a.questionnaireRef) + u'/' + a.questionId;
        const QString before = rowJson(select, where);
        if (a.isEmpty()) {
            auto q = run(u"DELETE FROM answer WHERE assessment_id = ? AND questionnaire_id = ? AND question_id = ?"_s,
                         {assessmentId, a.questionnaireRef, a.questionId});
            if (!q)
                return q.error();
            return log(u"clear"_s, u"answer"_s, key, {}, before);
        }
        auto q = run(
            u"INSERT INTO answer (assessment_id, questionnaire_id, question_id, value, note, answered_by, answered_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (assessment_id, questionnaire_id, question_id) DO UPDATE"
            " SET value = excluded.value, note = excluded.note, answered_by = excluded.answered_by,"
            " answered_at = excluded.answered_at"_s,
            {assessmentId, a.questionnaireRef, a.questionId, a.value, a.note, m_actor, now()});
        if (!q)
            return q.error();
        return log(u"set"_s, u"answer"_s, key, json({{u"value"_s, a.value}, {u"note"_s, !a.note.isEmpty()}}), before,
                   rowJson(select, where));
    });
}

Result<QList<EvidenceRecord>> AssessmentRepository::evidence(qint64 assessmentId) const
{
    auto q = run(u"SELECT id, questionnaire_id, question_id, name, mime_type, size, sha256, added_at, added_by"
                 " FROM evidence WHERE assessment_id = ? AND removed_at IS NULL ORDER BY id"_s,
                 {assessmentId});
    if (!q)
        return q.error();
    QList<EvidenceRecord> list;
    while (q->next())
        // The name is used as a file name (save, open): a base name only,
        // whatever the file holds.
        list.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
                     UntrustedText::fileBaseName(q->value(3).toString()), q->value(4).toString(),
                     q->value(5).toLongLong(), q->value(6).toString(), timestamp(q->value(7)), q->value(8).toString()});
    return list;
}

Status AssessmentRepository::removeEvidence(qint64 evidenceId)
{
    return m_file.write([&]() -> Status {
        const QString before = rowJson(
            u"SELECT name, sha256, size, removed_at IS NOT NULL AS removed FROM evidence WHERE id = ?"_s, {evidenceId});
        auto q = run(u"UPDATE evidence SET removed_at = ? WHERE id = ? AND removed_at IS NULL"_s, {now(), evidenceId});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return makeError(Text::tr("no evidence %1 in this file").arg(evidenceId));
        return log(u"remove"_s, u"evidence"_s, QString::number(evidenceId), {}, before,
                   rowJson(u"SELECT name, sha256, size, removed_at IS NOT NULL AS removed FROM evidence WHERE id = ?"_s,
                           {evidenceId}));
    });
}

Status AssessmentRepository::restoreEvidence(qint64 evidenceId)
{
    return m_file.write([&]() -> Status {
        const QString before = rowJson(
            u"SELECT name, sha256, size, removed_at IS NOT NULL AS removed FROM evidence WHERE id = ?"_s, {evidenceId});
        auto q = run(u"UPDATE evidence SET removed_at = NULL WHERE id = ?"_s, {evidenceId});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return makeError(Text::tr("no evidence %1 in this file").arg(evidenceId));
        return log(u"restore"_s, u"evidence"_s, QString::number(evidenceId), {}, before,
                   rowJson(u"SELECT name, sha256, size, removed_at IS NOT NULL AS removed FROM evidence WHERE id = ?"_s,
                           {evidenceId}));
    });
}

namespace {
const QString kActionColumns
    = u"SELECT id, questionnaire_id, question_id, title, owner, due_date, status, notes, created_at, updated_at"
      " FROM action"_s;

ActionRecord actionFrom(const QSqlQuery &q)
{
    ActionRecord a;
    a.id = q.value(0).toLongLong();
    a.questionnaireRef = q.value(1).toLongLong();
    a.questionId = q.value(2).toString();
    a.title = q.value(3).toString();
    a.owner = q.value(4).toString();
    a.dueDate = date(q.value(5));
    a.status = actionStatusFromName(q.value(6).toString()).value_or(ActionStatus::Open);
    a.notes = q.value(7).toString();
    a.createdAt = timestamp(q.value(8));
    a.updatedAt = timestamp(q.value(9));
    return a;
}
} // namespace

Result<QList<ActionRecord>> AssessmentRepository::actions(qint64 assessmentId) const
{
    auto q = run(kActionColumns + u" WHERE assessment_id = ? ORDER BY id"_s, {assessmentId});
    if (!q)
        return q.error();
    QList<ActionRecord> list;
    while (q->next())
        list.append(actionFrom(*q));
    return list;
}

Result<ActionRecord> actionById(const AssessmentRepository &repository, qint64 actionId)
{
    auto q = repository.run(kActionColumns + u" WHERE id = ?"_s, {actionId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(Text::tr("no action %1 in this file").arg(actionId));
    return actionFrom(*q);
}

Result<qint64> AssessmentRepository::addAction(qint64 assessmentId, const ActionRecord &a)
{
    if (Status tooLong = TextLimits::check(a); !tooLong)
        return tooLong.error();
    qint64 id = a.id;
    Status s = m_file.write([&]() -> Status {
        // An explicit id re-inserts a removed action (undo).
        auto q = run(
            u"INSERT INTO action (id, assessment_id, questionnaire_id, question_id, title, owner, due_date, status,"
            " notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {a.id > 0 ? QVariant(a.id) : QVariant(QMetaType(QMetaType::LongLong)), assessmentId,
             a.questionnaireRef > 0 ? QVariant(a.questionnaireRef) : QVariant(QMetaType(QMetaType::LongLong)),
             a.questionId, a.title, a.owner, nullableDate(a.dueDate), actionStatusName(a.status), a.notes,
             a.createdAt.isValid() ? a.createdAt.toUTC().toString(Qt::ISODateWithMs) : now(), now()});
        if (!q)
            return q.error();
        id = q->lastInsertId().toLongLong();
        return log(
            u"add"_s, u"action"_s, QString::number(id), json({{u"title"_s, a.title}}), {},
            rowJson(u"SELECT title, owner, due_date, status, notes, question_id FROM action WHERE id = ?"_s, {id}));
    });
    if (!s)
        return s.error();
    return id;
}

Status AssessmentRepository::updateAction(const ActionRecord &a)
{
    if (Status tooLong = TextLimits::check(a); !tooLong)
        return tooLong;
    return m_file.write([&]() -> Status {
        const QString before
            = rowJson(u"SELECT title, owner, due_date, status, notes, question_id FROM action WHERE id = ?"_s, {a.id});
        auto q = run(u"UPDATE action SET title = ?, owner = ?, due_date = ?, status = ?, notes = ?, updated_at = ?"
                     " WHERE id = ?"_s,
                     {a.title, a.owner, nullableDate(a.dueDate), actionStatusName(a.status), a.notes, now(), a.id});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return makeError(Text::tr("no action %1 in this file").arg(a.id));
        return log(
            u"update"_s, u"action"_s, QString::number(a.id),
            json({{u"title"_s, a.title}, {u"status"_s, actionStatusName(a.status)}}), before,
            rowJson(u"SELECT title, owner, due_date, status, notes, question_id FROM action WHERE id = ?"_s, {a.id}));
    });
}

Status AssessmentRepository::removeAction(qint64 actionId)
{
    return m_file.write([&]() -> Status {
        const QString before = rowJson(
            u"SELECT title, owner, due_date, status, notes, question_id FROM action WHERE id = ?"_s, {actionId});
        auto q = run(u"DELETE FROM action WHERE id = ?"_s, {actionId});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return makeError(Text::tr("no action %1 in this file").arg(actionId));
        return log(u"remove"_s, u"action"_s, QString::number(actionId), {}, before);
    });
}

Result<QList<KeyDate>> AssessmentRepository::keyDates(qint64 assessmentId) const
{
    auto q = run(u"SELECT id, label, date FROM key_date WHERE assessment_id = ? ORDER BY date, id"_s, {assessmentId});
    if (!q)
        return q.error();
    QList<KeyDate> list;
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toString(), date(q->value(2))});
    return list;
}

Result<qint64> AssessmentRepository::addKeyDate(qint64 assessmentId, const KeyDate &d)
{
    if (Status tooLong = TextLimits::check(d); !tooLong)
        return tooLong.error();
    qint64 id = 0;
    Status s = m_file.write([&]() -> Status {
        auto q = run(u"INSERT INTO key_date (assessment_id, label, date) VALUES (?, ?, ?)"_s,
                     {assessmentId, d.label, d.date.toString(Qt::ISODate)});
        if (!q)
            return q.error();
        id = q->lastInsertId().toLongLong();
        return log(u"add"_s, u"key_date"_s, QString::number(id), json({{u"label"_s, d.label}}), {},
                   rowJson(u"SELECT label, date FROM key_date WHERE id = ?"_s, {id}));
    });
    if (!s)
        return s.error();
    return id;
}

Status AssessmentRepository::removeKeyDate(qint64 keyDateId)
{
    return m_file.write([&]() -> Status {
        const QString before = rowJson(u"SELECT label, date FROM key_date WHERE id = ?"_s, {keyDateId});
        auto q = run(u"DELETE FROM key_date WHERE id = ?"_s, {keyDateId});
        if (!q)
            return q.error();
        return log(u"remove"_s, u"key_date"_s, QString::number(keyDateId), {}, before);
    });
}

Result<QList<ChangeLogEntry>> AssessmentRepository::changeLog(int limit) const
{
    auto q = run(u"SELECT id, at, actor, action, entity, entity_key, detail FROM change_log ORDER BY id DESC LIMIT ?"_s,
                 {limit});
    if (!q)
        return q.error();
    QList<ChangeLogEntry> list;
    while (q->next())
        list.append({q->value(0).toLongLong(), timestamp(q->value(1)), q->value(2).toString(), q->value(3).toString(),
                     q->value(4).toString(), q->value(5).toString(), q->value(6).toString()});
    return list;
}

qint64 AssessmentRepository::lastChangeId() const
{
    auto q = run(u"SELECT COALESCE(MAX(id), 0) FROM change_log"_s);
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace readiness
