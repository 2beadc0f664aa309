// The report shows text from the assessment and its questionnaire as
// written (markup stays literal, nothing is fetched), and control
// characters in the title keep the PDF's XMP metadata valid XML (issue 16,
// items 5 and 13).
#include "AssessmentDocument.h"
#include "Cli.h"
#include "CliReportCommands.h"
#include "QuestionnaireLoader.h"

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
};

QTEST_MAIN(TestReportUntrusted)
#include "tst_report_untrusted.moc"
