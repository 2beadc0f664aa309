// Issue 14: the report's "Since last review" section (item 2) and the
// report of a signed revision from its stored snapshot (item 3), read back
// with pdftotext. Files: CompareFixture (figures in tst_compare.cpp).
#include "AssessmentDocument.h"
#include "CliReportCommands.h"
#include "CompareFixture.h"
#include "LifecycleRepository.h"
#include "TestSupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace readiness;
using namespace testsupport;

namespace {
QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).replace(QRegularExpression(u"[ \\t]+"_s), u" "_s);
}

QString fileIdOf(const QString &path)
{
    auto doc = AssessmentDocument::open(path, AssessmentFile::Mode::ReadOnly);
    return doc ? (*doc)->repository().fileId() : QString();
}

/// What `new --from-previous` writes: the predecessor's file id and path.
bool namePredecessor(const QString &path, const QString &fileId, const QString &predecessorPath)
{
    return alterBehindTheBack(
        path,
        {u"INSERT INTO meta (key, value) VALUES ('predecessor.file_id', '%1')"_s.arg(fileId),
         u"INSERT INTO meta (key, value) VALUES ('predecessor.path', '%1')"_s.arg(predecessorPath)});
}

/// Whether @p text holds @p expected, whatever the line breaks (long
/// paths and ids break anywhere).
bool holds(const QString &text, const QString &expected)
{
    static const QRegularExpression space(u"\\s+"_s);
    return QString(text).remove(space).contains(QString(expected).remove(space));
}

/// The "Since last review" section's text, up to the next numbered section.
QString section(const QString &text, const QString &heading)
{
    const qsizetype start = text.indexOf(heading);
    if (start < 0)
        return {};
    const QRegularExpression next(u"\\n ?\\d+ [A-Z]"_s);
    const auto m = next.match(text, start + heading.size());
    return text.mid(start, m.hasMatch() ? m.capturedStart() - start : -1);
}
} // namespace

