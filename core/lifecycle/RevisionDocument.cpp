#include "RevisionDocument.h"

#include "EvidenceStore.h"
#include "LifecycleRepository.h"
#include "QuestionnaireLoader.h"
#include "StateFingerprint.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace readiness::lifecycle {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::lifecycle::RevisionDocument)
};

struct Snapshot
{
    Organisation organisation;
    QList<Questionnaire> questionnaires;
    QJsonArray answers;
    QJsonArray evidence;
    QJsonArray actions;
};

Result<SignOffRecord> findRevision(const AssessmentDocument &live, int revision)
{
    auto signOffs = LifecycleRepository::signOffsOf(live.repository(), live.assessment().id);
    if (!signOffs)
        return signOffs.error();
    QStringList known;
    for (const SignOffRecord &s : std::as_const(*signOffs)) {
        if (s.revision == revision)
            return s;
        known.append(QString::number(s.revision));
    }
    if (known.isEmpty())
        return makeError(Text::tr("%1 has no signed revision %2: the assessment was never signed off")
                             .arg(live.path())
                             .arg(revision));
    return makeError(Text::tr("%1 has no signed revision %2; signed revisions: %3")
                         .arg(live.path())
                         .arg(revision)
                         .arg(known.join(u", "_s)));
}

/// The snapshot's questionnaires are named by SHA-256: their frozen copies
/// stay in the file (one row per exact content) however the assessment moved on.
Result<Snapshot> parse(const AssessmentDocument &live, const SignOffRecord &signOff)
{
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(signOff.snapshot, &error).object();
    if (error.error != QJsonParseError::NoError || root.value(u"format"_s).toString() != "gdpr-readiness-state/1"_L1)
        return makeError(Text::tr("%1: the snapshot of revision %2 is not a state this version can read")
                             .arg(live.path())
                             .arg(signOff.revision));
    Snapshot s;
    const QJsonObject org = root.value(u"organisation"_s).toObject();
    s.organisation.name = org.value(u"name"_s).toString();
    s.organisation.sector = org.value(u"sector"_s).toString();
    s.organisation.country = org.value(u"country"_s).toString();
    s.organisation.currency = org.value(u"currency"_s).toString();
    bool ok = false;
    const double turnover = org.value(u"turnover"_s).toString().toDouble(&ok);
    if (ok)
        s.organisation.turnover = turnover;
    // Not part of the signed state: the Land decides only the holiday calendar.
    s.organisation.land = live.organisation().land;
    for (const QJsonValue &v : root.value(u"questionnaires"_s).toArray()) {
        const QString sha = v.toObject().value(u"sha256"_s).toString();
        auto q = live.repository().run(u"SELECT json FROM questionnaire WHERE sha256 = ?"_s, {sha});
        if (!q)
            return q.error();
        if (!q->next())
            return makeError(
                Text::tr("%1: questionnaire %2 of revision %3 is no longer in the file")
                    .arg(live.path(), v.toObject().value(u"id"_s).toString(), QString::number(signOff.revision)));
        auto questionnaire = QuestionnaireLoader::loadTrusted(q->value(0).toByteArray(),
                                                              live.path() + u"#questionnaire/"_s + sha, sha);
        if (!questionnaire)
            return questionnaire.error();
        s.questionnaires.append(std::move(questionnaire).value());
    }
    s.answers = root.value(u"answers"_s).toArray();
    s.evidence = root.value(u"evidence"_s).toArray();
    s.actions = root.value(u"actions"_s).toArray();
    return s;
}

/// Copies the signed evidence (found by SHA-256, removed or not) into @p doc.
Status copyEvidence(AssessmentDocument &live, AssessmentDocument &doc, const QHash<QString, qint64> &refs,
                    const QJsonArray &evidence, const QString &folder)
{
    EvidenceStore from(live.repository());
    EvidenceStore to(doc.repository());
    for (int i = 0; i < evidence.size(); ++i) {
        const QJsonObject e = evidence.at(i).toObject();
        const QString sha = e.value(u"sha256"_s).toString();
        auto row = live.repository().run(u"SELECT id FROM evidence WHERE sha256 = ? ORDER BY id LIMIT 1"_s, {sha});
        if (!row)
            return row.error();
        if (!row->next())
            return makeError(
                Text::tr("%1: the evidence %2 (SHA-256 %3) of the signed revision is no longer in the file")
                    .arg(live.path(), e.value(u"name"_s).toString(), sha));
        const QString dir = QDir(folder).filePath(QString::number(i));
        QDir().mkpath(dir);
        const QString file = QDir(dir).filePath(e.value(u"name"_s).toString());
        if (Status s = from.exportToFile(row->value(0).toLongLong(), file); !s)
            return s;
        to.setSizeLimit(std::max(to.sizeLimit(), e.value(u"size"_s).toString().toLongLong()));
        auto imported = to.import({doc.assessment().id, refs.value(e.value(u"questionnaire"_s).toString()),
                                   e.value(u"question"_s).toString()},
                                  file);
        if (!imported)
            return imported.error();
        QFile::remove(file);
    }
    return success();
}
} // namespace

