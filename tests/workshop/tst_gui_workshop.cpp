// Issue 15, items 4 and 5 in the window (offscreen): Assessment ▸ Start
// workshop…, the participant picker beside the answer editor, an answer with
// its giver (bar and history), parking a question and jumping back to it,
// undo of participant and parking-lot edits, the section timer, End workshop
// writing the summary PDF; File ▸ Save as template… and the New assessment
// wizard starting from it; and the screenshot of a running workshop.
#include "AnswerEditor.h"
#include "AssessmentSession.h"
#include "AssessmentView.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "NewAssessmentWizard.h"
#include "ParticipantDialog.h"
#include "QuestionHistoryModel.h"
#include "QuestionPanel.h"
#include "TemplateLibrary.h"
#include "WalkthroughPage.h"
#include "WorkshopActions.h"
#include "WorkshopBar.h"
#include "WorkshopController.h"
#include "WorkshopPanel.h"
#include "WorkshopStartDialog.h"

#include <QComboBox>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoGroup>

using namespace Qt::StringLiterals;
using namespace readiness;
using namespace readiness::ui;

namespace {
QString pdfText(const QString &path)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// Fills whichever dialog the workshop shows, as a user would.
int fillDialog(QDialog &dialog)
{
    if (auto *start = qobject_cast<WorkshopStartDialog *>(&dialog)) {
        start->titleEdit()->setText(u"Kick-off with HR"_s);
        start->participantsEdit()->setPlainText(u"Anna Schmidt, Head of HR\n\nBen Okafor, IT Security\n"_s);
        return QDialog::Accepted;
    }
    if (auto *person = qobject_cast<ParticipantDialog *>(&dialog)) {
        person->nameEdit()->setText(u"Chris Meyer"_s);
        person->roleEdit()->setText(u"Marketing"_s);
        return QDialog::Accepted;
    }
    if (auto *input = qobject_cast<QInputDialog *>(&dialog)) {
        input->setTextValue(input->objectName() == "parkDialog"_L1 ? u"Ask IT which processors"_s : u"Retail UK"_s);
        return QDialog::Accepted;
    }
    return QDialog::Rejected;
}
} // namespace

