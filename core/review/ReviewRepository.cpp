#include "ReviewRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace readiness::review {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::review::ReviewRepository)
};

constexpr auto kColumns = "questionnaire_id, question_id, from_version, from_sha256, question_text, value, note,"
                          " answered_by, answered_at, move, state, resolved_at, resolved_by";

QDateTime timestamp(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

CarriedAnswer fromRow(const QSqlQuery &q)
{
    CarriedAnswer a;
    a.questionnaireRef = q.value(0).toLongLong();
    a.questionId = q.value(1).toString();
    a.fromVersion = q.value(2).toString();
    a.fromSha256 = q.value(3).toString();
    a.questionText = q.value(4).toString();
    a.value = q.value(5).toString();
    a.note = q.value(6).toString();
    a.answeredBy = q.value(7).toString();
    a.answeredAt = timestamp(q.value(8));
    a.move = carriedMoveFromName(q.value(9).toString());
    a.state = carriedStateFromName(q.value(10).toString());
    a.resolvedAt = timestamp(q.value(11));
    a.resolvedBy = q.value(12).toString();
    return a;
}

const QLatin1StringView kPredecessorKeys[]
    = {"predecessor.file_id"_L1, "predecessor.path"_L1, "predecessor.created_at"_L1, "predecessor.carried_at"_L1,
       "predecessor.sign_off"_L1};
} // namespace

QString carriedStateName(CarriedState state)
{
    switch (state) {
    case CarriedState::ToReview:
        return u"to-review"_s;
    case CarriedState::Confirmed:
        return u"confirmed"_s;
    case CarriedState::Changed:
        return u"changed"_s;
    case CarriedState::History:
        return u"history"_s;
    }
    return {};
}

CarriedState carriedStateFromName(const QString &name)
{
    if (name == "confirmed"_L1)
        return CarriedState::Confirmed;
    if (name == "changed"_L1)
        return CarriedState::Changed;
    if (name == "history"_L1)
        return CarriedState::History;
    return CarriedState::ToReview;
}

QString carriedMoveName(CarriedMove move)
{
    switch (move) {
    case CarriedMove::Kept:
        return u"kept"_s;
    case CarriedMove::Reworded:
        return u"reworded"_s;
    case CarriedMove::Removed:
        return u"removed"_s;
    case CarriedMove::NotValid:
        return u"not-valid"_s;
    }
    return {};
}

CarriedMove carriedMoveFromName(const QString &name)
{
    if (name == "reworded"_L1)
        return CarriedMove::Reworded;
    if (name == "removed"_L1)
        return CarriedMove::Removed;
    if (name == "not-valid"_L1)
        return CarriedMove::NotValid;
    return CarriedMove::Kept;
}

ReviewRepository::ReviewRepository(AssessmentRepository &repository)
    : m_repository(repository)
{ }

