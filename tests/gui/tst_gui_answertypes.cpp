// Answer types the bundled questionnaires lack (text, date) and questions
// hidden by their scope: what is typed is kept when moving on by keyboard,
// nothing is recorded by merely passing through, and navigation from a
// hidden question goes on from where it stands.
#include "AnswerEditor.h"
#include "AssessmentSession.h"
#include "AssessmentView.h"
#include "EvidencePanel.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "QuestionPanel.h"
#include "QuestionnaireLoader.h"
#include "Translations.h"
#include "WalkthroughPage.h"

#include <QApplication>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTreeView>

using namespace readiness;
using namespace readiness::ui;
using namespace Qt::StringLiterals;

class TestGuiAnswerTypes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateInEnglish();
        QVERIFY(m_dir.isValid());
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void init()
    {
        test::failOnWarnings();
        Prompt::clearShown();
    }
    void cleanupTestCase() { m_window.reset(); }
    void typedAnswersAndHiddenQuestions();

private:
    AssessmentDocument &doc() const { return m_window->session()->document(); }
    QuestionPanel *panel() const { return m_window->assessmentView()->walkthrough()->questionPanel(); }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiAnswerTypes::typedAnswersAndHiddenQuestions()
{
    // A questionnaire with the answer types the bundled ones lack: text and
    // date, and a question hidden by its scope.
    const QByteArray json = R"({"format": 1, "id": "typed", "version": "1.0.0", "title": "Typed",
      "jurisdictions": ["EU"],
      "scale": {"levels": [{"value": 0, "label": "No"}, {"value": 1, "label": "Partly"}, {"value": 2, "label": "Yes"}]},
      "sections": [
        {"id": "scope", "title": "Scope", "scoped": true, "questions": [
          {"id": "scope.cookies", "text": "Cookies?", "type": "yesno", "allow_na": false}]},
        {"id": "s", "title": "S", "questions": [
          {"id": "s.owner", "text": "Who owns the ROPA?", "type": "text"},
          {"id": "s.reviewed", "text": "When was it last reviewed?", "type": "date"},
          {"id": "s.hidden", "text": "Cookie banner?", "type": "maturity",
           "applies_if": {"question": "scope.cookies", "equals": "yes"}},
          {"id": "s.after", "text": "After", "type": "maturity"}]}]})";
    auto q = QuestionnaireLoader::loadBytes(json, u"typed.json"_s);
    QVERIFY2(q.ok(), qPrintable(q ? QString() : q.error().toString()));
    const QString path = m_dir.filePath(u"typed.gdpra"_s);
    {
        AssessmentDocument::NewAssessment spec;
        spec.organisation.name = u"Typed Ltd"_s;
        spec.questionnaires = {*q};
        QVERIFY(AssessmentDocument::create(path, spec).ok());
    }
    QVERIFY(m_window->openFile(path));
    const qint64 r = doc().questionnaires().first().ref;
    WalkthroughPage *page = m_window->assessmentView()->walkthrough();

    // A typed text answer survives moving on by keyboard (no focus-out first).
    QVERIFY(page->showQuestion(r, u"s.owner"_s));
    auto *line = panel()->answerEditor()->findChild<QLineEdit *>();
    QVERIFY(line);
    line->setFocus();
    QTest::keyClicks(line, u"Jane Doe, DPO"_s);
    page->nextQuestion();
    QCOMPARE(panel()->questionId(), u"s.reviewed"_s);
    QCOMPARE(doc().answer(r, u"s.owner"_s).value, u"Jane Doe, DPO"_s);

    // Tabbing through an unanswered date question records no date.
    auto *date = panel()->answerEditor()->findChild<QDateEdit *>();
    QVERIFY(date);
    date->setFocus();
    panel()->notesEdit()->setFocus();
    page->nextQuestion();
    QVERIFY(doc().answer(r, u"s.reviewed"_s).value.isEmpty());

    // From a question that does not apply, next goes on from where it stands.
    QVERIFY(page->showQuestion(r, u"s.hidden"_s));
    page->nextQuestion();
    QCOMPARE(panel()->questionId(), u"s.after"_s);
    QVERIFY(page->showQuestion(r, u"s.hidden"_s));
    page->previousQuestion();
    QCOMPARE(panel()->questionId(), u"s.reviewed"_s);

    // The answer keys work while the navigator has the focus.
    QVERIFY(page->showQuestion(r, u"s.after"_s));
    page->navigator()->setFocus();
    QTest::keyClick(page->navigator(), Qt::Key_2);
    QCOMPARE(doc().answer(r, u"s.after"_s).value, u"2"_s);
    QCOMPARE(panel()->questionId(), u"s.after"_s);

    // Notes typed just before an import are written before it starts (a
    // cancelled import must not take them with it).
    panel()->notesEdit()->setPlainText(u"Reviewed with IT."_s);
    const QString file = m_dir.filePath(u"minutes.txt"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("minutes\n");
    out.close();
    QCOMPARE(panel()->evidencePanel()->addFiles({file}), 1);
    QCOMPARE(doc().answer(r, u"s.after"_s).note, u"Reviewed with IT."_s);
    m_window->closeAssessment();
}

QTEST_MAIN(TestGuiAnswerTypes)
#include "tst_gui_answertypes.moc"
