#include "QuestionnaireLoader.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace readiness;

/// Data-driven: tests/data/questionnaires/<case>/input.json and expected.txt
/// (one diagnostic per line, exactly as reported; empty = valid).
class TestQuestionnaireLoader : public QObject
{
    Q_OBJECT

private slots:
    void goldenCases_data()
    {
        QTest::addColumn<QString>("dir");
        const QDir root(QStringLiteral(TEST_DATA_DIR "/questionnaires"));
        const auto cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 10);
        for (const QString &c : cases)
            QTest::newRow(qPrintable(c)) << root.filePath(c);
    }

    void goldenCases()
    {
        QFETCH(QString, dir);
        QFile input(dir + u"/input.json"_s);
        QVERIFY(input.open(QIODevice::ReadOnly));
        QFile expectedFile(dir + u"/expected.txt"_s);
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        const QStringList expected = QString::fromUtf8(expectedFile.readAll()).split(u'\n', Qt::SkipEmptyParts);

        auto result = QuestionnaireLoader::loadBytes(input.readAll(), u"input.json"_s);
        QStringList actual;
        if (!result) {
            for (const Diagnostic &d : result.error().diagnostics)
                actual << d.toString();
            QVERIFY(!result.error().message.isEmpty());
        }
        QCOMPARE(actual, expected);
        QCOMPARE(result.ok(), expected.isEmpty());
    }

    void validExampleIsComplete()
    {
        auto q
            = QuestionnaireLoader::loadFile(QStringLiteral(TEST_DATA_DIR "/questionnaires/valid-example/input.json"));
        QVERIFY2(q.ok(), qPrintable(q ? QString() : q.error().toString()));
        QCOMPARE(q->id, u"example"_s);
        QCOMPARE(q->sections.size(), 2);
        QCOMPARE(q->title.text(u"de"_s), u"Beispiel"_s);
        QCOMPARE(q->title.text(u"fr"_s), u"Example"_s); // falls back to English
        const Question *question = q->question(u"cookies.consent-before-setting"_s);
        QVERIFY(question);
        QVERIFY(question->critical);
        QCOMPARE(question->weight, 3.0);
        QVERIFY(question->appliesIf.has_value());
        QCOMPARE(question->appliesIf->questionId, u"scope.uses-cookies"_s);
        QCOMPARE(question->jurisdictions, (QStringList {u"UK"_s, u"EU"_s}));
        QVERIFY(q->question(u"scope.uses-cookies"_s)->jurisdictions.isEmpty());
        QCOMPARE(q->scale.maxValue(), 2);
        // No na_label: the default one has a German form for a German DPO.
        QCOMPARE(q->scale.naLabel.text(u"en"_s), u"Not applicable"_s);
        QCOMPARE(q->scale.naLabel.text(u"de"_s), u"Nicht zutreffend"_s);
        QCOMPARE(q->sha256.size(), 64);
    }

    void trustedLoadGivesTheSameResultAndPositionsOnError()
    {
        QFile f(QStringLiteral(TEST_DATA_DIR "/questionnaires/valid-example/input.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        auto fast = QuestionnaireLoader::loadTrusted(bytes, u"x.json"_s);
        auto full = QuestionnaireLoader::loadBytes(bytes, u"x.json"_s);
        QVERIFY(fast.ok() && full.ok());
        QCOMPARE(fast->sha256, full->sha256);
        QCOMPARE(fast->questionCount(), full->questionCount());
        // A problem found on the fast path is reported with its position.
        QByteArray broken = bytes;
        broken.replace("\"weight\": 2,", "\"weight\": 0,");
        auto bad = QuestionnaireLoader::loadTrusted(broken, u"x.json"_s);
        QVERIFY(!bad);
        QCOMPARE(bad.error().diagnostics.first().toString(),
                 u"x.json:18:16: sections[1].weight: weight must be greater than 0 (got 0)"_s);
    }

    void missingFileNamesTheFile()
    {
        auto q = QuestionnaireLoader::loadFile(u"/nonexistent/q.json"_s);
        QVERIFY(!q);
        QVERIFY(q.error().message.contains(u"/nonexistent/q.json"_s));
    }

    void unicodeEscapesAndPositions()
    {
        const QByteArray json = "{\n  \"format\": 1,\n  \"id\": \"x\",\n  \"title\": \"Caf\\u00e9 \\ud83d\\ude00\"\n,}";
        auto q = QuestionnaireLoader::loadBytes(json, u"u.json"_s);
        QVERIFY(!q);
        // The trailing comma is a syntax error at line 5, column 2.
        QCOMPARE(q.error().diagnostics.first().toString(),
                 u"u.json:5:2: unexpected '}'; expected a quoted member name"_s);
    }
};

QTEST_GUILESS_MAIN(TestQuestionnaireLoader)
#include "tst_questionnaireloader.moc"
