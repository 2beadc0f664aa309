#include "AssessmentDocument.h"

#include "ActionLookup.h"
#include "Clock.h"
#include "GermanLand.h"
#include "Jurisdiction.h"
#include "QuestionnaireLoader.h"
#include "Sha256.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace readiness {

namespace {
/// Messages for the user, in the language of the user interface.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::AssessmentDocument)
};

/// Reads action @p actionId (added or changed) back into @p actions: only
/// that row, not the whole plan (a bulk add of n actions read n²/2 rows).
/// The list stays in id order, as the repository lists it: a new action is
/// last, one put back by undo keeps its old id and place.
Status keepAction(const AssessmentRepository &repository, QList<ActionRecord> &actions, qint64 actionId)
{
    auto stored = actionById(repository, actionId);
    if (!stored)
        return stored.error();
    const auto at = std::lower_bound(actions.begin(), actions.end(), actionId,
                                     [](const ActionRecord &a, qint64 id) { return a.id < id; });
    if (at != actions.end() && at->id == actionId)
        *at = *stored;
    else
        actions.insert(at, *stored);
    return success();
}

QString answerKey(qint64 ref, const QString &questionId)
{
    return QString::number(ref) + u'/' + questionId;
}
} // namespace

AssessmentDocument::AssessmentDocument(std::unique_ptr<AssessmentFile> file)
    : m_file(std::move(file))
    , m_repository(std::make_unique<AssessmentRepository>(*m_file))
    , m_evidenceStore(std::make_unique<EvidenceStore>(*m_repository))
{ }

AssessmentDocument::~AssessmentDocument()
{
    // The store and the repository use the file's connection: drop them first.
    m_evidenceStore.reset();
    m_repository.reset();
    m_file.reset();
}

Result<std::unique_ptr<AssessmentDocument>> AssessmentDocument::open(const QString &path, AssessmentFile::Mode mode,
                                                                     AssessmentFile::Failure *failure)
{
    auto file = AssessmentFile::open(path, mode, failure);
    if (!file)
        return file.error();
    std::unique_ptr<AssessmentDocument> doc(new AssessmentDocument(std::move(file).value()));
    if (Status s = doc->load(); !s) {
        if (failure)
            *failure = AssessmentFile::Failure::Corrupt;
        return s.error();
    }
    return doc;
}

void AssessmentDocument::handOverTo(QThread *thread)
{
    m_file->moveToThread(thread);
    moveToThread(thread);
}

Result<std::unique_ptr<AssessmentDocument>> AssessmentDocument::create(const QString &path, const NewAssessment &spec)
{
    if (spec.organisation.name.trimmed().isEmpty())
        return makeError(Text::tr("the organisation needs a name"));
    if (spec.questionnaires.isEmpty())
        return makeError(Text::tr("an assessment needs at least one questionnaire"));
    auto land = GermanLand::normalise(spec.organisation.land, spec.organisation.country);
    if (!land)
        return land.error();
    Organisation organisation = spec.organisation;
    organisation.land = *land;
    // The set-up happens before the file gets its name: a failure (a full
    // disk) leaves nothing at @p path, never an empty assessment.
    auto file = AssessmentFile::create(path, [&](AssessmentFile &fresh) -> Status {
        AssessmentRepository repo(fresh);
        return fresh.write([&]() -> Status {
            if (Status o = repo.setOrganisation(organisation); !o)
                return o;
            AssessmentInfo info = spec.info;
            if (info.title.isEmpty())
                info.title = u"GDPR readiness assessment"_s;
            auto id = repo.createAssessment(info);
            if (!id)
                return id.error();
            for (const Questionnaire &q : spec.questionnaires)
                if (auto ref = repo.addQuestionnaire(*id, q); !ref)
                    return ref.error();
            return success();
        });
    });
    if (!file)
        return file.error();
    std::unique_ptr<AssessmentDocument> doc(new AssessmentDocument(std::move(file).value()));
    if (Status l = doc->load(); !l)
        return l.error();
    return doc;
}

Status AssessmentDocument::load()
{
    auto org = m_repository->organisation();
    if (!org)
        return org.error();
    m_organisation = org->value_or(Organisation {});
    m_jurisdictions = Jurisdiction::ofCountry(m_organisation.country);
    auto list = m_repository->assessments();
    if (!list)
        return list.error();
    m_assessments = *list;
    m_current = m_assessments.isEmpty() ? -1 : int(m_assessments.size() - 1);
    m_lastWritten = QFileInfo(m_file->path()).lastModified();
    return loadAssessment();
}

