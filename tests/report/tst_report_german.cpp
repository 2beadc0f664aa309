// The German report (issue 13) of a GmbH in Munich: German headings and
// questionnaire texts, German number and date formats, legal references in
// German form, working days on the Bavarian calendar. Checked with
// pdftotext, as a reader of the PDF would see it.
#include "../GermanCoverage.h"
#include "AssessmentDocument.h"
#include "Cli.h"
#include "CliReportCommands.h"
#include "Countdown.h"
#include "DataPaths.h"
#include "QuestionnaireLibrary.h"
#include "ReportModel.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace readiness;

namespace {
int runCli(const QStringList &args, QString *err = nullptr)
{
    QString out, error;
    QTextStream o(&out), e(&error);
    const int rc = cli::run(args, {o, e});
    e.flush();
    if (err)
        *err = error;
    return rc;
}

/// The PDF's text as laid out (a table row stays on its line, so a label
/// and its value stay together), every run of spaces one space.
QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).replace(QRegularExpression(u"[ \\t]+"_s), u" "_s);
}

/// The first words of @p text: long enough to be distinctive, short enough
/// to sit on one line of a table cell in most cases.
QString opening(const QString &text, int words = 5)
{
    return text.simplified().section(u' ', 0, words - 1);
}
} // namespace

class TestReportGerman : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void germanWordsFormatsAndReferences();
    void noEnglishQuestionText();
    void workingDaysOnTheBavarianCalendar();

private:
    QTemporaryDir m_dir;
    QString m_file;
    QString m_german;
    QString m_english;
};

void TestReportGerman::initTestCase()
{
    QVERIFY(m_dir.isValid());
    cli::registerReportCommands();
    m_file = m_dir.filePath(u"muster.gdpra"_s);
    QStringList args {u"new"_s,       u"-o"_s,          m_file,      u"--org"_s,         u"Muster Maschinenbau GmbH"_s,
                      u"--country"_s, u"Deutschland"_s, u"--land"_s, u"Bayern"_s,        u"--turnover"_s,
                      u"48000000"_s,  u"--currency"_s,  u"EUR"_s,    u"--target-date"_s, u"2027-03-15"_s};
    for (const QString &id : QuestionnaireLibrary::bundledIds())
        args << u"--questionnaire"_s << id;
    QString err;
    QVERIFY2(runCli(args, &err) == 0, qPrintable(err));
    QVERIFY2(runCli({u"answer"_s, m_file, u"lawfulness.lawful-basis-recorded"_s, u"2"_s}, &err) == 0, qPrintable(err));
    const QString de = m_dir.filePath(u"de.pdf"_s);
    const QString en = m_dir.filePath(u"en.pdf"_s);
    QVERIFY2(runCli({u"report"_s, m_file, u"-o"_s, de, u"--language"_s, u"de"_s}, &err) == 0, qPrintable(err));
    QVERIFY2(runCli({u"report"_s, m_file, u"-o"_s, en, u"--language"_s, u"en"_s}, &err) == 0, qPrintable(err));
    m_german = pdfText(de);
    m_english = pdfText(en);
    QVERIFY(m_german.size() > 10000);
}

void TestReportGerman::germanWordsFormatsAndReferences()
{
    for (const QString &word :
         {u"DSGVO-BEREITSCHAFTSBEWERTUNG"_s, u"Zusammenfassung"_s, u"Maßnahmenplan"_s, u"Bundesland Bayern"_s,
          u"Feiertage Bayern"_s, u"In Bearbeitung"_s, u"Maximales Bußgeldrisiko"_s, u"Art. 83 Abs. 5 DSGVO"_s})
        QVERIFY2(m_german.contains(word), qPrintable(word));
    // German dates and numbers: "15. März 2027", "20.000.000 EUR", "0,0 %".
    QVERIFY(m_german.contains(u"15. März 2027"_s));
    QVERIFY(m_german.contains(u"20.000.000 EUR"_s));
    QVERIFY(m_german.contains(QRegularExpression(u"\\d+,\\d %"_s)));
    QVERIFY(!m_german.contains(QRegularExpression(u"\\b\\d+\\.\\d %"_s))); // no English decimal point
    // References in German form, none in the questionnaires' English form.
    QVERIFY(m_german.contains(QRegularExpression(u"Art\\. \\d+ Abs\\. \\d+ (lit\\. [a-z] )?DSGVO"_s)));
    QVERIFY(!m_german.contains(QRegularExpression(u"GDPR Art \\d"_s)));
    QVERIFY(m_english.contains(QRegularExpression(u"GDPR Art \\d"_s))); // the check above can fail
}

void TestReportGerman::noEnglishQuestionText()
{
    QStringList english;
    int checked = 0;
    int inEnglishReport = 0;
    for (const QString &id : QuestionnaireLibrary::bundledIds()) {
        auto q = QuestionnaireLibrary::load(id);
        QVERIFY(q);
        if (testsupport::kNotYetGerman.contains(q->id))
            continue; // listed, and reported, by tst_germanquestionnaires
        for (const Section &s : q->sections) {
            for (const Question &question : s.questions) {
                const QString en = opening(question.text.text(u"en"_s));
                if (!question.text.hasLanguage(u"de"_s)) { // the report falls back to English
                    english << q->id + u':' + question.id + u" (no German text)"_s;
                    continue;
                }
                if (en.count(u' ') < 3 || opening(question.text.text(u"de"_s)) == en)
                    continue; // too short to be distinctive, or the same in both
                ++checked;
                if (m_german.contains(en))
                    english << q->id + u':' + question.id + u" “"_s + en + u"…”"_s;
                if (m_english.contains(en))
                    ++inEnglishReport;
            }
        }
    }
    QVERIFY2(english.isEmpty(),
             qPrintable(u"%1 English question texts in the German report:\n  %2"_s.arg(english.size())
                            .arg(english.mid(0, 30).join(u"\n  "_s))));
    QVERIFY(checked > 100);
    // The same search finds them in the English report: it would see them.
    QVERIFY2(inEnglishReport > checked * 3 / 4, qPrintable(u"%1 of %2"_s.arg(inEnglishReport).arg(checked)));
}

void TestReportGerman::workingDaysOnTheBavarianCalendar()
{
    auto doc = AssessmentDocument::open(m_file, AssessmentFile::Mode::ReadOnly);
    QVERIFY(doc);
    ReportModel::Options options;
    options.language = u"de"_s;
    options.today = QDate(2025, 1, 1);
    auto model = ReportModel::build(**doc, options);
    QVERIFY(model);
    auto bayern = HolidayCalendar::load(DataPaths::calendarsDir(), u"germany-bayern"_s);
    QVERIFY(bayern);
    QCOMPARE(model->calendarName, u"Feiertage Bayern"_s);
    QCOMPARE(model->toTarget->workingDays, Countdown::between(options.today, QDate(2027, 3, 15), *bayern).workingDays);
    auto berlin = HolidayCalendar::load(DataPaths::calendarsDir(), u"germany-berlin"_s);
    QVERIFY(model->toTarget->workingDays < Countdown::between(options.today, QDate(2027, 3, 15), *berlin).workingDays);
}

QTEST_MAIN(TestReportGerman)
#include "tst_report_german.moc"