bool ReviewRepository::isAvailableIn(const AssessmentRepository &repository)
{
    auto q = repository.run(u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'carried_answer'"_s);
    return q && q->next();
}

Result<QList<CarriedAnswer>> ReviewRepository::carriedOf(const AssessmentRepository &repository, qint64 assessmentId)
{
    QList<CarriedAnswer> list;
    if (!isAvailableIn(repository))
        return list;
    auto q = repository.run(u"SELECT %1 FROM carried_answer WHERE assessment_id = ?"
                            " ORDER BY questionnaire_id, question_id"_s.arg(QLatin1StringView(kColumns)),
                            {assessmentId});
    if (!q)
        return q.error();
    while (q->next())
        list.append(fromRow(*q));
    return list;
}

Result<std::optional<CarriedAnswer>> ReviewRepository::carried(qint64 assessmentId, qint64 questionnaireRef,
                                                               const QString &questionId) const
{
    if (!isAvailable())
        return std::optional<CarriedAnswer>();
    auto q = m_repository.run(u"SELECT %1 FROM carried_answer WHERE assessment_id = ? AND questionnaire_id = ?"
                              " AND question_id = ?"_s.arg(QLatin1StringView(kColumns)),
                              {assessmentId, questionnaireRef, questionId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<CarriedAnswer>();
    return std::optional<CarriedAnswer>(fromRow(*q));
}

Result<int> ReviewRepository::toReviewCount(qint64 assessmentId) const
{
    if (!isAvailable())
        return 0;
    auto q = m_repository.run(u"SELECT COUNT(*) FROM carried_answer WHERE assessment_id = ? AND state = 'to-review'"_s,
                              {assessmentId});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Status ReviewRepository::insert(qint64 assessmentId, const CarriedAnswer &a)
{
    auto q = m_repository.run(
        u"INSERT INTO carried_answer (assessment_id, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(
            QLatin1StringView(kColumns)),
        {assessmentId, a.questionnaireRef, a.questionId, a.fromVersion, a.fromSha256, a.questionText, a.value, a.note,
         a.answeredBy, a.answeredAt.toUTC().toString(Qt::ISODateWithMs), carriedMoveName(a.move),
         carriedStateName(a.state), QVariant(QMetaType(QMetaType::QString)), QVariant(QMetaType(QMetaType::QString))});
    return q ? success() : Status(q.error());
}

Status ReviewRepository::confirm(qint64 assessmentId, qint64 questionnaireRef, const QString &questionId)
{
    return resolve(assessmentId, questionnaireRef, questionId, true);
}

Status ReviewRepository::unconfirm(qint64 assessmentId, qint64 questionnaireRef, const QString &questionId)
{
    return resolve(assessmentId, questionnaireRef, questionId, false);
}

Status ReviewRepository::resolve(qint64 assessmentId, qint64 questionnaireRef, const QString &questionId, bool confirm)
{
    if (!isAvailable())
        return makeError(Text::tr("this file has no carried-over answers"));
    const QString select = u"SELECT value, state, resolved_at, resolved_by FROM carried_answer"
                           " WHERE assessment_id = ? AND questionnaire_id = ? AND question_id = ?"_s;
    const QVariantList where = {assessmentId, questionnaireRef, questionId};
    return m_repository.file().write([&]() -> Status {
        const QString before = m_repository.rowJson(select, where);
        auto q = confirm
            ? m_repository.run(u"UPDATE carried_answer SET state = 'confirmed', resolved_at = ?,"
                               " resolved_by = ? WHERE assessment_id = ? AND questionnaire_id = ?"
                               " AND question_id = ? AND state = 'to-review'"_s,
                               {m_repository.now(), m_repository.actor(), assessmentId, questionnaireRef, questionId})
            : m_repository.run(u"UPDATE carried_answer SET state = 'to-review', resolved_at = NULL,"
                               " resolved_by = NULL WHERE assessment_id = ? AND questionnaire_id = ?"
                               " AND question_id = ? AND state = 'confirmed'"_s,
                               where);
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return makeError(confirm ? Text::tr("'%1' is not a carried-over answer waiting for review").arg(questionId)
                                     : Text::tr("'%1' is not a confirmed carried-over answer").arg(questionId));
        const QString key = QString::number(questionnaireRef) + u'/' + questionId;
        return m_repository.log(confirm ? u"confirm"_s : u"unconfirm"_s, u"answer"_s, key, {}, before,
                                m_repository.rowJson(select, where));
    });
}

std::optional<Predecessor> ReviewRepository::predecessor() const
{
    QStringList values;
    for (const QLatin1StringView key : kPredecessorKeys) {
        auto q = m_repository.run(u"SELECT value FROM meta WHERE key = ?"_s, {QString(key)});
        values << (q && q->next() ? q->value(0).toString() : QString());
    }
    if (values.at(0).isEmpty())
        return std::nullopt;
    return Predecessor {values.at(0), values.at(1), values.at(2), values.at(3), values.at(4)};
}

Status ReviewRepository::setPredecessor(const Predecessor &p)
{
    const QStringList values = {p.fileId, p.path, p.createdAt, p.carriedAt, p.signOff};
    return m_repository.file().write([&]() -> Status {
        for (int i = 0; i < values.size(); ++i) {
            if (values.at(i).isEmpty())
                continue;
            auto q = m_repository.run(u"INSERT INTO meta (key, value) VALUES (?, ?)"
                                      " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                                      {QString(kPredecessorKeys[i]), values.at(i)});
            if (!q)
                return q.error();
        }
        QJsonObject detail;
        for (int i = 0; i < values.size(); ++i)
            if (!values.at(i).isEmpty())
                detail.insert(QString(kPredecessorKeys[i]), values.at(i));
        return m_repository.log(u"set"_s, u"predecessor"_s, p.fileId, {}, {},
                                QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    });
}

} // namespace readiness::review