Status AssessmentDocument::loadAssessment()
{
    m_questionnaires.clear();
    m_answerRecords.clear();
    m_evidence.clear();
    m_actions.clear();
    m_keyDates.clear();
    if (m_current < 0)
        return success();
    const qint64 id = assessment().id;
    auto stored = m_repository->questionnaires(id);
    if (!stored)
        return stored.error();
    for (const StoredQuestionnaire &sq : std::as_const(*stored)) {
        const QString label = m_file->path() + u"#questionnaire/"_s + sq.id;
        if (Sha256::hex(sq.json) != sq.sha256)
            return makeError(Text::tr("%1: the stored copy of questionnaire '%2' does not match its SHA-256")
                                 .arg(m_file->path(), sq.id));
        auto q = QuestionnaireLoader::loadTrusted(sq.json, label, sq.sha256);
        if (!q)
            return q.error();
        m_questionnaires.append({sq.ref, std::move(q).value(), {}});
    }
    auto answers = m_repository->answers(id);
    if (!answers)
        return answers.error();
    for (const AnswerRecord &a : std::as_const(*answers)) {
        m_answerRecords.insert(answerKey(a.questionnaireRef, a.questionId), a);
        if (AnswerMap *map = answersOf(a.questionnaireRef); map && !a.value.isEmpty())
            map->insert(a.questionId, a.value);
    }
    if (Status s = reloadEvidence(); !s)
        return s;
    if (Status s = reloadActions(); !s)
        return s;
    auto dates = m_repository->keyDates(id);
    if (!dates)
        return dates.error();
    m_keyDates = *dates;
    return success();
}

Status AssessmentDocument::reloadEvidence()
{
    auto ev = m_repository->evidence(assessment().id);
    if (!ev)
        return ev.error();
    m_evidence = *ev;
    return success();
}

Status AssessmentDocument::reloadActions()
{
    auto actions = m_repository->actions(assessment().id);
    if (!actions)
        return actions.error();
    m_actions = *actions;
    return success();
}

void AssessmentDocument::touched(const ChangeEvent &event)
{
    m_lastWritten = QDateTime::currentDateTime();
    emit changed(event);
}

AnswerMap *AssessmentDocument::answersOf(qint64 ref)
{
    for (QuestionnaireEntry &e : m_questionnaires)
        if (e.ref == ref)
            return &e.answers;
    return nullptr;
}

QString AssessmentDocument::fingerprint() const
{
    const QString basis = m_repository->fileId() + u'#' + QString::number(m_repository->lastChangeId());
    return Sha256::hex(basis.toUtf8()).left(16);
}

const AssessmentInfo &AssessmentDocument::assessment() const
{
    static const AssessmentInfo none;
    return m_current >= 0 ? m_assessments.at(m_current) : none;
}

Status AssessmentDocument::selectAssessment(qint64 assessmentId)
{
    for (int i = 0; i < m_assessments.size(); ++i) {
        if (m_assessments.at(i).id == assessmentId) {
            m_current = i;
            Status s = loadAssessment();
            emit changed({ChangeEvent::Kind::Assessment, 0, {}, assessmentId});
            return s;
        }
    }
    return makeError(Text::tr("no assessment %1 in %2").arg(assessmentId).arg(m_file->path()));
}

Status AssessmentDocument::setOrganisation(const Organisation &changed)
{
    auto land = GermanLand::normalise(changed.land, changed.country);
    if (!land)
        return land.error();
    Organisation organisation = changed;
    organisation.land = *land;
    if (Status s = m_repository->setOrganisation(organisation); !s)
        return s;
    m_organisation = organisation;
    m_jurisdictions = Jurisdiction::ofCountry(m_organisation.country);
    touched({ChangeEvent::Kind::Organisation, 0, {}, 1});
    return success();
}

Status AssessmentDocument::updateAssessment(const AssessmentInfo &info)
{
    if (Status s = m_repository->updateAssessment(info); !s)
        return s;
    for (AssessmentInfo &a : m_assessments)
        if (a.id == info.id)
            a = info;
    touched({ChangeEvent::Kind::Assessment, 0, {}, info.id});
    return success();
}

