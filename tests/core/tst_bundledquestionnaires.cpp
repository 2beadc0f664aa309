#include "QuestionnaireLoader.h"
#include "ReadinessScore.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace readiness;

/// The content checks of the bundled questionnaires (issue: questionnaires).
class TestBundledQuestionnaires : public QObject
{
    Q_OBJECT

    struct Expectation
    {
        QString file;
        QStringList sections; // scored sections, in order
        int minPerSection;
        int minTotal;
    };

    static QList<Expectation> expectations()
    {
        return {
            {u"gdpr-principles.json"_s,
             {u"lawfulness"_s, u"purpose-limitation"_s, u"data-minimisation"_s, u"accuracy"_s, u"storage-limitation"_s,
              u"security"_s, u"accountability"_s},
             8,
             70},
            {u"pecr.json"_s,
             {u"email-sms"_s, u"live-calls"_s, u"automated-calls"_s, u"fax"_s, u"cookies"_s, u"service-security"_s,
              u"directories"_s},
             5,
             45},
            {u"crm-data-quality.json"_s,
             {u"correctness"_s, u"standardisation"_s, u"duplicates"_s, u"retention"_s, u"validation"_s, u"enrichment"_s,
              u"suppression"_s, u"consent"_s, u"touchpoints"_s},
             5,
             40},
        };
    }

private slots:
    void bundled_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("sections");
        QTest::addColumn<int>("minPerSection");
        QTest::addColumn<int>("minTotal");
        for (const Expectation &e : expectations())
            QTest::newRow(qPrintable(e.file)) << QStringLiteral(SOURCE_DIR "/questionnaires/") + e.file << e.sections
                                              << e.minPerSection << e.minTotal;
    }

    void bundled()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, sections);
        QFETCH(int, minPerSection);
        QFETCH(int, minTotal);
        auto loaded = QuestionnaireLoader::loadFile(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().toString()));
        const Questionnaire &q = *loaded;
        QCOMPARE(q.id, QFileInfo(path).completeBaseName()); // the file name is the id

        // A scoping section first, then the expected scored sections in order.
        QVERIFY(q.sections.first().scoped);
        QStringList scored;
        int total = 0;
        for (const Section &s : q.sections) {
            QVERIFY2(s.title.hasLanguage(u"de"_s), qPrintable(u"section without German title: "_s + s.id));
            if (s.scoped)
                continue;
            scored << s.id;
            QVERIFY2(s.questions.size() >= minPerSection,
                     qPrintable(u"%1 has %2 questions"_s.arg(s.id).arg(s.questions.size())));
            total += int(s.questions.size());
        }
        for (const QString &id : sections)
            QVERIFY2(scored.contains(id), qPrintable(u"missing section "_s + id));
        QVERIFY2(total >= minTotal, qPrintable(u"%1 scored questions"_s.arg(total)));
        for (const ScaleLevel &l : q.scale.levels)
            QVERIFY(l.label.hasLanguage(u"de"_s));
        QVERIFY(q.scale.naLabel.hasLanguage(u"de"_s));
        QVERIFY(q.title.hasLanguage(u"de"_s));

        static const QRegularExpression idForm(u"^[a-z0-9-]+\\.[a-z0-9-]+$"_s);
        for (const Section &s : q.sections) {
            for (const Question &question : s.questions) {
                const QString where = q.id + u':' + question.id;
                QVERIFY2(idForm.match(question.id).hasMatch(), qPrintable(where));
                QVERIFY2(question.id.startsWith(s.id + u'.'), qPrintable(where + u" is not named after its section"_s));
                QVERIFY2(!question.text.text(u"en"_s).isEmpty(), qPrintable(where));
                if (s.scoped)
                    continue;
                QVERIFY2(!question.guidance.isEmpty(), qPrintable(where + u": no guidance"_s));
                QVERIFY2(!question.references.isEmpty(), qPrintable(where + u": no reference"_s));
                QVERIFY2(!question.evidenceHint.isEmpty(), qPrintable(where + u": no evidence hint"_s));
                QVERIFY2(!question.remediation.isEmpty(), qPrintable(where + u": no remediation"_s));
                QVERIFY2(question.isScored(), qPrintable(where + u": not scored"_s));
                if (question.appliesIf) // the loader checked it points back; it must resolve
                    QVERIFY(q.question(question.appliesIf->questionId));
            }
        }
    }

    void criticalQuestionsExist()
    {
        for (const Expectation &e : expectations()) {
            auto q = QuestionnaireLoader::loadFile(QStringLiteral(SOURCE_DIR "/questionnaires/") + e.file);
            QVERIFY(q.ok());
            int critical = 0;
            for (const Section &s : q->sections)
                for (const Question &question : s.questions)
                    critical += question.critical ? 1 : 0;
            QVERIFY2(critical >= 3, qPrintable(e.file));
        }
    }

    void allUnansweredScoresZeroNotUndefined()
    {
        // With everything unanswered, the always-applicable sections score 0 %.
        auto q = QuestionnaireLoader::loadFile(QStringLiteral(SOURCE_DIR "/questionnaires/gdpr-principles.json"));
        QVERIFY(q.ok());
        const AnswerMap none;
        const QuestionnaireScore score = ReadinessScore::compute(*q, none);
        QVERIFY(score.percent.has_value());
        QCOMPARE(*score.percent, 0.0);
        QCOMPARE(score.answered, 0);
    }
};

QTEST_GUILESS_MAIN(TestBundledQuestionnaires)
#include "tst_bundledquestionnaires.moc"
