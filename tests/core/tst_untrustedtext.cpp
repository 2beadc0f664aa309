// Text from files and users, made safe where it goes: evidence names are
// base names (stored and used), CSV cells are never formulas, and the
// terminal never receives an escape sequence from a file (issue 16, items
// 8, 9, 11 and the NUL of 13).
#include "AssessmentDocument.h"
#include "AssessmentExport.h"
#include "Cli.h"
#include "QuestionnaireLoader.h"
#include "ReportModel.h"
#include "TestSupport.h"
#include "UntrustedText.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace readiness;
using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &args)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    const int code = cli::run(args, {o, e});
    o.flush();
    e.flush();
    return {code, out, err};
}

const QString kHostile = QStringLiteral(TEST_DATA_DIR "/untrusted/hostile-questionnaire.json");
const QString kTitleEscape = u"\x1b]0;pwned\x07"_s;
const QString kClearScreen = u"\x1b[2J"_s;

// Any byte a terminal acts on, other than newline and TAB.
bool hasControl(const QString &text)
{
    for (const QChar c : text)
        if ((c.unicode() < 0x20 && c != u'\n' && c != u'\t') || (c.unicode() >= 0x7F && c.unicode() <= 0x9F))
            return true;
    return false;
}

bool sqlite(const QString &file, const QString &sql)
{
    QProcess p;
    p.start(u"sqlite3"_s, {file, sql});
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}
} // namespace

