#include "CarryOver.h"

#include "AnswerValue.h"
#include "AssessmentDocument.h"
#include "Backups.h"
#include "LifecycleRepository.h"
#include "OutputPathGuard.h"
#include "ReviewRepository.h"
#include "Sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace readiness::review {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::review::CarryOver)
};

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// One questionnaire of the old assessment and the one the new file uses.
struct Target
{
    qint64 oldRef = 0;
    const Questionnaire *old = nullptr;
    Questionnaire use;
    bool moved = false;
    QuestionnaireChange change; // meaningful when a newer version exists
};

/// One answer of the old assessment and what becomes of it.
struct Carried
{
    CarriedAnswer row; // questionnaireRef: the old file's until written
    QString value; // normalised for the questionnaire the new file uses
};

/// The old file, open read-only, and everything read from it.
class Job
{
public:
    Result<CarryOver::Summary> read(const CarryOver::Options &options);
    Status write(AssessmentFile &fresh, const CarryOver::Options &options);

private:
    Status copyEvidence(AssessmentRepository &to, qint64 assessmentId, qint64 ref, const EvidenceRecord &e);

    std::unique_ptr<AssessmentDocument> m_source;
    QList<Target> m_targets;
    QList<Carried> m_answers;
    QList<EvidenceRecord> m_evidence;
    QList<ActionRecord> m_actions;
    CarryOver::Summary m_summary;
};

Result<CarryOver::Summary> Job::read(const CarryOver::Options &options)
{
    const QString native = QDir::toNativeSeparators(options.source);
    if (Status s = OutputPathGuard::check(options.target, options.source); !s)
        return s.error();
    auto doc = AssessmentDocument::open(options.source, AssessmentFile::Mode::ReadOnly);
    if (!doc)
        return doc.error();
    m_source = std::move(doc).value();
    if (options.assessmentId > 0)
        if (Status s = m_source->selectAssessment(options.assessmentId); !s)
            return s.error();
    if (m_source->assessments().isEmpty())
        return makeError(Text::tr("%1 holds no assessment to carry over").arg(native));
    AssessmentRepository &repo = m_source->repository();
    const qint64 assessmentId = m_source->assessment().id;

    Predecessor &p = m_summary.predecessor;
    p.fileId = repo.fileId();
    p.path = QFileInfo(options.source).absoluteFilePath();
    if (auto q = repo.run(u"SELECT value FROM meta WHERE key = 'created_at'"_s); q && q->next())
        p.createdAt = q->value(0).toString();
    lifecycle::LifecycleRepository lifecycle(repo);
    if (lifecycle.isAvailable()) {
        auto active = lifecycle.activeSignOff(assessmentId);
        if (!active)
            return active.error();
        if (*active)
            p.signOff = u"revision %1, signed off by %2 (%3) on %4, fingerprint %5"_s.arg(
                QString::number((*active)->revision), (*active)->name, (*active)->role,
                (*active)->signedAt.toUTC().toString(Qt::ISODate), (*active)->fingerprint);
    }
    m_summary.organisation = m_source->organisation().name;
    m_summary.target = options.target;

    for (const auto &entry : m_source->questionnaires()) {
        Target t {entry.ref, &entry.questionnaire, entry.questionnaire, false, {}};
        if (auto newer = options.candidates ? options.candidates(entry.questionnaire.id) : std::nullopt;
            newer && QuestionnaireMove::isNewer(newer->version, entry.questionnaire.version)) {
            t.change = QuestionnaireMove::compare(entry.questionnaire, *newer);
            t.change.moved = t.moved = options.moveQuestionnaires;
            if (t.moved)
                t.use = *newer;
            m_summary.changes.append(t.change);
        }
        m_targets.append(std::move(t));
    }

    auto answers = repo.answers(assessmentId);
    if (!answers)
        return answers.error();
    for (const AnswerRecord &a : std::as_const(*answers)) {
        const Target *t = nullptr;
        for (const Target &candidate : std::as_const(m_targets))
            if (candidate.oldRef == a.questionnaireRef)
                t = &candidate;
        if (!t)
            continue; // an answer of a questionnaire the assessment does not include
        const Question *before = t->old->question(a.questionId);
        Carried c;
        c.row.questionnaireRef = a.questionnaireRef;
        c.row.questionId = a.questionId;
        c.row.fromVersion = t->old->version;
        c.row.fromSha256 = t->old->sha256;
        c.row.questionText = before ? before->text.text(u"en"_s) : QString();
        c.row.value = a.value;
        c.row.note = a.note;
        c.row.answeredBy = a.answeredBy;
        c.row.answeredAt = a.answeredAt;
        const Question *now = t->use.question(a.questionId);
        if (!now) {
            c.row.move = CarriedMove::Removed;
            c.row.state = CarriedState::History;
        } else if (!a.value.isEmpty()) {
            auto normalised = AnswerValue::normalise(*now, t->use.scale, a.value);
            if (normalised) {
                c.value = *normalised;
            } else {
                c.row.move = CarriedMove::NotValid;
                c.row.state = CarriedState::History;
            }
        }
        if (c.row.state != CarriedState::History && t->moved && t->change.reworded.contains(a.questionId))
            c.row.move = CarriedMove::Reworded;
        if (c.row.state == CarriedState::History) {
            ++m_summary.history;
        } else {
            ++m_summary.answers;
            ++m_summary.toReview;
        }
        m_answers.append(c);
    }
    m_evidence = m_source->evidence();
    m_summary.evidence = int(m_evidence.size());
    for (const EvidenceRecord &e : std::as_const(m_evidence))
        m_summary.evidenceBytes += e.size;
    for (const ActionRecord &a : m_source->actions())
        if (a.status == ActionStatus::Open || a.status == ActionStatus::InProgress)
            m_actions.append(a);
    m_summary.actions = int(m_actions.size());
    return m_summary;
}

