#include "WorkshopSummary.h"

#include "AnswerValue.h"
#include "AssessmentDocument.h"
#include "Clock.h"
#include "WorkshopRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace readiness::workshop {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::workshop::WorkshopSummary)
};

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}
} // namespace

QString WorkshopSummary::duration(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return u"%1 h %2 min"_s.arg(h).arg(m, 2, 10, QLatin1Char('0'));
    if (m > 0)
        return u"%1 min %2 s"_s.arg(m).arg(s, 2, 10, QLatin1Char('0'));
    return u"%1 s"_s.arg(s);
}

Result<WorkshopSummary> WorkshopSummary::build(AssessmentDocument &document, qint64 sessionId, const QString &language)
{
    WorkshopRepository repo(document.repository());
    const qint64 assessmentId = document.assessment().id;
    auto sessions = repo.sessions(assessmentId);
    if (!sessions)
        return sessions.error();
    if (sessions->isEmpty())
        return makeError(Text::tr("%1 has no workshop session").arg(document.path()));
    WorkshopSummary summary;
    summary.language = language;
    summary.organisation = document.organisation();
    summary.assessment = document.assessment();
    if (sessionId == 0) {
        summary.session = sessions->last();
        summary.sessionNumber = int(sessions->size());
    } else {
        for (qsizetype i = 0; i < sessions->size(); ++i)
            if (sessions->at(i).id == sessionId) {
                summary.session = sessions->at(i);
                summary.sessionNumber = int(i) + 1;
            }
        if (summary.sessionNumber == 0)
            return makeError(Text::tr("there is no workshop session %1 in this assessment (sessions: %2)")
                                 .arg(sessionId)
                                 .arg(sessions->size()));
    }
    const WorkshopSessionRecord &session = summary.session;
    summary.until = session.endedAt.value_or(Clock::current().now().toUTC());
    auto participants = repo.participants(session.id);
    if (!participants)
        return participants.error();
    summary.participants = *participants;
    auto attributions = repo.attributions(session.id);
    if (!attributions)
        return attributions.error();
    auto times = repo.sectionTimes(session.id);
    if (!times)
        return times.error();
    auto parked = repo.parked(assessmentId);
    if (!parked)
        return parked.error();

    // The last giver per question in this session.
    QHash<QString, Attribution> givers;
    for (const Attribution &a : std::as_const(*attributions))
        givers.insert(QString::number(a.questionnaireRef) + u'/' + a.questionId, a);
    const auto within = [&](const QDateTime &t) { return t.isValid() && t >= session.startedAt && t <= summary.until; };

    for (const AssessmentDocument::QuestionnaireEntry &entry : document.questionnaires()) {
        const Questionnaire &q = entry.questionnaire;
        for (const readiness::Section &section : q.sections) {
            Section block;
            block.questionnaireRef = entry.ref;
            block.questionnaireTitle = q.title.text(language);
            block.sectionId = section.id;
            block.title = section.title.text(language);
            for (const SectionTime &t : std::as_const(*times))
                if (t.questionnaireRef == entry.ref && t.sectionId == section.id)
                    block.elapsedMs = t.elapsedMs;
            for (const Question &question : section.questions) {
                const QString key = QString::number(entry.ref) + u'/' + question.id;
                const AnswerRecord record = document.answer(entry.ref, question.id);
                // An attribution counts while the answer is still the one given
                // (an undo or a later change makes it stale).
                const bool attributed = givers.contains(key) && givers.value(key).value == record.value;
                if (!attributed && !within(record.answeredAt))
                    continue;
                if (record.isEmpty() && !attributed)
                    continue;
                Answer a;
                a.questionnaireId = q.id;
                a.questionId = question.id;
                a.text = question.text.text(language);
                a.display = record.value.isEmpty() ? QString()
                                                   : AnswerValue::display(question, q.scale, record.value, language);
                a.note = record.note;
                a.at = attributed ? givers.value(key).at : record.answeredAt;
                if (attributed) {
                    const Attribution &g = givers.value(key);
                    a.givenBy = Participant {0, 0, g.participantName, g.participantRole, false}.label();
                }
                block.answers.append(a);
            }
            summary.totalMs += block.elapsedMs;
            if (!block.answers.isEmpty() || block.elapsedMs > 0)
                summary.sections.append(block);
        }
    }

    for (const ParkedQuestion &p : std::as_const(*parked)) {
        // This session's, and those from earlier sessions still open.
        if (p.sessionId != session.id && p.isResolved())
            continue;
        if (p.sessionId != session.id && p.createdAt > summary.until)
            continue;
        const AssessmentDocument::QuestionnaireEntry *entry = document.questionnaire(p.questionnaireRef);
        Parked item;
        item.questionId = p.questionId;
        item.note = p.note;
        item.createdAt = p.createdAt;
        item.resolved = p.isResolved();
        if (entry) {
            item.questionnaireId = entry->questionnaire.id;
            if (const Question *question = entry->questionnaire.question(p.questionId)) {
                item.text = question->text.text(language);
                item.sectionTitle = entry->questionnaire.sections.at(entry->questionnaire.sectionIndexOf(p.questionId))
                                        .title.text(language);
            }
        }
        summary.parked.append(item);
    }

    for (const ActionRecord &action : document.actions())
        if (within(action.createdAt))
            summary.actions.append(action);
    return summary;
}

