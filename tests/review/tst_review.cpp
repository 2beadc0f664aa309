// Issue 14 item 1: next year's assessment from this year's. Real files on
// both sides: the previous one is built, signed off and closed; the carry-
// over reads it read-only (its SHA-256 must not change) and builds a new one.
#include "AssessmentDocument.h"
#include "CarryOver.h"
#include "ReviewRepository.h"
#include "ReviewTestSupport.h"
#include "TrailVerifier.h"

#include <QBuffer>
#include <QDir>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace readiness;
using namespace readiness::review;
using namespace testsupport;
using namespace reviewsupport;

namespace {
QuestionnaireMove::Candidates none()
{
    return [](const QString &) { return std::optional<Questionnaire>(); };
}
QuestionnaireMove::Candidates newer()
{
    return [](const QString &id) {
        return id == "review-example"_L1 ? std::optional<Questionnaire>(loadFixture(u"v2"_s)) : std::nullopt;
    };
}
std::unique_ptr<AssessmentDocument> openDoc(const QString &path)
{
    auto doc = AssessmentDocument::open(path);
    if (!doc)
        qFatal("%s", qPrintable(doc.error().toString()));
    return std::move(doc).value();
}
CarriedAnswer carried(AssessmentDocument &doc, const QString &question)
{
    ReviewRepository review(doc.repository());
    auto c = review.carried(doc.assessment().id, doc.questionnaires().first().ref, question);
    if (!c || !*c)
        qFatal("no carried answer for %s", qPrintable(question));
    return **c;
}
} // namespace

