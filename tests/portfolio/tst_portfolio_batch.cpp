// `gdpr-readiness report DIR -o OUTDIR` with the real program: every
// client's PDF from worker processes, one bad file not stopping the batch,
// the exit status, the summary, and what is never overwritten.
#include "BatchReport.h"
#include "PortfolioTestSupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace readiness::portfolio;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run program(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(APP_BINARY), arguments);
    if (!p.waitForFinished(240'000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

class TestPortfolioBatch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_out;
    QStringList m_clients;

private slots:
    void initTestCase()
    {
        auto sample = PortfolioSample::load();
        QVERIFY(sample.ok());
        auto written = sample->write(m_dir.path(), 3, QDate(2026, 11, 29));
        QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().toString()));
        m_clients = *written;
        QVERIFY(testsupport::writeDamaged(m_clients.first(), m_dir.filePath(u"broken.gdpra"_s)));
    }

    void writesEveryReportAndNamesTheBadFile()
    {
        const auto before = testsupport::folderState(m_dir.path());
        const Run r = program({u"report"_s, m_dir.path(), u"-o"_s, m_out.path(), u"--jobs"_s, u"2"_s});
        QCOMPARE(r.code, 1); // one report could not be written
        for (const QString &client : std::as_const(m_clients)) {
            const QString pdf = m_out.filePath(QFileInfo(client).completeBaseName() + u".pdf"_s);
            QVERIFY2(QFileInfo(pdf).size() > 1000, qPrintable(pdf + u"\n"_s + r.err));
            QVERIFY(BatchReport::isOurReport(pdf));
        }
        QVERIFY(!QFileInfo::exists(m_out.filePath(u"broken.pdf"_s)));
        QVERIFY2(r.out.contains(u"Wrote 3 of 4 reports"_s), qPrintable(r.out));
        // Progress for each file, then the failures with their reasons.
        for (int i = 1; i <= 4; ++i)
            QVERIFY2(r.err.contains(u"[%1/4]"_s.arg(i)), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"Not written (1):"_s), qPrintable(r.err));
        QVERIFY(r.err.contains(u"broken.gdpra: "_s));
        QVERIFY(r.err.contains(u"damaged"_s));
        // The assessments themselves are untouched.
        const auto after = testsupport::folderState(m_dir.path());
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(after.value(it.key()), it.value());
    }

    void neverOverwritesWithoutBeingAsked()
    {
        const QString first = m_out.filePath(QFileInfo(m_clients.first()).completeBaseName() + u".pdf"_s);
        const QByteArray earlier = testsupport::folderState(m_out.path()).value(QFileInfo(first).fileName());
        const Run again = program({u"report"_s, m_dir.path(), u"-o"_s, m_out.path()});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(u"already exists; nothing was overwritten"_s), qPrintable(again.err));
        QCOMPARE(testsupport::folderState(m_out.path()).value(QFileInfo(first).fileName()), earlier);
        const Run replaced = program({u"report"_s, m_dir.path(), u"-o"_s, m_out.path(), u"--replace"_s});
        QCOMPARE(replaced.code, 1); // the damaged file still fails
        QVERIFY2(replaced.out.contains(u"Wrote 3 of 4 reports"_s), qPrintable(replaced.out + replaced.err));
    }

    void neverOverwritesAnotherDocument()
    {
        // Someone's own PDF that happens to have a client's name: not ours,
        // so not even --replace touches it.
        QTemporaryDir out;
        const QString theirs = out.filePath(QFileInfo(m_clients.at(1)).completeBaseName() + u".pdf"_s);
        QVERIFY(testsupport::copyChanged(m_clients.at(1), theirs, [](QByteArray &b) { b = "%PDF-1.7\nminutes\n"; }));
        const Run r = program({u"report"_s, m_dir.path(), u"-o"_s, out.path(), u"--replace"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"is not a GDPR Readiness report; nothing was overwritten"_s), qPrintable(r.err));
        QCOMPARE(testsupport::folderState(out.path()).value(QFileInfo(theirs).fileName()),
                 QCryptographicHash::hash("%PDF-1.7\nminutes\n", QCryptographicHash::Sha256).toHex());
    }

    void safeOutputNames()
    {
        QCOMPARE(BatchReport::outputName(u"/x/Acme Ltd.gdpra"_s), u"Acme Ltd.pdf"_s);
        QCOMPARE(BatchReport::outputName(u"/x/..hidden.gdpra"_s), u"hidden.pdf"_s);
        QCOMPARE(BatchReport::outputName(u"/x/-rf.gdpra"_s), u"rf.pdf"_s);
        QCOMPARE(BatchReport::outputName(u"/x/a\u0007b:c.gdpra"_s), u"a_b_c.pdf"_s);
        QCOMPARE(BatchReport::outputName(u"/x/.gdpra"_s), u"report.pdf"_s);
        // Two inputs with the same name: the second gets a suffix.
        const auto plan = BatchReport::plan({u"/a/x.gdpra"_s, u"/b/x.gdpra"_s}, m_out.path() + u"/new"_s, false);
        QCOMPARE(QFileInfo(plan.at(0).output).fileName(), u"x.pdf"_s);
        QCOMPARE(QFileInfo(plan.at(1).output).fileName(), u"x-2.pdf"_s);
    }

    void usage()
    {
        QCOMPARE(program({u"report"_s, m_dir.path()}).code, 2); // -o missing
        QCOMPARE(program({u"report"_s, m_dir.path(), u"-o"_s, m_out.path(), u"--jobs"_s, u"0"_s}).code, 2);
        const Run missing = program({u"report"_s, m_dir.path(), u"-o"_s, m_out.filePath(u"nope"_s)});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(u"is not a folder"_s));
    }
};

QTEST_GUILESS_MAIN(TestPortfolioBatch)
#include "tst_portfolio_batch.moc"