class TestGuiWorkshop : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        test::isolateInEnglish();
        QVERIFY(m_dir.isValid());
        qputenv(TemplateLibrary::kDirectoryVariable, m_dir.filePath(u"templates"_s).toUtf8());
    }
    void init() { test::failOnWarnings(); }
    void cleanup() { Prompt::presetDialogHandler({}); }

    void workshopFlow()
    {
        const QString path = test::demoCopy(m_dir);
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(path));
        auto *actions = window.findChild<WorkshopActions *>();
        QVERIFY(actions);
        WorkshopController &workshop = actions->controller();
        QVERIFY(!workshop.isRunning());
        QVERIFY(actions->dock()->isHidden());
        QVERIFY(actions->bar()->isHidden());

        // Start: title and two participants from the dialog.
        Prompt::presetDialogHandler(fillDialog);
        QVERIFY(actions->startWithDialog());
        QVERIFY(workshop.isRunning());
        QCOMPARE(workshop.participants().size(), 2);
        QVERIFY(!actions->dock()->isHidden());
        QVERIFY(!actions->bar()->isHidden());
        QCOMPARE(actions->panel()->participantList()->count(), 2);

        // Anna gives the answer to a scope question.
        WalkthroughPage *walkthrough = window.assessmentView()->walkthrough();
        qint64 ref = 0;
        for (const auto &e : window.session()->document().questionnaires())
            if (e.questionnaire.id == u"gdpr-principles"_s)
                ref = e.ref;
        QVERIFY(walkthrough->showQuestion(ref, u"scope.international-transfers"_s));
        QComboBox *picker = actions->bar()->participantPicker();
        QCOMPARE(picker->count(), 3); // "not recorded" and the two
        picker->setCurrentIndex(1);
        QCOMPARE(workshop.currentParticipant(), workshop.participants().first().id);
        const QString before = window.session()->document().answer(ref, u"scope.international-transfers"_s).value;
        const QString given = before == u"yes"_s ? u"no"_s : u"yes"_s;
        emit walkthrough->questionPanel()->answerEditor()->valueEdited(given);
        QCOMPARE(window.session()->document().answer(ref, u"scope.international-transfers"_s).value, given);
        QVERIFY2(actions->bar()->givenByLabel()->text().contains(u"Given by Anna Schmidt (Head of HR)"_s),
                 qPrintable(actions->bar()->givenByLabel()->text()));
        QuestionHistoryModel history;
        QVERIFY(
            history.load(window.session()->document().repository(), ref, u"scope.international-transfers"_s).isEmpty());
        bool named = false;
        for (int row = 0; row < history.rowCount(); ++row)
            named = named || history.index(row, QuestionHistoryModel::After).data().toString().contains(u"Anna"_s);
        QVERIFY(named);

        // Park it, undo, redo; jump back to it from another question.
        actions->bar()->parkWithDialog();
        QCOMPARE(workshop.parked().size(), 1);
        const qint64 parkedId = workshop.parked().first().id;
        QCOMPARE(workshop.parked().first().note, u"Ask IT which processors"_s);
        window.undoGroup()->undo();
        QCOMPARE(workshop.parked().size(), 0);
        window.undoGroup()->redo();
        QCOMPARE(workshop.parked().size(), 1);
        QCOMPARE(workshop.parked().first().id, parkedId);
        QListWidget *lot = actions->panel()->parkingLot();
        QCOMPARE(lot->count(), 1);
        QVERIFY(walkthrough->showQuestion(ref, u"lawfulness.lawful-basis-recorded"_s));
        emit lot->itemDoubleClicked(lot->item(0));
        QCOMPARE(walkthrough->questionPanel()->questionId(), u"scope.international-transfers"_s);
        lot->setCurrentRow(0);
        actions->panel()->toggleSelectedParked();
        QVERIFY(workshop.parked().first().isResolved());
        window.undoGroup()->undo();
        QVERIFY(!workshop.parked().first().isResolved());

        // A participant added in the dock, undone and redone.
        actions->panel()->addParticipantWithDialog();
        QCOMPARE(workshop.participants().size(), 3);
        QCOMPARE(workshop.participants().last().label(), u"Chris Meyer (Marketing)"_s);
        window.undoGroup()->undo();
        QCOMPARE(workshop.participants().size(), 2);
        window.undoGroup()->redo();
        QCOMPARE(workshop.participants().size(), 3);
        QCOMPARE(picker->count(), 4);

        // The section timer runs while the section is open, and pauses.
        QTest::qWait(1200);
        QVERIFY(workshop.sectionElapsedMs() >= 1000);
        QTRY_VERIFY(actions->bar()->timerLabel()->text().endsWith(u" s"_s));
        actions->bar()->pauseButton()->click();
        QVERIFY(workshop.isTimerPaused());
        QVERIFY(actions->bar()->timerLabel()->text().contains(u"(paused)"_s));
        const qint64 paused = workshop.sectionElapsedMs();
        QTest::qWait(300);
        QCOMPARE(workshop.sectionElapsedMs(), paused);
        actions->bar()->pauseButton()->click();

        test::saveScreenshot(window, test::screenshotDir(m_dir), u"workshop"_s);

        // End: the summary is written where the user says.
        const QString summary = m_dir.filePath(u"workshop-summary.pdf"_s);
        Prompt::presetAnswers({QMessageBox::Yes});
        Prompt::presetFileNames({summary});
        QVERIFY(actions->endWithDialog());
        QVERIFY(!workshop.isRunning());
        QVERIFY(actions->dock()->isHidden());
        const QString text = pdfText(summary);
        for (const QString &expected : {u"Workshop summary"_s, u"Anna Schmidt"_s, u"Chris Meyer"_s,
                                        u"Ask IT which processors"_s, u"Kick-off with HR"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected + u" missing in:\n"_s + text));
    }

    void templateSavedAndUsedByTheWizard()
    {
        const QString path = test::demoCopy(m_dir);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(path));
        Prompt::presetDialogHandler(fillDialog);
        QAction *save = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->text() == u"Save as &template…"_s)
                save = a;
        QVERIFY(save);
        save->trigger();
        auto saved = TemplateLibrary::find(u"Retail UK"_s);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().toString()));
        QCOMPARE(saved->organisation.name, window.session()->document().organisation().name);
        QVERIFY(!saved->answers.isEmpty());

        NewAssessmentWizard wizard;
        QComboBox *choice = wizard.templateChoice();
        QCOMPARE(choice->count(), 2);
        choice->setCurrentIndex(1);
        QCOMPARE(wizard.organisationName()->text(), saved->organisation.name);
        wizard.organisationName()->setText(u"Beta Stores plc"_s);
        const QString created = m_dir.filePath(u"beta.gdpra"_s);
        wizard.location()->setText(created);
        wizard.accept();
        auto doc = wizard.createdDocument();
        QVERIFY(doc);
        QCOMPARE(doc->organisation().name, u"Beta Stores plc"_s);
        int answered = 0;
        for (const auto &a : saved->answers)
            if (auto q = doc->resolveQuestion(a.questionnaireId + u':' + a.questionId))
                answered += doc->answer(q->questionnaireRef, a.questionId).value == a.value;
        QCOMPARE(answered, int(saved->answers.size()));
    }
};

QTEST_MAIN(TestGuiWorkshop)
#include "tst_gui_workshop.moc"
