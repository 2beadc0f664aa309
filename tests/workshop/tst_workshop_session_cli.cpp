// Issue 15, item 4 on the command line: `gdpr-readiness workshop ACTION FILE`
// and `answer --given-by`, run as the real program on real assessment files.
// What the program wrote is read back with the core API; every refusal
// leaves the file's bytes as they were.
#include "AssessmentDocument.h"
#include "TestSupport.h"
#include "Workshop.h"
#include "WorkshopRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace readiness;
using namespace readiness::workshop;
using namespace testsupport;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

Run program(const QStringList &arguments, const QString &language = u"C.UTF-8"_s)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, language);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(APP_BINARY), arguments);
    Run r;
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QStringList ws(const QString &action, const QString &file, const QStringList &rest = {})
{
    return QStringList {u"workshop"_s, action, file} + rest;
}
} // namespace

class TestWorkshopSessionCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Questionnaire m_questionnaire;
    int m_files = 0;

    /// A new assessment file of Acme Ltd, closed (the program opens it).
    QString newFile()
    {
        const QString path = m_dir.filePath(u"client-%1.gdpra"_s.arg(++m_files));
        createExampleDocument(path, m_questionnaire);
        return path;
    }

    static std::unique_ptr<AssessmentDocument> openFile(const QString &path)
    {
        auto doc = AssessmentDocument::open(path, AssessmentFile::Mode::ReadOnly);
        if (!doc)
            qFatal("%s", qPrintable(doc.error().toString()));
        return std::move(doc).value();
    }

    /// Runs @p arguments, which must be refused with exit 1 and a message
    /// containing @p message, and checks that @p path did not change.
    static void refused(const QStringList &arguments, const QString &path, const QString &message)
    {
        const QByteArray before = fileHash(path);
        const Run r = program(arguments);
        QVERIFY2(r.code == 1,
                 qPrintable(u"exit %1 for %2\n%3%4"_s.arg(r.code).arg(arguments.join(u' '), r.out, r.err)));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        QCOMPARE(fileHash(path), before);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto q = exampleQuestionnaire();
        QVERIFY2(q, q ? "" : qPrintable(q.error().toString()));
        m_questionnaire = *q;
    }

    void wholeSessionIsInTheFile()
    {
        const QString path = newFile();
        Run r = program(ws(u"start"_s, path,
                           {u"--title"_s, u"Kick-off with HR"_s, u"--participant"_s, u"Anna Schmidt, Head of HR"_s,
                            u"--participant"_s, u"Ben Okafor, IT Security"_s, u"--by"_s, u"Dana"_s}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Started workshop session"_s) && r.out.contains(u"2 participant(s)"_s),
                 qPrintable(r.out));

        // Anna gives an answer; the name is matched without regard to case.
        r = program({u"answer"_s, path, u"scope.uses-cookies"_s, u"yes"_s, u"--given-by"_s, u"anna schmidt"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"(given by Anna Schmidt (Head of HR))"_s), qPrintable(r.out));
        r = program(ws(u"park"_s, path, {u"cookies.consent-before-setting"_s, u"Ask marketing about the CMP"_s}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = program(ws(u"add-participant"_s, path, {u"Chris Meyer"_s, u"--role"_s, u"Marketing"_s}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Added Chris Meyer (Marketing)"_s), qPrintable(r.out));
        r = program(ws(u"remove-participant"_s, path, {u"Ben Okafor"_s}));
        QVERIFY2(r.code == 0, qPrintable(r.err));

        {
            // The core API reads what the program wrote.
            auto doc = openFile(path);
            Workshop w(*doc);
            auto running = w.running();
            QVERIFY2(running, running ? "" : qPrintable(running.error().message));
            QCOMPARE(running->title, u"Kick-off with HR"_s);
            QCOMPARE(running->startedBy, u"Dana"_s);
            auto people = w.repository().participants(running->id, true);
            QVERIFY(people);
            QCOMPARE(people->size(), 3);
            QCOMPARE(people->at(0).label(), u"Anna Schmidt (Head of HR)"_s);
            QVERIFY(people->at(1).removed);
            QCOMPARE(people->at(2).label(), u"Chris Meyer (Marketing)"_s);
            const qint64 ref = doc->questionnaires().first().ref;
            QCOMPARE(doc->answer(ref, u"scope.uses-cookies"_s).value, u"yes"_s);
            auto given = w.repository().attributionsOf(ref, u"scope.uses-cookies"_s);
            QVERIFY(given);
            QCOMPARE(given->size(), 1);
            QCOMPARE(given->first().participantName, u"Anna Schmidt"_s);
            QCOMPARE(given->first().value, u"yes"_s);
            auto lot = w.repository().parked(doc->assessment().id);
            QVERIFY(lot);
            QCOMPARE(lot->size(), 1);
            QCOMPARE(lot->first().note, u"Ask marketing about the CMP"_s);
            QVERIFY(!lot->first().isResolved());
        }

        r = program(ws(u"participants"_s, path, {u"--json"_s}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray people = r.json().value(u"participants"_s).toArray();
        QCOMPARE(people.size(), 2); // Ben was removed
        QCOMPARE(people.at(1).toObject().value(u"role"_s).toString(), u"Marketing"_s);
        QVERIFY(r.json().value(u"session"_s).toObject().value(u"running"_s).toBool());

        r = program(ws(u"resolve"_s, path, {u"cookies.consent-before-setting"_s}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = program(ws(u"parked"_s, path, {u"--json"_s}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(u"parked"_s).toArray().size(), 1);
        QVERIFY(r.json().value(u"parked"_s).toArray().first().toObject().value(u"resolved"_s).toBool());
        r = program(ws(u"parked"_s, path, {u"--open"_s}));
        QVERIFY2(r.out.contains(u"The parking lot is empty"_s), qPrintable(r.out));
        r = program(ws(u"resolve"_s, path, {u"cookies.consent-before-setting"_s, u"--reopen"_s}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = program(ws(u"parked"_s, path, {u"--open"_s}));
        QVERIFY2(r.out.contains(u"Ask marketing about the CMP"_s), qPrintable(r.out));

        r = program(ws(u"end"_s, path));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"workshop-summary"_s), qPrintable(r.out));
        r = program(ws(u"sessions"_s, path, {u"--json"_s}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray sessions = r.json().value(u"sessions"_s).toArray();
        QCOMPARE(sessions.size(), 1);
        const QJsonObject s = sessions.first().toObject();
        QCOMPARE(s.value(u"title"_s).toString(), u"Kick-off with HR"_s);
        QVERIFY(!s.value(u"running"_s).toBool());
        QVERIFY(!s.value(u"ended_at"_s).toString().isEmpty());
        QCOMPARE(s.value(u"answered"_s).toInt(), 1);
        QCOMPARE(s.value(u"parked"_s).toInt(), 1);
        QCOMPARE(s.value(u"participants"_s).toArray().size(), 2);
        r = program(ws(u"sessions"_s, path));
        QVERIFY2(r.out.contains(u"1 answer(s) given, 1 question(s) parked"_s), qPrintable(r.out));

        // Every change is in the hash-chained change log.
        r = program({u"verify"_s, path});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        // A second session may start now that the first has ended.
        r = program(ws(u"start"_s, path));
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void mistakesAreRefusedAndChangeNothing()
    {
        const QString path = newFile();
        refused(ws(u"end"_s, path), path, u"no workshop session is running"_s);
        refused(ws(u"park"_s, path, {u"scope.uses-cookies"_s}), path, u"no workshop session is running"_s);
        refused(ws(u"add-participant"_s, path, {u"Anna"_s}), path, u"no workshop session is running"_s);
        refused({u"answer"_s, path, u"scope.uses-cookies"_s, u"yes"_s, u"--given-by"_s, u"Anna"_s}, path,
                u"no workshop session is running"_s);
        // A participant too long, or two of the same name: no session starts.
        refused(ws(u"start"_s, path, {u"--participant"_s, QString(201, u'x')}), path,
                u"the participant's name is 201 characters long"_s);
        refused(ws(u"start"_s, path, {u"--participant"_s, u"Anna"_s, u"--participant"_s, u"anna, IT"_s}), path,
                u"two participants are called"_s);

        QCOMPARE(program(ws(u"start"_s, path, {u"--participant"_s, u"Anna Schmidt"_s})).code, 0);
        refused(ws(u"start"_s, path), path, u"still running"_s);
        refused({u"answer"_s, path, u"scope.uses-cookies"_s, u"yes"_s, u"--given-by"_s, u"Nobody"_s}, path,
                u"'Nobody' is not a participant of workshop session"_s);
        refused(ws(u"add-participant"_s, path, {u"ANNA SCHMIDT"_s}), path, u"already a participant"_s);
        refused(ws(u"remove-participant"_s, path, {u"Ben"_s}), path, u"'Ben' is not a participant"_s);
        refused(ws(u"park"_s, path, {u"no.such-question"_s}), path, u"no.such-question"_s);
        refused(ws(u"park"_s, path, {u"scope.uses-cookies"_s, QString(20'001, u'n')}), path,
                u"the parking-lot note is 20,001 characters long"_s);
        refused(ws(u"resolve"_s, path, {u"scope.uses-cookies"_s}), path, u"is not on the parking lot"_s);
        // An answer the question cannot take is not written, nor who gave it.
        refused({u"answer"_s, path, u"scope.uses-cookies"_s, u"perhaps"_s, u"--given-by"_s, u"Anna Schmidt"_s}, path,
                path);
        auto doc = openFile(path);
        const qint64 ref = doc->questionnaires().first().ref;
        QVERIFY(doc->answer(ref, u"scope.uses-cookies"_s).value.isEmpty());
        auto given = Workshop(*doc).repository().attributionsOf(ref, u"scope.uses-cookies"_s);
        QVERIFY(given && given->isEmpty());
    }

    void usageErrors()
    {
        const QString path = newFile();
        const QByteArray before = fileHash(path);
        QCOMPARE(program({u"workshop"_s}).code, 2);
        const Run unknown = program(ws(u"pause"_s, path));
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains(u"unknown action 'pause'"_s), qPrintable(unknown.err));
        QCOMPARE(program({u"workshop"_s, u"start"_s}).code, 2);
        QCOMPARE(program(ws(u"add-participant"_s, path)).code, 2);
        QCOMPARE(fileHash(path), before);
        const Run help = program({u"workshop"_s, u"--help"_s});
        QCOMPARE(help.code, 0);
        for (const char *action : {"start", "end", "sessions", "participants", "add-participant", "remove-participant",
                                   "park", "resolve", "parked"})
            QVERIFY2(help.out.contains(QLatin1StringView(action)), action);
    }

    void signedOffFileIsRefused()
    {
        const QString path = newFile();
        QCOMPARE(program(ws(u"start"_s, path, {u"--participant"_s, u"Anna Schmidt"_s})).code, 0);
        const Run signedOff = program(
            {u"sign-off"_s, path, u"--name"_s, u"Dana Fischer"_s, u"--role"_s, u"DPO"_s, u"--opinion"_s, u"Ready."_s});
        QVERIFY2(signedOff.code == 0, qPrintable(signedOff.err));
        const QString frozen = u"is signed off"_s;
        refused(ws(u"end"_s, path), path, frozen);
        refused(ws(u"add-participant"_s, path, {u"Ben"_s}), path, frozen);
        refused(ws(u"park"_s, path, {u"scope.uses-cookies"_s}), path, frozen);
        refused({u"answer"_s, path, u"scope.uses-cookies"_s, u"yes"_s, u"--given-by"_s, u"Anna Schmidt"_s}, path,
                frozen);
        // Reading stays possible.
        QCOMPARE(program(ws(u"sessions"_s, path)).code, 0);
    }

    void lockedFileIsRefused()
    {
        const QString path = newFile();
        auto holder = AssessmentDocument::open(path); // another window has it open for writing
        QVERIFY(holder);
        refused(ws(u"start"_s, path), path, u"is open in another GDPR Readiness window"_s);
        holder->reset();
        auto doc = openFile(path);
        auto running = WorkshopRepository(doc->repository()).runningSession(doc->assessment().id);
        QVERIFY(running && !*running);
    }

    void controlCharactersNeverReachTheTerminal()
    {
        const QString path = newFile();
        QCOMPARE(program(ws(u"start"_s, path, {u"--title"_s, u"Kick-off\x1b]0;owned\x07"_s})).code, 0);
        const Run added = program(ws(u"add-participant"_s, path, {u"Eve\x1b[2J"_s, u"--role"_s, u"IT\x9b"_s}));
        QCOMPARE(added.code, 0);
        for (const QStringList &args : {ws(u"participants"_s, path), ws(u"sessions"_s, path), QStringList()}) {
            const Run r = args.isEmpty() ? added : program(args);
            QVERIFY2(!r.out.contains(QChar(0x1b)) && !r.out.contains(QChar(0x07)) && !r.out.contains(QChar(0x9b)),
                     r.out.toUtf8().toPercentEncoding(" ,()\n").constData());
            QVERIFY2(r.out.contains(u"Eve"_s), qPrintable(r.out));
        }
        // JSON keeps the text exactly, escaped.
        const Run json = program(ws(u"participants"_s, path, {u"--json"_s}));
        QCOMPARE(json.json().value(u"participants"_s).toArray().first().toObject().value(u"name"_s).toString(),
                 u"Eve\x1b[2J"_s);
    }

    void helpIsGermanInAGermanLocale()
    {
        const Run de = program({u"workshop"_s, u"start"_s, u"--help"_s}, u"de_DE.UTF-8"_s);
        QCOMPARE(de.code, 0);
        QVERIFY2(de.out.contains(u"Workshop-Sitzung"_s), qPrintable(de.out));
        QVERIFY2(!de.out.contains(u"Start a workshop session"_s), qPrintable(de.out));
        const Run list = program({u"workshop"_s, u"--help"_s}, u"de_DE.UTF-8"_s);
        QVERIFY2(list.out.contains(u"Aktionen"_s), qPrintable(list.out));
        const Run en = program({u"workshop"_s, u"start"_s, u"--help"_s});
        QVERIFY2(en.out.contains(u"Start a workshop session"_s), qPrintable(en.out));
    }
};

QTEST_GUILESS_MAIN(TestWorkshopSessionCli)
#include "tst_workshop_session_cli.moc"