RevisionDocument::~RevisionDocument()
{
    m_document.reset();
}

Result<std::unique_ptr<RevisionDocument>> RevisionDocument::build(const QString &path, qint64 assessmentId,
                                                                  int revision)
{
    auto opened = AssessmentDocument::open(path, AssessmentFile::Mode::ReadOnly);
    if (!opened)
        return opened.error();
    AssessmentDocument &live = **opened;
    if (assessmentId > 0)
        if (Status s = live.selectAssessment(assessmentId); !s)
            return s.error();
    auto signOff = findRevision(live, revision);
    if (!signOff)
        return signOff.error();
    auto snapshot = parse(live, *signOff);
    if (!snapshot)
        return snapshot.error();

    std::unique_ptr<RevisionDocument> result(new RevisionDocument);
    if (!result->m_dir.isValid())
        return makeError(Text::tr("cannot create a temporary folder for revision %1: %2")
                             .arg(revision)
                             .arg(result->m_dir.errorString()));
    result->m_signOff = *signOff;
    AssessmentDocument::NewAssessment spec;
    spec.organisation = snapshot->organisation;
    spec.info = live.assessment();
    spec.info.id = 0;
    spec.info.status = AssessmentStatus::SignedOff;
    spec.questionnaires = snapshot->questionnaires;
    const QString file = result->m_dir.filePath(u"revision.gdpra"_s);
    {
        auto created = AssessmentDocument::create(file, spec);
        if (!created)
            return created.error();
        AssessmentDocument &doc = **created;
        doc.repository().setActor(signOff->signedBy);
        QHash<QString, qint64> refs; // "id@sha256" -> ref in the new file
        for (const AssessmentDocument::QuestionnaireEntry &e : doc.questionnaires())
            refs.insert(e.questionnaire.id + u'@' + e.questionnaire.sha256, e.ref);
        const qint64 id = doc.assessment().id;
        // Written as stored, without the checks a new answer gets: the
        // signed state is reproduced, not re-validated.
        for (const QJsonValue &v : std::as_const(snapshot->answers)) {
            const QJsonObject a = v.toObject();
            AnswerRecord record;
            record.questionnaireRef = refs.value(a.value(u"questionnaire"_s).toString());
            record.questionId = a.value(u"question"_s).toString();
            record.value = a.value(u"value"_s).toString();
            record.note = a.value(u"note"_s).toString();
            record.answeredBy = signOff->signedBy;
            if (Status s = doc.repository().setAnswer(id, record); !s)
                return s.error();
        }
        for (const QJsonValue &v : std::as_const(snapshot->actions)) {
            const QJsonObject a = v.toObject();
            ActionRecord action;
            action.questionnaireRef = refs.value(a.value(u"questionnaire"_s).toString());
            action.questionId = a.value(u"question"_s).toString();
            action.title = a.value(u"title"_s).toString();
            action.owner = a.value(u"owner"_s).toString();
            action.dueDate = QDate::fromString(a.value(u"due"_s).toString(), Qt::ISODate);
            action.status = actionStatusFromName(a.value(u"status"_s).toString()).value_or(ActionStatus::Open);
            action.notes = a.value(u"notes"_s).toString();
            if (auto added = doc.repository().addAction(id, action); !added)
                return added.error();
        }
        if (Status s = copyEvidence(live, doc, refs, snapshot->evidence, result->m_dir.filePath(u"evidence"_s)); !s)
            return s.error();
    }
    auto reopened = AssessmentDocument::open(file, AssessmentFile::Mode::ReadOnly);
    if (!reopened)
        return reopened.error();
    result->m_document = std::move(reopened).value();
    // The rebuilt state must be the signed one: its canonical form hashes
    // to the fingerprint recorded at sign-off (else the snapshot was altered).
    auto canonical = StateFingerprint::canonical(result->m_document->repository(), result->m_document->assessment().id);
    if (!canonical)
        return canonical.error();
    if (StateFingerprint::of(*canonical) != signOff->fingerprint)
        return makeError(
            Text::tr("%1: revision %2 cannot be reported: its stored state does not match its fingerprint %3; "
                     "the file was altered (gdpr-readiness verify %1 names where)")
                .arg(live.path())
                .arg(revision)
                .arg(signOff->fingerprint));
    return result;
}

} // namespace readiness::lifecycle