const AssessmentDocument::QuestionnaireEntry *AssessmentDocument::questionnaire(qint64 ref) const
{
    for (const QuestionnaireEntry &e : m_questionnaires)
        if (e.ref == ref)
            return &e;
    return nullptr;
}

Result<AssessmentDocument::QuestionRef> AssessmentDocument::resolveQuestion(const QString &spec) const
{
    const qsizetype colon = spec.indexOf(u':');
    const QString qid = colon < 0 ? QString() : spec.left(colon);
    const QString questionId = colon < 0 ? spec : spec.mid(colon + 1);
    QList<QuestionRef> found;
    for (const QuestionnaireEntry &e : m_questionnaires) {
        if (!qid.isEmpty() && e.questionnaire.id != qid)
            continue;
        if (const Question *q = e.questionnaire.question(questionId))
            found.append({e.ref, &e.questionnaire, q});
    }
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty())
        return makeError(Text::tr("no question '%1' in this assessment").arg(spec));
    return makeError(
        Text::tr("'%1' is in more than one questionnaire; write it as questionnaire-id:%1").arg(questionId));
}

AnswerRecord AssessmentDocument::answer(qint64 questionnaireRef, const QString &questionId) const
{
    AnswerRecord r = m_answerRecords.value(answerKey(questionnaireRef, questionId));
    r.questionnaireRef = questionnaireRef;
    r.questionId = questionId;
    return r;
}

Status AssessmentDocument::setAnswer(qint64 questionnaireRef, const QString &questionId, const QString &value,
                                     const QString &note)
{
    const QuestionnaireEntry *entry = questionnaire(questionnaireRef);
    const Question *question = entry ? entry->questionnaire.question(questionId) : nullptr;
    if (!question)
        return makeError(Text::tr("no question '%1' in this assessment").arg(questionId));
    QString stored;
    if (!value.trimmed().isEmpty()) {
        auto normalised = AnswerValue::normalise(*question, entry->questionnaire.scale, value);
        if (!normalised)
            return normalised.error();
        stored = *normalised;
    }
    if (AnswerValue::needsReason(*question, stored) && note.trimmed().isEmpty())
        return makeError(Text::tr("'%1' is a critical question: answering it \"not applicable\" needs a written reason "
                                  "in the note")
                             .arg(questionId));
    AnswerRecord record {questionnaireRef, questionId, stored, note, m_repository->actor(), Clock::current().now()};
    if (Status s = m_repository->setAnswer(assessment().id, record); !s)
        return s;
    const QString key = answerKey(questionnaireRef, questionId);
    AnswerMap *map = answersOf(questionnaireRef);
    if (record.isEmpty())
        m_answerRecords.remove(key);
    else
        m_answerRecords.insert(key, record);
    if (stored.isEmpty())
        map->remove(questionId);
    else
        map->insert(questionId, stored);
    touched({ChangeEvent::Kind::Answer, questionnaireRef, questionId, 0});
    return success();
}

bool AssessmentDocument::applies(qint64 questionnaireRef, const Question &question) const
{
    const QuestionnaireEntry *e = questionnaire(questionnaireRef);
    return e && questionApplies(e->questionnaire, question, e->answers, m_jurisdictions);
}

bool AssessmentDocument::outsideJurisdiction(const Question &question) const
{
    return !Jurisdiction::applies(question.jurisdictions, m_jurisdictions);
}

ReadinessScore AssessmentDocument::score() const
{
    QList<ReadinessScore::Input> inputs;
    inputs.reserve(m_questionnaires.size());
    for (const QuestionnaireEntry &e : m_questionnaires)
        inputs.append({&e.questionnaire, &e.answers, m_jurisdictions});
    return ReadinessScore::compute(inputs);
}

QList<EvidenceRecord> AssessmentDocument::evidenceFor(qint64 questionnaireRef, const QString &questionId) const
{
    QList<EvidenceRecord> list;
    for (const EvidenceRecord &e : m_evidence)
        if (e.questionnaireRef == questionnaireRef && e.questionId == questionId)
            list.append(e);
    return list;
}

