// The report shows text from the assessment and its questionnaire as
// written (markup stays literal, nothing is fetched), and control
// characters in the title keep the PDF's XMP metadata valid XML (issue 16,
// items 5 and 13). Texts longer than the input limits, written into a file
// behind the application's back, are cut in the layout: report time stays
// linear (item 7).
#include "../core/TestSupport.h"
#include "AssessmentDocument.h"
#include "Cli.h"
#include "CliReportCommands.h"
#include "QuestionnaireLoader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QXmlStreamReader>

using namespace readiness;
using namespace Qt::StringLiterals;

namespace {
const QString kPayload = u"<img src=\"file:///dev/zero\"><b>bold</b><a href=\"https://example.invalid/\">link</a>"_s;

QString tool(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return {};
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}

int runCli(const QStringList &args, QString *err)
{
    QString out;
    QTextStream o(&out), e(err);
    const int code = cli::run(args, {o, e});
    e.flush();
    return code;
}
} // namespace

class TestReportUntrusted : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_pdf;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        cli::registerReportCommands();
        auto q = QuestionnaireLoader::loadFile(
            QStringLiteral(SOURCE_DIR "/tests/data/untrusted/hostile-questionnaire.json"));
        QVERIFY2(q, qPrintable(q ? QString() : q.error().toString()));
        AssessmentDocument::NewAssessment spec;
        spec.organisation.name = kPayload;
        // Control characters are not allowed in XML.
        spec.info.title = u"Board \x01\x1b[2J review "_s + kPayload;
        spec.questionnaires = {*q};
        const QString path = m_dir.filePath(u"hostile.gdpra"_s);
        {
            auto doc = AssessmentDocument::create(path, spec);
            QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().toString()));
            const qint64 ref = (*doc)->questionnaires().first().ref;
            QVERIFY((*doc)->setAnswer(ref, u"s1.q1"_s, u"0"_s, kPayload));
            ActionRecord action;
            action.questionnaireRef = ref;
            action.questionId = u"s1.q1"_s;
            action.title = kPayload;
            QVERIFY((*doc)->addAction(action));
        }
        m_pdf = m_dir.filePath(u"hostile.pdf"_s);
        QString err;
        QVERIFY2(runCli({u"report"_s, path, u"-o"_s, m_pdf}, &err) == 0, qPrintable(err));
    }

    void pdfShowsMarkupLiterally()
    {
        int code = -1;
        const QString text = tool(u"pdftotext"_s, {m_pdf, u"-"_s}, &code);
        QCOMPARE(code, 0);
        const QString flat = QString(text).replace(QRegularExpression(u"\\s+"_s), QString());
        const QString payload = QString(kPayload).remove(u' ');
        QVERIFY2(flat.count(payload) >= 3, qPrintable(text.left(2000))); // organisation, note, action
        QVERIFY(flat.contains(u"<b>Section</b>"_s));
    }

    void xmpIsValidXml()
    {
        QFile f(m_pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        const qsizetype begin = pdf.indexOf("<x:xmpmeta");
        const qsizetype end = pdf.indexOf("</x:xmpmeta>");
        QVERIFY(begin > 0 && end > begin);
        QXmlStreamReader xml(pdf.mid(begin, end - begin + 12));
        QString title;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == "li"_L1 && title.isEmpty())
                title = xml.readElementText();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(title, u"Board [2J review "_s + kPayload);
        int code = -1;
        tool(u"qpdf"_s, {u"--check"_s, m_pdf}, &code);
        QCOMPARE(code, 0);
    }

    void craftedLongTextsKeepReportTimeBounded()
    {
        auto q = QuestionnaireLoader::loadFile(
            QStringLiteral(SOURCE_DIR "/tests/data/untrusted/hostile-questionnaire.json"));
        QVERIFY(q);
        AssessmentDocument::NewAssessment spec;
        spec.organisation.name = u"Acme"_s;
        spec.questionnaires = {*q};
        const QString path = m_dir.filePath(u"long.gdpra"_s);
        {
            auto doc = AssessmentDocument::create(path, spec);
            QVERIFY(doc);
            QVERIFY((*doc)->setAnswer((*doc)->questionnaires().first().ref, u"s1.q1"_s, u"1"_s, u"short"_s));
        }
        auto render = [&](const QString &name) {
            QElapsedTimer t;
            t.start();
            QString err;
            const int code = runCli({u"report"_s, path, u"-o"_s, m_dir.filePath(name)}, &err);
            return code == 0 ? t.nsecsElapsed() / 1e9 : -1.0;
        };
        const double normal = render(u"normal.pdf"_s);
        QVERIFY(normal >= 0);
        // 1 MB (before: over 300 s for the name alone, 55 s for 100 KB).
        QVERIFY(testsupport::alterBehindTheBack(
            path,
            {u"UPDATE organisation SET name = replace(hex(zeroblob(524288)), '00', 'Ab')"_s,
             u"UPDATE answer SET note = replace(hex(zeroblob(524288)), '00', 'Cd')"_s}));
        const double crafted = render(u"crafted.pdf"_s);
        qInfo("report: %.1f s normal, %.1f s with a 1 MB name and a 1 MB note", normal, crafted);
        QVERIFY(crafted >= 0);
        QVERIFY2(crafted < 3 * normal + 10, "a long crafted text makes the report take far longer");
        int code = -1;
        const QString text = tool(u"pdftotext"_s, {m_dir.filePath(u"crafted.pdf"_s), u"-"_s}, &code);
        QCOMPARE(code, 0);
        const QString flat = QString(text).remove(QRegularExpression(u"\\s+"_s));
        QVERIFY2(flat.contains(u"(1,048,376morecharacters)"_s), qPrintable(text.left(3000))); // the name
        QVERIFY2(flat.contains(u"(1,028,576morecharacters)"_s), qPrintable(text.left(3000))); // the note
    }
};

QTEST_MAIN(TestReportUntrusted)
#include "tst_report_untrusted.moc"
