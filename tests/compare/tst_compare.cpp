// Issue 14, item 2: comparing assessments of one organisation. Three real
// assessment files (CompareFixture) on two questionnaire versions; every
// figure below is computed by hand from tests/compare/data:
//
// Scale 0-4 (level / 4), yes = 1, no = 0; section = Σ(w·score) ÷ Σw;
// overall = mean of the two sections (weight 1 each).
//   governance: gov.dpo w1, gov.ropa w3 critical, gov.training w1
//   security v1: sec.breach w3 critical (yes/no), sec.encryption w1, sec.legacy w1 (yes/no)
//   security v2: sec.legacy removed, sec.mfa w1 (yes/no) added
// 2024: dpo 2, ropa 1, training 4 -> (0.5+0.75+1)/5 = 45 %;
//       breach no, encryption 3, legacy yes -> (0+0.75+1)/5 = 35 %;  overall 40 %
// 2025: dpo 3, ropa 3, training 2 -> (0.75+2.25+0.5)/5 = 70 %;
//       breach no, encryption 4, legacy no -> (0+1+0)/5 = 20 %;     overall 45 %
// 2026: dpo 3, ropa 0, training 4 -> (0.75+0+1)/5 = 35 %;
//       breach yes, encryption 4, mfa yes -> (3+1+1)/5 = 100 %;      overall 67.5 %
#include "AssessmentSeries.h"
#include "CompareFixture.h"
#include "ComparisonJson.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace readiness;
using namespace readiness::compare;
using namespace testsupport;

namespace {
QStringList ids(const QList<AssessmentComparison::QuestionChange> &list)
{
    QStringList out;
    for (const AssessmentComparison::QuestionChange &c : list)
        out << c.questionId;
    return out;
}

QStringList ids(const QJsonArray &list)
{
    QStringList out;
    for (const QJsonValue &v : list)
        out << v.toObject().value(u"question"_s).toString();
    return out;
}

double percent(std::optional<double> value)
{
    return value ? std::round(*value * 10) / 10 : -1;
}
} // namespace

