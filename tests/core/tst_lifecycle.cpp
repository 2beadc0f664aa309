// Issue 14, items 4 and 3: the hash-chained change log, `verify`, and the
// DPO sign-off. The tampering cases edit the file behind the application's
// back with the sqlite3 command-line tool, as anyone with the file could:
// they drop the append-only or freeze trigger, change a row and put the
// trigger back exactly as it was, so the file still opens. The triggers are
// no protection; `verify` must name what was changed.
#include "AssessmentDocument.h"
#include "CliTestSupport.h"
#include "LifecycleRepository.h"
#include "Sha256.h"
#include "TestSupport.h"
#include "TrailVerifier.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace readiness;
using namespace testsupport;

namespace {

using Run = CliRun;

/// Runs @p sql on @p path with the sqlite3 tool; returns its output.
QString sqlite(const QString &path, const QString &sql)
{
    QProcess p;
    p.start(u"sqlite3"_s, {u"-batch"_s, path});
    p.write(sql.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        qFatal("sqlite3 failed: %s", p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

/// Changes a row as an attacker would: drops @p trigger, runs @p change,
/// and recreates the trigger from its exact original text.
void tamper(const QString &path, const QString &trigger, const QString &change)
{
    const QString original = sqlite(path, u"SELECT sql FROM sqlite_master WHERE name = '%1';"_s.arg(trigger));
    QVERIFY2(!original.isEmpty(), qPrintable(trigger));
    sqlite(path, u"DROP TRIGGER %1;\n%2;\n%3;\n"_s.arg(trigger, change, original));
    QCOMPARE(sqlite(path, u"SELECT sql FROM sqlite_master WHERE name = '%1';"_s.arg(trigger)), original);
}

qint64 scalar(const QString &path, const QString &sql)
{
    return sqlite(path, sql + u';').toLongLong();
}

} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Questionnaire m_questionnaire;
    QString m_evidencePath;

    /// A file with answers, a note, evidence, an action and a key date.
    QString filled(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        auto doc = createExampleDocument(path, m_questionnaire);
        doc->repository().setActor(u"Dana"_s);
        const qint64 ref = doc->questionnaires().first().ref;
        auto check = [](const Status &s) {
            if (!s)
                qFatal("cannot fill the test assessment: %s", qPrintable(s.error().toString()));
        };
        check(doc->setAnswer(ref, u"scope.uses-cookies"_s, u"yes"_s, {}));
        check(doc->setAnswer(ref, u"cookies.consent-before-setting"_s, u"1"_s, u"banner only"_s));
        check(doc->setAnswer(ref, u"cookies.consent-before-setting"_s, u"2"_s, u"CMP in place"_s));
        auto evidence = doc->importEvidence(ref, u"cookies.consent-before-setting"_s, m_evidencePath);
        check(evidence ? success() : Status(evidence.error()));
        auto action = doc->addAction({0,
                                      ref,
                                      u"cookies.consent-before-setting"_s,
                                      u"Review CMP"_s,
                                      u"Sam"_s,
                                      QDate(2027, 1, 31),
                                      ActionStatus::Open,
                                      {},
                                      {},
                                      {}});
        check(action ? success() : Status(action.error()));
        auto date = doc->addKeyDate({0, u"Board"_s, QDate(2027, 2, 1)});
        check(date ? success() : Status(date.error()));
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto q = exampleQuestionnaire();
        QVERIFY2(q, q ? "" : qPrintable(q.error().toString()));
        m_questionnaire = *q;
        m_evidencePath = m_dir.filePath(u"policy.txt"_s);
        QVERIFY(writeFile(m_evidencePath, QByteArray("Cookie policy, version 3\n").repeated(100)));
    }

    void untouchedFileVerifies()
    {
        const QString path = filled(u"clean.gdpra"_s);
        const qint64 entries = scalar(path, u"SELECT COUNT(*) FROM change_log"_s);
        QVERIFY(entries >= 7);
        QCOMPARE(scalar(path, u"SELECT COUNT(*) FROM change_log_hash"_s), entries);
        const Run r = runCli({u"verify"_s, path});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"verified: %1 change-log entries chained"_s.arg(entries)), qPrintable(r.out));
        QVERIFY(r.out.contains(u"1 evidence file(s) match"_s));
        const Run j = runCli({u"verify"_s, path, u"--json"_s});
        QCOMPARE(j.code, 0);
        QCOMPARE(j.json().value(u"ok"_s).toBool(), true);
        QCOMPARE(j.json().value(u"entries"_s).toInteger(), entries);
    }

