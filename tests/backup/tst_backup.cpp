// Issue 14, item 5: backups. Real files throughout: a backup is made with
// VACUUM INTO, checked, listed, pruned, restored; taken before a migration
// and a sign-off; consistent while another connection commits answers.
#include "../core/CliTestSupport.h"
#include "../core/TestSupport.h"
#include "AssessmentDocument.h"
#include "BackupName.h"
#include "BackupRestore.h"
#include "Backups.h"
#include "LifecycleRepository.h"
#include "Migrations.h"
#include "TrailVerifier.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace readiness;
using namespace readiness::backup;
using namespace testsupport;

namespace {

constexpr auto kQuestion = "cookies.consent-before-setting";

/// One value read from @p path on a read-only connection of its own.
QVariant readValue(const QString &path, const QString &sql)
{
    static int counter = 0;
    const QString name = u"probe-%1"_s.arg(++counter);
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(u"file:%1?mode=ro"_s.arg(path));
        db.setConnectOptions(u"QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QString noteIn(const QString &path)
{
    return readValue(path, u"SELECT note FROM answer WHERE question_id = '%1'"_s.arg(QLatin1StringView(kQuestion)))
        .toString();
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Questionnaire m_questionnaire;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// A new assessment with the example question answered, note @p note.
    QString filled(const QString &name, const QString &note)
    {
        auto doc = createExampleDocument(path(name), m_questionnaire);
        const qint64 ref = doc->questionnaires().first().ref;
        if (!doc->setAnswer(ref, u"scope.uses-cookies"_s, u"yes"_s, {})
            || !doc->setAnswer(ref, QLatin1StringView(kQuestion), u"2"_s, note))
            qFatal("cannot fill %s", qPrintable(name));
        return path(name);
    }

    static void setNote(AssessmentDocument &doc, const QString &note)
    {
        const qint64 ref = doc.questionnaires().first().ref;
        if (Status s = doc.setAnswer(ref, QLatin1StringView(kQuestion), u"1"_s, note); !s)
            qFatal("%s", qPrintable(s.error().toString()));
    }

    /// An assessment file at an older format (@p version), as an earlier
    /// release wrote it: the migrations up to that version, nothing more.
    QString olderFormat(const QString &name, int version)
    {
        const QString p = path(name);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"older"_s);
            db.setDatabaseName(p);
            if (!db.open())
                qFatal("cannot create %s", qPrintable(p));
            QSqlQuery q(db);
            QStringList statements = {u"PRAGMA page_size = 16384"_s, u"PRAGMA journal_mode = WAL"_s};
            for (int v = 0; v < version; ++v)
                statements += migrations().at(v);
            statements << u"INSERT INTO meta (key, value) VALUES ('file_id', 'older'), ('created_at', 'then')"_s
                       << u"PRAGMA application_id = %1"_s.arg(AssessmentFile::kApplicationId)
                       << u"PRAGMA user_version = %1"_s.arg(version);
            for (const QString &sql : statements)
                if (!q.exec(sql))
                    qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"older"_s);
        return p;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // tests/data's example (TEST_DATA_DIR would name tests/backup/data).
        auto q = QuestionnaireLoader::loadFile(
            QStringLiteral(SOURCE_DIR "/tests/data/questionnaires/valid-example/input.json"));
        QVERIFY(q);
        m_questionnaire = *q;
        setDefaultPolicy(BackupPolicy {});
    }

    void backupIsACheckedSelfContainedCopy()
    {
        const QString file = filled(u"copy.gdpra"_s, u"first"_s);
        auto doc = AssessmentDocument::open(file);
        QVERIFY(doc);
        auto made = write((*doc)->repository().file(), u"manual"_s, BackupPolicy {});
        QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
        QCOMPARE(QFileInfo(made->path).absolutePath(), file + u".backups"_s);
        QVERIFY(made->path.endsWith(u"-manual.gdpra"_s));
        QCOMPARE(made->size, QFileInfo(made->path).size());
        // 0600: owner, group, other (the "user" bits are the caller's view).
        QCOMPARE(QFileInfo(made->path).permissions() & 0x7077, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(QFileInfo(file + u".backups"_s).permissions() & 0x0077, QFileDevice::Permissions());
        QVERIFY(check(made->path));
        QCOMPARE(noteIn(made->path), u"first"_s);
        QCOMPARE(readValue(made->path, u"PRAGMA journal_mode"_s).toString(), u"delete"_s);
        // Reading it (read-only) leaves nothing beside it; no temporary left.
        QVERIFY(!QFileInfo::exists(made->path + u"-wal"_s));
        QVERIFY(!QFileInfo::exists(made->path + u"-shm"_s));
        QCOMPARE(QDir(file + u".backups"_s).entryList(QDir::Files | QDir::Hidden).size(), 1);
        QCOMPARE(*answerCount(made->path), 2);
    }

    void keepsTheNewestNAndNeverForeignFiles()
    {
        const QString file = filled(u"prune.gdpra"_s, u"p"_s);
        const QString folder = path(u"chosen"_s);
        QVERIFY(QDir().mkpath(folder));
        // Files the application did not make, some with names close to its own.
        const QStringList foreign = {u"notes.txt"_s,
                                     u"prune.gdpra"_s,
                                     u"prune-copy.gdpra"_s,
                                     u"prune-20260101T000000000Z-manual.gdpra.old"_s,
                                     u"other-20260101T000000000Z-manual.gdpra"_s,
                                     u"prune-2026-manual.gdpra"_s,
                                     u"prune-20260101T000000000Z-Manual.gdpra"_s};
        for (const QString &f : foreign)
            QVERIFY(writeFile(folder + u'/' + f, "mine"));
        BackupPolicy policy {folder, 3};
        auto doc = AssessmentDocument::open(file);
        QVERIFY(doc);
        QStringList made;
        for (int i = 0; i < 5; ++i) {
            setNote(**doc, u"note %1"_s.arg(i));
            auto b = write((*doc)->repository().file(), u"scheduled"_s, policy);
            QVERIFY2(b, qPrintable(b ? QString() : b.error().message));
            made << b->path;
        }
        const QList<BackupInfo> listed = list(file, policy);
        QCOMPARE(listed.size(), 3);
        QCOMPARE(listed.at(0).path, made.at(4)); // newest first
        QCOMPARE(listed.at(2).path, made.at(2));
        QVERIFY(!QFileInfo::exists(made.at(0)) && !QFileInfo::exists(made.at(1)));
        QCOMPARE(noteIn(listed.at(0).path), u"note 4"_s);
        QCOMPARE(listed.at(0).reason, u"scheduled"_s);
        for (const QString &f : foreign)
            QCOMPARE(readFile(folder + u'/' + f), QByteArray("mine"));
        // A name is strict both ways.
        QVERIFY(!BackupName::parse(u"prune-20260101T000000000Z-manual.gdpra"_s, u"/x/other.gdpra"_s));
        QVERIFY(BackupName::parse(u"prune-20260101T000000000Z-manual.gdpra"_s, u"/x/prune.gdpra"_s));
        QCOMPARE(BackupName::cleanReason(u"Before Restore!"_s), u"before-restore"_s);
    }

    void restoreRoundTrip()
    {
        const QString file = filled(u"round.gdpra"_s, u"kept"_s);
        QString backupPath;
        {
            auto doc = AssessmentDocument::open(file);
            QVERIFY(doc);
            auto b = write((*doc)->repository().file(), u"manual"_s, BackupPolicy {});
            QVERIFY(b);
            backupPath = b->path;
            setNote(**doc, u"changed later"_s);
            // Restoring while the file is open for writing is refused.
            auto busy = restore(file, backupPath, BackupPolicy {});
            QVERIFY(!busy);
            QVERIFY2(busy.error().message.contains(u"not restored"_s), qPrintable(busy.error().message));
            QCOMPARE(noteIn(file), u"changed later"_s);
        }
        auto done = restore(file, backupPath, BackupPolicy {});
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        QVERIFY(done->safetyCopy);
        QCOMPARE(done->safetyCopy->reason, u"before-restore"_s);
        QCOMPARE(noteIn(done->safetyCopy->path), u"changed later"_s);
        QVERIFY(done->damagedAside.isEmpty());
        auto reopened = AssessmentDocument::open(file);
        QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().message));
        const qint64 ref = (*reopened)->questionnaires().first().ref;
        QCOMPARE((*reopened)->answer(ref, QLatin1StringView(kQuestion)).note, u"kept"_s);
        QCOMPARE((*reopened)->answer(ref, u"scope.uses-cookies"_s).value, u"yes"_s);
        // The restored file is an ordinary writable assessment again.
        setNote(**reopened, u"after restore"_s);
        QVERIFY(lifecycle::TrailVerifier((*reopened)->repository()).verify((*reopened)->assessment().id).ok());
    }