class TestUntrustedText : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString newAssessment(const QString &name, const QString &org)
    {
        const QString path = m_dir.filePath(name);
        const Run r = runCli({u"new"_s, u"--org"_s, org, u"--questionnaire"_s, kHostile, u"-o"_s, path});
        if (r.code != 0)
            qWarning("new failed: %s", qPrintable(r.err));
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!QStandardPaths::findExecutable(u"sqlite3"_s).isEmpty());
    }

    void fileBaseName_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"policy.pdf"_s << u"policy.pdf"_s;
        QTest::newRow("traversal") << u"../.config/autostart/evidence.desktop"_s << u"evidence.desktop"_s;
        QTest::newRow("absolute") << u"/etc/cron.d/job"_s << u"job"_s;
        QTest::newRow("windows") << u"C:\\Users\\x\\Startup\\run.bat"_s << u"run.bat"_s;
        QTest::newRow("dot-dot") << u".."_s << u"evidence"_s;
        QTest::newRow("dot") << u"a/."_s << u"evidence"_s;
        QTest::newRow("empty") << QString() << u"evidence"_s;
        QTest::newRow("trailing slash") << u"dir/"_s << u"evidence"_s;
        QTest::newRow("controls") << u"a\x1b[2Jb\nc\x7f\u0085.txt"_s << u"a[2Jbc.txt"_s;
        QTest::newRow("bidi override") << u"invoice\u202Efdp.exe"_s << u"invoicefdp.exe"_s;
        QTest::newRow("long") << QString(300, u'x') + u".pdf"_s << QString(196, u'x') + u".pdf"_s;
    }

    void fileBaseName()
    {
        QFETCH(QString, stored);
        QFETCH(QString, expected);
        QCOMPARE(UntrustedText::fileBaseName(stored), expected);
    }

    void spreadsheetCell_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equals") << u"=1+1"_s << u"'=1+1"_s;
        QTest::newRow("plus") << u"+1"_s << u"'+1"_s;
        QTest::newRow("minus") << u"-cmd|' /C calc'!A0"_s << u"'-cmd|' /C calc'!A0"_s;
        QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
        QTest::newRow("cr") << u"\r=1"_s << u"'\r=1"_s;
        QTest::newRow("inner") << u"a=b"_s << u"a=b"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("nul") << u"a\0b"_s << u"ab"_s;
        QTest::newRow("nul first") << u"\0=1"_s << u"'=1"_s;
    }

    void spreadsheetCell()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(UntrustedText::spreadsheetCell(text), expected);
    }

    void forTerminal()
    {
        QCOMPARE(UntrustedText::forTerminal(kTitleEscape + u"x"_s), u"\\x1b]0;pwned\\x07x"_s);
        QCOMPARE(UntrustedText::forTerminal(u"a\nb\tc\u009b"_s), u"a\\x0ab\tc\\x9b"_s);
        QCOMPARE(UntrustedText::forTerminal(u"a\nb\x7f"_s, true), u"a\nb\\x7f"_s);
        QCOMPARE(UntrustedText::forTerminal(u"Grüße – ok"_s), u"Grüße – ok"_s);
    }

    // Item 11: score, new, evidence add and validate print names from files.
    void terminalNeverGetsEscapes()
    {
        const QString org = u"ACME "_s + kTitleEscape + kClearScreen;
        const QString path = m_dir.filePath(u"acme.gdpra"_s);
        Run r = runCli({u"new"_s, u"--org"_s, org, u"--questionnaire"_s, kHostile, u"-o"_s, path});
        QCOMPARE(r.code, 0);
        QVERIFY2(!hasControl(r.out + r.err), qPrintable(r.out));
        QVERIFY(r.out.contains(u"\\x1b]0;pwned\\x07"_s));

        r = runCli({u"score"_s, path});
        QCOMPARE(r.code, 0);
        QVERIFY2(!hasControl(r.out + r.err), qPrintable(r.out));
        QVERIFY(r.out.contains(u"ACME \\x1b]0;pwned\\x07\\x1b[2J"_s)); // organisation, shown escaped
        QVERIFY(r.out.contains(u"<b>bold</b> \\x1b]0;pwned"_s)); // questionnaire title

        const QString evidence = m_dir.filePath(u"scan"_s + kTitleEscape + kClearScreen + u".txt"_s);
        QVERIFY(testsupport::writeFile(evidence, "evidence"));
        r = runCli({u"evidence"_s, u"add"_s, path, u"hostile:s1.q1"_s, evidence});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(!hasControl(r.out + r.err), qPrintable(r.out));
        QVERIFY(r.out.contains(u"scan]0;pwned[2J.txt"_s)); // stored without its control characters

        const QString badName = m_dir.filePath(u"q"_s + kClearScreen + u".json"_s);
        QVERIFY(QFile::copy(kHostile, badName));
        r = runCli({u"validate"_s, badName});
        QCOMPARE(r.code, 0);
        QVERIFY2(!hasControl(r.out + r.err), qPrintable(r.out));
        QVERIFY(testsupport::writeFile(badName, "{\"format\": 1, \"id\": \"\x1b]0;pwned\x07\"}"));
        r = runCli({u"validate"_s, badName});
        QVERIFY(r.code != 0);
        QVERIFY2(!hasControl(r.out + r.err), qPrintable(r.err));
    }

    // Item 8: a name crafted into the file is a base name when used.
    void craftedEvidenceNamesAreBaseNames()
    {
        const QString path = newAssessment(u"names.gdpra"_s, u"ACME"_s);
        const QString a = m_dir.filePath(u"a.txt"_s);
        QVERIFY(testsupport::writeFile(a, "a"));
        for (int i = 0; i < 2; ++i)
            QCOMPARE(runCli({u"evidence"_s, u"add"_s, path, u"hostile:s1.q1"_s, a}).code, 0);
        QVERIFY(sqlite(path, u"UPDATE evidence SET name = '../.config/autostart/evidence.desktop' WHERE id = 1"_s));
        QVERIFY(sqlite(path, u"UPDATE evidence SET name = '/etc/cron.d/x' || char(27) || '[2J' WHERE id = 2"_s));
        auto doc = AssessmentDocument::open(path, AssessmentFile::Mode::ReadOnly);
        QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().toString()));
        QCOMPARE((*doc)->evidence().size(), 2);
        QCOMPARE((*doc)->evidence().at(0).name, u"evidence.desktop"_s);
        QCOMPARE((*doc)->evidence().at(1).name, u"x[2J"_s);
    }

    // Item 13: a spec names evidence beside it, never any readable file.
    void specEvidenceStaysInItsFolder_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("beside") << u"evidence/ok.txt"_s << true;
        QTest::newRow("absolute") << u"/etc/hostname"_s << false;
        QTest::newRow("dot-dot") << u"../outside.txt"_s << false;
        QTest::newRow("inner dot-dot") << u"evidence/../../outside.txt"_s << false;
        QTest::newRow("symlink out") << u"evidence/link.txt"_s << false;
    }

    void specEvidenceStaysInItsFolder()
    {
        QFETCH(QString, file);
        QFETCH(bool, accepted);
        const QString folder = m_dir.filePath(u"spec"_s);
        QVERIFY(QDir().mkpath(folder + u"/evidence"_s));
        QVERIFY(testsupport::writeFile(m_dir.filePath(u"outside.txt"_s), "secret"));
        QVERIFY(testsupport::writeFile(folder + u"/evidence/ok.txt"_s, "ok"));
        QFile::link(m_dir.filePath(u"outside.txt"_s), folder + u"/evidence/link.txt"_s);
        const QString spec = folder + u"/spec.json"_s;
        const QString json = u"{\"organisation\": {\"name\": \"ACME\"}, \"questionnaires\": [\"%1\"],"
                             " \"evidence\": [{\"question\": \"s1.q1\", \"file\": \"%2\"}]}"_s.arg(kHostile, file);
        QVERIFY(testsupport::writeFile(spec, json.toUtf8()));
        const QString out
            = m_dir.filePath(u"spec-%1.gdpra"_s.arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-'));
        const Run r = runCli({u"new"_s, u"--from"_s, spec, u"-o"_s, out});
        if (accepted) {
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QVERIFY2(r.out.contains(u"evidence ok.txt (2 bytes"_s), qPrintable(r.out)); // says what went in
        } else {
            QVERIFY(r.code != 0);
            QVERIFY2(r.err.contains(u"outside the spec's folder"_s), qPrintable(r.err));
            QVERIFY(!QFile::exists(out));
        }
    }

    // Item 9 and the NUL of item 13: notes, text answers and action titles.
    void csvHasNoFormulas()
    {
        const QString path = newAssessment(u"csv.gdpra"_s, u"ACME"_s);
        auto opened = AssessmentDocument::open(path);
        QVERIFY(opened);
        AssessmentDocument &doc = **opened;
        const qint64 ref = doc.questionnaires().first().ref;
        const QStringList starts {u"="_s, u"+"_s, u"-"_s, u"@"_s, u"\t"_s, u"\r"_s};
        QStringList notes;
        for (const QString &s : starts)
            notes << s + u"HYPERLINK(\"https://example.invalid\")"_s;
        QVERIFY(doc.setAnswer(ref, u"s1.q1"_s, u"1"_s, notes.join(u' ')));
        QVERIFY(doc.setAnswer(ref, u"s1.q2"_s, u"@SUM(1+1)*cmd|' /C calc'!A0"_s, u"+note"_s));
        QVERIFY(doc.setAnswer(ref, u"s1.q3"_s, u"a"_s, u"a\0b=c"_s));
        ActionRecord action;
        action.questionnaireRef = ref;
        action.questionId = u"s1.q3"_s;
        action.title = u"-2+3"_s;
        QVERIFY(doc.addAction(action));

        auto model = ReportModel::build(doc, {});
        QVERIFY(model);
        const QByteArray csv = AssessmentExport::toCsv(*model);
        QVERIFY(!csv.contains('\0'));
        const QString text = QString::fromUtf8(csv);
        QVERIFY(text.contains(u"\"'=HYPERLINK(\"\"https://example.invalid\"\")"_s)); // the note, quoted
        QVERIFY(text.contains(u",'@SUM(1+1)*cmd|' /C calc'!A0,"_s)); // the text answer
        QVERIFY(text.contains(u",'+note,"_s));
        QVERIFY(text.contains(u",ab=c,"_s));
        QVERIFY(text.contains(u",\"'-2+3 [open"_s)); // the action
        // No cell of any line starts with a formula character.
        for (const QString &line : text.split(u"\r\n"_s))
            for (const QString &cell : line.split(u','))
                QVERIFY2(cell.isEmpty() || !QStringView(u"=+-@\t\r").contains(cell.front()), qPrintable(cell));
    }
};

QTEST_GUILESS_MAIN(TestUntrustedText)
#include "tst_untrustedtext.moc"
