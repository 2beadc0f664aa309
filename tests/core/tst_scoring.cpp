#include "AnswerValue.h"
#include "QuestionnaireLoader.h"
#include "ReadinessScore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace readiness;

namespace {
// Scale 0..4. Section a (weight 1): a.q1 w1, a.q2 w3 critical, a.q3 yes/no w2.
// Section b (weight 2): b.q1 w1 applies if scope.cookies = yes, b.q2 w1,
// b.q3 choice w2 (full 1, partial 0.5, none 0). Results in the tests are
// worked out by hand from docs/scoring.md.
const char *kQuestionnaire = R"({
  "format": 1, "id": "t", "version": "1.0.0", "title": "T", "jurisdictions": ["EU"],
  "scale": {"levels": [{"value": 0, "label": "0"}, {"value": 1, "label": "1"}, {"value": 2, "label": "2"},
                       {"value": 3, "label": "3"}, {"value": 4, "label": "4"}]},
  "sections": [
    {"id": "scope", "title": "Scope", "scoped": true, "questions": [
      {"id": "scope.cookies", "text": "Cookies?", "type": "yesno", "allow_na": false}]},
    {"id": "a", "title": "A", "weight": 1, "questions": [
      {"id": "a.q1", "text": "q1", "type": "maturity", "weight": 1},
      {"id": "a.q2", "text": "q2", "type": "maturity", "weight": 3, "critical": true},
      {"id": "a.q3", "text": "q3", "type": "yesno", "weight": 2}]},
    {"id": "b", "title": "B", "weight": 2, "questions": [
      {"id": "b.q1", "text": "q1", "type": "maturity", "applies_if": {"question": "scope.cookies", "equals": "yes"}},
      {"id": "b.q2", "text": "q2", "type": "maturity"},
      {"id": "b.q3", "text": "q3", "type": "choice", "weight": 2, "options": [
        {"id": "full", "label": "Full", "score": 1}, {"id": "partial", "label": "Partial", "score": 0.5},
        {"id": "none", "label": "None", "score": 0}]}]}
  ]})";

Questionnaire load()
{
    auto q = QuestionnaireLoader::loadBytes(kQuestionnaire, u"t.json"_s);
    if (!q)
        qFatal("%s", qPrintable(q.error().toString()));
    return *q;
}
} // namespace

class TestScoring : public QObject
{
    Q_OBJECT

private slots:
    void naAndAppliesIfDropOut()
    {
        const Questionnaire q = load();
        const AnswerMap answers {{u"scope.cookies"_s, u"no"_s}, {u"a.q1"_s, u"4"_s}, {u"a.q2"_s, u"3"_s},
                                 {u"a.q3"_s, u"na"_s},          {u"b.q2"_s, u"2"_s}, {u"b.q3"_s, u"partial"_s}};
        const QuestionnaireScore s = ReadinessScore::compute(q, answers);
        QCOMPARE(s.sections.size(), 3);
        QVERIFY(!s.sections[0].percent); // scoping: not scored
        // a: (1*1 + 3*0.75) / (1 + 3) = 81.25 %, a.q3 N/A drops out.
        QCOMPARE(*s.sections[1].percent, 81.25);
        QCOMPARE(s.sections[1].rag, Rag::Green);
        QCOMPARE(s.sections[1].notApplicable, 1);
        // b: b.q1 does not apply; (1*0.5 + 2*0.5) / 3 = 50 % -> Amber (red is < 50).
        QCOMPARE(*s.sections[2].percent, 50.0);
        QCOMPARE(s.sections[2].rag, Rag::Amber);
        QCOMPARE(s.sections[2].applicable, 2);
        // overall: (1*81.25 + 2*50) / 3
        QCOMPARE(*s.percent, (81.25 + 100.0) / 3.0);
        QCOMPARE(s.rag, Rag::Amber);
        QCOMPARE(s.applicable, 6);
        QCOMPARE(s.answered, 6);
        QCOMPARE(s.criticalGaps, 0);
    }

    void criticalCapsSectionAtRed()
    {
        const Questionnaire q = load();
        const AnswerMap answers {
            {u"scope.cookies"_s, u"no"_s}, {u"a.q1"_s, u"4"_s}, {u"a.q2"_s, u"1"_s}, {u"a.q3"_s, u"yes"_s}};
        const QuestionnaireScore s = ReadinessScore::compute(q, answers);
        // a: (1*1 + 3*0.25 + 2*1) / 6 = 62.5 % would be Amber; a.q2 is critical and below the middle.
        QCOMPARE(*s.sections[1].percent, 62.5);
        QCOMPARE(s.sections[1].rag, Rag::Red);
        QVERIFY(s.sections[1].cappedByCritical);
        QCOMPARE(s.sections[1].criticalGaps, 1);
        QCOMPARE(s.criticalGaps, 1);
        // The middle itself (2 of 0..4) is not a gap.
        const AnswerMap middle {{u"a.q2"_s, u"2"_s}};
        QCOMPARE(ReadinessScore::compute(q, middle).criticalGaps, 0);
    }

