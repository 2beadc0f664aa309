// File names that are not UTF-8 (issue 16, item 13): Qt decodes them
// lossily (U+FFFD), after which the string no longer names the file, so
// `evidence add caf\xFF.txt` said "is not a file". NativePath keeps the
// bytes (U+DC80..U+DCFF, as Python's surrogateescape); the command line
// takes path arguments as the program received them, a drop keeps the
// URL's bytes, and the file dialog's lossy name is matched in its folder.
// The stored name shows each undecodable byte as U+FFFD.
#include "AssessmentDocument.h"
#include "CliTestSupport.h"
#include "NativePath.h"
#include "TestSupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <filesystem>

using namespace readiness;
using namespace Qt::StringLiterals;

namespace {
using testsupport::runCli;
using testsupport::runCliRaw;
using testsupport::writeRawPath;
} // namespace

class TestNativePath : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QByteArray rawDir() const { return QFile::encodeName(m_dir.path()); }

private slots:
    // QTemporaryDir cannot name the files whose names are not UTF-8.
    void cleanupTestCase() { std::filesystem::remove_all(QFile::encodeName(m_dir.path()).toStdString()); }

    void everyByteRoundTrips()
    {
        for (int b = 1; b < 256; ++b) {
            if (b == '/')
                continue;
            const QByteArray bytes = "/tmp/caf" + QByteArray(1, char(b)) + ".txt";
            const QString kept = NativePath::decode(bytes);
            QCOMPARE(NativePath::encode(kept), bytes);
            QCOMPARE(NativePath::hasEscapes(kept), b >= 0x80);
            if (b < 0x80)
                QCOMPARE(kept, QString::fromUtf8(bytes));
            else
                QCOMPARE(NativePath::displayText(kept), u"/tmp/caf\uFFFD.txt"_s);
        }
        // Valid UTF-8 is plain text; each stray byte of a broken sequence is kept.
        QCOMPARE(NativePath::decode("Gr\xC3\xBC\xC3\x9F"
                                    "e"),
                 u"Grüße"_s);
        for (const QByteArray &bytes : {QByteArray("\xE2\x82"), QByteArray("\xED\xA0\x80"), QByteArray("\xC0\xAF"),
                                        QByteArray("\xF4\x90\x80\x80"), QByteArray("a\xF0\x9F\x98")})
            QCOMPARE(NativePath::encode(NativePath::decode(bytes)), bytes);
    }

    // `evidence add` with the argument as the program received it.
    void evidenceAddTakesTheRawArgument()
    {
        const QString path = m_dir.filePath(u"raw.gdpra"_s);
        QCOMPARE(
            runCli({u"new"_s, u"--org"_s, u"ACME"_s, u"--questionnaire"_s, u"gdpr-principles"_s, u"-o"_s, path}).code,
            0);
        const QByteArray raw = rawDir() + "/caf\xFF.txt";
        QVERIFY(writeRawPath(raw, "consent wording\n"));
        QVERIFY(QString::fromLocal8Bit(raw).contains(QChar::ReplacementCharacter)); // as Qt decodes it
        const auto run = runCliRaw(
            {"gdpr-readiness", "evidence", "add", QFile::encodeName(path), "lawfulness.consent-valid", raw});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        auto doc = AssessmentDocument::open(path, AssessmentFile::Mode::ReadOnly);
        QVERIFY(doc);
        QCOMPARE((*doc)->evidence().size(), 1);
        QCOMPARE((*doc)->evidence().first().name, u"caf\uFFFD.txt"_s);
        QCOMPARE((*doc)->evidence().first().size, 16);
    }

    // An assessment's own name must be UTF-8 (SQLite takes UTF-8 names):
    // `new` refuses one that is not before anything is made (it used to
    // create "caf\uFFFD.gdpra"), and `score` refuses to open one, saying
    // what to rename it to and leaving nothing beside it.
    void assessmentNameThatIsNotUtf8IsRefused()
    {
        QVERIFY(QDir(m_dir.path()).mkdir(u"names"_s));
        const QString folder = m_dir.filePath(u"names"_s);
        const QByteArray rawFolder = QFile::encodeName(folder);
        const auto entries = [&] {
            return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        };
        const QByteArray created = rawFolder + "/caf\xE9.gdpra";
        auto run = runCliRaw(
            {"gdpr-readiness", "new", "--org", "ACME", "--questionnaire", "gdpr-principles", "-o", created});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"not valid UTF-8"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"café.gdpra"_s), qPrintable(run.err));
        QCOMPARE(entries(), QStringList());

        // A good assessment renamed to a name that is not UTF-8.
        const QString good = folder + u"/good.gdpra"_s;
        QCOMPARE(
            runCli({u"new"_s, u"--org"_s, u"ACME"_s, u"--questionnaire"_s, u"gdpr-principles"_s, u"-o"_s, good}).code,
            0);
        const QByteArray renamed = rawFolder + "/alt\xFC.gdpra";
        QCOMPARE(::rename(QFile::encodeName(good).constData(), renamed.constData()), 0);
        const QStringList before = entries();
        for (const char *command : {"score", "answer"}) {
            const QList<QByteArray> raw = qstrcmp(command, "score") == 0
                ? QList<QByteArray> {"gdpr-readiness", "score", renamed}
                : QList<QByteArray> {"gdpr-readiness", "answer", renamed, "lawfulness.consent-valid", "3"};
            run = runCliRaw(raw);
            QCOMPARE(run.code, 1);
            QVERIFY2(run.err.contains(u"not valid UTF-8"_s) && run.err.contains(u"altü.gdpra"_s), qPrintable(run.err));
            QCOMPARE(entries(), before);
        }
    }

    // The file dialog hands over Qt's lossy name: the one entry of the
    // folder that decodes to it is taken; two such entries are not guessed.
    void lossyDialogNameFindsItsFile()
    {
        QVERIFY(writeRawPath(rawDir() + "/report\xE9.pdf", "a"));
        const QString lossy = m_dir.filePath(u"report\uFFFD.pdf"_s);
        const QString found = NativePath::fromLossyPath(lossy);
        QCOMPARE(NativePath::encode(found), rawDir() + "/report\xE9.pdf");
        QVERIFY(writeRawPath(rawDir() + "/report\xE8.pdf", "b"));
        QCOMPARE(NativePath::fromLossyPath(lossy), lossy);
        QCOMPARE(NativePath::fromLossyPath(m_dir.filePath(u"plain.pdf"_s)), m_dir.filePath(u"plain.pdf"_s));
    }

    // A file manager percent-encodes the name's bytes in the dropped URL.
    void droppedUrlKeepsItsBytes()
    {
        const QUrl url(u"file://"_s + m_dir.path() + u"/caf%FF.txt"_s);
        QCOMPARE(NativePath::encode(NativePath::fromLocalFileUrl(url)), rawDir() + "/caf\xFF.txt");
        const QUrl plain = QUrl::fromLocalFile(m_dir.filePath(u"Grüße.txt"_s));
        QCOMPARE(NativePath::fromLocalFileUrl(plain), m_dir.filePath(u"Grüße.txt"_s));
    }
};

QTEST_GUILESS_MAIN(TestNativePath)
#include "tst_nativepath.moc"
