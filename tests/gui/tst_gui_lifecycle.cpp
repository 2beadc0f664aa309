// Issue 14 in the window: the assessor from Settings in the change log, a
// question's history, Sign off… (read-only view, banner, undo stack emptied:
// undo cannot cross a sign-off) and Reopen for changes….
#include "AnswerEditor.h"
#include "AppSettings.h"
#include "AssessmentSession.h"
#include "AssessmentView.h"
#include "GuiTestSupport.h"
#include "LifecycleActions.h"
#include "MainWindow.h"
#include "QuestionHistoryModel.h"
#include "QuestionPanel.h"
#include "SignOffBanner.h"
#include "WalkthroughPage.h"

#include <QAction>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoGroup>

using namespace Qt::StringLiterals;
using namespace readiness;
using namespace readiness::ui;

class TestGuiLifecycle : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        test::isolateInEnglish();
        QVERIFY(m_dir.isValid());
    }
    void init() { test::failOnWarnings(); }

    void signOffFreezesAndClearsUndo()
    {
        AppSettings::setDefaultAssessor(u"Dana Assessor"_s);
        const QString path = test::demoCopy(m_dir);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(path));
        AssessmentSession *session = window.session();
        QVERIFY(session);
        const auto &entry = session->document().questionnaires().first();
        const qint64 ref = entry.ref;
        QString question;
        for (const Section &section : entry.questionnaire.sections)
            for (const Question &q : section.questions)
                if (question.isEmpty() && q.type == QuestionType::YesNo)
                    question = q.id;
        QVERIFY(!question.isEmpty());
        const QString before = session->document().answer(ref, question).value;
        const QString other = before == u"yes"_s ? u"no"_s : u"yes"_s;
        QVERIFY2(session->setAnswer(ref, question, other, u"changed in the test"_s), qPrintable(session->lastError()));
        QVERIFY(window.undoGroup()->canUndo());

        // The history names the assessor from Settings and the old value.
        QuestionHistoryModel history;
        QVERIFY(history.load(session->document().repository(), ref, question).isEmpty());
        QVERIFY(history.rowCount() >= 1);
        const int last = history.rowCount() - 1;
        QCOMPARE(history.index(last, QuestionHistoryModel::Who).data().toString(), u"Dana Assessor"_s);
        QVERIFY(history.index(last, QuestionHistoryModel::After).data().toString().contains(u"changed in the test"_s));

        auto *actions = window.findChild<LifecycleActions *>();
        QVERIFY(actions);
        QVERIFY2(actions->signOff({u"Priya Shah"_s, u"DPO"_s, u"Ready."_s}), "sign-off refused");
        QTRY_VERIFY(window.session() && window.session()->document().isReadOnly());
        // Undo cannot cross the sign-off: the stack is empty and nothing
        // undoes the answer made before it.
        QVERIFY(!window.undoGroup()->canUndo());
        QCOMPARE(window.session()->document().answer(ref, question).value, other);
        auto *banner = window.findChild<SignOffBanner *>(u"signOffBanner"_s);
        QVERIFY(banner);
        QVERIFY(!banner->isHidden());
        QVERIFY(banner->text().contains(u"Signed off by Priya Shah (DPO)"_s));
        QuestionPanel *panel = window.findChild<QuestionPanel *>();
        QVERIFY(panel);
        QVERIFY(!panel->findChild<AnswerEditor *>()->isEnabled());
        QVERIFY(!window.findChild<QAction *>(u"signOffAction"_s)->isEnabled());
        QVERIFY(window.findChild<QAction *>(u"reopenAction"_s)->isEnabled());

        // Opened again later, it is still shown read-only.
        window.closeAssessment();
        QVERIFY(!window.session());
        QVERIFY(window.openFile(path));
        QVERIFY(window.session()->document().isReadOnly());

        auto *again = window.findChild<LifecycleActions *>();
        QVERIFY(again);
        QVERIFY(again->reopen(u"New processing"_s));
        QTRY_VERIFY(window.session() && !window.session()->document().isReadOnly());
        QVERIFY(window.findChild<SignOffBanner *>(u"signOffBanner"_s)->isHidden());
        QVERIFY(window.findChild<QAction *>(u"signOffAction"_s)->isEnabled());
    }
};

QTEST_MAIN(TestGuiLifecycle)
#include "tst_gui_lifecycle.moc"