    void oldAndNewValuesAreLogged()
    {
        const QString path = filled(u"values.gdpra"_s);
        auto doc = AssessmentDocument::open(path, AssessmentFile::Mode::ReadOnly);
        QVERIFY(doc);
        lifecycle::LifecycleRepository lifecycle((*doc)->repository());
        const qint64 ref = (*doc)->questionnaires().first().ref;
        auto history = lifecycle.questionHistory(ref, u"cookies.consent-before-setting"_s);
        QVERIFY(history);
        QCOMPARE(history->size(), 3); // two answers, one evidence
        const lifecycle::HistoryEntry &change = history->at(1);
        QCOMPARE(change.actor, u"Dana"_s);
        QCOMPARE(QJsonDocument::fromJson(change.oldValue.toUtf8()).object().value(u"value"_s).toString(), u"1"_s);
        QCOMPARE(QJsonDocument::fromJson(change.newValue.toUtf8()).object().value(u"note"_s).toString(),
                 u"CMP in place"_s);
        const QJsonObject evidence = QJsonDocument::fromJson(history->at(2).newValue.toUtf8()).object();
        QCOMPARE(evidence.value(u"sha256"_s).toString().size(), 64);
        QCOMPARE(scalar(path,
                        u"SELECT COUNT(*) FROM change_log WHERE (entity = 'action' AND new_value LIKE"
                        " '%Review CMP%') OR (entity = 'key_date' AND new_value LIKE '%Board%')"
                        " OR (entity = 'organisation' AND old_value IS NULL AND new_value LIKE '%Acme Ltd%')"_s),
                 3);
    }

    void tamperedEntryIsNamed()
    {
        const QString path = filled(u"entry.gdpra"_s);
        const qint64 target = scalar(path, u"SELECT id FROM change_log WHERE entity = 'answer' ORDER BY id LIMIT 1"_s);
        const QString at = sqlite(path, u"SELECT at FROM change_log WHERE id = %1;"_s.arg(target));
        tamper(path, u"change_log_append_only_update"_s,
               u"UPDATE change_log SET new_value = replace(new_value, 'yes', 'no') WHERE id = %1"_s.arg(target));
        const Run r = runCli({u"verify"_s, path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"entry %1 (%2, set answer"_s.arg(target).arg(at)), qPrintable(r.err));
        QVERIFY(r.err.contains(u"altered after it was written"_s));
        const Run j = runCli({u"verify"_s, path, u"--json"_s});
        QCOMPARE(j.code, 1);
        QCOMPARE(j.json().value(u"problem"_s).toObject().value(u"entry"_s).toInteger(), target);
    }

    void deletedEntryIsNamed()
    {
        const QString path = filled(u"deleted.gdpra"_s);
        const qint64 target = scalar(path, u"SELECT id FROM change_log WHERE entity = 'action'"_s);
        tamper(path, u"change_log_append_only_delete"_s, u"DELETE FROM change_log WHERE id = %1"_s.arg(target));
        const Run r = runCli({u"verify"_s, path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"entry %1 was deleted"_s.arg(target)), qPrintable(r.err));
    }

    void insertedEntryIsNamed()
    {
        // A row slipped into the log is not chained by the next real change.
        const QString path = filled(u"inserted.gdpra"_s);
        sqlite(path,
               u"INSERT INTO change_log (at, actor, action, entity, entity_key)"
               " VALUES ('2026-01-01T00:00:00.000Z', 'mallory', 'set', 'answer', '1/x');"_s);
        const qint64 forged = scalar(path, u"SELECT MAX(id) FROM change_log"_s);
        QCOMPARE(runCli({u"answer"_s, path, u"scope.uses-cookies"_s, u"no"_s}).code, 0);
        const Run r = runCli({u"verify"_s, path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"entry %1 (2026-01-01T00:00:00.000Z, set answer 1/x): the entry is not in the hash "
                                "chain"_s.arg(forged)),
                 qPrintable(r.err));
    }

