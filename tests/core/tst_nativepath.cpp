// File names that are not UTF-8 (issue 16, item 13): Qt decodes them
// lossily (U+FFFD), after which the string no longer names the file, so
// `evidence add caf\xFF.txt` said "is not a file". NativePath keeps the
// bytes (U+DC80..U+DCFF, as Python's surrogateescape); the command line
// takes path arguments as the program received them, a drop keeps the
// URL's bytes, and the file dialog's lossy name is matched in its folder.
// The stored name shows each undecodable byte as U+FFFD.
#include "AssessmentDocument.h"
#include "Cli.h"
#include "NativePath.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <fcntl.h>
#include <unistd.h>

using namespace readiness;
using namespace Qt::StringLiterals;

namespace {
int runCli(const QStringList &args, QString *err)
{
    QString out;
    QTextStream o(&out), e(err);
    const int code = cli::run(args, {o, e});
    o.flush();
    e.flush();
    return code;
}

// Creates @p bytes (a path) with POSIX calls, so Qt's decoding plays no part.
bool createRaw(const QByteArray &bytes, const QByteArray &content)
{
    const int fd = ::open(bytes.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, content.constData(), size_t(content.size())) == content.size();
    return ::close(fd) == 0 && ok;
}
} // namespace

class TestNativePath : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QByteArray rawDir() const { return QFile::encodeName(m_dir.path()); }

private slots:
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
        QString err;
        QCOMPARE(
            runCli({u"new"_s, u"--org"_s, u"ACME"_s, u"--questionnaire"_s, u"gdpr-principles"_s, u"-o"_s, path}, &err),
            0);
        const QByteArray raw = rawDir() + "/caf\xFF.txt";
        QVERIFY(createRaw(raw, "consent wording\n"));
        const QByteArray assessment = QFile::encodeName(path);
        const char *argv[] = {"gdpr-readiness",           "evidence",     "add", assessment.constData(),
                              "lawfulness.consent-valid", raw.constData()};
        NativePath::setProgramArguments(6, argv);
        QStringList lossy; // as main() and QCoreApplication decode them
        for (const char *a : argv)
            lossy << QString::fromLocal8Bit(a);
        QVERIFY(lossy.last().contains(QChar::ReplacementCharacter));
        const int code = runCli(lossy.mid(1), &err);
        NativePath::setProgramArguments(0, nullptr);
        QVERIFY2(code == 0, qPrintable(err));
        auto doc = AssessmentDocument::open(path, AssessmentFile::Mode::ReadOnly);
        QVERIFY(doc);
        QCOMPARE((*doc)->evidence().size(), 1);
        QCOMPARE((*doc)->evidence().first().name, u"caf\uFFFD.txt"_s);
        QCOMPARE((*doc)->evidence().first().size, 16);
    }

    // The file dialog hands over Qt's lossy name: the one entry of the
    // folder that decodes to it is taken; two such entries are not guessed.
    void lossyDialogNameFindsItsFile()
    {
        QVERIFY(createRaw(rawDir() + "/report\xE9.pdf", "a"));
        const QString lossy = m_dir.filePath(u"report\uFFFD.pdf"_s);
        const QString found = NativePath::fromLossyPath(lossy);
        QCOMPARE(NativePath::encode(found), rawDir() + "/report\xE9.pdf");
        QVERIFY(createRaw(rawDir() + "/report\xE8.pdf", "b"));
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
