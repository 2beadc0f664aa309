// What keeps an assessment from being lost through its surroundings: output
// paths that resolve to it, stray companion files, second names (hard links,
// symbolic links), dead lock owners, a full disk and planted schema objects.
// Every refusal is checked to leave the file byte-for-byte as it was.
#include "AssessmentDocument.h"
#include "AssessmentOpener.h"
#include "OutputPathGuard.h"
#include "QueryBudget.h"
#include "QuestionnaireLoader.h"
#include "StorageError.h"
#include "TestSupport.h"

#include <QLockFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace readiness;
using namespace testsupport;

class TestFileSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Questionnaire m_questionnaire;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// SHA-256 of the file and of each companion that exists.
    QStringList hashes(const QString &p) const
    {
        QStringList out;
        // A missing log and an empty one are the same to SQLite (a reader
        // may create an empty -wal); any byte in it counts.
        static const QByteArray empty = QCryptographicHash::hash({}, QCryptographicHash::Sha256).toHex();
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-journal"_s}) {
            const QByteArray hash = QFile::exists(p + suffix) ? fileHash(p + suffix) : empty;
            out << suffix + u"="_s + QString::fromLatin1(hash);
        }
        return out;
    }

    static bool link(const QString &from, const QString &to)
    {
        return ::link(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
    }

    static void addDates(AssessmentDocument &doc, int count, const QString &tag)
    {
        for (int i = 0; i < count; ++i)
            // Labels near their limit of 200 characters: the file grows fast.
            QVERIFY(
                doc.addKeyDate({0, QString(tag + QString(300, u'x')).left(190) + QString::number(i), QDate(2027, 1, 1)})
                    .ok());
    }

    AssessmentDocument::NewAssessment spec() const { return exampleSpec(m_questionnaire); }

    std::unique_ptr<AssessmentDocument> newDocument(const QString &name)
    {
        return createExampleDocument(path(name), m_questionnaire);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto q = exampleQuestionnaire();
        QVERIFY(q.ok());
        m_questionnaire = *q;
    }

    void outputGuardRefusesEveryNameOfTheAssessment()
    {
        const QString a = path(u"guard.gdpra"_s);
        auto doc = newDocument(u"guard.gdpra"_s);
        QVERIFY(QFile::link(a, path(u"board.pdf"_s)));
        QVERIFY(QFile::link(a + u"-wal"_s, path(u"dangling.pdf"_s)));
        QVERIFY(QFile::link(path(u"board.pdf"_s), path(u"chain.pdf"_s)));
        QVERIFY(QFile::link(m_dir.path(), path(u"same-folder"_s)));
        QCOMPARE(::link(QFile::encodeName(a).constData(), QFile::encodeName(path(u"hard.gdpra"_s)).constData()), 0);
        const QStringList refused {a,
                                   path(u"./guard.gdpra"_s),
                                   path(u"board.pdf"_s),
                                   path(u"chain.pdf"_s),
                                   path(u"dangling.pdf"_s),
                                   path(u"hard.gdpra"_s),
                                   a + u"-wal"_s,
                                   a + u"-shm"_s,
                                   a + u".lock"_s,
                                   path(u"same-folder/guard.gdpra"_s),
                                   path(u"same-folder/guard.gdpra-shm"_s)};
        for (const QString &out : refused) {
            const Status s = OutputPathGuard::check(out, a);
            QVERIFY2(!s, qPrintable(out));
            QVERIFY2(s.error().message.startsWith(u"refusing to write "_s), qPrintable(s.error().message));
            // Through a link to the assessment, the other way round too.
            QVERIFY2(!OutputPathGuard::check(out, path(u"board.pdf"_s)), qPrintable(out));
        }
        for (const QString &out :
             QStringList {path(u"guard.pdf"_s), path(u"guard.gdpra.pdf"_s), path(u"other/guard.gdpra"_s)})
            QVERIFY2(OutputPathGuard::check(out, a).ok(), qPrintable(out));
        QFile::remove(path(u"hard.gdpra"_s));
    }

    void evidenceCopyNeverReplacesTheAssessment()
    {
        const QString a = path(u"copy.gdpra"_s);
        auto doc = newDocument(u"copy.gdpra"_s);
        const QString src = path(u"scan.txt"_s);
        QVERIFY(writeFile(src, "evidence bytes"));
        auto e = doc->importEvidence(doc->questionnaires().first().ref, u"cookies.consent-before-setting"_s, src);
        QVERIFY(e.ok());
        QVERIFY(QFile::link(a, path(u"copy-link.txt"_s)));
        const QByteArray before = fileHash(a);
        for (const QString &target : QStringList {a, path(u"copy-link.txt"_s), a + u"-wal"_s}) {
            const Status s = doc->evidenceStore().exportToFile(e->id, target);
            QVERIFY2(!s, qPrintable(target));
            QVERIFY(s.error().message.startsWith(u"refusing to write "_s));
        }
        QCOMPARE(fileHash(a), before);
        QVERIFY(QFileInfo(path(u"copy-link.txt"_s)).isSymLink());
        QVERIFY(doc->evidenceStore().exportToFile(e->id, path(u"copy-ok.txt"_s)).ok());
        QCOMPARE(readFile(path(u"copy-ok.txt"_s)), QByteArray("evidence bytes"));
    }

    void strayLogFromAnotherAssessmentIsRefusedUntouched()
    {
        // A healthy file with another assessment's -wal beside it: SQLite
        // would replay the stranger's pages into it on the first read-write
        // open and checkpoint them on close. It used to report "damaged
        // ... not changed" after doing exactly that.
        const QString a = path(u"stray-a.gdpra"_s);
        {
            auto doc = newDocument(u"stray-a.gdpra"_s);
            addDates(*doc, 3, u"a"_s);
        }
        QVERIFY(!QFile::exists(a + u"-wal"_s));
        {
            auto other = newDocument(u"stray-b.gdpra"_s);
            addDates(*other, 60, u"b"_s);
            QVERIFY(QFileInfo(path(u"stray-b.gdpra-wal"_s)).size() > 0);
            QVERIFY(QFile::copy(path(u"stray-b.gdpra-wal"_s), a + u"-wal"_s));
        }
        const QStringList before = hashes(a);
        AssessmentFile::Failure failure = AssessmentFile::Failure::None;
        auto doc = AssessmentDocument::open(a, AssessmentFile::Mode::ReadWrite, &failure);
        QVERIFY(!doc);
        QCOMPARE(failure, AssessmentFile::Failure::Corrupt);
        QVERIFY2(doc.error().message.contains(u"belongs to another assessment file"_s),
                 qPrintable(doc.error().message));
        QCOMPARE(hashes(a), before);
        // The GUI's path: the opener on its worker thread.
        {
            AssessmentOpener opener(a, AssessmentFile::Mode::ReadWrite);
            AssessmentOpener::Outcome outcome = opener.take();
            QVERIFY(!outcome.document);
            QCOMPARE(outcome.failure, AssessmentFile::Failure::Corrupt);
        }
        QCOMPARE(hashes(a), before);
        QVERIFY(!AssessmentDocument::open(a, AssessmentFile::Mode::ReadOnly));
        QCOMPARE(hashes(a), before);
        // The advice works: with the stranger's log moved away, the file is whole.
        QVERIFY(QFile::rename(a + u"-wal"_s, path(u"moved-away.wal"_s)));
        QFile::remove(a + u"-shm"_s);
        auto healed = AssessmentDocument::open(a);
        QVERIFY2(healed, qPrintable(healed ? QString() : healed.error().message));
        QCOMPARE((*healed)->keyDates().size(), 3);
    }

    void logOfAnotherPageSizeIsRefusedUntouched()
    {
        const QString a = path(u"pagesize.gdpra"_s);
        newDocument(u"pagesize.gdpra"_s).reset();
        QByteArray header(32, '\0');
        qToBigEndian<quint32>(0x377f0682, header.data());
        qToBigEndian<quint32>(3007000, header.data() + 4);
        qToBigEndian<quint32>(4096, header.data() + 8);
        QVERIFY(writeFile(a + u"-wal"_s, header + QByteArray(4096 + 24, 'z')));
        const QStringList before = hashes(a);
        AssessmentFile::Failure failure = AssessmentFile::Failure::None;
        auto doc = AssessmentDocument::open(a, AssessmentFile::Mode::ReadWrite, &failure);
        QVERIFY(!doc);
        QCOMPARE(failure, AssessmentFile::Failure::Corrupt);
        QVERIFY2(doc.error().message.contains(u"belongs to another database (page size 4096"_s),
                 qPrintable(doc.error().message));
        QCOMPARE(hashes(a), before);
        // Something that is no SQLite log at all under the -wal name: SQLite
        // would silently reset it.
        QVERIFY(writeFile(a + u"-wal"_s, QByteArray(64, 'r')));
        const QStringList before2 = hashes(a);
        QVERIFY(!AssessmentDocument::open(a));
        QCOMPARE(hashes(a), before2);
    }

    void hardLinkIsRefusedForWriting()
    {
        const QString a = path(u"linked.gdpra"_s);
        newDocument(u"linked.gdpra"_s).reset();
        const QString b = path(u"linked-snapshot.gdpra"_s);
        QVERIFY(link(a, b));
        const QStringList before = hashes(a);
        for (const QString &name : {a, b}) {
            AssessmentFile::Failure failure = AssessmentFile::Failure::None;
            auto doc = AssessmentDocument::open(name, AssessmentFile::Mode::ReadWrite, &failure);
            QVERIFY(!doc);
            QCOMPARE(failure, AssessmentFile::Failure::SecondName);
            QVERIFY2(doc.error().message.contains(u"has 2 names on this disk"_s), qPrintable(doc.error().message));
            QVERIFY(doc.error().message.contains(u"cp "_s));
            QVERIFY(AssessmentDocument::open(name, AssessmentFile::Mode::ReadOnly).ok());
        }
        QCOMPARE(hashes(a), before);
        QVERIFY(QFile::remove(b));
        QVERIFY(AssessmentDocument::open(a).ok());
    }

    void secondNameCannotWriteWhileOpen()
    {
        // The OS lock is on the file itself: a second name made while the
        // first writer works (a hard link, as a backup tool makes; a bind
        // mount behaves the same) cannot open it for writing too.
        const QString a = path(u"held.gdpra"_s);
        auto first = newDocument(u"held.gdpra"_s);
        const QString b = path(u"held-second.gdpra"_s);
        QVERIFY(link(a, b));
        AssessmentFile::Failure failure = AssessmentFile::Failure::None;
        auto second = AssessmentDocument::open(b, AssessmentFile::Mode::ReadWrite, &failure);
        QVERIFY(!second);
        QCOMPARE(failure, AssessmentFile::Failure::Locked);
        QVERIFY2(second.error().message.contains(u"possibly under another name"_s), qPrintable(second.error().message));
        QVERIFY(!QFile::exists(b + u".lock"_s));
        QVERIFY(!QFile::exists(b + u"-wal"_s));
        // Through a symbolic link: the same lock file as the real name.
        QVERIFY(QFile::link(a, path(u"held-symlink.gdpra"_s)));
        QVERIFY(!AssessmentDocument::open(path(u"held-symlink.gdpra"_s)));
        QVERIFY(!QFile::exists(path(u"held-symlink.gdpra.lock"_s)));
        first.reset();
        QVERIFY(QFile::remove(b));
    }

    void concurrentWritersThroughSeveralNamesLoseNothing()
    {
        // Writers through the real name, a symbolic link and a hard link, at
        // once: whatever one of them reports as saved is in the file after.
        const QString a = path(u"busy.gdpra"_s);
        newDocument(u"busy.gdpra"_s).reset();
        QVERIFY(QFile::link(a, path(u"busy-symlink.gdpra"_s)));
        const QStringList names {a, path(u"busy-symlink.gdpra"_s)};
        auto run = [&](const QStringList &through) {
            QList<QStringList> saved(through.size());
            std::vector<std::thread> writers;
            for (qsizetype w = 0; w < through.size(); ++w)
                writers.emplace_back([&, w] {
                    for (int i = 0; i < 15; ++i) {
                        auto doc = AssessmentDocument::open(through.at(w));
                        if (!doc)
                            continue;
                        const QString label = u"writer %1 round %2 via %3"_s.arg(w).arg(i).arg(through.at(w));
                        if ((*doc)->addKeyDate({0, label, QDate(2027, 2, 1)}).ok())
                            saved[w] << label;
                    }
                });
            for (auto &t : writers)
                t.join();
            return saved;
        };
        // Phase one, with a hard link as well: it makes two names, so every
        // writer is refused and nothing can be lost.
        QVERIFY(link(a, path(u"busy-hard.gdpra"_s)));
        QList<QStringList> saved = run(names + QStringList {path(u"busy-hard.gdpra"_s)});
        QVERIFY(saved.at(2).isEmpty());
        QVERIFY(QFile::remove(path(u"busy-hard.gdpra"_s)));
        saved += run(names);
        auto doc = AssessmentDocument::open(a, AssessmentFile::Mode::ReadOnly);
        QVERIFY(doc);
        QStringList stored;
        for (const KeyDate &k : (*doc)->keyDates())
            stored << k.label;
        int committed = 0;
        for (const QStringList &list : saved)
            for (const QString &label : list) {
                ++committed;
                QVERIFY2(stored.contains(label), qPrintable(label));
            }
        QVERIFY(committed > 0);
        QCOMPARE(stored.size(), committed);
    }

    void emptyLockFileIsTakenOver()
    {
        // The owner died between creating the lock file and writing it.
        const QString a = path(u"emptylock.gdpra"_s);
        newDocument(u"emptylock.gdpra"_s).reset();
        QVERIFY(writeFile(a + u".lock"_s, QByteArray()));
        auto doc = AssessmentDocument::open(a);
        QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().message));
        QCOMPARE((*doc)->notices().size(), 1);
        QVERIFY2((*doc)->notices().first().contains(u"took over an empty lock file"_s),
                 qPrintable((*doc)->notices().first()));
        doc = makeError(QString());
        QVERIFY(!QFile::exists(a + u".lock"_s));
    }

    void deadOwnersLockWithRemovalLockIsTakenOver()
    {
        // A lock naming a process that is gone, and an empty "<lock>.rmlock"
        // from a crash while breaking it: a 30-second lockout before.
        const QString a = path(u"deadlock.gdpra"_s);
        newDocument(u"deadlock.gdpra"_s).reset();
        QVERIFY(
            writeFile(a + u".lock"_s, "2147483646\ngdpr-readiness\n" + QSysInfo::machineHostName().toUtf8() + "\n"));
        QVERIFY(writeFile(a + u".lock.rmlock"_s, QByteArray()));
        auto doc = AssessmentDocument::open(a);
        QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().message));
        QCOMPARE((*doc)->notices().size(), 1);
        QVERIFY2((*doc)->notices().first().contains(u"took over the lock left by process 2147483646"_s),
                 qPrintable((*doc)->notices().first()));
        QVERIFY(!QFile::exists(a + u".lock.rmlock"_s));
    }

    void liveOwnersLockIsRespected()
    {
        // A lock file naming a live process (this one) whose OS lock is not
        // held, as an older version of the program leaves it: not taken over.
        const QString a = path(u"livelock.gdpra"_s);
        newDocument(u"livelock.gdpra"_s).reset();
        QLockFile held(a + u".lock"_s);
        QVERIFY(held.tryLock(0));
        AssessmentFile::Failure failure = AssessmentFile::Failure::None;
        auto doc = AssessmentDocument::open(a, AssessmentFile::Mode::ReadWrite, &failure);
        QVERIFY(!doc);
        QCOMPARE(failure, AssessmentFile::Failure::Locked);
        QVERIFY(doc.error().message.contains(u"(process %1 on "_s.arg(QCoreApplication::applicationPid())));
    }

    void plantedTriggersAndViewsAreRefusedUntouched_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("named");
        QTest::newRow("trigger that swallows answers")
            << u"CREATE TRIGGER keep BEFORE INSERT ON answer BEGIN SELECT RAISE(IGNORE); END"_s << u"trigger keep"_s;
        QTest::newRow("recursive view")
            << u"CREATE VIEW forever AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
               "SELECT x FROM c"_s
            << u"view forever"_s;
        QTest::newRow("extra table") << u"CREATE TABLE stash (x)"_s << u"table stash"_s;
        QTest::newRow("changed table") << u"DROP TABLE key_date"_s << u"table key_date (missing or changed)"_s;
    }

    void plantedTriggersAndViewsAreRefusedUntouched()
    {
        QFETCH(QString, statement);
        QFETCH(QString, named);
        const QString a
            = path(u"planted-%1.gdpra"_s.arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-'));
        {
            auto doc = AssessmentDocument::create(a, spec());
            QVERIFY(doc);
        }
        {
            const QString connection = u"planting"_s;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
                db.setDatabaseName(a);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
                QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
                q.finish();
                db.close();
            }
            QSqlDatabase::removeDatabase(connection);
        }
        const QStringList before = hashes(a);
        for (auto mode : {AssessmentFile::Mode::ReadWrite, AssessmentFile::Mode::ReadOnly}) {
            AssessmentFile::Failure failure = AssessmentFile::Failure::None;
            auto doc = AssessmentDocument::open(a, mode, &failure);
            QVERIFY(!doc);
            QCOMPARE(failure, AssessmentFile::Failure::ForeignSchema);
            QVERIFY2(doc.error().message.contains(named), qPrintable(doc.error().message));
            QCOMPARE(hashes(a), before);
        }
    }

    void everyQueryIsBounded()
    {
        // A statement that never ends (what a crafted view or trigger does)
        // is stopped instead of hanging the command.
        QueryBudget::setDefaultSteps(50'000'000);
        auto doc = newDocument(u"bounded.gdpra"_s);
        QueryBudget::setDefaultSteps(QueryBudget::kDefaultSteps);
        auto endless = doc->repository().run(
            u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"_s);
        QVERIFY(!endless);
        QVERIFY2(endless.error().message.contains(u"ran far too long and was stopped"_s),
                 qPrintable(endless.error().message));
        // The connection stays usable, and each statement gets a fresh budget.
        for (int i = 0; i < 3; ++i) {
            auto bounded = doc->repository().run(
                u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 200000) "
                "SELECT count(*) FROM c"_s);
            QVERIFY2(bounded, qPrintable(bounded ? QString() : bounded.error().message));
        }
        auto trusted = doc->repository().run(u"PRAGMA trusted_schema"_s);
        QVERIFY(trusted && trusted->next());
        QCOMPARE(trusted->value(0).toInt(), 0);
    }

    void diskFullIsReportedAsSuch()
    {
        // A tiny tmpfs, where mounting is allowed (root in a container or a
        // VM); the mapping itself is checked everywhere.
        QSqlError full(u"driver"_s, u"database or disk is full"_s, QSqlError::StatementError, u"13"_s);
        QVERIFY(StorageError::isDiskFull(full));
        QVERIFY(!StorageError::isDiskFull(QSqlError(u"d"_s, u"x"_s, QSqlError::StatementError, u"11"_s)));
        QCOMPARE(sqlErrorText(full), u"the disk is full; nothing was lost. Free some space and try again"_s);

        const QString mount = path(u"tiny"_s);
        QVERIFY(QDir().mkpath(mount));
        // 2 MiB: a new file of format 3 (more tables and triggers, 16 KiB
        // pages) and its log no longer fit in 1 MiB; the filler below
        // takes whatever is left either way.
        if (QProcess::execute(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=2m"_s, u"tmpfs"_s, mount}) != 0)
            QSKIP("cannot mount a tmpfs here (needs root); the mapping above was checked");
        auto unmount = qScopeGuard([&] { QProcess::execute(u"umount"_s, {mount}); });
        const QString a = mount + u"/full.gdpra"_s;
        {
            auto doc = AssessmentDocument::create(a, spec());
            QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().message));
            addDates(**doc, 2, u"kept"_s);
            // Fill the rest of the disk.
            QFile filler(mount + u"/filler"_s);
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray block(4096, 'f');
            while (filler.write(block) == block.size() && filler.flush()) { }
            filler.close();
            Status s = success();
            // Action notes (up to 20,000 characters each) fill the disk.
            auto action = [](const QString &notes) {
                ActionRecord a;
                a.title = u"Fill the disk"_s;
                a.notes = notes;
                return a;
            };
            for (int i = 0; i < 50 && s; ++i)
                s = (*doc)->addAction(action(QString(2000, u'y') + QString::number(i))).ok()
                    ? success()
                    : Status(makeError(u"failed"_s));
            auto last = (*doc)->addAction(action(QString(4000, u'z')));
            QVERIFY(!last);
            QVERIFY2(last.error().message.contains(u"the disk is full; nothing was lost"_s),
                     qPrintable(last.error().message));
            // Reports, exports and saved copies (QSaveFile) say the same.
            QVERIFY(StorageError::writeFailed(mount + u"/report.pdf"_s, u"Unknown error"_s)
                        .contains(u"the disk is full; nothing was lost"_s));
            QVERIFY(StorageError::writeFailed(path(u"report.pdf"_s), u"Unknown error"_s).startsWith(u"cannot write"_s));
            // `new` on the full disk: nothing left at its name.
            auto fresh = AssessmentDocument::create(mount + u"/new.gdpra"_s, spec());
            QVERIFY(!fresh);
            QVERIFY2(fresh.error().message.contains(u"disk is full"_s), qPrintable(fresh.error().message));
            QVERIFY(!QFile::exists(mount + u"/new.gdpra"_s));
            QCOMPARE(QDir(mount).entryList(QDir::Files | QDir::Hidden).filter(u"new.gdpra"_s), QStringList());
        }
        QFile::remove(mount + u"/filler"_s);
        auto doc = AssessmentDocument::open(a);
        QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().message));
        int kept = 0;
        for (const KeyDate &k : (*doc)->keyDates())
            kept += k.label.startsWith(u"kept"_s);
        QCOMPARE(kept, 2);
    }

    void pendingRollbackJournalIsNotCalledDamaged()
    {
        // A file in rollback-journal mode whose writer died mid-change: a
        // read-only command cannot roll the journal back, which is no damage.
        const QString a = path(u"journal.gdpra"_s);
        {
            auto doc = newDocument(u"journal.gdpra"_s);
            addDates(*doc, 2, u"before"_s);
        }
        auto raw = [&](const QString &name, const QStringList &statements, bool dieMidway) {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                db.setDatabaseName(a);
                if (!db.open())
                    return false;
                QSqlQuery q(db);
                for (const QString &statement : statements)
                    if (!q.exec(statement))
                        return false;
                if (dieMidway)
                    ::_exit(0); // no commit, no close: the journal stays hot
                q.finish();
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
            return true;
        };
        QVERIFY(raw(u"to-rollback-mode"_s, {u"PRAGMA journal_mode = DELETE"_s}, false));
        const pid_t child = ::fork();
        if (child == 0) {
            QStringList statements {u"PRAGMA cache_size = 2"_s, u"BEGIN"_s};
            for (int i = 0; i < 200; ++i)
                statements << u"INSERT INTO change_log (at, actor, action, entity, entity_key) "
                              "VALUES ('x', '%1', 'a', 'e', 'k')"_s.arg(QString(4000, u'q'));
            raw(u"dying-writer"_s, statements, true);
            ::_exit(1);
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(QFileInfo(a + u"-journal"_s).size() > 0);
        const QStringList before = hashes(a);
        AssessmentFile::Failure failure = AssessmentFile::Failure::None;
        auto viewer = AssessmentDocument::open(a, AssessmentFile::Mode::ReadOnly, &failure);
        QVERIFY(!viewer);
        QCOMPARE(failure, AssessmentFile::Failure::PendingRecovery);
        QVERIFY2(viewer.error().message.contains(u"has an unfinished change"_s), qPrintable(viewer.error().message));
        QCOMPARE(hashes(a), before);
        // Opening it for writing finishes the recovery, and all is there.
        auto doc = AssessmentDocument::open(a);
        QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().message));
        QCOMPARE((*doc)->keyDates().size(), 2);
        QVERIFY(!QFile::exists(a + u"-journal"_s));
    }

    void newNeverTakesACompanionName()
    {
        // The new-assessment dialog and `new -o`: a file named like another
        // assessment's -wal would be reset by SQLite when that one opens.
        auto doc = newDocument(u"named.gdpra"_s);
        for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s, u".lock"_s}) {
            const QString p = path(u"other.gdpra"_s + suffix);
            auto file = AssessmentFile::create(p);
            QVERIFY2(!file, qPrintable(p));
            QVERIFY2(file.error().message.contains(u"names ending in "_s + suffix), qPrintable(file.error().message));
            QVERIFY(!QFile::exists(p));
        }
        QVERIFY(QDir(m_dir.path()).entryList({u".*creating"_s}, QDir::Files | QDir::Hidden).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFileSafety)
#include "tst_filesafety.moc"
