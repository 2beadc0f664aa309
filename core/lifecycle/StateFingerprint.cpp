#include "StateFingerprint.h"

#include "Sha256.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace readiness::lifecycle {

namespace {
QString isoDate(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

/// Sorts by the compact JSON of each element: a total, stable order that
/// does not depend on row ids or the order SQLite returns rows in.
QJsonArray sorted(QList<QJsonObject> list)
{
    auto key = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
    std::sort(list.begin(), list.end(), [&](const QJsonObject &a, const QJsonObject &b) { return key(a) < key(b); });
    QJsonArray out;
    for (const QJsonObject &o : list)
        out.append(o);
    return out;
}
} // namespace

Result<QByteArray> StateFingerprint::canonical(const AssessmentRepository &repo, qint64 assessmentId)
{
    auto organisation = repo.organisation();
    auto questionnaires = repo.questionnaires(assessmentId);
    auto answers = repo.answers(assessmentId);
    auto evidence = repo.evidence(assessmentId);
    auto actions = repo.actions(assessmentId);
    if (!organisation)
        return organisation.error();
    if (!questionnaires)
        return questionnaires.error();
    if (!answers)
        return answers.error();
    if (!evidence)
        return evidence.error();
    if (!actions)
        return actions.error();

    // Questionnaires are named by id and SHA-256, never by row id.
    QMap<qint64, QString> name;
    QList<QJsonObject> qs;
    for (const StoredQuestionnaire &q : *questionnaires) {
        name.insert(q.ref, q.id + u'@' + q.sha256);
        qs.append({{u"id"_s, q.id}, {u"version"_s, q.version}, {u"sha256"_s, q.sha256}});
    }
    QList<QJsonObject> as;
    for (const AnswerRecord &a : *answers)
        as.append({{u"questionnaire"_s, name.value(a.questionnaireRef)},
                   {u"question"_s, a.questionId},
                   {u"value"_s, a.value},
                   {u"note"_s, a.note}});
    QList<QJsonObject> es;
    for (const EvidenceRecord &e : *evidence)
        es.append({{u"questionnaire"_s, name.value(e.questionnaireRef)},
                   {u"question"_s, e.questionId},
                   {u"name"_s, e.name},
                   {u"size"_s, QString::number(e.size)},
                   {u"sha256"_s, e.sha256}});
    QList<QJsonObject> acts;
    for (const ActionRecord &a : *actions)
        acts.append({{u"questionnaire"_s, name.value(a.questionnaireRef)},
                     {u"question"_s, a.questionId},
                     {u"title"_s, a.title},
                     {u"owner"_s, a.owner},
                     {u"due"_s, isoDate(a.dueDate)},
                     {u"status"_s, actionStatusName(a.status)},
                     {u"notes"_s, a.notes}});
    QJsonObject org;
    if (*organisation) {
        const Organisation &o = **organisation;
        org = {{u"name"_s, o.name},
               {u"sector"_s, o.sector},
               {u"country"_s, o.country},
               {u"turnover"_s, o.turnover ? QString::number(*o.turnover, 'f', 2) : QString()},
               {u"currency"_s, o.currency}};
    }
    const QJsonObject root = {{u"format"_s, u"gdpr-readiness-state/1"_s},
                              {u"organisation"_s, org},
                              {u"questionnaires"_s, sorted(qs)},
                              {u"answers"_s, sorted(as)},
                              {u"evidence"_s, sorted(es)},
                              {u"actions"_s, sorted(acts)}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QString StateFingerprint::of(const QByteArray &canonical)
{
    return Sha256::hex(canonical);
}

} // namespace readiness::lifecycle
