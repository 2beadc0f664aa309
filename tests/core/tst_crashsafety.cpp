#include "AssessmentDocument.h"
#include "QuestionnaireLoader.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace readiness;

namespace {
Questionnaire exampleQuestionnaire()
{
    auto q = QuestionnaireLoader::loadFile(QStringLiteral(TEST_DATA_DIR "/questionnaires/valid-example/input.json"));
    if (!q)
        qFatal("%s", qPrintable(q.error().toString()));
    return *q;
}

/// The child: writes answers and notes in a loop until it is killed.
int runWriter(const QString &path)
{
    auto doc = AssessmentDocument::open(path);
    if (!doc)
        return 3;
    const qint64 ref = (*doc)->questionnaires().first().ref;
    QTextStream out(stdout);
    for (int i = 0;; ++i) {
        if (!(*doc)
                 ->setAnswer(ref, u"cookies.consent-before-setting"_s, QString::number(i % 3),
                             u"write %1 "_s.arg(i) + QString(500, u'x'))
                 .ok())
            return 4;
        if (i == 20) {
            out << "writing" << Qt::endl;
        }
    }
}
} // namespace

/// In the spirit of SQLite's own crash tests: a child writing in a loop is
/// killed with SIGKILL; the file must pass integrity_check, open, and keep
/// every change whose transaction had committed (the answer and its
/// change-log row agree).
class TestCrashSafety : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void killedWriterLeavesConsistentFile_data()
    {
        QTest::addColumn<int>("delayMs");
        QTest::newRow("early") << 30;
        QTest::newRow("later") << 250;
        QTest::newRow("late") << 600;
    }

    void killedWriterLeavesConsistentFile()
    {
        QFETCH(int, delayMs);
        const QString path = m_dir.filePath(u"crash-%1.gdpra"_s.arg(delayMs));
        {
            AssessmentDocument::NewAssessment spec;
            spec.organisation.name = u"Crash Ltd"_s;
            spec.questionnaires = {exampleQuestionnaire()};
            auto doc = AssessmentDocument::create(path, spec);
            QVERIFY(doc.ok());
            QVERIFY(
                (*doc)->setAnswer((*doc)->questionnaires().first().ref, u"scope.uses-cookies"_s, u"yes"_s, {}).ok());
        }
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({u"--writer"_s, path});
        child.start();
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(10000)); // it is writing
        QTest::qWait(delayMs);
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(5000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        // The stale lock of the dead process does not block reopening.
        auto doc = AssessmentDocument::open(path);
        QVERIFY2(doc.ok(), qPrintable(doc ? QString() : doc.error().toString()));
        auto check = (*doc)->repository().run(u"PRAGMA integrity_check"_s);
        QVERIFY(check && check->next());
        QCOMPARE(check->value(0).toString(), u"ok"_s);
        // Invariant: the stored answer is the one the last logged write set.
        auto last = (*doc)->repository().run(
            u"SELECT json_extract(detail, '$.value') FROM change_log WHERE entity = 'answer'"
            " AND entity_key LIKE '%/cookies.consent-before-setting' ORDER BY id DESC LIMIT 1"_s);
        QVERIFY(last && last->next());
        const AnswerRecord answer
            = (*doc)->answer((*doc)->questionnaires().first().ref, u"cookies.consent-before-setting"_s);
        QCOMPARE(answer.value, last->value(0).toString());
        QVERIFY(answer.note.startsWith(u"write "_s));
        // And it still takes writes.
        QVERIFY((*doc)
                    ->setAnswer((*doc)->questionnaires().first().ref, u"cookies.consent-before-setting"_s, u"2"_s, {})
                    .ok());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--writer") == 0)
        return runWriter(QString::fromLocal8Bit(argv[2]));
    TestCrashSafety test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafety.moc"