class TestCompareReport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    CompareFixture m_files;

    /// A copy of @p source in its own folder with the 2025 file beside it.
    QString copy(const QString &source, const QString &name)
    {
        const QString folder = m_dir.filePath(name);
        QDir().mkpath(folder);
        const QString path = QDir(folder).filePath(name + u".gdpra"_s);
        if (!QFile::copy(source, path) || !QFile::copy(m_files.acme2025, QDir(folder).filePath(u"acme-2025.gdpra"_s)))
            qFatal("cannot copy the test files");
        return path;
    }

    QString report(const QStringList &arguments, int expectedCode = 0)
    {
        const QString out = m_dir.filePath(u"report-%1.pdf"_s.arg(++m_reports));
        const CliRun r = runCli(QStringList {u"report"_s} + arguments + QStringList {u"-o"_s, out});
        if (r.code != expectedCode)
            qWarning("report %s: exit %d: %s", qPrintable(arguments.join(u' ')), r.code, qPrintable(r.err));
        m_lastError = r.err;
        return r.code == 0 ? pdfText(out) : QString();
    }
    int m_reports = 0;
    QString m_lastError;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        cli::registerReportCommands();
        QString error;
        QVERIFY2(m_files.build(m_dir.path(), &error), qPrintable(error));
        QVERIFY(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty());
    }

    void noPredecessorNoSection()
    {
        const QString text = report({m_files.acme2026});
        QVERIFY(text.contains(u"Executive summary"_s));
        QVERIFY(!text.contains(u"Since last review"_s));
    }

    void namedPredecessorIsCompared()
    {
        const QString path = copy(m_files.acme2026, u"named"_s);
        QVERIFY(namePredecessor(path, fileIdOf(m_files.acme2025), u"acme-2025.gdpra"_s));
        const QByteArray before = fileHash(path);
        const QByteArray previousBefore = fileHash(m_files.acme2025);
        const QString s = section(report({path}), u"Since last review"_s);
        QVERIFY2(s.contains(u"Compared with the previous assessment “GDPR review 2025” of 3 Mar 2025 "
                            "(acme-2025.gdpra)."_s),
                 qPrintable(s));
        QVERIFY(s.contains(u"Overall readiness: 45.0 % → 67.5 % (+22.5 points); critical gaps: 1 → 1."_s));
        QVERIFY(s.contains(u"Governance 70.0 % 35.0 % −35.0"_s));
        QVERIFY(s.contains(u"Security 20.0 % 100.0 % +80.0"_s));
        QVERIFY(s.contains(u"Newly critical gaps (1)"_s));
        QVERIFY(s.contains(u"Resolved critical gaps (1)"_s));
        QVERIFY(s.contains(u"Answers that went down (1)"_s));
        QVERIFY(s.contains(u"cmp:gov.ropa"_s));
        QVERIFY(s.contains(u"cmp:sec.breach"_s));
        QVERIFY(s.contains(u"2 answers went up. The questionnaire versions added 1 and removed 1 questions."_s));
        QCOMPARE(fileHash(path), before);
        QCOMPARE(fileHash(m_files.acme2025), previousBefore);
    }

    void missingPredecessorIsSaid()
    {
        const QString path = copy(m_files.acme2026, u"missing"_s);
        QVERIFY(namePredecessor(path, fileIdOf(m_files.acme2025), u"gone/acme-2025.gdpra"_s));
        const QString s = section(report({path}), u"Since last review"_s);
        QVERIFY2(holds(s,
                       u"This assessment names acme-2025.gdpra as its previous assessment, but that file was "
                       "not found at gone/acme-2025.gdpra. No comparison is shown"_s),
                 qPrintable(s));
        QVERIFY(!s.contains(u"Overall readiness"_s));
    }

    void otherFileIsSaid()
    {
        // The path names a file, but not the one the assessment was made from.
        const QString path = copy(m_files.acme2026, u"other"_s);
        QVERIFY(QFile::copy(m_files.acme2024, QFileInfo(path).dir().filePath(u"acme-2024.gdpra"_s)));
        const QString expected = fileIdOf(m_files.acme2025);
        QVERIFY(namePredecessor(path, expected, u"acme-2024.gdpra"_s));
        const QString s = section(report({path}), u"Since last review"_s);
        QVERIFY2(holds(s,
                       u"but the file found there is another assessment (file id %1, expected %2). No "
                       "comparison is shown."_s.arg(fileIdOf(m_files.acme2024), expected)),
                 qPrintable(s));
    }

    void previousOptionOverrides()
    {
        const QString path = copy(m_files.acme2026, u"override"_s);
        QVERIFY(namePredecessor(path, fileIdOf(m_files.acme2025), u"acme-2025.gdpra"_s));
        const QString s = section(report({path, u"--previous"_s, m_files.acme2024}), u"Since last review"_s);
        QVERIFY2(s.contains(u"Compared with the assessment “GDPR review 2024” of 1 Mar 2024 (acme-2024.gdpra), "
                            "chosen for this report."_s),
                 qPrintable(s));
        QVERIFY(s.contains(u"Overall readiness: 40.0 % → 67.5 % (+27.5 points); critical gaps: 2 → 1."_s));
        // An unreadable --previous is an error, and -o cannot name it.
        report({path, u"--previous"_s, m_dir.filePath(u"nowhere.gdpra"_s)}, 1);
        QVERIFY2(m_lastError.contains(u"nowhere.gdpra"_s), qPrintable(m_lastError));
        const QByteArray old = fileHash(m_files.acme2024);
        QCOMPARE(runCli({u"report"_s, path, u"--previous"_s, m_files.acme2024, u"-o"_s, m_files.acme2024}).code, 1);
        QCOMPARE(fileHash(m_files.acme2024), old);
    }

    void germanSection()
    {
        const QString path = copy(m_files.acme2026, u"german"_s);
        QVERIFY(namePredecessor(path, fileIdOf(m_files.acme2025), u"acme-2025.gdpra"_s));
        const QString s = section(report({path, u"--language"_s, u"de"_s}), u"Seit der letzten Bewertung"_s);
        QVERIFY2(s.contains(u"Verglichen mit der vorigen Bewertung „GDPR review 2025“ vom 3. März 2025"_s),
                 qPrintable(s));
        QVERIFY(s.contains(u"Gesamtbereitschaft: 45,0 % → 67,5 % (+22,5 Prozentpunkte); kritische Lücken: 1 → 1."_s));
        QVERIFY(s.contains(u"Steuerung 70,0 % 35,0 % −35,0"_s));
        QVERIFY(s.contains(u"Neue kritische Lücken (1)"_s));
        QVERIFY(s.contains(u"Verschlechterte Antworten (1)"_s));
        QVERIFY(s.contains(u"Verzeichnis von Verarbeitungstätigkeiten"_s)); // the question in German
    }

    void revisionReportShowsTheSignedState()
    {
        const QString path = copy(m_files.acme2025, u"revision"_s);
        const QString evidence = m_dir.filePath(u"ropa-2025.csv"_s);
        QVERIFY(writeFile(evidence, "activity,basis\nPayroll,contract\n"));
        QCOMPARE(
            runCli({u"answer"_s, path, u"gov.dpo"_s, u"3"_s, u"--note"_s, u"DPO named in the 2025 minutes"_s}).code, 0);
        QCOMPARE(runCli({u"evidence"_s, u"add"_s, path, u"gov.ropa"_s, evidence}).code, 0);
        QCOMPARE(runCli({u"sign-off"_s, path, u"--name"_s, u"Priya Shah"_s, u"--role"_s, u"DPO"_s, u"--opinion"_s,
                         u"Fit for the board."_s})
                     .code,
                 0);
        QString fingerprint;
        {
            auto doc = AssessmentDocument::open(path, AssessmentFile::Mode::ReadOnly);
            QVERIFY(doc);
            auto signOffs = lifecycle::LifecycleRepository::signOffsOf((*doc)->repository(), (*doc)->assessment().id);
            QVERIFY(signOffs && signOffs->size() == 1);
            fingerprint = signOffs->first().fingerprint;
        }
        // Later changes: a new answer and note, another evidence file.
        QCOMPARE(runCli({u"reopen"_s, path, u"--reason"_s, u"DPO left"_s}).code, 0);
        QCOMPARE(runCli({u"answer"_s, path, u"gov.dpo"_s, u"0"_s, u"--note"_s, u"Post vacant since May"_s}).code, 0);
        const QString later = m_dir.filePath(u"vacancy-notice.txt"_s);
        QVERIFY(writeFile(later, "The DPO post is vacant.\n"));
        QCOMPARE(runCli({u"evidence"_s, u"add"_s, path, u"gov.dpo"_s, later}).code, 0);
        const QByteArray before = fileHash(path);

        const QString now = report({path});
        QVERIFY(now.contains(u"Post vacant since May"_s));
        QVERIFY(!now.contains(u"Revision 1, signed off"_s));

        const QString text = report({path, u"--revision"_s, u"1"_s});
        QVERIFY2(text.contains(u"Revision 1, signed off by Priya Shah (DPO) on"_s), qPrintable(text.left(3000)));
        QVERIFY(text.contains(u"fingerprint "_s + fingerprint.left(20)));
        QVERIFY(text.contains(u"(the state as signed; reopened for changes on"_s));
        QVERIFY(text.contains(u"DPO named in the 2025 minutes"_s));
        QVERIFY(text.contains(u"ropa-2025.csv"_s));
        QVERIFY(!text.contains(u"Post vacant since May"_s));
        QVERIFY(!text.contains(u"vacancy-notice.txt"_s));
        // Its scores are those of 2025 (governance 70 %, overall 45 %).
        QVERIFY(text.contains(u"Overall readiness is 45.0 %"_s));
        QCOMPARE(fileHash(path), before);

        // A snapshot altered behind the application's back is not reported:
        // the state rebuilt from it no longer has the signed fingerprint.
        const QString forged = m_dir.filePath(u"forged.gdpra"_s);
        QVERIFY(QFile::copy(path, forged));
        QString trigger;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"trigger"_s);
            db.setDatabaseName(forged);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT sql FROM sqlite_master WHERE name = 'sign_off_append_only_update'"_s) && q.next());
            trigger = q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(u"trigger"_s);
        QVERIFY(alterBehindTheBack(forged,
                                   {u"DROP TRIGGER sign_off_append_only_update"_s,
                                    u"UPDATE sign_off SET snapshot = replace(snapshot, 'DPO named in the 2025 "
                                    "minutes', 'DPO named in 2024')"_s,
                                    trigger}));
        report({forged, u"--revision"_s, u"1"_s}, 1);
        QVERIFY2(m_lastError.contains(u"revision 1 cannot be reported: its stored state does not match its "
                                      "fingerprint"_s),
                 qPrintable(m_lastError));

        report({path, u"--revision"_s, u"7"_s}, 1);
        QVERIFY2(m_lastError.contains(u"has no signed revision 7; signed revisions: 1"_s), qPrintable(m_lastError));
        report({m_files.acme2024, u"--revision"_s, u"1"_s}, 1);
        QVERIFY2(m_lastError.contains(u"has no signed revision 1: the assessment was never signed off"_s),
                 qPrintable(m_lastError));
        report({path, u"--revision"_s, u"zero"_s}, 2);
    }
};

QTEST_MAIN(TestCompareReport)
#include "tst_compare_report.moc"