Status Job::copyEvidence(AssessmentRepository &to, qint64 assessmentId, qint64 ref, const EvidenceRecord &e)
{
    // The bytes are copied, not referenced: the new file stands alone. The
    // record keeps its name, type, SHA-256, and who added it when.
    auto insert = to.run(u"INSERT INTO evidence (assessment_id, questionnaire_id, question_id, name, mime_type, size,"
                         " sha256, added_at, added_by) VALUES (?, ?, ?, ?, ?, 0, '', ?, ?)"_s,
                         {assessmentId, ref, e.questionId, e.name, e.mimeType,
                          e.addedAt.toUTC().toString(Qt::ISODateWithMs), e.addedBy});
    if (!insert)
        return insert.error();
    const qint64 id = insert->lastInsertId().toLongLong();
    auto chunks
        = m_source->repository().run(u"SELECT data FROM evidence_chunk WHERE evidence_id = ? ORDER BY seq"_s, {e.id});
    if (!chunks)
        return chunks.error();
    Sha256 hash;
    qint64 size = 0;
    for (qint64 seq = 0; chunks->next(); ++seq) {
        const QByteArray data = chunks->value(0).toByteArray();
        hash.addData(data);
        size += data.size();
        if (auto chunk
            = to.run(u"INSERT INTO evidence_chunk (evidence_id, seq, data) VALUES (?, ?, ?)"_s, {id, seq, data});
            !chunk)
            return chunk.error();
    }
    const QString sha256 = hash.finalHex();
    if (sha256 != e.sha256 || size != e.size)
        return makeError(Text::tr("evidence '%1' in %2 does not match its SHA-256 (%3); check the file with "
                                  "gdpr-readiness verify")
                             .arg(e.name, QDir::toNativeSeparators(m_source->path()), e.sha256));
    if (auto update = to.run(u"UPDATE evidence SET size = ?, sha256 = ? WHERE id = ?"_s, {size, sha256, id}); !update)
        return update.error();
    return to.log(
        u"carry"_s, u"evidence"_s, QString::number(id),
        compact({{u"name"_s, e.name}, {u"sha256"_s, sha256}, {u"question"_s, e.questionId}}), {},
        to.rowJson(u"SELECT name, sha256, size, removed_at IS NOT NULL AS removed FROM evidence WHERE id = ?"_s, {id}));
}

