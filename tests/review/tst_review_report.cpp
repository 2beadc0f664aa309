// Issue 14 item 1, "Done when": a carried-over answer that is never
// reviewed is visible as such in the report (PDF and ODT) and in the JSON
// and CSV exports; answers a questionnaire version move had no place for
// are listed in the report's appendix and the JSON export.
#include "../core/CliTestSupport.h"
#include "CarryOver.h"
#include "CliReportCommands.h"
#include "ReviewTestSupport.h"

#include <QApplication>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace readiness;
using namespace testsupport;
using namespace reviewsupport;

namespace {
/// A tool's standard output, with every run of white space as one space
/// (table cells wrap). PDFs are read with -raw, in the order the text was
/// written: -layout interleaves the lines of neighbouring table cells.
QString toolText(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).replace(QRegularExpression(u"\\s+"_s), u" "_s);
}
} // namespace

class TestReviewReport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_next;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        cli::registerReportCommands();
        const QString previous = m_dir.filePath(u"review-2025.gdpra"_s);
        createPrevious(previous, writeEvidence(m_dir.path()));
        // Moved to the newer fixture version: 3 answers to review, 2 kept as history.
        review::CarryOver::Options o;
        o.source = previous;
        o.target = m_next = m_dir.filePath(u"review-2026.gdpra"_s);
        o.moveQuestionnaires = true;
        o.candidates = [](const QString &) { return std::optional<Questionnaire>(loadFixture(u"v2"_s)); };
        auto done = review::CarryOver::run(o);
        QVERIFY2(done, done ? "" : qPrintable(done.error().toString()));
        QCOMPARE(done->toReview, 3);
    }

    void pdfMarksUnreviewedAnswers()
    {
        const QString pdf = m_dir.filePath(u"report.pdf"_s);
        CliRun r = runCli({u"report"_s, m_next, u"-o"_s, pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QString text = toolText(u"pdftotext"_s, {u"-raw"_s, pdf, u"-"_s});
        QVERIFY(!text.isEmpty());
        QVERIFY2(text.contains(u"3 answer(s) carried over from the previous assessment have not been reviewed yet"_s),
                 qPrintable(text.left(3000)));
        QCOMPARE(text.count(u"TO REVIEW: carried over from"_s), 3);
        // The appendix keeps what the newer version has no place for.
        QVERIFY(text.contains(u"Answers kept from the previous assessment"_s));
        QVERIFY(text.contains(u"Does the banner name every purpose?"_s));
        QVERIFY(text.contains(u"question removed"_s));
        QVERIFY(text.contains(u"answer no longer possible"_s));
        QVERIFY(text.contains(u"HR missing"_s)); // the kept answer's note

        // Reviewed answers lose the mark: one confirmed, one changed.
        QCOMPARE(runCli({u"review"_s, m_next, u"--confirm"_s, u"scope.uses-cookies"_s}).code, 0);
        QCOMPARE(runCli({u"answer"_s, m_next, u"cookies.consent"_s, u"2"_s}).code, 0);
        r = runCli({u"report"_s, m_next, u"-o"_s, pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        text = toolText(u"pdftotext"_s, {u"-raw"_s, pdf, u"-"_s});
        QCOMPARE(text.count(u"TO REVIEW: carried over from"_s), 1);
        QVERIFY(text.contains(u"1 answer(s) carried over from the previous assessment have not been reviewed yet"_s));
    }

    void odtAndGermanMarkThemToo()
    {
        const QString odt = m_dir.filePath(u"report.odt"_s);
        QCOMPARE(runCli({u"report"_s, m_next, u"-o"_s, odt, u"--format"_s, u"odt"_s}).code, 0);
        const QString content = toolText(u"unzip"_s, {u"-p"_s, odt, u"content.xml"_s});
        QVERIFY2(content.contains(u"TO REVIEW: carried over from"_s), qPrintable(content.left(500)));
        const QString pdf = m_dir.filePath(u"bericht.pdf"_s);
        QCOMPARE(runCli({u"report"_s, m_next, u"-o"_s, pdf, u"--language"_s, u"de"_s}).code, 0);
        const QString text = toolText(u"pdftotext"_s, {u"-raw"_s, pdf, u"-"_s});
        QVERIFY2(text.contains(u"ZU PRÜFEN: übernommen vom"_s), qPrintable(text.left(2000)));
        QVERIFY(text.contains(u"Aus der vorigen Bewertung aufbewahrte Antworten"_s));
    }

    void exportsCarryTheMark()
    {
        const QString json = m_dir.filePath(u"export.json"_s);
        CliRun r = runCli({u"export"_s, m_next, u"-o"_s, json, u"--format"_s, u"json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject root = QJsonDocument::fromJson(readFile(json)).object();
        QCOMPARE(root[u"to_review"_s].toInt(), 1);
        int marked = 0;
        for (const QJsonValue &a : root[u"answers"_s].toArray())
            if (a[u"to_review"_s].toBool()) {
                ++marked;
                QCOMPARE(a[u"question"_s].toString(), u"cookies.last-scan"_s);
                QCOMPARE(a[u"carried_from"_s].toString(), QDate::currentDate().toString(Qt::ISODate));
            }
        QCOMPARE(marked, 1);
        const QJsonArray history = root[u"carried_history"_s].toArray();
        QCOMPARE(history.size(), 2);
        QStringList kept;
        for (const QJsonValue &h : history)
            kept << h[u"question"_s].toString() + u'=' + h[u"value"_s].toString() + u'/' + h[u"reason"_s].toString();
        kept.sort();
        QCOMPARE(kept, (QStringList {u"cookies.banner-text=2/removed"_s, u"records.ropa=partial/not-valid"_s}));

        const QString csv = m_dir.filePath(u"export.csv"_s);
        QCOMPARE(runCli({u"export"_s, m_next, u"-o"_s, csv, u"--format"_s, u"csv"_s}).code, 0);
        const QStringList lines = QString::fromUtf8(readFile(csv)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QVERIFY(lines.first().endsWith(u",to_review"_s));
        int yes = 0;
        for (const QString &line : lines.mid(1)) {
            if (line.endsWith(u",yes"_s)) {
                ++yes;
                QVERIFY2(line.contains(u"cookies.last-scan"_s), qPrintable(line));
            }
        }
        QCOMPARE(yes, 1);
    }
};

QTEST_MAIN(TestReviewReport)
#include "tst_review_report.moc"
