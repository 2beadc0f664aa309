// The report and export commands on the demo assessment, checked with the
// tools a reader of the PDF would trust (qpdf, poppler-utils, unzip) rather
// than with our own code.
#include "../core/CsvParsing.h"
#include "AssessmentDocument.h"
#include "AssessmentExport.h"
#include "Cli.h"
#include "CliReportCommands.h"
#include "ReportModel.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace readiness;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.exitCode = cli::run(args, {out, err});
    out.flush();
    err.flush();
    return r;
}

Run tool(const QString &program, const QStringList &args)
{
    Run r;
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString squeeze(const QString &text)
{
    return QString(text).replace(QRegularExpression(u"[ \\t]+"_s), u" "_s);
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

using testsupport::parseCsv;
} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfIsValid();
    void pdfTextIsTrueToTheData();
    void pdfHasNoOrphanHeadings();
    void pdfFontsAreEmbedded();
    void pdfMetadataAndPageSize();
    void pdfChartsAreVectors();
    void letterPageSize();
    void germanReport();
    void criticalNotApplicableIsListed();
    void signedOffReportStatesFingerprint();
    void odt();
    void jsonExportRoundTrips();
    void csvExportRoundTrips();
    void badInput_data();
    void badInput();
    void usageErrors();
    void reportLeavesAssessmentUntouched();
    void outputNeverReplacesTheAssessment();

private:
    QString m_demo;
    QTemporaryDir m_dir;
    QString m_pdf;
    QByteArray m_demoHash;
    std::unique_ptr<AssessmentDocument> m_doc;
    std::optional<ReportModel> m_model;
};

void TestReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    cli::registerReportCommands();
    m_demo = QStringLiteral(BUILD_DATA_DIR "/demo/demo.gdpra");
    QVERIFY2(QFile::exists(m_demo), qPrintable(m_demo));
    for (const char *program : {"qpdf", "pdftotext", "pdffonts", "pdfinfo", "pdfimages", "unzip"})
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(program)).isEmpty(), program);
    m_demoHash = fileHash(m_demo);

    auto doc = AssessmentDocument::open(m_demo, AssessmentFile::Mode::ReadOnly);
    QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().toString()));
    m_doc = std::move(doc).value();
    auto model = ReportModel::build(*m_doc, {});
    QVERIFY(model);
    m_model = *model;

    m_pdf = m_dir.filePath(u"demo.pdf"_s);
    QElapsedTimer timer;
    timer.start();
    const Run r = runCli({u"report"_s, m_demo, u"-o"_s, m_pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    qInfo("report on the demo: %lld ms, %lld bytes", timer.elapsed(), QFileInfo(m_pdf).size());
    QVERIFY(QFile::exists(m_pdf));
}

void TestReport::pdfIsValid()
{
    const Run r = tool(u"qpdf"_s, {u"--check"_s, m_pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
}

void TestReport::pdfTextIsTrueToTheData()
{
    const Run r = tool(u"pdftotext"_s, {u"-layout"_s, m_pdf, u"-"_s});
    QCOMPARE(r.exitCode, 0);
    const QString text = squeeze(r.out);
    QVERIFY(text.contains(m_model->organisation.name));
    QVERIFY(text.contains(m_model->assessment.title));
    QVERIFY(!m_model->sections.isEmpty());
    for (const auto &s : m_model->sections)
        QVERIFY2(text.contains(s.title), qPrintable(s.title));
    QVERIFY(m_model->score.percent);
    // The core's score, written the way the report writes it.
    const QString overall = formatPercent(m_doc->score().percent);
    QVERIFY2(text.contains(overall), qPrintable(overall));
    QVERIFY(!m_model->evidence.isEmpty());
    for (const auto &e : m_model->evidence)
        QVERIFY2(text.contains(e.record.sha256), qPrintable(e.record.sha256));
    for (const auto &q : m_model->questionnaires)
        QVERIFY2(text.contains(q.sha256), qPrintable(q.sha256));
    QVERIFY(text.contains(m_model->fingerprint));
    const int pages = QRegularExpression(u"Page \\d+ of (\\d+)"_s).match(text).captured(1).toInt();
    QVERIFY(pages > 3);
    QVERIFY(text.contains(u"Page %1 of %1"_s.arg(pages)));
    QVERIFY(text.contains(u"not a prediction"_s));
    QVERIFY(!m_model->keyDates.isEmpty()); // the demo has key dates: each on the cover
    for (const auto &d : m_model->keyDates)
        QVERIFY2(text.contains(d.label), qPrintable(d.label));
    QVERIFY(text.contains(u"Executive summary"_s));
    // The method section states how countdowns count (docs/countdown.md).
    QVERIFY(text.contains(u"the earlier day counts, the later day does not"_s));
}

void TestReport::pdfHasNoOrphanHeadings()
{
    // No page ends with a section heading (or the line under it) whose
    // questions start on the next page.
    const Run r = tool(u"pdftotext"_s, {u"-layout"_s, m_pdf, u"-"_s});
    QCOMPARE(r.exitCode, 0);
    const QStringList pages = r.out.split(u'\f', Qt::SkipEmptyParts);
    QVERIFY(pages.size() > 3);
    int checked = 0;
    // The detail part, where each section is a heading over its questions
    // (the summary's risk table names sections too, as plain cells).
    qsizetype first = 0;
    while (first < pages.size() && !pages.at(first).contains(u"Detail by section"_s))
        ++first;
    QVERIFY(first < pages.size());
    for (qsizetype p = first; p < pages.size(); ++p) {
        QStringList lines;
        for (const QString &line : pages.at(p).split(u'\n'))
            if (!line.trimmed().isEmpty() && !line.contains(u"Fingerprint"_s))
                lines << line.trimmed();
        // The last two lines of the body, above the footer.
        for (const QString &line : lines.mid(std::max<qsizetype>(0, lines.size() - 2))) {
            for (const auto &s : m_model->sections) {
                ++checked;
                QVERIFY2(line != s.title, qPrintable(u"page %1 ends with the heading '%2'"_s.arg(p + 1).arg(s.title)));
            }
        }
    }
    QVERIFY(checked > 0);
}

void TestReport::pdfFontsAreEmbedded()
{
    const Run r = tool(u"pdffonts"_s, {m_pdf});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(!lines.isEmpty());
    for (const QString &line : lines) {
        const QStringList f = line.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
        QVERIFY2(f.size() >= 6 && f.at(f.size() - 5) == "yes"_L1, qPrintable(line));
        QVERIFY2(line.contains(u"DejaVu"_s), qPrintable(line));
    }
}

void TestReport::pdfMetadataAndPageSize()
{
    const Run r = tool(u"pdfinfo"_s, {m_pdf});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(
                 QRegularExpression(u"Title:\\s+%1"_s.arg(QRegularExpression::escape(m_model->assessment.title)))),
             qPrintable(r.out));
    QVERIFY(r.out.contains(
        QRegularExpression(u"Author:\\s+%1"_s.arg(QRegularExpression::escape(m_model->assessment.assessor)))));
    QVERIFY(r.out.contains(QRegularExpression(u"Creator:\\s+gdpr-readiness"_s)));
    // Qt 6.4 writes page boxes in whole points: A4 is 595 x 842 (595.28 x 841.89).
    QVERIFY2(r.out.contains(QRegularExpression(u"Page size:\\s+595(\\.28)? x 84(2|1\\.89) pts \\(A4\\)"_s)),
             qPrintable(r.out));
}

void TestReport::pdfChartsAreVectors()
{
    const Run r = tool(u"pdfimages"_s, {u"-list"_s, m_pdf});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts).size(), 2); // the header only
}

