// Issue 14 item 1 on the command line: new --from-previous (with and
// without a questionnaire version move) and review (list, --confirm, --all).
#include "../core/CliTestSupport.h"
#include "ReviewTestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace testsupport;
using namespace reviewsupport;

namespace {
/// The state of each carried answer, by question id, from `review --json`.
QHash<QString, QString> states(const QString &path)
{
    const CliRun r = runCli({u"review"_s, path, u"--json"_s});
    QHash<QString, QString> map;
    for (const QJsonValue &v : r.json().value(u"carried"_s).toArray())
        map.insert(v[u"question"_s].toString(), v[u"state"_s].toString());
    return map;
}
} // namespace

class TestReviewCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_previous;
    QByteArray m_previousHash;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_previous = path(u"review-2025.gdpra"_s);
        createPrevious(m_previous, writeEvidence(m_dir.path()));
        m_previousHash = fileHash(m_previous);
    }

    void carriesOverAndReviews()
    {
        const QString next = path(u"review-2026.gdpra"_s);
        CliRun r = runCli({u"new"_s, u"--from-previous"_s, m_previous, u"-o"_s, next, u"--by"_s, u"Alex"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"5 answer(s) carried over, 5 to review"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"2 evidence file(s) copied (1.5 MiB"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"2 open action(s) carried over"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"revision 1, signed off by Robin Meyer (DPO)"_s), qPrintable(r.out));
        QCOMPARE(fileHash(m_previous), m_previousHash);

        r = runCli({u"review"_s, next});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"records.ropa = Partial"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"5 of 5 carried answer(s) still to review"_s), qPrintable(r.out));
        const QJsonObject json = runCli({u"review"_s, next, u"--json"_s}).json();
        QCOMPARE(json[u"predecessor"_s][u"path"_s].toString(), QFileInfo(m_previous).absoluteFilePath());
        QVERIFY(!json[u"predecessor"_s][u"file_id"_s].toString().isEmpty());

        // Changing an answer ends its review; so does confirming.
        QCOMPARE(runCli({u"answer"_s, next, u"cookies.consent"_s, u"2"_s}).code, 0);
        QCOMPARE(states(next).value(u"cookies.consent"_s), u"changed"_s);
        r = runCli({u"review"_s, next, u"--confirm"_s, u"records.ropa"_s, u"--by"_s, u"Alex"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Confirmed 1 carried answer(s); 3 still to review"_s), qPrintable(r.out));
        QCOMPARE(states(next).value(u"records.ropa"_s), u"confirmed"_s);
        // Not to review any more: refused, and nothing else changes with it.
        r = runCli({u"review"_s, next, u"--confirm"_s, u"scope.uses-cookies"_s, u"--confirm"_s, u"records.ropa"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"records.ropa"_s), qPrintable(r.err));
        QCOMPARE(states(next).value(u"scope.uses-cookies"_s), u"to-review"_s);
        QCOMPARE(runCli({u"review"_s, next, u"--confirm"_s, u"no.such"_s}).code, 1);
        r = runCli({u"review"_s, next, u"--all"_s});
        QVERIFY2(r.out.contains(u"Confirmed 3 carried answer(s); 0 still to review"_s), qPrintable(r.out));
        QVERIFY(runCli({u"review"_s, next}).out.contains(u"0 of 5 carried answer(s) still to review"_s));
        QCOMPARE(runCli({u"verify"_s, next}).code, 0);
    }

    void movesToTheNewerQuestionnaire()
    {
        // The "bundled" questionnaires are the newer fixture version.
        const QByteArray before = qgetenv("GDPR_READINESS_DATA_DIR");
        qputenv("GDPR_READINESS_DATA_DIR", QByteArray(REVIEW_DATA_DIR "/v2"));
        const CliRun stay = runCli({u"new"_s, u"--from-previous"_s, m_previous, u"-o"_s, path(u"stay.gdpra"_s)});
        const CliRun move = runCli(
            {u"new"_s, u"--from-previous"_s, m_previous, u"-o"_s, path(u"moved.gdpra"_s), u"--move-questionnaires"_s});
        qputenv("GDPR_READINESS_DATA_DIR", before);
        QVERIFY2(stay.code == 0, qPrintable(stay.err));
        QVERIFY2(stay.out.contains(u"Questionnaire review-example 1.0.0 has a newer version 2.0.0 (not moved"_s),
                 qPrintable(stay.out));
        QVERIFY2(move.code == 0, qPrintable(move.err));
        QVERIFY2(move.out.contains(u"Questionnaire review-example moved from version 1.0.0 to 2.0.0:"_s),
                 qPrintable(move.out));
        QVERIFY(move.out.contains(u"  added: records.dpia\n"_s));
        QVERIFY(move.out.contains(u"  removed: cookies.banner-text\n"_s));
        QVERIFY(move.out.contains(u"  reworded: cookies.consent\n"_s));
        QVERIFY2(move.out.contains(u"3 answer(s) carried over, 3 to review"_s), qPrintable(move.out));
        QVERIFY(move.out.contains(u"2 answer(s) kept as history only"_s));
        const auto moved = states(path(u"moved.gdpra"_s));
        QCOMPARE(moved.value(u"cookies.banner-text"_s), u"history"_s);
        QCOMPARE(moved.value(u"records.ropa"_s), u"history"_s);
        QCOMPARE(moved.value(u"cookies.consent"_s), u"to-review"_s);
        QCOMPARE(fileHash(m_previous), m_previousHash);
    }

    void refusals()
    {
        CliRun r = runCli({u"new"_s, u"--from-previous"_s, path(u"missing.gdpra"_s), u"-o"_s, path(u"x.gdpra"_s)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"does not exist"_s), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(path(u"x.gdpra"_s)));
        r = runCli({u"new"_s, u"--from-previous"_s, m_previous, u"-o"_s, m_previous});
        QCOMPARE(r.code, 1);
        QCOMPARE(fileHash(m_previous), m_previousHash);
        QCOMPARE(runCli({u"new"_s, u"--from-previous"_s, m_previous}).code, 2); // -o is required
        // A file that was not carried over has nothing to review.
        r = runCli({u"review"_s, m_previous});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"0 of 0 carried answer(s) still to review"_s));
        QCOMPARE(fileHash(m_previous), m_previousHash);
    }
};

QTEST_GUILESS_MAIN(TestReviewCli)
#include "tst_review_cli.moc"
