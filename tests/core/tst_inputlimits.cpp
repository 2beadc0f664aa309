// Issue 16, items 7 and 13: input the application reads or stores is
// bounded. Texts typed by a user have documented length limits with a clear
// error (and nothing is stored); input files must be regular files of a
// sane size (no /dev/zero, no FIFO that blocks); and a JSON object with very
// many members is read in linear time.
#include "AssessmentSpec.h"
#include "QuestionnaireLoader.h"
#include "TestSupport.h"
#include "TextLimits.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>
#include <future>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace readiness;
using namespace testsupport;

class TestInputLimits : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Questionnaire m_questionnaire;

    qint64 ref(AssessmentDocument &doc) const { return doc.questionnaires().first().ref; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto q = exampleQuestionnaire();
        QVERIFY2(q, q ? "" : qPrintable(q.error().toString()));
        m_questionnaire = *q;
    }

    void overLongTextsAreRefusedWithNothingStored()
    {
        const QString path = m_dir.filePath(u"limits.gdpra"_s);
        auto doc = createExampleDocument(path, m_questionnaire);
        const qint64 r = ref(*doc);
        const QString question = u"cookies.consent-before-setting"_s;
        QVERIFY(doc->setAnswer(r, question, u"2"_s, u"fine"_s));

        // At the limit: stored.
        Organisation org = doc->organisation();
        org.name = QString(TextLimits::kName, u'a');
        QVERIFY(doc->setOrganisation(org));
        QVERIFY(doc->setAnswer(r, question, u"2"_s, QString(TextLimits::kNote, u'n')));

        // One over: refused, with what and how long, and the file keeps what it had.
        org.name = QString(TextLimits::kName + 1, u'b');
        Status s = doc->setOrganisation(org);
        QVERIFY(!s);
        QCOMPARE(s.error().message, u"the organisation name is 201 characters long; at most 200 are allowed"_s);
        s = doc->setAnswer(r, question, u"1"_s, QString(1 << 20, u'x'));
        QVERIFY(!s);
        QCOMPARE(s.error().message, u"the note is 1,048,576 characters long; at most 20,000 are allowed"_s);
        ActionRecord action;
        action.title = QString(300, u't');
        auto added = doc->addAction(action);
        QVERIFY(!added);
        QVERIFY(added.error().message.startsWith(u"the action title is 300 characters long"_s));
        action.title = u"Fix it"_s;
        action.notes = QString(TextLimits::kNote + 1, u'n');
        QVERIFY(!doc->addAction(action));
        KeyDate date {0, QString(1000, u'k'), QDate(2027, 1, 1)};
        QVERIFY(!doc->addKeyDate(date));
        AssessmentInfo info = doc->assessment();
        info.title = QString(TextLimits::kName + 1, u't');
        QVERIFY(!doc->updateAssessment(info));

        doc.reset();
        auto reopened = AssessmentDocument::open(path);
        QVERIFY(reopened);
        QCOMPARE((*reopened)->organisation().name, QString(TextLimits::kName, u'a'));
        QCOMPARE((*reopened)->answer(r, question).value, u"2"_s);
        QCOMPARE((*reopened)->answer(r, question).note.size(), TextLimits::kNote);
        QVERIFY((*reopened)->actions().isEmpty());
    }

    void aNewAssessmentChecksItsTexts()
    {
        auto spec = exampleSpec(m_questionnaire);
        spec.organisation.name = QString(100 * 1024, u'o');
        const QString path = m_dir.filePath(u"long-name.gdpra"_s);
        auto doc = AssessmentDocument::create(path, spec);
        QVERIFY(!doc);
        QVERIFY2(doc.error().message.contains(u"the organisation name is 102,400 characters long"_s),
                 qPrintable(doc.error().message));
        QVERIFY(!QFile::exists(path));
    }

    void displayCutsWhatACraftedFileHolds()
    {
        QCOMPARE(TextLimits::forDisplay(u"short"_s, 10), u"short"_s);
        QCOMPARE(TextLimits::forDisplay(QString(12, u'a'), 10), QString(10, u'a') + u"… (2 more characters)"_s);
        // A surrogate pair is never split.
        const QString emoji = QString(9, u'a') + QString::fromUcs4(U"\U0001F600") + u'b';
        QCOMPARE(TextLimits::forDisplay(emoji, 10), QString(9, u'a') + u"… (3 more characters)"_s);
    }

    void questionnaireFromADeviceIsRefused()
    {
        auto q = QuestionnaireLoader::loadFile(u"/dev/zero"_s);
        QVERIFY(!q);
        QVERIFY2(q.error().message.contains(u"/dev/zero is not a regular file"_s), qPrintable(q.error().message));
        QVERIFY(!QuestionnaireLoader::loadFile(m_dir.path()));
    }

    void questionnaireFromAFifoDoesNotBlock()
    {
        const QString fifo = m_dir.filePath(u"pipe.json"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        auto pending = std::async(std::launch::async, [&] { return QuestionnaireLoader::loadFile(fifo); });
        const bool returned = pending.wait_for(std::chrono::seconds(5)) == std::future_status::ready;
        if (!returned) {
            QFile writer(fifo); // release the blocked reader before failing
            (void)writer.open(QIODevice::WriteOnly);
        }
        QVERIFY2(returned, "reading a FIFO without a writer blocked");
        auto q = pending.get();
        QVERIFY(!q);
        QVERIFY2(q.error().message.contains(u"is not a regular file"_s), qPrintable(q.error().message));

        // The same for an assessment description (new --from).
        auto spec = std::async(std::launch::async,
                               [&] { return AssessmentSpec::build(fifo, m_dir.filePath(u"from-fifo.gdpra"_s)); });
        const bool specReturned = spec.wait_for(std::chrono::seconds(5)) == std::future_status::ready;
        if (!specReturned) {
            QFile writer(fifo);
            (void)writer.open(QIODevice::WriteOnly);
        }
        QVERIFY2(specReturned, "reading a FIFO as an assessment description blocked");
        QVERIFY(!spec.get());
    }

    void oversizeQuestionnaireIsRefusedUnread()
    {
        const QString path = m_dir.filePath(u"huge.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(QuestionnaireLoader::kMaxFileBytes + 1)); // sparse: costs no disk
        f.close();
        auto q = QuestionnaireLoader::loadFile(path);
        QVERIFY(!q);
        QVERIFY2(q.error().message.contains(u"too large for a questionnaire"_s), qPrintable(q.error().message));
    }

    void manyMemberNamesAreLinear()
    {
        // One object with N members: the time per member must not grow with
        // N (it did: 100,000 members took 6.3 s, quadratic).
        auto seconds = [](int members) {
            QByteArray json = "{\"x\": {";
            for (int i = 0; i < members; ++i)
                json += (i ? ",\"m" : "\"m") + QByteArray::number((i * 7919) % members) + "\": 1";
            json += "}}";
            double best = 1e9;
            for (int round = 0; round < 3; ++round) {
                // Processor time: the machine may be busy with other work.
                const std::clock_t start = std::clock();
                (void)QuestionnaireLoader::loadBytes(json, u"members.json"_s);
                best = std::min(best, double(std::clock() - start) / CLOCKS_PER_SEC);
            }
            return best;
        };
        const double small = seconds(20'000);
        const double large = seconds(160'000);
        qInfo("20,000 members: %.3f s; 160,000 members: %.3f s (ratio %.1f; linear 8, quadratic 64)", small, large,
              large / small);
        // Before: 0.13 s and 6.95 s (ratio 53).
        QVERIFY2(large / small < 25, "reading object members grows faster than linearly");
    }
};

QTEST_GUILESS_MAIN(TestInputLimits)
#include "tst_inputlimits.moc"