    void unansweredCountsZeroAndCoverage()
    {
        const Questionnaire q = load();
        const AnswerMap answers {{u"scope.cookies"_s, u"yes"_s},
                                 {u"a.q2"_s, u"4"_s},
                                 {u"a.q3"_s, u"yes"_s},
                                 {u"b.q2"_s, u"2"_s},
                                 {u"b.q3"_s, u"partial"_s}};
        const QuestionnaireScore s = ReadinessScore::compute(q, answers);
        // a: (0 + 3*1 + 2*1) / 6 = 83.33 %; coverage 2 of 3.
        QCOMPARE(*s.sections[1].percent, 500.0 / 6.0);
        QCOMPARE(s.sections[1].answered, 2);
        QCOMPARE(s.sections[1].applicable, 3);
        // b: b.q1 applies now and is unanswered: (0 + 0.5 + 2*0.5) / 4 = 37.5 % Red.
        QCOMPARE(*s.sections[2].percent, 37.5);
        QCOMPARE(s.sections[2].rag, Rag::Red);
        QCOMPARE(s.applicable, 7);
        QCOMPARE(s.answered, 5);
        QCOMPARE(s.coverage(), 5.0 / 7.0);
    }

    void sectionWithNothingScoredHasNoScore()
    {
        const Questionnaire q = load();
        const AnswerMap answers {{u"scope.cookies"_s, u"no"_s}, {u"b.q2"_s, u"na"_s}, {u"b.q3"_s, u"full"_s},
                                 {u"a.q1"_s, u"na"_s},          {u"a.q2"_s, u"na"_s}, {u"a.q3"_s, u"na"_s}};
        const QuestionnaireScore s = ReadinessScore::compute(q, answers);
        QVERIFY(!s.sections[1].percent);
        QCOMPARE(s.sections[1].rag, Rag::None);
        QCOMPARE(*s.percent, 100.0); // only b counts
    }

    void combinedScoreIsWeightedOverAllSections()
    {
        const Questionnaire q = load();
        const AnswerMap a {{u"scope.cookies"_s, u"no"_s}, {u"a.q1"_s, u"4"_s}, {u"a.q2"_s, u"4"_s},
                           {u"a.q3"_s, u"yes"_s},         {u"b.q2"_s, u"0"_s}, {u"b.q3"_s, u"none"_s}};
        const ReadinessScore r = ReadinessScore::compute({{&q, &a}, {&q, &a}});
        QCOMPARE(*r.percent, 100.0 / 3.0); // (1*100 + 2*0) / 3, twice
        QCOMPARE(r.questionnaires.size(), 2);
        QCOMPARE(r.applicable, 12);
    }

    void answerNormalisation()
    {
        const Questionnaire q = load();
        const AnswerScale &scale = q.scale;
        QCOMPARE(*AnswerValue::normalise(*q.question(u"a.q1"_s), scale, u" 3 "_s), u"3"_s);
        QCOMPARE(*AnswerValue::normalise(*q.question(u"a.q1"_s), scale, u"N/A"_s), u"na"_s);
        QVERIFY(!AnswerValue::normalise(*q.question(u"a.q1"_s), scale, u"5"_s));
        QCOMPARE(*AnswerValue::normalise(*q.question(u"a.q3"_s), scale, u"Yes"_s), u"yes"_s);
        QVERIFY(!AnswerValue::normalise(*q.question(u"scope.cookies"_s), scale, u"na"_s)); // allow_na false
        QCOMPARE(*AnswerValue::normalise(*q.question(u"b.q3"_s), scale, u"partial"_s), u"partial"_s);
        auto bad = AnswerValue::normalise(*q.question(u"b.q3"_s), scale, u"some"_s);
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(u"full, partial, none"_s));
    }

    void ragThresholds()
    {
        const RagThresholds t {50, 80};
        QCOMPARE(ragFor(49.99, t), Rag::Red);
        QCOMPARE(ragFor(50.0, t), Rag::Amber);
        QCOMPARE(ragFor(79.99, t), Rag::Amber);
        QCOMPARE(ragFor(80.0, t), Rag::Green);
        QCOMPARE(ragFor(std::nullopt, t), Rag::None);
    }
};

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
