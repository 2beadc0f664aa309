#include "AssessmentDocument.h"
#include "AssessmentOpener.h"
#include "QuestionnaireLoader.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace readiness;
using namespace testsupport;

class TestAssessmentFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Questionnaire m_questionnaire;

    QString path(const QString &name) const { return m_dir.filePath(name); }

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

    void createSetsApplicationFormat()
    {
        {
            auto doc = newDocument(u"format.gdpra"_s);
            QSqlDatabase db = doc->repository().file().database();
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA application_id"_s) && q.next());
            QCOMPARE(q.value(0).toUInt(), AssessmentFile::kApplicationId);
            QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), AssessmentFile::kSchemaVersion);
            QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"wal"_s);
            QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(q.exec(u"PRAGMA synchronous"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 2); // FULL
            QVERIFY(q.exec(u"PRAGMA busy_timeout"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 5000);
            QVERIFY(q.exec(u"PRAGMA page_size"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 16384);
        }
        // No temporary or partial files are left beside it.
        const QStringList left
            = QDir(m_dir.path()).entryList({u"format.gdpra*"_s, u".format*"_s}, QDir::Files | QDir::Hidden);
        QCOMPARE(left, QStringList {u"format.gdpra"_s});
    }

    void createNeverOverwrites()
    {
        const QString p = path(u"existing.gdpra"_s);
        QVERIFY(writeFile(p, "precious"));
        auto doc = AssessmentDocument::create(p, {{u"X"_s, {}, {}, {}, {}, {}}, {}, {m_questionnaire}});
        QVERIFY(!doc);
        QVERIFY(doc.error().message.contains(u"already exists"_s));
        QCOMPARE(readFile(p), QByteArray("precious"));
    }

    void answersPersistAcrossReopen()
    {
        {
            auto doc = newDocument(u"persist.gdpra"_s);
            const qint64 ref = doc->questionnaires().first().ref;
            QVERIFY(doc->setAnswer(ref, u"scope.uses-cookies"_s, u"yes"_s, {}).ok());
            QVERIFY(doc->setAnswer(ref, u"cookies.consent-before-setting"_s, u"0"_s, u"banner sets GA first"_s).ok());
            auto bad = doc->setAnswer(ref, u"cookies.consent-before-setting"_s, u"7"_s, {});
            QVERIFY(!bad);
            QVERIFY(bad.error().message.contains(u"not a level"_s));
            ActionRecord a;
            a.questionnaireRef = ref;
            a.questionId = u"cookies.consent-before-setting"_s;
            a.title = u"Fix the banner"_s;
            a.dueDate = QDate(2026, 12, 1);
            QVERIFY(doc->addAction(a).ok());
            QVERIFY(doc->addKeyDate({0, u"Board"_s, QDate(2027, 2, 17)}).ok());
        }
        auto doc = AssessmentDocument::open(path(u"persist.gdpra"_s));
        QVERIFY2(doc.ok(), qPrintable(doc ? QString() : doc.error().toString()));
        const qint64 ref = (*doc)->questionnaires().first().ref;
        const AnswerRecord a = (*doc)->answer(ref, u"cookies.consent-before-setting"_s);
        QCOMPARE(a.value, u"0"_s);
        QCOMPARE(a.note, u"banner sets GA first"_s);
        QCOMPARE(a.answeredBy, u"tester"_s);
        QCOMPARE((*doc)->organisation().name, u"Acme Ltd"_s);
        QCOMPARE(*(*doc)->organisation().turnover, 48e6);
        QCOMPARE((*doc)->assessment().targetDate, QDate(2027, 3, 15));
        QCOMPARE((*doc)->actions().size(), 1);
        QCOMPARE((*doc)->keyDates().size(), 1);
        // 0 of 2, critical and below the middle of the scale: a critical gap.
        const ReadinessScore s = (*doc)->score();
        QCOMPARE(*s.percent, 0.0);
        QCOMPARE(s.rag, Rag::Red);
        QCOMPARE(s.criticalGaps, 1);
        // The change log has every write and refuses edits.
        auto log = (*doc)->repository().changeLog();
        QVERIFY(log.ok());
        QVERIFY(log->size() >= 6);
        auto edit = (*doc)->repository().run(u"DELETE FROM change_log"_s);
        QVERIFY(!edit);
        QVERIFY(edit.error().message.contains(u"append-only"_s));
    }

    void frozenQuestionnaireSurvivesBundledChange()
    {
        // The file keeps the exact JSON and hash it was created with.
        auto doc = newDocument(u"frozen.gdpra"_s);
        auto stored = doc->repository().questionnaires(doc->assessment().id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().sha256, m_questionnaire.sha256);
        QCOMPARE(stored->first().json, m_questionnaire.sourceJson);
    }

    void randomBytesAreRefusedUntouched()
    {
        const QString p = path(u"random.gdpra"_s);
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        QRandomGenerator gen(42);
        gen.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        QVERIFY(writeFile(p, bytes));
        const QByteArray before = fileHash(p);
        AssessmentFile::Failure failure;
        auto doc = AssessmentDocument::open(p, AssessmentFile::Mode::ReadWrite, &failure);
        QVERIFY(!doc);
        QCOMPARE(failure, AssessmentFile::Failure::NotAssessment);
        QCOMPARE(doc.error().message, p + u" is not a GDPR Readiness assessment file (it is not an SQLite database)"_s);
        QCOMPARE(fileHash(p), before);
        QVERIFY(!QFile::exists(p + u"-wal"_s));
    }

    void otherSqliteIsRefused()
    {
        const QString p = path(u"other.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            db.setDatabaseName(p);
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"CREATE TABLE t (x)"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        const QByteArray before = fileHash(p);
        auto doc = AssessmentDocument::open(p);
        QVERIFY(!doc);
        QCOMPARE(doc.error().message, p + u" is an SQLite database but not a GDPR Readiness assessment file"_s);
        QCOMPARE(fileHash(p), before);
    }

    void newerVersionIsRefusedUntouched()
    {
        const QString p = path(u"newer.gdpra"_s);
        newDocument(u"newer.gdpra"_s).reset();
        // Another program (a future version) bumps the schema version.
        QCOMPARE(QProcess::execute(u"sqlite3"_s, {p, u"PRAGMA user_version = 99"_s}), 0);
        const QByteArray before = fileHash(p);
        AssessmentFile::Failure failure;
        auto doc = AssessmentDocument::open(p, AssessmentFile::Mode::ReadWrite, &failure);
        QVERIFY(!doc);
        QCOMPARE(failure, AssessmentFile::Failure::TooNew);
        QCOMPARE(
            doc.error().message,
            p
                + u" was written by a newer version of GDPR Readiness (file format 99; this version reads up to %1). "
                  "Update the application to open it; the file was not changed."_s.arg(AssessmentFile::kSchemaVersion));
        QCOMPARE(fileHash(p), before);
    }

    void readOnlyFileIsRefusedForWritingButOpensReadOnly()
    {
        const QString p = path(u"readonly.gdpra"_s);
        {
            auto doc = newDocument(u"readonly.gdpra"_s);
            QVERIFY(doc->setAnswer(doc->questionnaires().first().ref, u"scope.uses-cookies"_s, u"no"_s, {}).ok());
        }
        QVERIFY(QFile::setPermissions(p, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = fileHash(p);
        AssessmentFile::Failure failure;
        auto doc = AssessmentDocument::open(p, AssessmentFile::Mode::ReadWrite, &failure);
        QVERIFY(!doc);
        QCOMPARE(failure, AssessmentFile::Failure::ReadOnly);
        QCOMPARE(doc.error().message, p + u" is read-only (or its folder is); it can be opened read-only"_s);
        auto ro = AssessmentDocument::open(p, AssessmentFile::Mode::ReadOnly);
        QVERIFY2(ro.ok(), qPrintable(ro ? QString() : ro.error().toString()));
        QVERIFY((*ro)->isReadOnly());
        QCOMPARE((*ro)->answer((*ro)->questionnaires().first().ref, u"scope.uses-cookies"_s).value, u"no"_s);
        auto write = (*ro)->setAnswer((*ro)->questionnaires().first().ref, u"scope.uses-cookies"_s, u"yes"_s, {});
        QVERIFY(!write);
        QVERIFY(write.error().message.contains(u"read-only"_s));
        ro->reset();
        QCOMPARE(fileHash(p), before);
        QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner);
    }

    void readOnlyFolderOpensReadOnlyWithoutWritingBeside()
    {
        // A file in a folder without write permission (an installed demo, a
        // read-only share): refused for writing, readable, nothing written.
        QDir dir(m_dir.filePath(u"read-only-folder"_s));
        QVERIFY(dir.mkpath(u"."_s));
        const QString p = dir.filePath(u"shared.gdpra"_s);
        {
            AssessmentDocument::NewAssessment spec;
            spec.organisation.name = u"Shared Ltd"_s;
            spec.questionnaires = {m_questionnaire};
            auto doc = AssessmentDocument::create(p, spec);
            QVERIFY(doc.ok());
            QVERIFY(
                (*doc)->setAnswer((*doc)->questionnaires().first().ref, u"scope.uses-cookies"_s, u"yes"_s, {}).ok());
        }
        QVERIFY(QFile::setPermissions(dir.path(),
                                      QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                          | QFile::ReadOther | QFile::ExeOther));
        const QByteArray before = fileHash(p);
        AssessmentFile::Failure failure;
        QVERIFY(!AssessmentDocument::open(p, AssessmentFile::Mode::ReadWrite, &failure));
        QCOMPARE(failure, AssessmentFile::Failure::ReadOnly);
        {
            auto ro = AssessmentDocument::open(p, AssessmentFile::Mode::ReadOnly);
            QVERIFY2(ro.ok(), qPrintable(ro ? QString() : ro.error().toString()));
            QCOMPARE((*ro)->answer((*ro)->questionnaires().first().ref, u"scope.uses-cookies"_s).value, u"yes"_s);
            QCOMPARE((*ro)->organisation().name, u"Shared Ltd"_s);
        }
        QCOMPARE(fileHash(p), before);
        QCOMPARE(dir.entryList(QDir::Files | QDir::Hidden), QStringList {u"shared.gdpra"_s});
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    // A reader in a writable folder removes the empty -wal and -shm it made,
    // but only when no other connection uses them: not while a second
    // reader still reads, and not while a writer that came after it is
    // still open (its log holds committed answers).
    void readerRemovesOnlyTheLogNoOneElseUses()
    {
        QDir dir(m_dir.filePath(u"reader-log"_s));
        QVERIFY(dir.mkpath(u"."_s));
        const QString p = dir.filePath(u"shared.gdpra"_s);
        QVERIFY(createExampleDocument(p, m_questionnaire));
        const auto entries = [&] { return dir.entryList(QDir::Files | QDir::Hidden); };
        const QStringList alone {u"shared.gdpra"_s};
        const QStringList withLog {u"shared.gdpra"_s, u"shared.gdpra-shm"_s, u"shared.gdpra-wal"_s};
        QCOMPARE(entries(), alone);
        {
            auto ro = AssessmentDocument::open(p, AssessmentFile::Mode::ReadOnly);
            QVERIFY(ro);
            QCOMPARE(entries(), withLog);
        }
        QCOMPARE(entries(), alone);

        auto reader = AssessmentDocument::open(p, AssessmentFile::Mode::ReadOnly);
        QVERIFY(reader);
        auto second = AssessmentDocument::open(p, AssessmentFile::Mode::ReadOnly);
        QVERIFY(second);
        reader->reset(); // the second reader still has the log open
        QCOMPARE(entries(), withLog);
        second->reset(); // the last reader removes what the first one made
        QCOMPARE(entries(), alone);

        reader = AssessmentDocument::open(p, AssessmentFile::Mode::ReadOnly);
        QVERIFY(reader);
        auto writer = AssessmentDocument::open(p, AssessmentFile::Mode::ReadWrite);
        QVERIFY(writer);
        const qint64 ref = (*writer)->questionnaires().first().ref;
        QVERIFY((*writer)->setAnswer(ref, u"scope.uses-cookies"_s, u"yes"_s, {}));
        reader->reset(); // the writer's log is not empty and in use
        QVERIFY(QFileInfo(p + u"-wal"_s).size() > 0);
        writer->reset(); // the last connection: SQLite checkpoints and removes the log
        QCOMPARE(entries(), alone);
        auto check = AssessmentDocument::open(p, AssessmentFile::Mode::ReadOnly);
        QVERIFY(check);
        QCOMPARE((*check)->answer(ref, u"scope.uses-cookies"_s).value, u"yes"_s);
    }

    void lockedFileIsRefused()
    {
        const QString p = path(u"locked.gdpra"_s);
        auto first = newDocument(u"locked.gdpra"_s);
        const QByteArray before = fileHash(p);
        AssessmentFile::Failure failure;
        auto second = AssessmentDocument::open(p, AssessmentFile::Mode::ReadWrite, &failure);
        QVERIFY(!second);
        QCOMPARE(failure, AssessmentFile::Failure::Locked);
        QVERIFY2(second.error().message.startsWith(p + u" is open in another GDPR Readiness window (process "_s),
                 qPrintable(second.error().message));
        QCOMPARE(fileHash(p), before);
        // Read-only viewing is still possible while it is open elsewhere.
        QVERIFY(AssessmentDocument::open(p, AssessmentFile::Mode::ReadOnly).ok());
        first.reset();
        QVERIFY(AssessmentDocument::open(p).ok()); // the lock went with it
    }

    void corruptFileIsRefusedUntouched()
    {
        const QString p = path(u"corrupt.gdpra"_s);
        {
            auto doc = newDocument(u"corrupt.gdpra"_s);
            for (int i = 0; i < 40; ++i)
                QVERIFY(doc->addKeyDate({0, QString(190, u'x') + QString::number(i), QDate(2027, 1, 1)}).ok());
        }
        // Keep the valid header, scribble over the pages behind it.
        QByteArray bytes = readFile(p);
        QVERIFY(bytes.size() > 8192);
        for (qsizetype i = 4096 + 100; i < bytes.size(); i += 7)
            bytes[i] = char(0xA5);
        QVERIFY(writeFile(p, bytes));
        const QByteArray before = fileHash(p);
        AssessmentFile::Failure failure;
        auto doc = AssessmentDocument::open(p, AssessmentFile::Mode::ReadWrite, &failure);
        QVERIFY(!doc);
        QCOMPARE(failure, AssessmentFile::Failure::Corrupt);
        QVERIFY2(doc.error().message.startsWith(p + u" is damaged and cannot be opened"_s),
                 qPrintable(doc.error().message));
        QCOMPARE(fileHash(p), before);
    }

    void missingFile()
    {
        auto doc = AssessmentDocument::open(path(u"nope.gdpra"_s));
        QVERIFY(!doc);
        QCOMPARE(doc.error().message, path(u"nope.gdpra"_s) + u" does not exist"_s);
    }

    void openerHandsTheDocumentToThisThread()
    {
        const QString p = path(u"opener.gdpra"_s);
        newDocument(u"opener.gdpra"_s).reset();
        AssessmentOpener opener(p, AssessmentFile::Mode::ReadWrite);
        AssessmentOpener::Outcome outcome = opener.take();
        QVERIFY2(outcome.document.ok(), qPrintable(outcome.document ? QString() : outcome.document.error().toString()));
        QCOMPARE(outcome.failure, AssessmentFile::Failure::None);
        AssessmentDocument &doc = **outcome.document;
        // Opened on the worker, used here: the object and its SQL connection
        // (a connection is refused outside its driver's thread) moved over.
        QCOMPARE(doc.thread(), QThread::currentThread());
        QVERIFY(doc.repository().run(u"SELECT 1"_s).ok());
        const qint64 ref = doc.questionnaires().first().ref;
        QVERIFY(doc.setAnswer(ref, u"scope.uses-cookies"_s, u"yes"_s, {}).ok());
        QVERIFY(!opener.take().document.ok()); // only once
        outcome.document = makeError(u"closed"_s); // closes the file, releases the lock
        auto again = AssessmentDocument::open(p);
        QVERIFY(again.ok());
        QCOMPARE((*again)->answer(ref, u"scope.uses-cookies"_s).value, u"yes"_s);
    }

    void openerReportsWhyItFailed()
    {
        const QString p = path(u"opener-locked.gdpra"_s);
        auto holder = newDocument(u"opener-locked.gdpra"_s);
        AssessmentOpener locked(p, AssessmentFile::Mode::ReadWrite);
        AssessmentOpener missing(path(u"opener-missing.gdpra"_s), AssessmentFile::Mode::ReadWrite);
        const AssessmentOpener::Outcome l = locked.take();
        QVERIFY(!l.document.ok());
        QCOMPARE(l.failure, AssessmentFile::Failure::Locked);
        const AssessmentOpener::Outcome m = missing.take();
        QVERIFY(!m.document.ok());
        QCOMPARE(m.failure, AssessmentFile::Failure::Missing);
        // Never taken: the destructor waits and closes what was opened.
        {
            AssessmentOpener unclaimed(p, AssessmentFile::Mode::ReadOnly);
        }
        QVERIFY(holder->repository().run(u"SELECT 1"_s).ok());
    }

    void evidenceRoundTripAndUndo()
    {
        auto doc = newDocument(u"evidence.gdpra"_s);
        const qint64 ref = doc->questionnaires().first().ref;
        const QString src = path(u"scan.bin"_s);
        QByteArray bytes(3 * 1024 * 1024 + 123, Qt::Uninitialized); // several chunks
        QRandomGenerator gen(7);
        gen.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        QVERIFY(writeFile(src, bytes));
        auto e = doc->importEvidence(ref, u"cookies.consent-before-setting"_s, src);
        QVERIFY2(e.ok(), qPrintable(e ? QString() : e.error().toString()));
        QCOMPARE(e->size, bytes.size());
        QCOMPARE(e->sha256.toLatin1(), fileHash(src));
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY(doc->evidenceStore().exportTo(e->id, out).ok());
        QCOMPARE(out.data(), bytes);
        // To a file: the same bytes; to an unwritable place: an error and no file.
        const QString copy = path(u"scan-copy.bin"_s);
        QVERIFY(doc->evidenceStore().exportToFile(e->id, copy).ok());
        QCOMPARE(fileHash(copy), fileHash(src));
        auto bad = doc->evidenceStore().exportToFile(e->id, path(u"no-such-folder/scan.bin"_s));
        QVERIFY(!bad);
        QVERIFY(bad.error().message.startsWith(u"cannot write "_s));
        QVERIFY(!QFile::exists(path(u"no-such-folder/scan.bin"_s)));
        QVERIFY(doc->removeEvidence(e->id).ok());
        QCOMPARE(doc->evidence().size(), 0);
        QVERIFY(doc->restoreEvidence(e->id).ok());
        QCOMPARE(doc->evidenceFor(ref, u"cookies.consent-before-setting"_s).size(), 1);
    }

    void overLimitEvidenceAddsNothing()
    {
        auto doc = newDocument(u"limit.gdpra"_s);
        const qint64 ref = doc->questionnaires().first().ref;
        const QString src = path(u"big.bin"_s);
        QVERIFY(writeFile(src, QByteArray(2 * 1024 * 1024, 'x')));
        doc->evidenceStore().setSizeLimit(1024 * 1024);
        const qint64 changesBefore = doc->repository().lastChangeId();
        auto e = doc->importEvidence(ref, u"cookies.consent-before-setting"_s, src);
        QVERIFY(!e);
        QCOMPARE(e.error().message, src + u" is 2.0 MiB, over the evidence size limit of 1.0 MiB; nothing was added"_s);
        QCOMPARE(doc->evidence().size(), 0);
        QCOMPARE(doc->repository().lastChangeId(), changesBefore);
        auto chunks = doc->repository().run(u"SELECT COUNT(*) FROM evidence_chunk"_s);
        QVERIFY(chunks && chunks->next());
        QCOMPARE(chunks->value(0).toInt(), 0);
    }

    void cancelledImportLeavesNoHalfRecord()
    {
        auto doc = newDocument(u"cancel.gdpra"_s);
        const qint64 ref = doc->questionnaires().first().ref;
        const QString src = path(u"cancel.bin"_s);
        QVERIFY(writeFile(src, QByteArray(3 * 1024 * 1024, 'y')));
        auto e = doc->importEvidence(ref, u"cookies.consent-before-setting"_s, src,
                                     [](qint64 done, qint64) { return done < 2 * 1024 * 1024; });
        QVERIFY(!e);
        QVERIFY(e.error().message.contains(u"cancelled"_s));
        auto rows = doc->repository().run(
            u"SELECT (SELECT COUNT(*) FROM evidence) + (SELECT COUNT(*) FROM evidence_chunk)"_s);
        QVERIFY(rows && rows->next());
        QCOMPARE(rows->value(0).toInt(), 0);
    }

    void failedWriteRollsBackWholeTransaction()
    {
        auto doc = newDocument(u"rollback.gdpra"_s);
        AssessmentFile &file = doc->repository().file();
        const qint64 before = doc->repository().lastChangeId();
        Status s = file.write([&]() -> Status {
            if (Status l = doc->repository().log(u"test"_s, u"x"_s, u"1"_s); !l)
                return l;
            return makeError(u"boom"_s);
        });
        QVERIFY(!s);
        QCOMPARE(doc->repository().lastChangeId(), before);
    }
};

QTEST_GUILESS_MAIN(TestAssessmentFile)
#include "tst_assessmentfile.moc"