class TestReview : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QStringList m_evidence;
    QString m_previous;
    QByteArray m_previousHash;

    CarryOver::Options options(const QString &target, QuestionnaireMove::Candidates candidates = none())
    {
        CarryOver::Options o;
        o.source = m_previous;
        o.target = m_dir.filePath(target);
        o.actor = u"Alex"_s;
        o.candidates = std::move(candidates);
        return o;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_evidence = writeEvidence(m_dir.path());
        m_previous = m_dir.filePath(u"review-2025.gdpra"_s);
        createPrevious(m_previous, m_evidence);
        m_previousHash = fileHash(m_previous);
        QVERIFY(!m_previousHash.isEmpty());
    }

    void carriesEverythingAndLeavesTheSourceAlone()
    {
        auto summary = CarryOver::run(options(u"review-2026.gdpra"_s));
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().toString()));
        QCOMPARE(summary->answers, 5);
        QCOMPARE(summary->toReview, 5);
        QCOMPARE(summary->history, 0);
        QCOMPARE(summary->evidence, 2);
        QCOMPARE(summary->actions, 2); // open and in progress; the done one stays behind
        QVERIFY(summary->changes.isEmpty());
        QCOMPARE(fileHash(m_previous), m_previousHash);
        // SQLite's read-only connection may leave an empty -wal beside it: nothing to replay.
        QCOMPARE(QFileInfo(m_previous + u"-wal"_s).size(), 0);

        auto previous = AssessmentDocument::open(m_previous, AssessmentFile::Mode::ReadOnly);
        QVERIFY(previous);
        auto doc = openDoc(m_dir.filePath(u"review-2026.gdpra"_s));
        QCOMPARE(doc->organisation().name, u"Acme Ltd"_s);
        QVERIFY(doc->organisation().turnover == (*previous)->organisation().turnover);
        QCOMPARE(doc->assessment().title, u"GDPR review 2025"_s);
        QCOMPARE(doc->assessment().status, AssessmentStatus::InProgress);
        const qint64 ref = doc->questionnaires().first().ref;
        const qint64 oldRef = (*previous)->questionnaires().first().ref;
        QCOMPARE(doc->questionnaires().first().questionnaire.version, u"1.0.0"_s);
        for (const QString &q : {u"scope.uses-cookies"_s, u"cookies.consent"_s, u"cookies.banner-text"_s,
                                 u"cookies.last-scan"_s, u"records.ropa"_s}) {
            QCOMPARE(doc->answer(ref, q).value, (*previous)->answer(oldRef, q).value);
            QCOMPARE(doc->answer(ref, q).note, (*previous)->answer(oldRef, q).note);
            const CarriedAnswer c = carried(*doc, q);
            QVERIFY(c.isToReview());
            QCOMPARE(c.value, (*previous)->answer(oldRef, q).value);
            QCOMPARE(c.fromVersion, u"1.0.0"_s);
            QCOMPARE(c.answeredBy, u"Dana"_s);
            QCOMPARE(c.move, CarriedMove::Kept);
        }
        QCOMPARE(doc->answer(ref, u"records.ropa"_s).note, u"HR missing"_s);
        QVERIFY(doc->score().percent == (*previous)->score().percent);

        // Evidence: copied byte for byte, SHA-256 kept, readable from the new file alone.
        QCOMPARE(doc->evidence().size(), 2);
        for (int i = 0; i < 2; ++i) {
            const EvidenceRecord &e = doc->evidence().at(i);
            QCOMPARE(e.sha256, (*previous)->evidence().at(i).sha256);
            QCOMPARE(e.name, QFileInfo(m_evidence.at(i)).fileName());
            QCOMPARE(e.addedBy, u"Dana"_s);
            QBuffer out;
            QVERIFY(out.open(QIODevice::WriteOnly));
            QVERIFY(doc->evidenceStore().exportTo(e.id, out));
            QCOMPARE(out.data(), readFile(m_evidence.at(i)));
        }
        QCOMPARE(doc->actions().size(), 2);
        QCOMPARE(doc->actions().at(0).title, u"Install a consent platform"_s);
        QCOMPARE(doc->actions().at(1).status, ActionStatus::InProgress);
        QCOMPARE(doc->actions().at(1).questionnaireRef, ref);

        // The predecessor, as the compare helper reads it.
        ReviewRepository review(doc->repository());
        const auto p = review.predecessor();
        QVERIFY(p);
        QCOMPARE(p->fileId, (*previous)->repository().fileId());
        QVERIFY(!p->fileId.isEmpty());
        QCOMPARE(p->path, QFileInfo(m_previous).absoluteFilePath());
        QVERIFY(QDateTime::fromString(p->createdAt, Qt::ISODateWithMs).isValid());
        QVERIFY2(p->signOff.contains(u"revision 1"_s) && p->signOff.contains(u"Robin Meyer"_s), qPrintable(p->signOff));
        QVERIFY(doc->repository().fileId() != p->fileId);
        QCOMPARE(*review.toReviewCount(doc->assessment().id), 5);
        // The new file's own trail verifies, copied evidence included.
        const lifecycle::TrailReport r = lifecycle::TrailVerifier(doc->repository()).verify(doc->assessment().id);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.problem->message));
        QCOMPARE(r.evidence, 2);
    }

    void changingEndsTheReviewConfirmingToo()
    {
        QVERIFY(CarryOver::run(options(u"marks.gdpra"_s)));
        auto doc = openDoc(m_dir.filePath(u"marks.gdpra"_s));
        doc->repository().setActor(u"Alex"_s);
        const qint64 ref = doc->questionnaires().first().ref;
        const qint64 id = doc->assessment().id;
        ReviewRepository review(doc->repository());

        // The same value again, or only a new note: still to review.
        QVERIFY(doc->setAnswer(ref, u"scope.uses-cookies"_s, u"yes"_s, {}));
        QVERIFY(doc->setAnswer(ref, u"records.ropa"_s, u"partial"_s, u"HR done in March"_s));
        QVERIFY(carried(*doc, u"scope.uses-cookies"_s).isToReview());
        QVERIFY(carried(*doc, u"records.ropa"_s).isToReview());
        // A changed value ends it: who and when are recorded.
        QVERIFY(doc->setAnswer(ref, u"cookies.consent"_s, u"2"_s, u"CMP live"_s));
        CarriedAnswer c = carried(*doc, u"cookies.consent"_s);
        QCOMPARE(c.state, CarriedState::Changed);
        QCOMPARE(c.resolvedBy, u"Alex"_s);
        QVERIFY(c.resolvedAt.isValid());
        QCOMPARE(c.value, u"1"_s); // the carried value stays as it was
        // Clearing is a change too.
        QVERIFY(doc->setAnswer(ref, u"cookies.last-scan"_s, {}, {}));
        QCOMPARE(carried(*doc, u"cookies.last-scan"_s).state, CarriedState::Changed);
        QCOMPARE(*review.toReviewCount(id), 3);

        QVERIFY(review.confirm(id, ref, u"records.ropa"_s));
        QCOMPARE(carried(*doc, u"records.ropa"_s).state, CarriedState::Confirmed);
        QCOMPARE(carried(*doc, u"records.ropa"_s).resolvedBy, u"Alex"_s);
        QVERIFY(!review.confirm(id, ref, u"records.ropa"_s)); // not to review any more
        QVERIFY(!review.confirm(id, ref, u"cookies.consent"_s)); // changed, not to review
        QCOMPARE(*review.toReviewCount(id), 2);
        QVERIFY(review.unconfirm(id, ref, u"records.ropa"_s));
        QVERIFY(carried(*doc, u"records.ropa"_s).isToReview());
        QCOMPARE(*review.toReviewCount(id), 3);
        // Each confirmation is a chained change-log entry of the answer.
        auto log = doc->repository().changeLog(3);
        QVERIFY(log);
        QCOMPARE(log->at(0).action, u"unconfirm"_s);
        QCOMPARE(log->at(1).action, u"confirm"_s);
        QCOMPARE(log->at(1).entityKey, u"%1/records.ropa"_s.arg(ref));
        QVERIFY(lifecycle::TrailVerifier(doc->repository()).verify(id).ok());

        // After a sign-off nothing moves: the file itself refuses.
        lifecycle::LifecycleRepository lc(doc->repository());
        QVERIFY(lc.signOff(id, {u"Robin Meyer"_s, u"DPO"_s, u"ok"_s}));
        const Status refused = review.confirm(id, ref, u"records.ropa"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"signed off"_s), qPrintable(refused.error().message));
        QVERIFY(carried(*doc, u"records.ropa"_s).isToReview());
    }

    void versionMoveListsAndKeepsEverything()
    {
        // Without the move: the newer version is reported, nothing moves.
        auto stay = CarryOver::run(options(u"stay.gdpra"_s, newer()));
        QVERIFY(stay);
        QCOMPARE(stay->changes.size(), 1);
        QVERIFY(!stay->changes.first().moved);
        QCOMPARE(stay->answers, 5);
        QCOMPARE(openDoc(m_dir.filePath(u"stay.gdpra"_s))->questionnaires().first().questionnaire.version, u"1.0.0"_s);

        CarryOver::Options o = options(u"moved.gdpra"_s, newer());
        o.moveQuestionnaires = true;
        auto plan = CarryOver::plan(o);
        QVERIFY(plan);
        QVERIFY(!QFileInfo::exists(o.target)); // a plan writes nothing
        auto moved = CarryOver::run(o);
        QVERIFY2(moved, moved ? "" : qPrintable(moved.error().toString()));
        QCOMPARE(moved->changes.size(), 1);
        const QuestionnaireChange &c = moved->changes.first();
        QVERIFY(c.moved);
        QCOMPARE(c.questionnaireId, u"review-example"_s);
        QCOMPARE(c.fromVersion, u"1.0.0"_s);
        QCOMPARE(c.toVersion, u"2.0.0"_s);
        QCOMPARE(c.added, QStringList {u"records.dpia"_s});
        QCOMPARE(c.removed, QStringList {u"cookies.banner-text"_s});
        QCOMPARE(c.reworded, QStringList {u"cookies.consent"_s});
        QCOMPARE(moved->answers, 3);
        QCOMPARE(moved->history, 2);
        QCOMPARE(plan->answers, moved->answers);
        QCOMPARE(fileHash(m_previous), m_previousHash);

        auto doc = openDoc(o.target);
        const qint64 ref = doc->questionnaires().first().ref;
        QCOMPARE(doc->questionnaires().first().questionnaire.version, u"2.0.0"_s);
        QCOMPARE(doc->answer(ref, u"cookies.consent"_s).value, u"1"_s);
        QCOMPARE(carried(*doc, u"cookies.consent"_s).move, CarriedMove::Reworded);
        QVERIFY(carried(*doc, u"cookies.consent"_s).isToReview());
        QCOMPARE(carried(*doc, u"cookies.consent"_s).questionText,
                 u"Are non-essential cookies set only after consent?"_s); // as last year asked it
        // The removed question's answer is kept as history, with its text.
        const CarriedAnswer removed = carried(*doc, u"cookies.banner-text"_s);
        QCOMPARE(removed.state, CarriedState::History);
        QCOMPARE(removed.move, CarriedMove::Removed);
        QCOMPARE(removed.value, u"2"_s);
        QCOMPARE(removed.questionText, u"Does the banner name every purpose?"_s);
        QVERIFY(doc->answer(ref, u"cookies.banner-text"_s).value.isEmpty());
        // "partial" is no option any more: kept as history, not guessed.
        const CarriedAnswer ropa = carried(*doc, u"records.ropa"_s);
        QCOMPARE(ropa.state, CarriedState::History);
        QCOMPARE(ropa.move, CarriedMove::NotValid);
        QCOMPARE(ropa.value, u"partial"_s);
        QCOMPARE(ropa.note, u"HR missing"_s);
        QVERIFY(doc->answer(ref, u"records.ropa"_s).value.isEmpty());
        QVERIFY(doc->answer(ref, u"records.dpia"_s).value.isEmpty());
        QCOMPARE(*ReviewRepository(doc->repository()).toReviewCount(doc->assessment().id), 3);
    }

    void carriesOverFromAnOlderFormat()
    {
        // A file of format 1 (before the chain and the sign-off): read as it is.
        const QString old = m_dir.filePath(u"format-1.gdpra"_s);
        QVERIFY(QFile::copy(QStringLiteral(SOURCE_DIR "/tests/crm/data/format-1.gdpra"), old));
        QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray before = fileHash(old);
        CarryOver::Options o = options(u"from-format-1.gdpra"_s);
        o.source = old;
        auto summary = CarryOver::run(o);
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().toString()));
        QCOMPARE(summary->answers, 1);
        QVERIFY(summary->predecessor.signOff.isEmpty());
        QCOMPARE(fileHash(old), before);
        auto doc = openDoc(o.target);
        QCOMPARE(*ReviewRepository(doc->repository()).toReviewCount(doc->assessment().id), 1);
        QVERIFY(lifecycle::TrailVerifier(doc->repository()).verify(doc->assessment().id).ok());
    }

    void versionsCompareNumerically()
    {
        QVERIFY(QuestionnaireMove::isNewer(u"2.10.0"_s, u"2.9.1"_s));
        QVERIFY(!QuestionnaireMove::isNewer(u"2.1.0"_s, u"2.1.0"_s));
        QVERIFY(!QuestionnaireMove::isNewer(u"1.0.0"_s, u"2.0.0"_s));
        QVERIFY(!QuestionnaireMove::isNewer(u"next"_s, u"1.0.0"_s));
    }

    void rewordingIsPerLanguage()
    {
        auto make = [](const QJsonObject &text) {
            Questionnaire q;
            q.id = u"x"_s;
            Question question;
            question.id = u"x.q"_s;
            question.text = LocalizedText::fromJson(text);
            q.sections = {Section {}};
            q.sections[0].id = u"s"_s;
            q.sections[0].questions = {question};
            q.buildIndex();
            return q;
        };
        const Questionnaire english = make({{u"en"_s, u"Is there a ROPA?"_s}});
        const Questionnaire german = make({{u"en"_s, u"Is there a ROPA?"_s}, {u"de"_s, u"Gibt es ein VVT?"_s}});
        const Questionnaire germanChanged
            = make({{u"en"_s, u"Is there a ROPA?"_s}, {u"de"_s, u"Gibt es ein Verarbeitungsverzeichnis?"_s}});
        const Questionnaire englishChanged = make({{u"en"_s, u"Is there a complete ROPA?"_s}});
        // A German text added later is no rewording; a changed one is.
        QVERIFY(QuestionnaireMove::compare(english, german).reworded.isEmpty());
        QCOMPARE(QuestionnaireMove::compare(german, germanChanged).reworded, QStringList {u"x.q"_s});
        QCOMPARE(QuestionnaireMove::compare(english, englishChanged).reworded, QStringList {u"x.q"_s});
    }

    void refusesAndLeavesNothing()
    {
        // An existing target is never written over.
        const QString existing = m_dir.filePath(u"existing.gdpra"_s);
        QVERIFY(writeFile(existing, "mine"));
        auto over = CarryOver::run(options(u"existing.gdpra"_s));
        QVERIFY(!over);
        QCOMPARE(readFile(existing), QByteArray("mine"));
        // The source itself as the target.
        CarryOver::Options self = options(u"x.gdpra"_s);
        self.target = m_previous;
        QVERIFY(!CarryOver::run(self));
        QCOMPARE(fileHash(m_previous), m_previousHash);
        // A source that is not an assessment: nothing is created.
        const QString junk = m_dir.filePath(u"junk.gdpra"_s);
        QVERIFY(writeFile(junk, QByteArray(4096, 'x')));
        CarryOver::Options bad = options(u"from-junk.gdpra"_s);
        bad.source = junk;
        QVERIFY(!CarryOver::run(bad));
        QVERIFY(!QFileInfo::exists(bad.target));
        // Damaged evidence in the source: refused, nothing left behind.
        const QString damaged = m_dir.filePath(u"damaged.gdpra"_s);
        QVERIFY(QFile::copy(m_previous, damaged));
        QString trigger;
        {
            auto d = AssessmentDocument::open(damaged, AssessmentFile::Mode::ReadOnly);
            QVERIFY(d);
            auto q = (*d)->repository().run(
                u"SELECT sql FROM sqlite_master WHERE name = 'evidence_chunk_frozen_update'"_s);
            QVERIFY(q && q->next());
            trigger = q->value(0).toString();
        }
        // As anyone with the file could: drop the freeze, alter, put it back.
        QVERIFY(alterBehindTheBack(damaged,
                                   {u"DROP TRIGGER evidence_chunk_frozen_update"_s,
                                    u"UPDATE evidence_chunk SET data = X'00' WHERE seq = 0"_s, trigger}));
        CarryOver::Options fromDamaged = options(u"from-damaged.gdpra"_s);
        fromDamaged.source = damaged;
        auto r = CarryOver::run(fromDamaged);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(u"SHA-256"_s), qPrintable(r.error().message));
        QVERIFY(!QFileInfo::exists(fromDamaged.target));
        const QStringList leftovers = QDir(m_dir.path()).entryList({u".*creating*"_s}, QDir::Files | QDir::Hidden);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