Status Job::write(AssessmentFile &fresh, const CarryOver::Options &options)
{
    AssessmentRepository repo(fresh);
    if (!options.actor.isEmpty())
        repo.setActor(options.actor);
    ReviewRepository review(repo);
    return fresh.write([&]() -> Status {
        if (Status s = repo.setOrganisation(m_source->organisation()); !s)
            return s;
        AssessmentInfo info = m_source->assessment();
        info.id = 0;
        info.targetDate = {};
        info.status = AssessmentStatus::InProgress;
        auto assessmentId = repo.createAssessment(info);
        if (!assessmentId)
            return assessmentId.error();
        QHash<qint64, qint64> refs; // old questionnaire row -> new
        for (const Target &t : std::as_const(m_targets)) {
            auto ref = repo.addQuestionnaire(*assessmentId, t.use);
            if (!ref)
                return ref.error();
            refs.insert(t.oldRef, *ref);
        }
        Predecessor p = m_summary.predecessor;
        p.carriedAt = repo.now();
        if (Status s = review.setPredecessor(p); !s)
            return s;
        for (const Carried &c : std::as_const(m_answers)) {
            CarriedAnswer row = c.row;
            row.questionnaireRef = refs.value(c.row.questionnaireRef);
            // The answer first: its change-log entry must not end the review
            // of the row written next (trigger carried_answer_changed).
            if (row.state != CarriedState::History)
                if (Status s
                    = repo.setAnswer(*assessmentId, {row.questionnaireRef, row.questionId, c.value, row.note, {}, {}});
                    !s)
                    return s;
            if (Status s = review.insert(*assessmentId, row); !s)
                return s;
        }
        for (const EvidenceRecord &e : std::as_const(m_evidence))
            if (Status s = copyEvidence(repo, *assessmentId, refs.value(e.questionnaireRef), e); !s)
                return s;
        for (ActionRecord a : std::as_const(m_actions)) {
            a.id = 0;
            a.questionnaireRef = refs.value(a.questionnaireRef);
            if (auto id = repo.addAction(*assessmentId, a); !id)
                return id.error();
        }
        return repo.log(u"carry-over"_s, u"assessment"_s, QString::number(*assessmentId),
                        compact({{u"from"_s, p.fileId},
                                 {u"path"_s, p.path},
                                 {u"answers"_s, m_summary.answers},
                                 {u"history"_s, m_summary.history},
                                 {u"evidence"_s, m_summary.evidence},
                                 {u"actions"_s, m_summary.actions}}));
    });
}

} // namespace

Result<CarryOver::Summary> CarryOver::plan(const Options &options)
{
    Job job;
    return job.read(options);
}

Result<CarryOver::Summary> CarryOver::run(const Options &options)
{
    Job job;
    auto summary = job.read(options);
    if (!summary)
        return summary;
    const bool moves = std::any_of(summary->changes.cbegin(), summary->changes.cend(),
                                   [](const QuestionnaireChange &c) { return c.moved; });
    if (moves) {
        // A checked copy of the previous assessment before its answers move to
        // newer questionnaire versions (issue 14 item 5, docs/backups.md).
        auto made = backup::writeFromPath(options.source, u"before-questionnaire-move"_s, backup::defaultPolicy());
        if (!made)
            return makeError(Text::tr("%1; nothing was created").arg(made.error().message));
    }
    auto file
        = AssessmentFile::create(options.target, [&](AssessmentFile &fresh) { return job.write(fresh, options); });
    if (!file)
        return file.error();
    return summary;
}

} // namespace readiness::review
