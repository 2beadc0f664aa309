// The client portfolio's scanner (core/portfolio) on real assessment files
// made by `new --from` descriptions: what each row shows, every kind of
// file that cannot be read, and that a scan changes nothing on disk.
#include "AssessmentDocument.h"
#include "CliTestSupport.h"
#include "Clock.h"
#include "PortfolioScanner.h"
#include "PortfolioTestSupport.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace readiness;
using namespace readiness::portfolio;
using testsupport::folderState;

class TestPortfolioScanner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_originals; // untouched copies, for comparisons
    QDate m_today = QDate(2026, 11, 29);
    QStringList m_clients;
    QMap<QString, QByteArray> m_initial; // the folder before any scan

    QString path(const QString &name) const { return m_dir.filePath(name); }

    const PortfolioEntry *find(const QList<PortfolioEntry> &entries, const QString &name)
    {
        for (const PortfolioEntry &e : entries)
            if (e.fileName == name)
                return &e;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto sample = PortfolioSample::load();
        QVERIFY2(sample.ok(), qPrintable(sample ? QString() : sample.error().toString()));
        auto written = sample->write(m_originals.path(), 4, m_today);
        QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().toString()));
        for (const QString &f : std::as_const(*written)) {
            m_clients << QFileInfo(f).fileName();
            QVERIFY(QFile::copy(f, path(QFileInfo(f).fileName())));
        }
        const QString first = m_originals.filePath(m_clients.first());
        QVERIFY(testsupport::writeDamaged(first, path(u"damaged.gdpra"_s)));
        QVERIFY(testsupport::writeNewerFormat(first, path(u"newer.gdpra"_s)));
        QVERIFY(testsupport::copyChanged(first, path(u"notes.gdpra"_s), [](QByteArray &b) { b = "Meeting notes\n"; }));
        QVERIFY(QFile::copy(QStringLiteral(SOURCE_DIR "/tests/crm/data/format-1.gdpra"), path(u"format-1.gdpra"_s)));
        QFile::setPermissions(path(u"format-1.gdpra"_s), QFile::ReadOwner | QFile::WriteOwner);
        // Not assessments by name: skipped without a row.
        QVERIFY(testsupport::copyChanged(first, path(u"report.pdf"_s), [](QByteArray &b) { b = "%PDF-1.4\n"; }));
        m_initial = folderState(m_dir.path());
    }

    void listsEveryAssessmentFileWithItsFigures()
    {
        PortfolioScanner scanner({m_today, 250, 2});
        auto entries = scanner.scanFolder(m_dir.path());
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), m_clients.size() + 4); // + damaged, newer, notes, format-1
        for (const QString &name : std::as_const(m_clients)) {
            const PortfolioEntry *e = find(*entries, name);
            QVERIFY2(e && e->readable(), qPrintable(e ? e->reason : name));
            // The same figures as the application shows for the file.
            const QString copy = m_originals.filePath(u"check-"_s + name);
            QVERIFY(QFile::copy(m_originals.filePath(name), copy));
            auto doc = AssessmentDocument::open(copy, AssessmentFile::Mode::ReadOnly);
            QVERIFY(doc.ok());
            const ReadinessScore score = (*doc)->score();
            QCOMPARE(e->organisation, (*doc)->organisation().name);
            QCOMPARE(e->assessmentTitle, (*doc)->assessment().title);
            QVERIFY(e->percent.has_value());
            QCOMPARE(*e->percent, *score.percent);
            QCOMPARE(e->rag, score.rag);
            QCOMPARE(e->criticalGaps, score.criticalGaps);
            QCOMPARE(e->answered, score.answered);
            QCOMPARE(e->coverage, score.coverage());
            int overdue = 0;
            for (const ActionRecord &a : (*doc)->actions())
                overdue += a.isOverdue(m_today) ? 1 : 0;
            QCOMPARE(e->overdueActions, overdue);
            QVERIFY(e->nextKeyDate.has_value());
            QVERIFY(e->nextKeyDate->date >= m_today);
            for (const KeyDate &k : (*doc)->keyDates())
                if (k.date >= m_today)
                    QVERIFY(e->nextKeyDate->date <= k.date);
            QCOMPARE(e->signOff, SignOffState::None);
            QCOMPARE(e->format, AssessmentFile::kSchemaVersion);
            QVERIFY(e->lastChange.isValid());
            QVERIFY(e->inUseBy.isEmpty());
        }
        // The generated clients differ (a portfolio, not one file 4 times).
        QVERIFY(find(*entries, m_clients.at(0))->organisation != find(*entries, m_clients.at(1))->organisation);
        QVERIFY(scanner.questionnaires().size() >= 3); // the bundled ones, loaded once and shared
    }

    void namesEveryFileItCannotRead()
    {
        PortfolioScanner scanner({m_today, 250, 2});
        auto entries = scanner.scanFolder(m_dir.path());
        QVERIFY(entries.ok());
        const struct
        {
            const char *file;
            Problem problem;
            const char *words;
        } expected[] = {
            {"damaged.gdpra", Problem::Damaged, "damaged"},
            {"newer.gdpra", Problem::TooNew, "newer version"},
            {"notes.gdpra", Problem::NotAssessment, "not an SQLite database"},
        };
        for (const auto &x : expected) {
            const PortfolioEntry *e = find(*entries, QString::fromLatin1(x.file));
            QVERIFY2(e, x.file);
            QCOMPARE(e->problem, x.problem);
            QVERIFY2(e->reason.contains(QString::fromLatin1(x.words)), qPrintable(e->reason));
            QVERIFY(e->reason.contains(QString::fromLatin1(x.file)));
            QVERIFY(!e->percent.has_value());
            QCOMPARE(e->toJson().value(u"problem"_s).toString(), problemName(x.problem));
        }
    }

    void readsAnOlderFormatAsItIs()
    {
        const QByteArray before = testsupport::folderState(m_dir.path()).value(u"format-1.gdpra"_s);
        PortfolioScanner scanner({m_today, 250, 1});
        const PortfolioEntry e = scanner.scanFile(path(u"format-1.gdpra"_s));
        QVERIFY2(e.readable(), qPrintable(e.reason));
        QCOMPARE(e.format, 1);
        QCOMPARE(e.signOff, SignOffState::NotRecorded);
        QVERIFY(!e.organisation.isEmpty());
        QCOMPARE(testsupport::folderState(m_dir.path()).value(u"format-1.gdpra"_s), before); // not migrated
    }

    void scanChangesNothingOnDisk()
    {
        PortfolioScanner scanner({m_today, 250, 2});
        for (int i = 0; i < 2; ++i)
            QVERIFY(scanner.scanFolder(m_dir.path()).ok());
        // After every scan of this suite: byte-identical, and no -wal, -shm,
        // -journal or .lock beside any file (a mode=ro connection would
        // leave an empty -wal and a -shm).
        QCOMPARE(folderState(m_dir.path()).keys(), m_initial.keys());
        QCOMPARE(folderState(m_dir.path()), m_initial);
    }

    void fileOpenForWritingIsReadWithItsOwner()
    {
        // The application holds the file (its lock, -wal and -shm) and is in
        // the middle of a change: the scan reads the last saved state.
        QTemporaryDir dir;
        const QString file = dir.filePath(u"in-use.gdpra"_s);
        QVERIFY(QFile::copy(m_originals.filePath(m_clients.first()), file));
        auto holder = AssessmentDocument::open(file);
        QVERIFY(holder.ok());
        const auto before = folderState(dir.path());
        PortfolioEntry seen;
        QVERIFY((*holder)->repository().file().write([&]() -> Status {
            PortfolioScanner scanner({m_today, 250, 1});
            seen = scanner.scanFolder(dir.path())->value(0);
            return success();
        }));
        QVERIFY2(seen.readable(), qPrintable(seen.reason));
        QVERIFY2(seen.inUseBy.contains(u"process %1"_s.arg(QCoreApplication::applicationPid())),
                 qPrintable(seen.inUseBy));
        QCOMPARE(seen.organisation, (*holder)->organisation().name);
        QCOMPARE(folderState(dir.path()).keys(), before.keys()); // nothing of ours added
    }

    void fileHeldExclusivelyIsReportedLocked()
    {
        // A writer in SQLite's exclusive locking mode keeps its log index in
        // its own memory: reading would need a -shm created beside the file.
        QTemporaryDir dir;
        const QString file = dir.filePath(u"exclusive.gdpra"_s);
        QVERIFY(QFile::copy(m_originals.filePath(m_clients.first()), file));
        const QString name = u"exclusive-writer"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
            QVERIFY(q.exec(u"BEGIN IMMEDIATE"_s));
            QVERIFY(q.exec(u"INSERT INTO meta (key, value) VALUES ('other-writer', '1')"_s));
            QVERIFY(q.exec(u"COMMIT"_s));
            QVERIFY(q.exec(u"BEGIN IMMEDIATE"_s)); // and holds on
            const QByteArray hash = folderState(dir.path()).value(u"exclusive.gdpra"_s);
            const auto names = folderState(dir.path()).keys();
            PortfolioScanner scanner({m_today, 250, 1});
            const PortfolioEntry e = scanner.scanFile(file);
            QCOMPARE(e.problem, Problem::Locked);
            QVERIFY2(e.reason.contains(u"in use"_s), qPrintable(e.reason));
            QCOMPARE(folderState(dir.path()).keys(), names);
            QCOMPARE(folderState(dir.path()).value(u"exclusive.gdpra"_s), hash);
            QVERIFY(q.exec(u"ROLLBACK"_s));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    void missingFolderIsAnError()
    {
        PortfolioScanner scanner;
        auto entries = scanner.scanFolder(path(u"no-such-folder"_s));
        QVERIFY(!entries.ok());
        QVERIFY(entries.error().message.contains(u"is not a folder"_s));
    }

    void cliPrintsTableAndReasons()
    {
        Clock::setCurrent(nullptr);
        const auto r = testsupport::runCli({u"portfolio"_s, m_dir.path()});
        QCOMPARE(r.code, 1); // some files could not be read
        for (const QString &name : std::as_const(m_clients))
            QVERIFY2(r.out.contains(name), qPrintable(r.out));
        QVERIFY(r.out.contains(u"Organisation"_s));
        QVERIFY(r.out.contains(u"Files that could not be read (3):"_s));
        QVERIFY(r.out.contains(u"damaged.gdpra [damaged]"_s));
        QVERIFY(r.out.contains(u"newer.gdpra [too-new]"_s));
        QVERIFY(r.out.contains(u"notes.gdpra [not-assessment]"_s));
        QVERIFY(!r.out.contains(u"report.pdf"_s));
    }

    void cliJson()
    {
        const auto r = testsupport::runCli({u"portfolio"_s, m_dir.path(), u"--json"_s});
        QCOMPARE(r.code, 1);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"unreadable"_s).toInt(), 3);
        const QJsonArray files = o.value(u"files"_s).toArray();
        QCOMPARE(files.size(), m_clients.size() + 4);
        int readable = 0;
        for (const QJsonValue &v : files) {
            const QJsonObject f = v.toObject();
            if (f.contains(u"problem"_s)) {
                QVERIFY(!f.value(u"reason"_s).toString().isEmpty());
                continue;
            }
            ++readable;
            QVERIFY(f.value(u"score"_s).isDouble());
            QVERIFY(!f.value(u"organisation"_s).toString().isEmpty());
            QVERIFY(f.value(u"sign_off"_s).toObject().contains(u"state"_s));
        }
        QCOMPARE(readable, m_clients.size() + 1);
    }

    void cliExitStatus()
    {
        QTemporaryDir good;
        QVERIFY(QFile::copy(m_originals.filePath(m_clients.first()), good.filePath(u"a.gdpra"_s)));
        QCOMPARE(testsupport::runCli({u"portfolio"_s, good.path()}).code, 0);
        QTemporaryDir empty;
        const auto none = testsupport::runCli({u"portfolio"_s, empty.path()});
        QCOMPARE(none.code, 0);
        QVERIFY(none.out.contains(u"No assessment files"_s));
        QCOMPARE(testsupport::runCli({u"portfolio"_s, path(u"no-such-folder"_s)}).code, 1);
        QCOMPARE(testsupport::runCli({u"portfolio"_s}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestPortfolioScanner)
#include "tst_portfolio_scanner.moc"