Result<EvidenceRecord> AssessmentDocument::importEvidence(qint64 questionnaireRef, const QString &questionId,
                                                          const QString &path, const EvidenceStore::Progress &progress)
{
    const QuestionnaireEntry *entry = questionnaire(questionnaireRef);
    if (!entry || !entry->questionnaire.question(questionId))
        return makeError(Text::tr("no question '%1' in this assessment").arg(questionId));
    auto record = m_evidenceStore->import({assessment().id, questionnaireRef, questionId}, path, progress);
    if (!record)
        return record;
    m_evidence.append(*record);
    touched({ChangeEvent::Kind::Evidence, questionnaireRef, questionId, record->id});
    return record;
}

Status AssessmentDocument::removeEvidence(qint64 evidenceId)
{
    if (Status s = m_repository->removeEvidence(evidenceId); !s)
        return s;
    ChangeEvent event {ChangeEvent::Kind::Evidence, 0, {}, evidenceId};
    for (qsizetype i = 0; i < m_evidence.size(); ++i) {
        if (m_evidence.at(i).id == evidenceId) {
            event.questionnaireRef = m_evidence.at(i).questionnaireRef;
            event.questionId = m_evidence.at(i).questionId;
            m_evidence.removeAt(i);
            break;
        }
    }
    touched(event);
    return success();
}

Status AssessmentDocument::restoreEvidence(qint64 evidenceId)
{
    if (Status s = m_repository->restoreEvidence(evidenceId); !s)
        return s;
    if (Status s = reloadEvidence(); !s)
        return s;
    ChangeEvent event {ChangeEvent::Kind::Evidence, 0, {}, evidenceId};
    for (const EvidenceRecord &e : std::as_const(m_evidence))
        if (e.id == evidenceId)
            event = {ChangeEvent::Kind::Evidence, e.questionnaireRef, e.questionId, evidenceId};
    touched(event);
    return success();
}

Result<qint64> AssessmentDocument::addAction(const ActionRecord &action)
{
    if (action.title.trimmed().isEmpty())
        return makeError(Text::tr("an action needs a title"));
    auto id = m_repository->addAction(assessment().id, action);
    if (!id)
        return id;
    // Only the new row is read back, not the whole plan (a bulk add of n
    // actions read n²/2 rows).
    if (Status s = keepAction(*m_repository, m_actions, *id); !s)
        return s.error();
    touched({ChangeEvent::Kind::Action, action.questionnaireRef, action.questionId, *id});
    return id;
}

Status AssessmentDocument::updateAction(const ActionRecord &action)
{
    if (action.title.trimmed().isEmpty())
        return makeError(Text::tr("an action needs a title"));
    if (Status s = m_repository->updateAction(action); !s)
        return s;
    if (Status s = keepAction(*m_repository, m_actions, action.id); !s)
        return s;
    touched({ChangeEvent::Kind::Action, action.questionnaireRef, action.questionId, action.id});
    return success();
}

Status AssessmentDocument::removeAction(qint64 actionId)
{
    if (Status s = m_repository->removeAction(actionId); !s)
        return s;
    ChangeEvent event {ChangeEvent::Kind::Action, 0, {}, actionId};
    for (qsizetype i = 0; i < m_actions.size(); ++i) {
        if (m_actions.at(i).id == actionId) {
            event.questionnaireRef = m_actions.at(i).questionnaireRef;
            event.questionId = m_actions.at(i).questionId;
            m_actions.removeAt(i);
            break;
        }
    }
    touched(event);
    return success();
}

Result<qint64> AssessmentDocument::addKeyDate(const KeyDate &date)
{
    if (date.label.trimmed().isEmpty() || !date.date.isValid())
        return makeError(Text::tr("a key date needs a label and a valid date"));
    auto id = m_repository->addKeyDate(assessment().id, date);
    if (!id)
        return id;
    auto dates = m_repository->keyDates(assessment().id);
    if (dates)
        m_keyDates = *dates;
    touched({ChangeEvent::Kind::KeyDate, 0, {}, *id});
    return id;
}

Status AssessmentDocument::removeKeyDate(qint64 id)
{
    if (Status s = m_repository->removeKeyDate(id); !s)
        return s;
    m_keyDates.removeIf([id](const KeyDate &d) { return d.id == id; });
    touched({ChangeEvent::Kind::KeyDate, 0, {}, id});
    return success();
}

} // namespace readiness
