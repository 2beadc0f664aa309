// Issue 15, item 4: the workshop repository on real assessment files —
// sessions, participants, who gave an answer, the parking lot, section
// timers, the summary's content, and the sign-off freeze.
#include "AssessmentDocument.h"
#include "LifecycleRepository.h"
#include "Migrations.h"
#include "TestSupport.h"
#include "TrailVerifier.h"
#include "Workshop.h"
#include "WorkshopRepository.h"
#include "WorkshopSummary.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace readiness;
using namespace readiness::workshop;
using namespace testsupport;

class TestWorkshopCore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Questionnaire m_questionnaire;

    template<typename T> static T take(Result<T> r)
    {
        if (!r)
            qFatal("%s", qPrintable(r.error().toString()));
        return std::move(r).value();
    }
    static void check(const Status &s)
    {
        if (!s)
            qFatal("%s", qPrintable(s.error().toString()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto q = exampleQuestionnaire();
        QVERIFY2(q, q ? "" : qPrintable(q.error().toString()));
        m_questionnaire = *q;
    }

    void newFilesHaveTheWorkshopFormat()
    {
        QVERIFY(AssessmentFile::kSchemaVersion >= kWorkshopFormat);
        auto doc = createExampleDocument(m_dir.filePath(u"format.gdpra"_s), m_questionnaire);
        QVERIFY(WorkshopRepository(doc->repository()).isAvailable());
    }

    void sessionParticipantsAttributionParkingAndTimersSurviveReopening()
    {
        const QString path = m_dir.filePath(u"session.gdpra"_s);
        qint64 sessionId = 0;
        qint64 anna = 0;
        qint64 parkedId = 0;
        {
            auto doc = createExampleDocument(path, m_questionnaire);
            const qint64 ref = doc->questionnaires().first().ref;
            WorkshopRepository repo(doc->repository());
            const WorkshopSessionRecord session = take(repo.startSession(doc->assessment().id, u"Kick-off"_s));
            sessionId = session.id;
            QVERIFY(session.isRunning());
            // One running session at a time.
            auto second = repo.startSession(doc->assessment().id, u"Again"_s);
            QVERIFY(!second);
            QVERIFY2(second.error().message.contains(u"still running"_s), qPrintable(second.error().message));

            anna = take(repo.addParticipant(sessionId, u"Anna Schmidt"_s, u"Head of HR"_s));
            const qint64 ben = take(repo.addParticipant(sessionId, u"Ben Okafor"_s, u"IT"_s));
            QVERIFY(!repo.addParticipant(sessionId, u"  "_s, u"Nobody"_s)); // a name is needed
            check(repo.updateParticipant({ben, sessionId, u"Ben Okafor"_s, u"IT Security"_s, false}));
            check(repo.updateParticipant({ben, sessionId, u"Ben Okafor"_s, u"IT Security"_s, true})); // removed
            QCOMPARE(take(repo.participants(sessionId)).size(), 1);
            QCOMPARE(take(repo.participants(sessionId, true)).size(), 2);
            // A removed participant gives no answers.
            QVERIFY(!repo.attribute(sessionId, ben, ref, u"scope.uses-cookies"_s, u"yes"_s));

            check(doc->setAnswer(ref, u"scope.uses-cookies"_s, u"yes"_s, {}));
            take(repo.attribute(sessionId, anna, ref, u"scope.uses-cookies"_s, u"yes"_s));
            parkedId = take(repo.park(sessionId, ref, u"cookies.consent-before-setting"_s, u"Ask marketing"_s));
            check(repo.addSectionTime(sessionId, ref, u"scope"_s, 61'000));
            check(repo.addSectionTime(sessionId, ref, u"scope"_s, 4'500));
            QVERIFY(!repo.addSectionTime(sessionId, ref, u"scope"_s, -1));
        }
        // Everything is in the file: open it again.
        auto reopened = AssessmentDocument::open(path);
        QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().toString()));
        AssessmentDocument &doc = **reopened;
        const qint64 ref = doc.questionnaires().first().ref;
        WorkshopRepository repo(doc.repository());
        const auto running = take(repo.runningSession(doc.assessment().id));
        QVERIFY(running);
        QCOMPARE(running->id, sessionId);
        QCOMPARE(running->title, u"Kick-off"_s);
        const auto people = take(repo.participants(sessionId, true));
        QCOMPARE(people.at(0).label(), u"Anna Schmidt (Head of HR)"_s);
        QCOMPARE(people.at(1).role, u"IT Security"_s);
        QVERIFY(people.at(1).removed);
        const auto given = take(repo.attributionsOf(ref, u"scope.uses-cookies"_s));
        QCOMPARE(given.size(), 1);
        QCOMPARE(given.first().participantId, anna);
        QCOMPARE(given.first().participantName, u"Anna Schmidt"_s);
        QCOMPARE(given.first().value, u"yes"_s);
        const auto times = take(repo.sectionTimes(sessionId));
        QCOMPARE(times.size(), 1);
        QCOMPARE(times.first().elapsedMs, 65'500);

        // The parking lot: resolve, reopen, take off and put back under its id.
        auto lot = take(repo.parked(doc.assessment().id));
        QCOMPARE(lot.size(), 1);
        QCOMPARE(lot.first().note, u"Ask marketing"_s);
        QVERIFY(!lot.first().isResolved());
        check(repo.setResolved(parkedId, true));
        QVERIFY(take(repo.parked(doc.assessment().id)).first().isResolved());
        check(repo.setResolved(parkedId, false));
        check(repo.unpark(parkedId));
        QVERIFY(take(repo.parked(doc.assessment().id)).isEmpty());
        QCOMPARE(take(repo.park(sessionId, ref, u"cookies.consent-before-setting"_s, u"Ask marketing"_s, parkedId)),
                 parkedId);

        // The question's history names who gave the answer.
        lifecycle::LifecycleRepository lifecycle(doc.repository());
        const auto history = take(lifecycle.questionHistory(ref, u"scope.uses-cookies"_s));
        QVERIFY(std::any_of(history.begin(), history.end(),
                            [](const lifecycle::HistoryEntry &h) { return h.action == "attribute"_L1; }));
        // Every write went through the chained change log.
        const lifecycle::TrailReport report = lifecycle::TrailVerifier(doc.repository()).verify(doc.assessment().id);
        QVERIFY2(report.ok(), report.problem ? qPrintable(report.problem->message) : "");

        check(repo.endSession(sessionId));
        QVERIFY(!take(repo.runningSession(doc.assessment().id)));
        QVERIFY(!repo.endSession(sessionId)); // ended once
        QVERIFY(!repo.attribute(sessionId, anna, ref, u"scope.uses-cookies"_s, u"no"_s)); // not running
    }

    void signedOffAssessmentRefusesWorkshopWrites()
    {
        const QString path = m_dir.filePath(u"frozen.gdpra"_s);
        auto doc = createExampleDocument(path, m_questionnaire);
        const qint64 ref = doc->questionnaires().first().ref;
        WorkshopRepository repo(doc->repository());
        const WorkshopSessionRecord session = take(repo.startSession(doc->assessment().id, {}));
        const qint64 anna = take(repo.addParticipant(session.id, u"Anna"_s, {}));
        lifecycle::LifecycleRepository lifecycle(doc->repository());
        take(lifecycle.signOff(doc->assessment().id, {u"Dana"_s, u"DPO"_s, u"Ready"_s}));
        const auto refused = [](const Status &s) { return !s && s.error().message.contains(u"signed off"_s); };
        auto added = repo.addParticipant(session.id, u"Ben"_s, {});
        QVERIFY(!added);
        QVERIFY2(added.error().message.contains(u"signed off"_s), qPrintable(added.error().message));
        QVERIFY(refused(repo.addSectionTime(session.id, ref, u"scope"_s, 1000)));
        QVERIFY(refused(repo.endSession(session.id)));
        QVERIFY(!repo.park(session.id, ref, u"scope.uses-cookies"_s, {}));
        QVERIFY(!repo.attribute(session.id, anna, ref, u"scope.uses-cookies"_s, u"yes"_s));
        QVERIFY(!repo.startSession(doc->assessment().id, {}));
        QCOMPARE(take(repo.participants(session.id)).size(), 1);
        // Reopened for changes: the workshop can go on.
        check(lifecycle.reopen(doc->assessment().id, u"workshop continues"_s));
        take(repo.addParticipant(session.id, u"Ben"_s, {}));
        check(repo.addSectionTime(session.id, ref, u"scope"_s, 1000));
    }

    void summaryHasAnswersGiversTimesParkedAndActions()
    {
        const QString path = m_dir.filePath(u"summary.gdpra"_s);
        auto doc = createExampleDocument(path, m_questionnaire);
        const qint64 ref = doc->questionnaires().first().ref;
        // Answered before the workshop: not in its summary.
        check(doc->setAnswer(ref, u"cookies.consent-before-setting"_s, u"1"_s, {}));
        take(doc->addAction({0, ref, {}, u"Old action"_s, {}, {}, ActionStatus::Open, {}, {}, {}}));
        QTest::qWait(20); // timestamps are in milliseconds
        WorkshopRepository repo(doc->repository());
        const WorkshopSessionRecord session = take(repo.startSession(doc->assessment().id, u"Day 1"_s));
        const qint64 anna = take(repo.addParticipant(session.id, u"Anna Schmidt"_s, u"Head of HR"_s));
        check(doc->setAnswer(ref, u"scope.uses-cookies"_s, u"yes"_s, u"Analytics and a chat widget"_s));
        take(repo.attribute(session.id, anna, ref, u"scope.uses-cookies"_s, u"yes"_s));
        take(repo.park(session.id, ref, u"cookies.consent-before-setting"_s, u"Check the CMP logs"_s));
        check(repo.addSectionTime(session.id, ref, u"scope"_s, 125'000));
        take(doc->addAction({0,
                             ref,
                             u"cookies.consent-before-setting"_s,
                             u"Configure the CMP"_s,
                             u"Marketing"_s,
                             QDate(2027, 1, 31),
                             ActionStatus::Open,
                             {},
                             {},
                             {}}));
        check(repo.endSession(session.id));

        const WorkshopSummary s = take(WorkshopSummary::build(*doc, 0, u"en"_s));
        QCOMPARE(s.sessionNumber, 1);
        QCOMPARE(s.participants.size(), 1);
        QCOMPARE(s.sections.size(), 1); // the cookies answer predates the session
        QCOMPARE(s.sections.first().sectionId, u"scope"_s);
        QCOMPARE(s.sections.first().elapsedMs, 125'000);
        QCOMPARE(s.sections.first().answers.size(), 1);
        QCOMPARE(s.sections.first().answers.first().givenBy, u"Anna Schmidt (Head of HR)"_s);
        QCOMPARE(s.sections.first().answers.first().display, u"Yes"_s);
        QCOMPARE(s.parked.size(), 1);
        QCOMPARE(s.parked.first().note, u"Check the CMP logs"_s);
        QCOMPARE(s.actions.size(), 1);
        QCOMPARE(s.actions.first().title, u"Configure the CMP"_s);
        QCOMPARE(WorkshopSummary::duration(125'000), u"2 min 05 s"_s);
        QCOMPARE(WorkshopSummary::duration(3'725'000), u"1 h 02 min"_s);
        const QJsonObject json = s.toJson();
        QCOMPARE(json.value(u"participants"_s).toArray().first().toObject().value(u"name"_s).toString(),
                 u"Anna Schmidt"_s);
        QCOMPARE(json.value(u"total_seconds"_s).toInt(), 125);

        const WorkshopSummary de = take(WorkshopSummary::build(*doc, session.id, u"de"_s));
        QCOMPARE(de.sections.first().answers.first().display, u"Ja"_s);
        auto missing = WorkshopSummary::build(*doc, 999, u"en"_s);
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(u"no workshop session 999"_s));
    }

    void fileWithoutSessionsHasNoSummary()
    {
        auto doc = createExampleDocument(m_dir.filePath(u"none.gdpra"_s), m_questionnaire);
        auto s = WorkshopSummary::build(*doc, 0, u"en"_s);
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(u"has no workshop session"_s));
    }

    void participantLinesReadAsTheStartDialogShowsThem()
    {
        QCOMPARE(Participant::fromLine(u"  Anna Schmidt , Head of HR, EMEA "_s).name, u"Anna Schmidt"_s);
        QCOMPARE(Participant::fromLine(u"Anna Schmidt, Head of HR, EMEA"_s).role, u"Head of HR, EMEA"_s);
        QCOMPARE(Participant::fromLine(u"Ben"_s).label(), u"Ben"_s);
        QVERIFY(Participant::fromLine(u"  , IT"_s).name.isEmpty());
    }

    void sessionStartsWithAllItsParticipantsOrNotAtAll()
    {
        auto doc = createExampleDocument(m_dir.filePath(u"atomic-start.gdpra"_s), m_questionnaire);
        WorkshopRepository repo(doc->repository());
        const qint64 assessment = doc->assessment().id;
        const auto logged = [&] {
            QSqlQuery q(doc->repository().file().database());
            q.exec(u"SELECT count(*) FROM change_log"_s);
            q.next();
            return q.value(0).toInt();
        };
        const int before = logged();
        // The second participant's name is too long: the session does not
        // start (the window started it and then stopped half-way before).
        auto refused = repo.startSession(assessment, u"Kick-off"_s,
                                         {{0, 0, u"Anna"_s, u"HR"_s, false}, {0, 0, QString(201, u'x'), {}, false}});
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"201 characters"_s), qPrintable(refused.error().message));
        QVERIFY(!take(repo.runningSession(assessment)));
        QCOMPARE(take(repo.sessions(assessment)).size(), 0);
        QCOMPARE(logged(), before);

        const WorkshopSessionRecord s = take(repo.startSession(
            assessment, u"Kick-off"_s, {{0, 0, u"Anna"_s, u"HR"_s, false}, {0, 0, u"Ben"_s, {}, false}}));
        QCOMPARE(take(repo.participants(s.id)).size(), 2);
        QCOMPARE(logged(), before + 3); // the start and each participant

        // The headless workshop names participants; names must tell them apart.
        Workshop w(*doc);
        QCOMPARE(take(w.participantNamed(s.id, u" anna "_s)).name, u"Anna"_s);
        QVERIFY(!w.participantNamed(s.id, u"Chris"_s));
        QVERIFY(!w.addParticipant(u"BEN"_s, u"IT"_s));
        QCOMPARE(take(w.removeParticipant(u"Ben"_s)).name, u"Ben"_s);
        QVERIFY(!w.participantNamed(s.id, u"Ben"_s)); // removed
        QCOMPARE(take(w.end()).id, s.id);
        QVERIFY(!w.end()); // nothing runs now
    }
};

QTEST_GUILESS_MAIN(TestWorkshopCore)
#include "tst_workshop_core.moc"