    void aDamagedBackupIsRefused()
    {
        const QString file = filled(u"refuse.gdpra"_s, u"x"_s);
        auto b = writeFromPath(file, u"manual"_s, BackupPolicy {});
        QVERIFY(b);
        // Damage a page in the middle of a second copy with a valid name.
        const QString bad = QFileInfo(b->path).absolutePath() + u"/refuse-29991231T000000000Z-manual.gdpra"_s;
        QVERIFY(QFile::copy(b->path, bad));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(16384)); // page 2's b-tree header
            QVERIFY(f.write(QByteArray(64, '\xff')) == 64);
        }
        QVERIFY(!check(bad));
        QCOMPARE(list(file, BackupPolicy {}).first().path, bad); // newest by name
        QCOMPARE(newestGood(file, BackupPolicy {})->path, b->path);
        const QByteArray before = fileHash(file);
        auto refused = restore(file, bad, BackupPolicy {});
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"does not pass the checks"_s), qPrintable(refused.error().message));
        QCOMPARE(fileHash(file), before);
    }

    void consistentWhileAnotherConnectionWrites()
    {
        // The writer commits a numbered note in a loop on its own connection
        // in its own thread; backups are taken from a read-only connection
        // meanwhile. Each must pass integrity_check and hold exactly the
        // state after some commit between the one before it started and the
        // one after it finished, with an intact hash chain.
        const QString file = filled(u"busy.gdpra"_s, u"0"_s);
        std::atomic<int> committed {0};
        std::atomic<bool> stop {false};
        std::atomic<bool> failed {false};
        std::thread writer([&] {
            auto doc = AssessmentDocument::open(file);
            if (!doc) {
                failed = true;
                return;
            }
            const qint64 ref = (*doc)->questionnaires().first().ref;
            for (int k = 1; !stop && k < 100000; ++k) {
                if (!(*doc)->setAnswer(ref, QLatin1StringView(kQuestion), QString::number(k % 3), QString::number(k))) {
                    failed = true;
                    return;
                }
                committed = k;
            }
        });
        auto join = qScopeGuard([&] {
            stop = true;
            writer.join();
        });
        BackupPolicy policy {path(u"busy-backups"_s), 100};
        int taken = 0;
        for (int round = 0; round < 8 && !failed; ++round) {
            while (committed < (round + 1) * 20 && !failed)
                QThread::msleep(1);
            const int before = committed;
            auto b = writeFromPath(file, u"scheduled"_s, policy);
            const int after = committed;
            QVERIFY2(b, qPrintable(b ? QString() : b.error().message));
            QVERIFY(check(b->path));
            const int n = noteIn(b->path).toInt();
            QVERIFY2(n >= before && n <= after, qPrintable(u"%1 not in [%2, %3]"_s.arg(n).arg(before).arg(after)));
            QCOMPARE(readValue(b->path,
                               u"SELECT value FROM answer WHERE question_id = '%1'"_s.arg(QLatin1StringView(kQuestion)))
                         .toString(),
                     QString::number(n % 3));
            auto copy = AssessmentDocument::open(b->path, AssessmentFile::Mode::ReadOnly);
            QVERIFY(copy);
            QVERIFY(lifecycle::TrailVerifier((*copy)->repository()).verify((*copy)->assessment().id).ok());
            ++taken;
        }
        QVERIFY(!failed);
        QCOMPARE(taken, 8);
        join.dismiss();
        stop = true;
        writer.join();
        QVERIFY(committed > 160);
        qInfo("8 backups taken while %d answers were committed", int(committed));
    }

    void migrationIsBackedUpAtTheOldFormat()
    {
        installMigrationBackup();
        auto uninstall = qScopeGuard([] { AssessmentFile::setBeforeMigration({}); });
        const QString file = olderFormat(u"format2.gdpra"_s, 2);
        {
            auto opened = AssessmentFile::open(file);
            QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
            QCOMPARE((*opened)->schemaVersion(), AssessmentFile::kSchemaVersion);
        }
        const QList<BackupInfo> made = list(file, BackupPolicy {});
        QCOMPARE(made.size(), 1);
        QCOMPARE(made.first().reason, u"before-format-3-upgrade"_s);
        QCOMPARE(readValue(made.first().path, u"PRAGMA user_version"_s).toInt(), 2);
        QVERIFY(check(made.first().path));
        // A file already at the current format is not copied again.
        QVERIFY(AssessmentFile::open(file));
        QCOMPARE(list(file, BackupPolicy {}).size(), 1);

        // No backup possible: no upgrade either; the file stays at format 1.
        const QString stuck = olderFormat(u"format1.gdpra"_s, 1);
        QVERIFY(writeFile(path(u"not-a-folder"_s), "x"));
        setDefaultPolicy(BackupPolicy {path(u"not-a-folder/sub"_s), 10});
        auto restorePolicy = qScopeGuard([] { setDefaultPolicy(BackupPolicy {}); });
        auto refused = AssessmentFile::open(stuck);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"left at format 1"_s), qPrintable(refused.error().message));
        QCOMPARE(readValue(stuck, u"PRAGMA user_version"_s).toInt(), 1);
    }

    void signOffIsBackedUpFirst()
    {
        const QString file = filled(u"signed.gdpra"_s, u"before signing"_s);
        auto doc = AssessmentDocument::open(file);
        QVERIFY(doc);
        lifecycle::LifecycleRepository lifecycle((*doc)->repository());
        auto signedOff = lifecycle.signOff((*doc)->assessment().id, {u"Dana"_s, u"DPO"_s, u"Adequate."_s});
        QVERIFY2(signedOff, qPrintable(signedOff ? QString() : signedOff.error().message));
        const QList<BackupInfo> made = list(file, BackupPolicy {});
        QCOMPARE(made.size(), 1);
        QCOMPARE(made.first().reason, u"sign-off"_s);
        QCOMPARE(readValue(made.first().path, u"SELECT COUNT(*) FROM sign_off"_s).toInt(), 0);
        QCOMPARE(readValue(file, u"SELECT COUNT(*) FROM sign_off"_s).toInt(), 1);
        // A second sign-off is refused before any copy is made.
        QVERIFY(!lifecycle.signOff((*doc)->assessment().id, {u"Dana"_s, u"DPO"_s, u"Again."_s}));
        QCOMPARE(list(file, BackupPolicy {}).size(), 1);
    }

    void commandLine()
    {
        const QString file = filled(u"cli.gdpra"_s, u"cli note"_s);
        const QString folder = path(u"cli-backups"_s);
        CliRun r = runCli({u"backup"_s, file, u"--to"_s, folder, u"--keep"_s, u"2"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(u"Backed up "_s) && r.out.contains(u"integrity checked"_s), qPrintable(r.out));
        QCOMPARE(runCli({u"backup"_s, file, u"--to"_s, folder, u"--keep"_s, u"2"_s}).code, 0);
        QCOMPARE(runCli({u"backup"_s, file, u"--to"_s, folder, u"--keep"_s, u"2"_s}).code, 0);
        QCOMPARE(runCli({u"backup"_s, file, u"--keep"_s, u"0"_s}).code, 2);
        r = runCli({u"backups"_s, file, u"--to"_s, folder, u"--json"_s, u"--check"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray rows = r.json().value(u"backups"_s).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(u"answers"_s).toInt(), 2);
        QVERIFY(rows.at(0).toObject().value(u"good"_s).toBool());
        r = runCli({u"backups"_s, file, u"--to"_s, folder});
        QVERIFY2(r.out.contains(u"manual"_s) && r.out.contains(u"2 answers"_s), qPrintable(r.out));
        const QString chosen = rows.at(1).toObject().value(u"path"_s).toString();
        {
            auto doc = AssessmentDocument::open(file);
            QVERIFY(doc);
            setNote(**doc, u"newer"_s);
            r = runCli({u"restore"_s, file, chosen, u"--to"_s, folder});
            QCOMPARE(r.code, 1); // open for writing: refused
            QVERIFY2(r.err.contains(u"not restored"_s), qPrintable(r.err));
        }
        r = runCli({u"restore"_s, file, chosen, u"--to"_s, folder});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"before-restore"_s), qPrintable(r.out));
        QCOMPARE(noteIn(file), u"cli note"_s);
    }

    void damagedFileNamesItsNewestGoodBackup()
    {
        const QString file = filled(u"damaged.gdpra"_s, u"good state"_s);
        auto b = writeFromPath(file, u"manual"_s, BackupPolicy {});
        QVERIFY(b);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(16384)); // page 2's b-tree header
            QVERIFY(f.write(QByteArray(64, '\x5a')) == 64);
        }
        const QByteArray damaged = fileHash(file);
        CliRun r = runCli({u"score"_s, file});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"the newest good backup is "_s + QDir::toNativeSeparators(b->path)),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(u"gdpr-readiness restore "_s), qPrintable(r.err));
        r = runCli({u"restore"_s, file, b->path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"The damaged file is kept as "_s), qPrintable(r.out));
        const QStringList aside = QDir(m_dir.path()).entryList({u"damaged.damaged-*.gdpra"_s});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(fileHash(m_dir.filePath(aside.first())), damaged); // kept, untouched
        QCOMPARE(noteIn(file), u"good state"_s);
        QCOMPARE(runCli({u"score"_s, file}).code, 0);
    }

    void diskFullLeavesNothingHalfWritten()
    {
        const QString file = filled(u"full.gdpra"_s, u"safe"_s);
        const QString mount = path(u"tiny"_s);
        QVERIFY(QDir().mkpath(mount));
        if (QProcess::execute(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=1m"_s, u"tmpfs"_s, mount}) != 0)
            QSKIP("cannot mount a tmpfs here (needs root); the full disk is not simulated");
        auto unmount = qScopeGuard([&] { QProcess::execute(u"umount"_s, {mount}); });
        QFile filler(mount + u"/filler"_s);
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size() && filler.flush()) { }
        filler.close();
        // Leave a little room, less than one copy of the file needs.
        QVERIFY(filler.resize(filler.size() - 3 * 4096));
        auto doc = AssessmentDocument::open(file);
        QVERIFY(doc);
        auto b = write((*doc)->repository().file(), u"scheduled"_s, BackupPolicy {mount + u"/backups"_s, 10});
        QVERIFY(!b);
        QVERIFY2(
            b.error().message.contains(u"is full. The assessment is unaffected and the unfinished copy was removed"_s),
            qPrintable(b.error().message));
        QCOMPARE(QDir(mount + u"/backups"_s).entryList(QDir::Files | QDir::Hidden | QDir::System).size(), 0);
        // The assessment goes on as before.
        setNote(**doc, u"still writable"_s);
        QCOMPARE(noteIn(file), u"still writable"_s);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