    void tamperedEvidenceIsNamed()
    {
        const QString path = filled(u"blob.gdpra"_s);
        const qint64 added = scalar(path, u"SELECT id FROM change_log WHERE entity = 'evidence'"_s);
        // No trigger guards the chunks: the bytes are simply replaced.
        sqlite(path, u"UPDATE evidence_chunk SET data = CAST('forged' AS BLOB) || substr(data, 7);"_s);
        const Run r = runCli({u"verify"_s, path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"entry %1 ("_s.arg(added)), qPrintable(r.err));
        QVERIFY(r.err.contains(u"policy.txt"_s));
        QVERIFY(r.err.contains(u"do not match the file's SHA-256"_s));
        // Replacing the SHA-256 too is caught by the chain's record of it.
        const QString emptySha = u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s;
        sqlite(path, u"UPDATE evidence SET sha256 = '%1', size = 0; DELETE FROM evidence_chunk;"_s.arg(emptySha));
        const Run again = runCli({u"verify"_s, path});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(u"entry %1 ("_s.arg(added)), qPrintable(again.err));
        QVERIFY(again.err.contains(u"differs from the one the change log recorded"_s));
    }

    void signOffFreezesAndVerifies()
    {
        const QString path = filled(u"signed.gdpra"_s);
        const Run s = runCli({u"sign-off"_s, path, u"--name"_s, u"Priya Shah"_s, u"--role"_s, u"DPO"_s, u"--opinion"_s,
                              u"Ready, subject to the CMP review."_s, u"--by"_s, u"Dana"_s});
        QCOMPARE(s.code, 0);
        QVERIFY2(s.out.contains(u"Signed off by Priya Shah, DPO"_s), qPrintable(s.out));
        QVERIFY(s.out.contains(u"fingerprint "_s));
        QCOMPARE(runCli({u"verify"_s, path}).code, 0);
        QVERIFY(runCli({u"verify"_s, path}).out.contains(u"1 sign-off(s) match"_s));

        // The command line refuses, naming the sign-off and the way out...
        const Run answer = runCli({u"answer"_s, path, u"scope.uses-cookies"_s, u"no"_s});
        QCOMPARE(answer.code, 1);
        QVERIFY2(answer.err.contains(u"is signed off (revision 1, by Priya Shah"_s), qPrintable(answer.err));
        QVERIFY(answer.err.contains(u"gdpr-readiness reopen"_s));
        QCOMPARE(sqlite(path, u"SELECT value FROM answer WHERE question_id = 'scope.uses-cookies';"_s), u"yes"_s);
        // ...and so does the file itself, whoever writes.
        {
            auto doc = AssessmentDocument::open(path, AssessmentFile::Mode::ReadWrite);
            QVERIFY(doc);
            const Status direct
                = (*doc)->setAnswer((*doc)->questionnaires().first().ref, u"scope.uses-cookies"_s, u"no"_s, {});
            QVERIFY(!direct);
            QVERIFY2(direct.error().message.contains(u"signed off and read-only"_s),
                     qPrintable(direct.error().message));
        }
        // A second sign-off without reopening is refused.
        QCOMPARE(
            runCli({u"sign-off"_s, path, u"--name"_s, u"X"_s, u"--role"_s, u"DPO"_s, u"--opinion"_s, u"ok"_s}).code, 1);

        // Reopen: a new revision; the signed state stays in the file.
        QCOMPARE(runCli({u"reopen"_s, path}).code, 2); // --reason is required
        const Run reopen = runCli({u"reopen"_s, path, u"--reason"_s, u"New CMP vendor"_s});
        QCOMPARE(reopen.code, 0);
        QVERIFY(reopen.out.contains(u"revision 2 starts"_s));
        QCOMPARE(runCli({u"answer"_s, path, u"scope.uses-cookies"_s, u"no"_s}).code, 0);
        QCOMPARE(runCli({u"verify"_s, path}).code, 0);
        auto doc = AssessmentDocument::open(path, AssessmentFile::Mode::ReadOnly);
        QVERIFY(doc);
        lifecycle::LifecycleRepository lifecycle((*doc)->repository());
        auto all = lifecycle.signOffs((*doc)->assessment().id);
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        QVERIFY(all->first().reopenedAt.has_value());
        QCOMPARE(all->first().reopenReason, u"New CMP vendor"_s);
        QVERIFY(all->first().snapshot.contains("\"value\":\"yes\""));
        QCOMPARE(Sha256::hex(all->first().snapshot), all->first().fingerprint);
    }

    // The sign-off's texts have the limits of every other text the user
    // types: an over-long one is refused with the usual message, nothing
    // is stored (there was no limit: a 1 MB opinion was signed).
    void signOffTextsHaveLimits()
    {
        const QString path = filled(u"limits.gdpra"_s);
        const QString longName(201, u'n');
        const QString longText(20'001, u'o');
        Run r = runCli({u"sign-off"_s, path, u"--name"_s, longName, u"--role"_s, u"DPO"_s, u"--opinion"_s, u"ok"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"the signer's name is 201 characters long; at most 200 are allowed"_s),
                 qPrintable(r.err));
        r = runCli({u"sign-off"_s, path, u"--name"_s, u"P"_s, u"--role"_s, longName, u"--opinion"_s, u"ok"_s});
        QVERIFY2(r.code == 1 && r.err.contains(u"the signer's role is 201"_s), qPrintable(r.err));
        r = runCli({u"sign-off"_s, path, u"--name"_s, u"P"_s, u"--role"_s, u"DPO"_s, u"--opinion"_s, longText});
        QVERIFY2(r.code == 1 && r.err.contains(u"the opinion is 20,001 characters long"_s), qPrintable(r.err));
        QCOMPARE(sqlite(path, u"SELECT count(*) FROM sign_off;"_s), u"0"_s);

        QCOMPARE(
            runCli({u"sign-off"_s, path, u"--name"_s, u"P"_s, u"--role"_s, u"DPO"_s, u"--opinion"_s, u"ok"_s}).code, 0);
        r = runCli({u"reopen"_s, path, u"--reason"_s, longText});
        QVERIFY2(r.code == 1 && r.err.contains(u"the reason is 20,001 characters long"_s), qPrintable(r.err));
        QCOMPARE(sqlite(path, u"SELECT count(*) FROM reopening;"_s), u"0"_s);
    }

    void tamperedSignOffIsNamed()
    {
        const QString path = filled(u"forged.gdpra"_s);
        QCOMPARE(runCli({u"sign-off"_s, path, u"--name"_s, u"Priya Shah"_s, u"--role"_s, u"DPO"_s, u"--opinion"_s,
                         u"Not ready."_s})
                     .code,
                 0);
        const qint64 entry = scalar(path, u"SELECT id FROM change_log WHERE action = 'sign-off'"_s);
        tamper(path, u"sign_off_append_only_update"_s, u"UPDATE sign_off SET opinion = 'Ready.'"_s);
        const Run r = runCli({u"verify"_s, path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"entry %1 ("_s.arg(entry)), qPrintable(r.err));
        QVERIFY(r.err.contains(u"sign-off 1 (revision 1)"_s));
        QVERIFY(r.err.contains(u"differs from what the change log recorded"_s));
    }

    void answerChangedAfterSignOffIsDetected()
    {
        const QString path = filled(u"after.gdpra"_s);
        QCOMPARE(runCli({u"sign-off"_s, path, u"--name"_s, u"Priya Shah"_s, u"--role"_s, u"DPO"_s, u"--opinion"_s,
                         u"Ready."_s})
                     .code,
                 0);
        tamper(path, u"answer_frozen_update"_s,
               u"UPDATE answer SET value = '0' WHERE question_id = 'cookies.consent-before-setting'"_s);
        const Run r = runCli({u"verify"_s, path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"no longer matches the signed fingerprint"_s), qPrintable(r.err));
    }

    void olderFileIsChainedWhenMigrated()
    {
        const QString path = m_dir.filePath(u"format-1.gdpra"_s);
        QVERIFY(QFile::copy(QStringLiteral(SOURCE_DIR "/tests/crm/data/format-1.gdpra"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray before = fileHash(path);
        const qint64 old = scalar(path, u"SELECT MAX(id) FROM change_log"_s);
        // Read-only: read as it is, not changed, and said to have no chain.
        const Run ro = runCli({u"verify"_s, path});
        QCOMPARE(ro.code, 1);
        QVERIFY2(ro.err.contains(u"written before the change log was hash-chained"_s), qPrintable(ro.err));
        QCOMPARE(fileHash(path), before);
        {
            auto doc = AssessmentDocument::open(path, AssessmentFile::Mode::ReadWrite);
            QVERIFY(doc);
            QCOMPARE((*doc)->repository().file().schemaVersion(), AssessmentFile::kSchemaVersion);
        }
        QCOMPARE(sqlite(path, u"SELECT action || ' ' || entity_key FROM change_log WHERE id = %1;"_s.arg(old + 1)),
                 u"start-chain %1"_s.arg(old));
        QCOMPARE(scalar(path, u"SELECT COUNT(*) FROM change_log_hash"_s),
                 scalar(path, u"SELECT COUNT(*) FROM change_log"_s));
        QCOMPARE(runCli({u"verify"_s, path}).code, 0);
        // The old entries are in the chain: altering one is detected.
        tamper(path, u"change_log_append_only_update"_s, u"UPDATE change_log SET actor = 'mallory' WHERE id = 1"_s);
        const Run r = runCli({u"verify"_s, path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"entry 1 ("_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
