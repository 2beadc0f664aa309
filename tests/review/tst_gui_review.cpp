// Issue 14 item 1 in the window (offscreen): File ▸ New from previous…
// (through its dialog), the navigator's marks and counts, the dashboard's
// count, the question panel's "Carried over … — Confirm", and undo of a
// confirmation.
#include "../gui/GuiTestSupport.h"
#include "AssessmentSession.h"
#include "AssessmentView.h"
#include "CarriedBanner.h"
#include "DashboardPage.h"
#include "MainWindow.h"
#include "NavigatorModel.h"
#include "NewFromPreviousDialog.h"
#include "QuestionPanel.h"
#include "ReviewMarks.h"
#include "ReviewTestSupport.h"
#include "ToReviewLabel.h"
#include "WalkthroughPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoGroup>

using namespace Qt::StringLiterals;
using namespace readiness;
using namespace readiness::ui;

namespace {
QModelIndex section(const NavigatorModel &model, const QString &title)
{
    const QModelIndex questionnaire = model.index(0, 0);
    for (int i = 0; i < model.rowCount(questionnaire); ++i)
        if (model.index(i, 0, questionnaire).data().toString().startsWith(title))
            return model.index(i, 0, questionnaire);
    return {};
}
} // namespace

class TestGuiReview : public QObject
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

    void newFromPreviousConfirmAndUndo()
    {
        const QString previous = m_dir.filePath(u"review-2025.gdpra"_s);
        reviewsupport::createPrevious(previous, reviewsupport::writeEvidence(m_dir.path()));
        const QByteArray previousHash = testsupport::fileHash(previous);
        const QString next = m_dir.filePath(u"review-2026.gdpra"_s);

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString plan;
        Prompt::presetDialogHandler([&](QDialog &dialog) {
            auto *d = qobject_cast<NewFromPreviousDialog *>(&dialog);
            if (!d)
                return int(QDialog::Rejected);
            d->setSource(previous);
            d->setTarget(next);
            plan = d->planText();
            d->accept();
            return d->result();
        });
        auto *action = window.findChild<QAction *>(u"newFromPreviousAction"_s);
        QVERIFY(action);
        action->trigger();
        Prompt::presetDialogHandler({});
        QVERIFY2(plan.contains(u"5 answers carried over, each to review"_s), qPrintable(plan));
        QVERIFY2(plan.contains(u"2 evidence files copied"_s), qPrintable(plan));
        QVERIFY2(plan.contains(u"Previous assessment: revision 1, signed off by Robin Meyer"_s), qPrintable(plan));
        AssessmentSession *session = window.session();
        QVERIFY(session);
        QCOMPARE(QFileInfo(session->document().path()).canonicalFilePath(), QFileInfo(next).canonicalFilePath());
        QVERIFY(!session->document().isReadOnly());
        QCOMPARE(testsupport::fileHash(previous), previousHash);

        // Navigator: a count per section, a mark per question.
        WalkthroughPage *walkthrough = window.assessmentView()->walkthrough();
        NavigatorModel &model = *walkthrough->navigatorModel();
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex cookies = section(model, u"Cookies"_s);
        QVERIFY(cookies.isValid());
        QVERIFY2(cookies.data().toString().contains(u"3 to review"_s), qPrintable(cookies.data().toString()));
        QCOMPARE(cookies.data(NavigatorModel::ToReviewRole).toInt(), 3);
        const QModelIndex records = section(model, u"Records"_s);
        const QModelIndex ropa = model.index(0, 0, records);
        QVERIFY(ropa.data(NavigatorModel::ToReviewRole).toBool());
        QVERIFY(ropa.data().toString().startsWith(u"[to review] "_s));

        // Dashboard: the count.
        DashboardPage *dashboard = window.assessmentView()->dashboard();
        auto *count = dashboard->findChild<ToReviewLabel *>(u"toReviewCount"_s);
        QVERIFY(count);
        QCOMPARE(count->text(), u"5 of 5 carried-over answers to review"_s);

        // Question panel: "Carried over from … — Confirm" with last year's answer.
        const qint64 ref = session->document().questionnaires().first().ref;
        QuestionPanel *panel = walkthrough->questionPanel();
        panel->setQuestion(ref, u"records.ropa"_s);
        auto *banner = panel->findChild<CarriedBanner *>(u"carriedBanner"_s);
        QVERIFY(banner);
        QVERIFY(!banner->isHidden());
        const QString bannerText = banner->findChild<QLabel *>()->text();
        QVERIFY2(bannerText.contains(u"Carried over from"_s)
                     && bannerText.contains(u"Last time: Partial — HR missing"_s),
                 qPrintable(bannerText));
        QTest::mouseClick(banner->confirmButton(), Qt::LeftButton);
        QVERIFY(banner->isHidden());
        QVERIFY(!ropa.data(NavigatorModel::ToReviewRole).toBool());
        QVERIFY(!ropa.data().toString().startsWith(u"[to review]"_s));
        QCOMPARE(count->text(), u"4 of 5 carried-over answers to review"_s);
        QVERIFY(!records.data().toString().contains(u"to review"_s));

        // Confirming is undoable, and redoable.
        QVERIFY(window.undoGroup()->canUndo());
        QCOMPARE(window.undoGroup()->undoText(), u"Confirm records.ropa"_s);
        window.undoGroup()->undo();
        QVERIFY(!banner->isHidden());
        QVERIFY(ropa.data(NavigatorModel::ToReviewRole).toBool());
        QCOMPARE(count->text(), u"5 of 5 carried-over answers to review"_s);
        window.undoGroup()->redo();
        QVERIFY(banner->isHidden());
        QCOMPARE(count->text(), u"4 of 5 carried-over answers to review"_s);

        // Changing an answer ends its review too.
        panel->setQuestion(ref, u"cookies.consent"_s);
        QVERIFY(!banner->isHidden());
        QVERIFY(session->setAnswer(ref, u"cookies.consent"_s, u"2"_s, u"CMP live"_s));
        QVERIFY(banner->isHidden());
        QCOMPARE(count->text(), u"3 of 5 carried-over answers to review"_s);
        QVERIFY(cookies.data().toString().contains(u"2 to review"_s));
        QCOMPARE(session->reviewMarks().carried(ref, u"cookies.consent"_s)->state, review::CarriedState::Changed);
    }
};

QTEST_MAIN(TestGuiReview)
#include "tst_gui_review.moc"