void TestReport::letterPageSize()
{
    const QString out = m_dir.filePath(u"letter.pdf"_s);
    const Run r = runCli({u"report"_s, m_demo, u"-o"_s, out, u"--page-size"_s, u"Letter"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(tool(u"qpdf"_s, {u"--check"_s, out}).exitCode, 0);
    const Run info = tool(u"pdfinfo"_s, {out});
    QVERIFY2(info.out.contains(u"612 x 792 pts"_s), qPrintable(info.out));
    const QString text = squeeze(tool(u"pdftotext"_s, {u"-layout"_s, out, u"-"_s}).out);
    QVERIFY(text.contains(formatPercent(m_doc->score().percent)));
    for (const auto &s : m_model->sections)
        QVERIFY2(text.contains(s.title), qPrintable(s.title));
}

void TestReport::germanReport()
{
    const QString out = m_dir.filePath(u"de.pdf"_s);
    const Run r = runCli({u"report"_s, m_demo, u"-o"_s, out, u"--language"_s, u"de"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString text = squeeze(tool(u"pdftotext"_s, {u"-layout"_s, out, u"-"_s}).out);
    QVERIFY(text.contains(u"Zusammenfassung"_s));
    QVERIFY(text.contains(u"Maßnahmenplan"_s));
    QVERIFY(text.contains(QRegularExpression(u"Seite \\d+ von \\d+"_s)));
}

void TestReport::signedOffReportStatesFingerprint()
{
    // Issue 14: the report of a signed-off assessment says who signed it,
    // when, and the fingerprint `verify` checks; after reopening it does not.
    const QString copy = m_dir.filePath(u"signed.gdpra"_s);
    QVERIFY(QFile::copy(m_demo, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const Run s = runCli({u"sign-off"_s, copy, u"--name"_s, u"Priya Shah"_s, u"--role"_s, u"DPO"_s, u"--opinion"_s,
                          u"Ready for the board."_s});
    QVERIFY2(s.exitCode == 0, qPrintable(s.err));
    const QString fingerprint = s.out.section(u"fingerprint "_s, 1).trimmed();
    QCOMPARE(fingerprint.size(), 64);
    const QString out = m_dir.filePath(u"signed.pdf"_s);
    const Run r = runCli({u"report"_s, copy, u"-o"_s, out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // The line may wrap in its table cell: compare with every run of white space as one space.
    const QString text
        = tool(u"pdftotext"_s, {u"-layout"_s, out, u"-"_s}).out.replace(QRegularExpression(u"\\s+"_s), u" "_s);
    QVERIFY2(text.contains(u"signed off by Priya Shah (DPO) on"_s), qPrintable(text.left(2000)));
    // The 64 hex digits may wrap inside the cell, too.
    QVERIFY2(QString(text).remove(u' ').contains(u"fingerprint"_s + fingerprint), qPrintable(text.left(2000)));

    QCOMPARE(runCli({u"reopen"_s, copy, u"--reason"_s, u"new processing"_s}).exitCode, 0);
    const Run again = runCli({u"report"_s, copy, u"-o"_s, out});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY(!squeeze(tool(u"pdftotext"_s, {u"-layout"_s, out, u"-"_s}).out).contains(u"signed off by"_s));
}

void TestReport::criticalNotApplicableIsListed()
{
    // The demo answers one critical question N/A, with a reason: the report
    // names the question and prints the reason.
    QVERIFY(!m_model->criticalNotApplicable.isEmpty());
    const QString text = squeeze(tool(u"pdftotext"_s, {u"-layout"_s, m_pdf, u"-"_s}).out);
    QVERIFY(text.contains(u"Critical questions answered"_s));
    for (const auto &n : m_model->criticalNotApplicable) {
        QVERIFY(!n.reason.isEmpty());
        QVERIFY(text.contains(n.questionnaireId + u':' + n.questionId));
        // The reason wraps inside its table cell: its first words are on one line.
        QVERIFY2(text.contains(squeeze(n.reason.left(40))), qPrintable(n.reason));
    }

    // A file written before a reason was required: the answer is kept and
    // the report flags the missing reason rather than hiding the question.
    const QString copy = m_dir.filePath(u"legacy.gdpra"_s);
    QVERIFY(QFile::copy(m_demo, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    {
        auto doc = AssessmentDocument::open(copy);
        QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().toString()));
        auto ref = (*doc)->resolveQuestion(u"accountability.dpia-completed"_s);
        QVERIFY(ref);
        QVERIFY(!(*doc)->setAnswer(ref->questionnaireRef, ref->question->id, u"na"_s, {})); // refused now
        AnswerRecord legacy {ref->questionnaireRef, ref->question->id, u"na"_s, {}, u"legacy"_s, {}};
        QVERIFY((*doc)->repository().setAnswer((*doc)->assessment().id, legacy));
    }
    auto doc = AssessmentDocument::open(copy, AssessmentFile::Mode::ReadOnly);
    QVERIFY(doc);
    auto model = ReportModel::build(**doc, {});
    QVERIFY(model);
    bool flagged = false;
    for (const auto &n : model->criticalNotApplicable)
        flagged = flagged || (n.questionId == u"accountability.dpia-completed"_s && n.reason.isEmpty());
    QVERIFY(flagged);
    const QString pdf = m_dir.filePath(u"legacy.pdf"_s);
    const Run r = runCli({u"report"_s, copy, u"-o"_s, pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(squeeze(tool(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s}).out).contains(u"NO REASON GIVEN"_s));
}

void TestReport::odt()
{
    const QString out = m_dir.filePath(u"demo.odt"_s);
    const Run r = runCli({u"report"_s, m_demo, u"-o"_s, out, u"--format"_s, u"odt"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.read(2), QByteArray("PK"));
    const Run content = tool(u"unzip"_s, {u"-p"_s, out, u"content.xml"_s});
    QCOMPARE(content.exitCode, 0);
    QVERIFY(content.out.contains(m_model->organisation.name));
    const Run list = tool(u"unzip"_s, {u"-l"_s, out});
    QVERIFY2(list.out.contains(u"Pictures/"_s), qPrintable(list.out)); // the charts, as images
}

void TestReport::jsonExportRoundTrips()
{
    const QString out = m_dir.filePath(u"demo.json"_s);
    const Run r = runCli({u"export"_s, m_demo, u"--format"_s, u"json"_s, u"-o"_s, out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(f.readAll(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(u"format"_s).toString(), u"gdpr-readiness-export"_s);
    QCOMPARE(root.value(u"version"_s).toInt(), 1);
    QCOMPARE(root.value(u"organisation"_s).toObject().value(u"name"_s).toString(), m_doc->organisation().name);
    QHash<QString, qint64> refs;
    int questions = 0;
    for (const auto &e : m_doc->questionnaires()) {
        refs.insert(e.questionnaire.id, e.ref);
        questions += e.questionnaire.questionCount();
    }
    const QJsonArray answers = root.value(u"answers"_s).toArray();
    QCOMPARE(answers.size(), questions);
    int answered = 0;
    int withEvidence = 0;
    for (const QJsonValue &v : answers) {
        const QJsonObject a = v.toObject();
        QVERIFY(refs.contains(a.value(u"questionnaire"_s).toString()));
        const qint64 ref = refs.value(a.value(u"questionnaire"_s).toString());
        const QString id = a.value(u"question"_s).toString();
        const AnswerRecord rec = m_doc->answer(ref, id);
        QCOMPARE(a.value(u"value"_s).toString(), rec.value);
        QCOMPARE(a.value(u"note"_s).toString(), rec.note);
        QCOMPARE(a.value(u"evidence_count"_s).toInt(), int(m_doc->evidenceFor(ref, id).size()));
        const Question *q = m_doc->questionnaire(ref)->questionnaire.question(id);
        QVERIFY(q);
        QCOMPARE(a.value(u"text"_s).toString(), q->text.text(u"en"_s));
        QCOMPARE(a.value(u"references"_s).toArray().size(), q->references.size());
        answered += rec.value.isEmpty() ? 0 : 1;
        withEvidence += a.value(u"evidence_count"_s).toInt();
    }
    QVERIFY(answered > 100);
    QCOMPARE(withEvidence, int(m_doc->evidence().size()));
}

void TestReport::csvExportRoundTrips()
{
    const QString out = m_dir.filePath(u"demo.csv"_s);
    const Run r = runCli({u"export"_s, m_demo, u"--format"_s, u"csv"_s, u"-o"_s, out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    bool crlfOnly = false;
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)), &crlfOnly);
    QVERIFY(crlfOnly);
    QVERIFY(rows.size() > 1);
    const QStringList header = rows.first();
    QCOMPARE(header, AssessmentExport::csvColumns());
    const int qCol = int(header.indexOf(u"questionnaire"_s));
    const int idCol = int(header.indexOf(u"question"_s));
    const int valueCol = int(header.indexOf(u"value"_s));
    const int noteCol = int(header.indexOf(u"note"_s));
    QHash<QString, qint64> refs;
    int questions = 0;
    for (const auto &e : m_doc->questionnaires()) {
        refs.insert(e.questionnaire.id, e.ref);
        questions += e.questionnaire.questionCount();
    }
    QCOMPARE(rows.size() - 1, questions);
    bool sawComma = false;
    for (const QStringList &row : rows.mid(1)) {
        QCOMPARE(row.size(), header.size());
        const AnswerRecord rec = m_doc->answer(refs.value(row.at(qCol)), row.at(idCol));
        QCOMPARE(row.at(valueCol), rec.value);
        QCOMPARE(row.at(noteCol), rec.note);
        sawComma = sawComma || rec.note.contains(u',');
    }
    QVERIFY(sawComma); // quoting was exercised
}

void TestReport::badInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("named");
    QTest::addColumn<QString>("format");
    const QString dir = m_dir.path();
    QFile text(dir + u"/not-an-assessment.gdpra"_s);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("this is not an assessment\n");
    text.close();
    const QString demo = QStringLiteral(BUILD_DATA_DIR "/demo/demo.gdpra");
    for (const QString &format : {u"pdf"_s, u"odt"_s, u"json"_s, u"csv"_s}) {
        QTest::addRow("missing file %s", qPrintable(format))
            << dir + u"/missing.gdpra"_s << dir + u"/a."_s + format << u"missing.gdpra"_s << format;
        QTest::addRow("not an assessment %s", qPrintable(format))
            << text.fileName() << dir + u"/b."_s + format << u"not-an-assessment.gdpra"_s << format;
        QTest::addRow("/proc %s", qPrintable(format))
            << demo << u"/proc/x."_s + format << u"/proc/x."_s + format << format;
        QTest::addRow("no such directory %s", qPrintable(format))
            << demo << dir + u"/nowhere/c."_s + format << u"nowhere/c."_s + format << format;
    }
}

void TestReport::badInput()
{
    QFETCH(QString, input);
    QFETCH(QString, output);
    QFETCH(QString, named);
    QFETCH(QString, format);
    const bool report = format == "pdf"_L1 || format == "odt"_L1;
    const Run r = runCli({report ? u"report"_s : u"export"_s, input, u"-o"_s, output, u"--format"_s, format});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(named), qPrintable(r.err));
    QVERIFY(!QFile::exists(output));
}

void TestReport::usageErrors()
{
    const QString out = m_dir.filePath(u"usage.pdf"_s);
    QCOMPARE(runCli({u"report"_s, m_demo}).exitCode, 2);
    QCOMPARE(runCli({u"report"_s, m_demo, u"-o"_s, out, u"--page-size"_s, u"A3"_s}).exitCode, 2);
    QCOMPARE(runCli({u"report"_s, m_demo, u"-o"_s, out, u"--format"_s, u"docx"_s}).exitCode, 2);
    QCOMPARE(runCli({u"report"_s, m_demo, u"-o"_s, out, u"--language"_s, u"fr"_s}).exitCode, 2);
    QCOMPARE(runCli({u"export"_s, m_demo, u"-o"_s, out}).exitCode, 2);
    QCOMPARE(runCli({u"export"_s, m_demo, u"--format"_s, u"xml"_s, u"-o"_s, out}).exitCode, 2);
    QVERIFY(!QFile::exists(out));
    QVERIFY(cli::commandNeedsGuiApplication({u"report"_s, m_demo}));
    QVERIFY(!cli::commandNeedsGuiApplication({u"export"_s, m_demo}));
}

void TestReport::reportLeavesAssessmentUntouched()
{
    QCOMPARE(fileHash(m_demo), m_demoHash);
}

void TestReport::outputNeverReplacesTheAssessment()
{
    // `report x.gdpra -o x.gdpra` used to print "Wrote x.gdpra" and leave a PDF.
    const QString copy = m_dir.filePath(u"victim.gdpra"_s);
    QVERIFY(QFile::copy(m_demo, copy));
    const QString link = m_dir.filePath(u"board.pdf"_s);
    QVERIFY(QFile::link(copy, link));
    const QByteArray before = fileHash(copy);
    const QList<QStringList> runs {
        {u"report"_s, copy, u"-o"_s, copy},
        {u"report"_s, copy, u"-o"_s, link},
        {u"report"_s, link, u"-o"_s, copy + u"-wal"_s},
        {u"export"_s, copy, u"--format"_s, u"csv"_s, u"-o"_s, copy},
        {u"export"_s, copy, u"--format"_s, u"json"_s, u"-o"_s, link},
    };
    for (const QStringList &args : runs) {
        const Run r = runCli(args);
        QVERIFY2(r.exitCode == 1, qPrintable(args.join(u' ') + u": "_s + r.out + r.err));
        QVERIFY2(r.err.contains(u"refusing to write "_s), qPrintable(r.err));
        QVERIFY(!r.out.contains(u"Wrote"_s));
        QCOMPARE(fileHash(copy), before);
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(!QFile::exists(copy + u"-wal"_s));
    }
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