QJsonObject WorkshopSummary::toJson() const
{
    QJsonArray people;
    for (const Participant &p : participants)
        people.append(QJsonObject {{u"name"_s, p.name}, {u"role"_s, p.role}});
    QJsonArray blocks;
    for (const Section &s : sections) {
        QJsonArray answers;
        for (const Answer &a : s.answers)
            answers.append(QJsonObject {{u"questionnaire"_s, a.questionnaireId},
                                        {u"question"_s, a.questionId},
                                        {u"text"_s, a.text},
                                        {u"answer"_s, a.display},
                                        {u"note"_s, a.note},
                                        {u"given_by"_s, a.givenBy},
                                        {u"at"_s, iso(a.at)}});
        blocks.append(QJsonObject {{u"questionnaire"_s, s.questionnaireTitle},
                                   {u"section"_s, s.sectionId},
                                   {u"title"_s, s.title},
                                   {u"elapsed_seconds"_s, double(s.elapsedMs / 1000)},
                                   {u"answers"_s, answers}});
    }
    QJsonArray lot;
    for (const Parked &p : parked)
        lot.append(QJsonObject {{u"questionnaire"_s, p.questionnaireId},
                                {u"question"_s, p.questionId},
                                {u"text"_s, p.text},
                                {u"section"_s, p.sectionTitle},
                                {u"note"_s, p.note},
                                {u"parked_at"_s, iso(p.createdAt)},
                                {u"resolved"_s, p.resolved}});
    QJsonArray created;
    for (const ActionRecord &a : actions)
        created.append(QJsonObject {{u"id"_s, a.id},
                                    {u"title"_s, a.title},
                                    {u"owner"_s, a.owner},
                                    {u"due"_s, a.dueDate.isValid() ? a.dueDate.toString(Qt::ISODate) : QString()},
                                    {u"question"_s, a.questionId},
                                    {u"status"_s, actionStatusName(a.status)}});
    return QJsonObject {
        {u"organisation"_s, organisation.name},
        {u"assessment"_s, assessment.title},
        {u"session"_s,
         QJsonObject {{u"id"_s, session.id},
                      {u"number"_s, sessionNumber},
                      {u"title"_s, session.title},
                      {u"started_at"_s, iso(session.startedAt)},
                      {u"ended_at"_s, session.endedAt ? iso(*session.endedAt) : QString()},
                      {u"running"_s, session.isRunning()}}},
        {u"participants"_s, people},
        {u"sections"_s, blocks},
        {u"total_seconds"_s, double(totalMs / 1000)},
        {u"parked"_s, lot},
        {u"actions"_s, created},
    };
}

} // namespace readiness::workshop