class TestCompare : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    CompareFixture m_files;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_files.build(m_dir.path(), &error), qPrintable(error));
    }

    void seriesIsOrderedByAssessmentDate()
    {
        // Given newest first: the series orders by assessment date.
        auto series = AssessmentSeries::load({m_files.acme2026, m_files.acme2024, m_files.acme2025});
        QVERIFY2(series, series ? "" : qPrintable(series.error().toString()));
        QCOMPARE(series->assessments.size(), 3);
        QCOMPARE(series->assessments.at(0).path, m_files.acme2024);
        QCOMPARE(series->assessments.at(1).path, m_files.acme2025);
        QCOMPARE(series->assessments.at(2).path, m_files.acme2026);
        QCOMPARE(series->assessments.at(0).date.date(), QDate(2024, 3, 1));
        QCOMPARE(series->steps.size(), 2);
        // "ACME  ltd" is Acme Ltd: no warning.
        QVERIFY(series->warnings.isEmpty());
    }

    void scoresMatchHandComputed()
    {
        auto series = AssessmentSeries::load({m_files.acme2024, m_files.acme2025, m_files.acme2026});
        QVERIFY(series);
        const auto trend = series->trend();
        QCOMPARE(trend.size(), 3);
        QCOMPARE(trend.at(0).key, QString());
        QCOMPARE(percent(trend.at(0).points.at(0)), 40.0);
        QCOMPARE(percent(trend.at(0).points.at(1)), 45.0);
        QCOMPARE(percent(trend.at(0).points.at(2)), 67.5);
        QCOMPARE(trend.at(1).key, u"cmp/governance"_s);
        QCOMPARE(percent(trend.at(1).points.at(0)), 45.0);
        QCOMPARE(percent(trend.at(1).points.at(1)), 70.0);
        QCOMPARE(percent(trend.at(1).points.at(2)), 35.0);
        QCOMPARE(trend.at(2).key, u"cmp/security"_s);
        QCOMPARE(percent(trend.at(2).points.at(0)), 35.0);
        QCOMPARE(percent(trend.at(2).points.at(1)), 20.0);
        QCOMPARE(percent(trend.at(2).points.at(2)), 100.0);
    }

    void firstStep()
    {
        auto series = AssessmentSeries::load({m_files.acme2024, m_files.acme2025});
        QVERIFY(series);
        const AssessmentComparison &c = series->latest();
        QCOMPARE(percent(c.change()), 5.0);
        QCOMPARE(c.criticalBefore, 2);
        QCOMPARE(c.criticalAfter, 1);
        QCOMPARE(c.sections.size(), 2);
        QCOMPARE(percent(c.sections.at(0).change()), 25.0);
        QCOMPARE(percent(c.sections.at(1).change()), -15.0);
        QCOMPARE(ids(c.newlyCritical), QStringList());
        QCOMPARE(ids(c.resolved), QStringList {u"gov.ropa"_s});
        QCOMPARE(ids(c.wentDown), (QStringList {u"gov.training"_s, u"sec.legacy"_s}));
        QCOMPARE(ids(c.wentUp), (QStringList {u"gov.dpo"_s, u"gov.ropa"_s, u"sec.encryption"_s}));
        QVERIFY(c.added.isEmpty());
        QVERIFY(c.removed.isEmpty());
        QVERIFY(c.versions.isEmpty());
        // The answers in words, before and after.
        QCOMPARE(c.resolved.first().before, u"Initial (1)"_s);
        QCOMPARE(c.resolved.first().after, u"Managed (3)"_s);
    }

    void secondStepAcrossQuestionnaireVersions()
    {
        auto series = AssessmentSeries::load({m_files.acme2025, m_files.acme2026});
        QVERIFY(series);
        const AssessmentComparison &c = series->latest();
        QCOMPARE(percent(c.change()), 22.5);
        QCOMPARE(percent(c.sections.at(0).change()), -35.0);
        QCOMPARE(percent(c.sections.at(1).change()), 80.0);
        QCOMPARE(ids(c.newlyCritical), QStringList {u"gov.ropa"_s});
        QCOMPARE(ids(c.resolved), QStringList {u"sec.breach"_s});
        QCOMPARE(ids(c.wentDown), QStringList {u"gov.ropa"_s});
        QCOMPARE(ids(c.wentUp), (QStringList {u"gov.training"_s, u"sec.breach"_s}));
        QCOMPARE(ids(c.added), QStringList {u"sec.mfa"_s});
        QCOMPARE(ids(c.removed), QStringList {u"sec.legacy"_s});
        QCOMPARE(c.versions.size(), 1);
        QCOMPARE(c.versions.first().questionnaireId, u"cmp"_s);
        QCOMPARE(c.versions.first().before, u"1.0.0"_s);
        QCOMPARE(c.versions.first().after, u"2.0.0"_s);
    }

    void filesAreNotChanged()
    {
        const QStringList files = {m_files.acme2024, m_files.acme2025, m_files.acme2026};
        QList<QByteArray> before;
        for (const QString &f : files)
            before << fileHash(f);
        QCOMPARE(runCli({u"compare"_s, files.at(0), files.at(1), files.at(2)}).code, 0);
        QCOMPARE(runCli({u"compare"_s, files.at(0), files.at(2), u"--json"_s}).code, 0);
        QVERIFY(AssessmentSeries::load(files));
        for (int i = 0; i < files.size(); ++i)
            QCOMPARE(fileHash(files.at(i)), before.at(i));
        // No lock taken, and nothing written to a log beside them: a
        // read-only open of a WAL file may leave an empty -wal and its -shm.
        QCOMPARE(QDir(m_dir.path()).entryList({u"*.lock"_s}, QDir::Files), QStringList());
        for (const QFileInfo &wal : QDir(m_dir.path()).entryInfoList({u"*-wal"_s}, QDir::Files))
            QVERIFY2(wal.size() == 0, qPrintable(wal.fileName()));
    }

    void cliText()
    {
        const CliRun r = runCli({u"compare"_s, m_files.acme2026, m_files.acme2024, m_files.acme2025});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY2(r.out.contains(u"ACME  ltd: 3 assessments, oldest first"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"[1] 2024-03-01  acme-2024.gdpra  \"GDPR review 2024\""_s));
        QVERIFY(r.out.contains(u"[3] 2026-03-02  acme-2026.gdpra"_s));
        // The trend table: one column per assessment, then the newest change.
        QVERIFY2(r.out.contains(QRegularExpression(u"Overall\\s+40\\.0 %\\s+45\\.0 %\\s+67\\.5 %\\s+\\+22\\.5\\n"_s)),
                 qPrintable(r.out));
        QVERIFY(
            r.out.contains(QRegularExpression(u"  Governance\\s+45\\.0 %\\s+70\\.0 %\\s+35\\.0 %\\s+−35\\.0\\n"_s)));
        QVERIFY(
            r.out.contains(QRegularExpression(u"  Security\\s+35\\.0 %\\s+20\\.0 %\\s+100\\.0 %\\s+\\+80\\.0\\n"_s)));
        QVERIFY(r.out.contains(u"From [1] to [2]: overall +5.0 points, critical gaps 2 → 1"_s));
        QVERIFY(r.out.contains(u"From [2] to [3]: overall +22.5 points, critical gaps 1 → 1"_s));
        QVERIFY(r.out.contains(u"questionnaire cmp: version 1.0.0 → 2.0.0"_s));
        QVERIFY(r.out.contains(u"Newly critical (1):\n    cmp:gov.ropa  Managed (3) → Not started (0)"_s));
        QVERIFY(r.out.contains(u"Resolved critical gaps (1):\n    cmp:sec.breach  No → Yes"_s));
        QVERIFY(r.out.contains(u"Questions added (1):\n    cmp:sec.mfa\n"_s));
        QVERIFY(r.out.contains(u"Questions removed (1):\n    cmp:sec.legacy\n"_s));
    }

    void cliJson()
    {
        const CliRun r = runCli({u"compare"_s, m_files.acme2025, m_files.acme2024, m_files.acme2026, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject o = r.json();
        const QJsonArray assessments = o.value(u"assessments"_s).toArray();
        QCOMPARE(assessments.size(), 3);
        QCOMPARE(assessments.at(0).toObject().value(u"file"_s).toString(), m_files.acme2024);
        QCOMPARE(assessments.at(0).toObject().value(u"date"_s).toString(), u"2024-03-01T09:00:00Z"_s);
        QCOMPARE(assessments.at(2).toObject().value(u"percent"_s).toDouble(), 67.5);
        QCOMPARE(assessments.at(1).toObject().value(u"criticalGaps"_s).toInt(), 1);
        QVERIFY(o.value(u"warnings"_s).toArray().isEmpty());
        const QJsonArray steps = o.value(u"comparisons"_s).toArray();
        QCOMPARE(steps.size(), 2);
        const QJsonObject last = steps.at(1).toObject();
        QCOMPARE(last.value(u"from"_s).toString(), m_files.acme2025);
        QCOMPARE(last.value(u"overall"_s).toObject().value(u"before"_s).toDouble(), 45.0);
        QCOMPARE(last.value(u"overall"_s).toObject().value(u"change"_s).toDouble(), 22.5);
        const QJsonObject governance = last.value(u"sections"_s).toArray().at(0).toObject();
        QCOMPARE(governance.value(u"section"_s).toString(), u"governance"_s);
        QCOMPARE(governance.value(u"change"_s).toDouble(), -35.0);
        QCOMPARE(ids(last.value(u"newlyCritical"_s).toArray()), QStringList {u"gov.ropa"_s});
        QCOMPARE(ids(last.value(u"resolved"_s).toArray()), QStringList {u"sec.breach"_s});
        QCOMPARE(ids(last.value(u"wentDown"_s).toArray()), QStringList {u"gov.ropa"_s});
        QCOMPARE(ids(last.value(u"added"_s).toArray()), QStringList {u"sec.mfa"_s});
        QCOMPARE(ids(last.value(u"removed"_s).toArray()), QStringList {u"sec.legacy"_s});
        const QJsonObject version = last.value(u"questionnaireVersions"_s).toArray().at(0).toObject();
        QCOMPARE(version.value(u"before"_s).toString(), u"1.0.0"_s);
        QCOMPARE(version.value(u"after"_s).toString(), u"2.0.0"_s);
        const QJsonObject down = steps.at(0).toObject().value(u"wentDown"_s).toArray().at(1).toObject();
        QCOMPARE(down.value(u"before"_s).toString(), u"Yes"_s);
        QCOMPARE(down.value(u"after"_s).toString(), u"No"_s);
    }

    void germanTexts()
    {
        const CliRun r = runCli({u"compare"_s, m_files.acme2024, m_files.acme2025, u"--language"_s, u"de"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QRegularExpression(u"  Steuerung\\s+45,0 %\\s+70,0 %\\s+\\+25,0\\n"_s)),
                 qPrintable(r.out));
    }

    void otherOrganisationWarnsButCompares()
    {
        const CliRun r = runCli({u"compare"_s, m_files.northwind2025, m_files.acme2026});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(u"warning: northwind-2025.gdpra is an assessment of \"Northwind GmbH\", "
                                "acme-2026.gdpra of \"ACME  ltd\""_s),
                 qPrintable(r.err));
        QVERIFY(r.out.contains(u"From [1] to [2]"_s));
        const CliRun j = runCli({u"compare"_s, m_files.northwind2025, m_files.acme2026, u"--json"_s});
        QCOMPARE(j.code, 0);
        QCOMPARE(j.json().value(u"warnings"_s).toArray().at(0).toObject().value(u"kind"_s).toString(),
                 u"other-organisation"_s);
    }

    void sameFileWarns()
    {
        const QString copy = m_dir.filePath(u"copy-of-2025.gdpra"_s);
        QVERIFY(QFile::copy(m_files.acme2025, copy));
        const CliRun r = runCli({u"compare"_s, m_files.acme2025, copy});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(u"are the same assessment file"_s), qPrintable(r.err));
        QVERIFY(r.out.contains(u"overall 0.0 points"_s));
    }

    void badInput()
    {
        const CliRun one = runCli({u"compare"_s, m_files.acme2024});
        QCOMPARE(one.code, 2);
        QVERIFY(one.err.contains(u"missing arguments"_s));
        const QString missing = m_dir.filePath(u"nowhere.gdpra"_s);
        const CliRun gone = runCli({u"compare"_s, m_files.acme2024, missing});
        QCOMPARE(gone.code, 1);
        QVERIFY2(gone.err.contains(missing), qPrintable(gone.err));
        const QString text = m_dir.filePath(u"notes.gdpra"_s);
        QVERIFY(writeFile(text, "not an assessment\n"));
        const CliRun notOurs = runCli({u"compare"_s, m_files.acme2024, text});
        QCOMPARE(notOurs.code, 1);
        QVERIFY2(notOurs.err.contains(text), qPrintable(notOurs.err));
        QCOMPARE(readFile(text), QByteArray("not an assessment\n"));
        QCOMPARE(runCli({u"compare"_s, m_files.acme2024, m_files.acme2025, u"--language"_s, u"fr"_s}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCompare)
#include "tst_compare.moc"
