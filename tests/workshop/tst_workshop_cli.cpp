// Issue 15, item 4 on the command line: `workshop-summary FILE -o OUT.pdf`
// (English and German, checked with pdftotext) and `--json`.
#include "AssessmentDocument.h"
#include "CliTestSupport.h"
#include "CliWorkshopCommands.h"
#include "TestSupport.h"
#include "WorkshopRepository.h"

#include <QApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace readiness;
using namespace testsupport;
using Run = CliRun;

namespace {
QString pdfText(const QString &path)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        qFatal("pdftotext failed on %s", qPrintable(path));
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

class TestWorkshopCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        cli::registerWorkshopCommands();
        auto q = exampleQuestionnaire();
        QVERIFY(q);
        m_path = m_dir.filePath(u"client.gdpra"_s);
        auto doc = createExampleDocument(m_path, *q);
        const qint64 ref = doc->questionnaires().first().ref;
        workshop::WorkshopRepository repo(doc->repository());
        auto session = repo.startSession(doc->assessment().id, u"Kick-off"_s);
        QVERIFY(session);
        auto anna = repo.addParticipant(session->id, u"Anna Schmidt"_s, u"Head of HR"_s);
        QVERIFY(anna);
        // A name that looks like markup is printed as written.
        QVERIFY(repo.addParticipant(session->id, u"<b>Ben</b> Okafor"_s, u"IT Security"_s));
        QVERIFY(doc->setAnswer(ref, u"scope.uses-cookies"_s, u"yes"_s, u"Analytics and chat"_s));
        QVERIFY(repo.attribute(session->id, *anna, ref, u"scope.uses-cookies"_s, u"yes"_s));
        QVERIFY(repo.park(session->id, ref, u"cookies.consent-before-setting"_s, u"Ask marketing about the CMP"_s));
        QVERIFY(repo.addSectionTime(session->id, ref, u"scope"_s, 754'000));
        QVERIFY(repo.endSession(session->id));
    }

    void summaryPdfInEnglish()
    {
        const QString out = m_dir.filePath(u"summary-en.pdf"_s);
        const Run r = runCli({u"workshop-summary"_s, m_path, u"-o"_s, out, u"--language"_s, u"en"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"Wrote"_s));
        const QString text = pdfText(out);
        for (const QString &expected :
             {u"Workshop summary"_s, u"Participants"_s, u"Anna Schmidt"_s, u"Head of HR"_s, u"<b>Ben</b> Okafor"_s,
              u"Parking lot"_s, u"Ask marketing about the CMP"_s, u"12 min 34 s"_s, u"Acme Ltd"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected + u" missing in:\n"_s + text));
        QVERIFY2(text.contains(u"Anna Schmidt (Head of HR)"_s), qPrintable(text)); // who gave the answer
    }

    void summaryPdfInGerman()
    {
        const QString out = m_dir.filePath(u"summary-de.pdf"_s);
        const Run r = runCli({u"workshop-summary"_s, m_path, u"-o"_s, out, u"--language"_s, u"de"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString text = pdfText(out);
        for (const QString &expected : {u"Workshop-Protokoll"_s, u"Teilnehmende"_s, u"Anna Schmidt"_s,
                                        u"Offene Punkte"_s, u"Ask marketing about the CMP"_s, u"Seite 1 von"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected + u" missing in:\n"_s + text));
        QVERIFY(!text.contains(u"Participants"_s));
    }

    void summaryAsJson()
    {
        const Run r = runCli({u"workshop-summary"_s, m_path, u"--json"_s, u"--language"_s, u"en"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"participants"_s).toArray().size(), 2);
        QCOMPARE(o.value(u"parked"_s).toArray().first().toObject().value(u"note"_s).toString(),
                 u"Ask marketing about the CMP"_s);
        const QJsonObject section = o.value(u"sections"_s).toArray().first().toObject();
        QCOMPARE(section.value(u"elapsed_seconds"_s).toInt(), 754);
        QCOMPARE(section.value(u"answers"_s).toArray().first().toObject().value(u"given_by"_s).toString(),
                 u"Anna Schmidt (Head of HR)"_s);
        QCOMPARE(o.value(u"session"_s).toObject().value(u"running"_s).toBool(), false);
    }

    void mistakesAreRefused()
    {
        const QByteArray before = fileHash(m_path);
        const Run self = runCli({u"workshop-summary"_s, m_path, u"-o"_s, m_path});
        QCOMPARE(self.code, 1); // never over the assessment
        QCOMPARE(fileHash(m_path), before);
        const Run noOutput = runCli({u"workshop-summary"_s, m_path});
        QCOMPARE(noOutput.code, 2);
        const Run badSession = runCli({u"workshop-summary"_s, m_path, u"--session"_s, u"7"_s, u"--json"_s});
        QCOMPARE(badSession.code, 1);
        QVERIFY2(badSession.err.contains(u"no workshop session 7"_s), qPrintable(badSession.err));
        auto q = exampleQuestionnaire();
        const QString empty = m_dir.filePath(u"empty.gdpra"_s);
        createExampleDocument(empty, *q);
        const Run none = runCli({u"workshop-summary"_s, empty, u"-o"_s, m_dir.filePath(u"none.pdf"_s)});
        QCOMPARE(none.code, 1);
        QVERIFY2(none.err.contains(u"has no workshop session"_s), qPrintable(none.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"none.pdf"_s)));
    }
};

QTEST_MAIN(TestWorkshopCli)
#include "tst_workshop_cli.moc"
