#include "CliTestSupport.h"
#include "FineExposure.h"
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace testsupport;

namespace {
using Run = CliRun;
Run cli(const QStringList &args)
{
    return runCli(args);
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void versionAndHelp()
    {
        QCOMPARE(cli({u"--version"_s}).out, u"gdpr-readiness " READINESS_VERSION "\n"_s);
        const Run help = cli({u"--help"_s});
        QCOMPARE(help.code, 0);
        for (const char *c : {"validate", "new", "answer", "evidence", "score", "countdown", "fines"})
            QVERIFY2(help.out.contains(QLatin1StringView(c)), c);
        const Run sub = cli({u"countdown"_s, u"--help"_s});
        QCOMPARE(sub.code, 0);
        QVERIFY(sub.out.contains(u"--calendar"_s));
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(cli({u"frobnicate"_s}).code, 2);
        QCOMPARE(cli({u"score"_s}).code, 2);
        QCOMPARE(cli({u"countdown"_s}).code, 2);
        QCOMPARE(cli({u"countdown"_s, u"--to"_s, u"someday"_s}).code, 2);
        QCOMPARE(cli({u"fines"_s, u"--turnover"_s, u"1e6"_s, u"--currency"_s, u"USD"_s}).code, 2);
        QCOMPARE(cli({u"score"_s, u"--bogus"_s, u"x"_s}).code, 2);
    }

    void validate()
    {
        const Run ok = cli({u"validate"_s, QStringLiteral(SOURCE_DIR "/questionnaires/gdpr-principles.json"),
                            QStringLiteral(SOURCE_DIR "/questionnaires/pecr.json"),
                            QStringLiteral(SOURCE_DIR "/questionnaires/crm-data-quality.json"),
                            QStringLiteral(SOURCE_DIR "/questionnaires/eprivacy-de.json")});
        QCOMPARE(ok.code, 0);
        QCOMPARE(ok.out.count(u": ok ("_s), 4);
        const QString bad = QStringLiteral(TEST_DATA_DIR "/questionnaires/zero-weight/input.json");
        const Run fail = cli({u"validate"_s, bad});
        QCOMPARE(fail.code, 1);
        QVERIFY2(fail.err.contains(bad + u":18:16: sections[1].weight: weight must be greater than 0"_s),
                 qPrintable(fail.err));
    }

    void countdownSourceExample()
    {
        const Run r = cli({u"countdown"_s, u"--from"_s, u"2017-11-08"_s, u"--to"_s, u"gdpr"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject j = r.json();
        QCOMPARE(j.value(u"calendar_days"_s).toInt(), 198);
        QCOMPARE(j.value(u"weekdays"_s).toInt(), 142);
        QCOMPARE(j.value(u"working_days"_s).toInt(), 136); // 142 - 6 holidays, docs/countdown.md
        QCOMPARE(j.value(u"direction"_s).toString(), u"until"_s);
        const Run text = cli(
            {u"countdown"_s, u"--from"_s, u"2017-11-08"_s, u"--to"_s, u"2018-05-25"_s, u"--calendar"_s, u"none"_s});
        QVERIFY(text.out.startsWith(u"198 calendar days until 2018-05-25"_s));
        QCOMPARE(cli({u"countdown"_s, u"--to"_s, u"gdpr"_s, u"--calendar"_s, u"atlantis"_s}).code, 1);
    }

    void fines()
    {
        const Run r = cli({u"fines"_s, u"--turnover"_s, u"2000000000"_s, u"--currency"_s, u"EUR"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(u"upper_tier"_s).toObject().value(u"maximum"_s).toDouble(), 80e6);
        QCOMPARE(r.json().value(u"lower_tier"_s).toObject().value(u"maximum"_s).toDouble(), 40e6);
        const Run gbp = cli({u"fines"_s, u"--turnover"_s, u"48000000"_s, u"--currency"_s, u"GBP"_s});
        QVERIFY2(gbp.out.contains(u"UK GDPR Art 83(5): up to 17,500,000 GBP"_s), qPrintable(gbp.out));
        QVERIFY2(gbp.out.contains(u"PECR (DUAA 2025): up to 17,500,000 GBP"_s), qPrintable(gbp.out));
        QVERIFY2(gbp.out.contains(u"group"_s), qPrintable(gbp.out)); // says why group turnover is asked for
        const Run pub = cli(
            {u"fines"_s, u"--turnover"_s, u"2000000000"_s, u"--currency"_s, u"EUR"_s, u"--public-body"_s, u"--json"_s});
        QCOMPARE(pub.code, 0);
        QCOMPARE(pub.json().value(u"upper_tier"_s).toObject().value(u"maximum"_s).toDouble(), 20e6);
        QCOMPARE(pub.json().value(u"subject"_s).toString(), u"public-body"_s);
        // Absurd turnovers are a usage error, never negative fines (issue 16).
        for (const QString &absurd : {u"1e308"_s, u"1e16"_s, u"9223372036854775808"_s}) {
            const Run big = cli({u"fines"_s, u"--turnover"_s, absurd, u"--currency"_s, u"EUR"_s});
            QCOMPARE(big.code, 2);
            QVERIFY2(big.err.contains(u"not plausible"_s), qPrintable(big.err + big.out));
            QVERIFY(!big.out.contains(u'-'));
        }
        QCOMPARE(readiness::formatAmount(1e300, u"EUR"_s).front(), u'1');
        const Run large = cli({u"fines"_s, u"--turnover"_s, u"1e15"_s, u"--currency"_s, u"EUR"_s});
        QCOMPARE(large.code, 0);
        QVERIFY2(large.out.contains(u"up to 40,000,000,000,000 EUR"_s), qPrintable(large.out));
    }

    void createAnswerEvidenceScore()
    {
        const QString file = m_dir.filePath(u"acme.gdpra"_s);
        Run r = cli({u"new"_s, u"--org"_s, u"Acme Ltd"_s, u"--questionnaire"_s, u"gdpr-principles"_s,
                     u"--questionnaire"_s, u"pecr"_s, u"-o"_s, file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(cli({u"new"_s, u"--org"_s, u"Again"_s, u"--questionnaire"_s, u"pecr"_s, u"-o"_s, file}).code, 1);

        r = cli({u"answer"_s, file, u"pecr:scope.uses-cookies"_s, u"yes"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli(
            {u"answer"_s, file, u"lawfulness.lawful-basis-recorded"_s, u"3"_s, u"--note"_s, u"41 of 44 activities"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({u"answer"_s, file, u"lawfulness.lawful-basis-recorded"_s, u"9"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"is not a level of the scale"_s));
        QCOMPARE(cli({u"answer"_s, file, u"no.such-question"_s, u"1"_s}).code, 1);
        // A critical duty declared not applicable needs a written reason.
        r = cli({u"answer"_s, file, u"accountability.dpia-completed"_s, u"na"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"needs a written reason"_s), qPrintable(r.err));
        r = cli({u"answer"_s, file, u"accountability.dpia-completed"_s, u"na"_s, u"--note"_s, u"   "_s});
        QCOMPARE(r.code, 1);
        r = cli({u"answer"_s, file, u"accountability.dpia-completed"_s, u"na"_s, u"--note"_s,
                 u"Screening of all 44 activities found no high-risk processing"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        const QString ev = m_dir.filePath(u"ropa.csv"_s);
        QVERIFY(writeFile(ev, "activity,basis\npayroll,contract\n"));
        r = cli({u"evidence"_s, u"add"_s, file, u"lawfulness.lawful-basis-recorded"_s, ev});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QString::fromLatin1(fileHash(ev))));
        QCOMPARE(
            cli({u"evidence"_s, u"add"_s, file, u"lawfulness.lawful-basis-recorded"_s, m_dir.filePath(u"missing"_s)})
                .code,
            1);

        r = cli({u"score"_s, file, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject j = r.json();
        QCOMPARE(j.value(u"organisation"_s).toString(), u"Acme Ltd"_s);
        QCOMPARE(j.value(u"answered"_s).toInt(), 3);
        QVERIFY(j.value(u"percent"_s).toDouble() > 0);
        QCOMPARE(j.value(u"rag"_s).toString(), u"red"_s);
    }

    void germanEPrivacyIsBundled()
    {
        // Issue 13: the German questionnaire is found by its id like the others,
        // and its scope decides which sections count.
        const QString file = m_dir.filePath(u"gmbh.gdpra"_s);
        Run r = cli({u"new"_s, u"--org"_s, u"Muster GmbH"_s, u"--questionnaire"_s, u"eprivacy-de"_s, u"-o"_s, file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const auto &[question, value] :
             {std::pair {u"scope.terminal-access"_s, u"yes"_s}, std::pair {u"scope.email-marketing"_s, u"no"_s},
              std::pair {u"terminal-equipment.consent-before-access"_s, u"4"_s},
              std::pair {u"consent-management.consent-proof"_s, u"0"_s}}) {
            r = cli({u"answer"_s, file, u"eprivacy-de:"_s + question, value});
            QVERIFY2(r.code == 0, qPrintable(question + u": "_s + r.err));
        }
        // A critical duty behind a scoping question cannot be declared N/A.
        r = cli({u"answer"_s, file, u"eprivacy-de:terminal-equipment.consent-before-access"_s, u"na"_s, u"--note"_s,
                 u"We think so"_s});
        QCOMPARE(r.code, 1);

        r = cli({u"score"_s, file, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject q = r.json().value(u"questionnaires"_s).toArray().at(0).toObject();
        QCOMPARE(q.value(u"id"_s).toString(), u"eprivacy-de"_s);
        QCOMPARE(q.value(u"version"_s).toString(), u"1.0.0"_s);
        QCOMPARE(q.value(u"critical_gaps"_s).toInt(), 1);
        QHash<QString, int> applicable;
        for (const QJsonValue &s : q.value(u"sections"_s).toArray())
            applicable.insert(s[u"id"_s].toString(), s[u"applicable"_s].toInt());
        QCOMPARE(applicable.value(u"terminal-equipment"_s), 9);
        QCOMPARE(applicable.value(u"consent-management"_s), 7); // the CMP question waits for scope.uses-cmp
        QCOMPARE(applicable.value(u"email-marketing"_s), 0);
        QCOMPARE(applicable.value(u"double-opt-in"_s), 0);
        QCOMPARE(applicable.value(u"governance"_s), 5);
    }

    void scoreRefusesNonAssessment()
    {
        const QString junk = m_dir.filePath(u"junk.gdpra"_s);
        QVERIFY(writeFile(junk, "hello, not a database"));
        const QByteArray before = fileHash(junk);
        const Run r = cli({u"score"_s, junk});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(junk + u" is not a GDPR Readiness assessment file"_s));
        QCOMPARE(fileHash(junk), before);
    }

    // A read-only command in a writable folder: SQLite's read-only
    // connection makes an empty -wal and -shm it cannot remove; they used to
    // stay beside the file after every `score`, `report` or `verify`.
    void readOnlyCommandsLeaveNoFilesBehind()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"clean.gdpra"_s);
        QCOMPARE(cli({u"new"_s, u"--org"_s, u"Acme"_s, u"--questionnaire"_s, u"pecr"_s, u"-o"_s, file}).code, 0);
        const auto entries = [&] {
            return QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        };
        QCOMPARE(entries(), QStringList {u"clean.gdpra"_s});
        const QByteArray before = fileHash(file);
        for (const QStringList &args : {QStringList {u"score"_s, file}, QStringList {u"score"_s, u"--json"_s, file},
                                        QStringList {u"verify"_s, file}}) {
            const Run r = cli(args);
            QVERIFY2(r.code == 0, qPrintable(args.join(u' ') + u": "_s + r.err));
            QCOMPARE(entries(), QStringList {u"clean.gdpra"_s});
        }
        QCOMPARE(fileHash(file), before);
    }

    void maxSizeThatOverflowsIsAUsageError()
    {
        // 9223372036854775807 MiB overflowed to a negative byte limit (UBSan).
        const QString file = m_dir.filePath(u"maxsize.gdpra"_s);
        QCOMPARE(cli({u"new"_s, u"--org"_s, u"Acme"_s, u"--questionnaire"_s, u"pecr"_s, u"-o"_s, file}).code, 0);
        const QString ev = m_dir.filePath(u"small.txt"_s);
        QVERIFY(writeFile(ev, "x"));
        const QByteArray before = fileHash(file);
        for (const QString &size : {u"9223372036854775807"_s, u"8796093022208"_s}) {
            const Run r = cli({u"evidence"_s, u"add"_s, file, u"scope.uses-cookies"_s, ev, u"--max-size"_s, size});
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(u"--max-size must be a positive number of MiB, at most 8796093022207"_s),
                     qPrintable(r.err));
        }
        QCOMPARE(fileHash(file), before);
        const Run ok
            = cli({u"evidence"_s, u"add"_s, file, u"scope.uses-cookies"_s, ev, u"--max-size"_s, u"8796093022207"_s});
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
    }

    void newFromSpecLeavesOtherFilesAlone()
    {
        // It used to delete an existing OUT.partial (the user's file).
        const QString out = m_dir.filePath(u"from-spec.gdpra"_s);
        QVERIFY(writeFile(out + u".partial"_s, "someone's notes"));
        const Run r = cli({u"new"_s, u"--from"_s, QStringLiteral(BUILD_DATA_DIR "/demo/demo.json"), u"-o"_s, out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(readFile(out + u".partial"_s), QByteArray("someone's notes"));
        const QStringList left = QDir(m_dir.path()).entryList({u"*from-spec*"_s}, QDir::Files | QDir::Hidden);
        QCOMPARE(left, (QStringList {u"from-spec.gdpra"_s, u"from-spec.gdpra.partial"_s}));
    }

    void takenOverLockIsReported()
    {
        const QString file = m_dir.filePath(u"orphan-lock.gdpra"_s);
        QCOMPARE(cli({u"new"_s, u"--org"_s, u"Acme"_s, u"--questionnaire"_s, u"pecr"_s, u"-o"_s, file}).code, 0);
        QVERIFY(writeFile(file + u".lock"_s, QByteArray())); // its writer died right after creating it
        const Run r = cli({u"answer"_s, file, u"scope.uses-cookies"_s, u"yes"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.startsWith(u"note: "_s + file + u": took over an empty lock file"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(file + u".lock"_s));
    }

    void plantedTriggerIsRefusedByAnswer()
    {
        // A RAISE(IGNORE) trigger made `answer` exit 0 and save nothing.
        const QString file = m_dir.filePath(u"planted.gdpra"_s);
        QCOMPARE(cli({u"new"_s, u"--org"_s, u"Acme"_s, u"--questionnaire"_s, u"pecr"_s, u"-o"_s, file}).code, 0);
        QVERIFY(alterBehindTheBack(file,
                                   {u"CREATE TRIGGER keep BEFORE INSERT ON answer BEGIN SELECT RAISE(IGNORE); END"_s}));
        const QByteArray before = fileHash(file);
        const Run r = cli({u"answer"_s, file, u"scope.uses-cookies"_s, u"yes"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"(trigger keep)"_s), qPrintable(r.err));
        QCOMPARE(fileHash(file), before);
    }

    void demoAssessmentScores()
    {
        const QString demo = QStringLiteral(BUILD_DATA_DIR "/demo/demo.gdpra");
        const QByteArray before = fileHash(demo);
        const Run r = cli({u"score"_s, demo, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject j = r.json();
        QCOMPARE(j.value(u"questionnaires"_s).toArray().size(), 3);
        const double coverage = j.value(u"coverage"_s).toDouble();
        QVERIFY2(coverage > 70 && coverage < 100, qPrintable(QString::number(coverage)));
        QVERIFY(j.value(u"critical_gaps"_s).toInt() > 0);
        QCOMPARE(fileHash(demo), before); // score opens read-only
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
