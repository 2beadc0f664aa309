// What keeps an assessment from being lost through its surroundings: output
// paths that resolve to it, stray companion files, second names (hard links,
// symbolic links), dead lock owners, a full disk and planted schema objects.
// Every refusal is checked to leave the file byte-for-byte as it was.
#include "AssessmentDocument.h"
#include "OutputPathGuard.h"
#include "QuestionnaireLoader.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

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

    std::unique_ptr<AssessmentDocument> newDocument(const QString &name)
    {
        AssessmentDocument::NewAssessment spec;
        spec.organisation = {u"Acme Ltd"_s, u"Retail"_s, u"UK"_s, 48e6, u"GBP"_s};
        spec.info.title = u"Review"_s;
        spec.questionnaires = {m_questionnaire};
        auto doc = AssessmentDocument::create(path(name), spec);
        if (!doc)
            qFatal("%s", qPrintable(doc.error().toString()));
        return std::move(doc).value();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto q
            = QuestionnaireLoader::loadFile(QStringLiteral(TEST_DATA_DIR "/questionnaires/valid-example/input.json"));
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
