// Text from a questionnaire, an assessment file or the user is shown as
// written, never as HTML, and no document fetches a resource (issue 16,
// item 5), and "Save copy…" proposes only a base name (item 8). The
// questionnaire and the file carry <img src="file:///dev/zero">, which made
// the application read until std::bad_alloc.
#include "ActionModel.h"
#include "ActionPlanPage.h"
#include "AppSettings.h"
#include "AssessmentDocument.h"
#include "AssessmentSession.h"
#include "AssessmentView.h"
#include "ClosedTextDocument.h"
#include "DashboardPage.h"
#include "EvidenceModel.h"
#include "EvidencePanel.h"
#include "GuiTestSupport.h"
#include "GuidancePanel.h"
#include "KeyDatesPanel.h"
#include "MainWindow.h"
#include "NavigatorModel.h"
#include "QuestionHistoryModel.h"
#include "QuestionPanel.h"
#include "QuestionnaireLoader.h"
#include "WalkthroughPage.h"

#include <QBarCategoryAxis>
#include <QChartView>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>

using namespace readiness;
using namespace readiness::ui;
using namespace Qt::StringLiterals;

namespace {
const QString kImg = u"<img src=\"file:///dev/zero\">"_s;
const QString kPayload = kImg + u"<b>bold</b><a href=\"https://example.invalid/\">link</a>"_s;

// What a user sees of a label's or tooltip's text: Qt renders it as HTML
// when it might be rich text (the rendering itself must not fetch anything).
QString shown(const QString &text, Qt::TextFormat format = Qt::AutoText)
{
    if (format == Qt::PlainText || (format == Qt::AutoText && !Qt::mightBeRichText(text)))
        return text;
    ClosedTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

QString shown(const QLabel *label)
{
    return shown(label->text(), label->textFormat());
}
} // namespace

class TestGuiPlainText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init()
    {
        test::failOnWarnings();
        Prompt::clearShown();
    }
    void questionTextIsLiteral();
    void guidanceFetchesNothing();
    void modelToolTipsAreLiteral();
    void historyToolTipsAreLiteral();
    void messagesArePlainText();
    void dashboardSurvives();
    void saveCopyProposesBaseName();

private:
    AssessmentDocument &doc() const { return m_window->session()->document(); }
    WalkthroughPage *walkthrough() const { return m_window->assessmentView()->walkthrough(); }
    qint64 ref() const { return doc().questionnaires().first().ref; }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiPlainText::initTestCase()
{
    test::isolate();
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"hostile.gdpra"_s);
    auto q
        = QuestionnaireLoader::loadFile(QStringLiteral(SOURCE_DIR "/tests/data/untrusted/hostile-questionnaire.json"));
    QVERIFY2(q, qPrintable(q ? QString() : q.error().toString()));
    AssessmentDocument::NewAssessment spec;
    spec.organisation.name = kPayload;
    spec.info.title = kPayload;
    spec.questionnaires = {*q};
    auto created = AssessmentDocument::create(m_path, spec);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
    AssessmentDocument &d = **created;
    const qint64 r = d.questionnaires().first().ref;
    QVERIFY(d.setAnswer(r, u"s1.q1"_s, u"0"_s, kPayload));
    QVERIFY(d.setAnswer(r, u"s1.q3"_s, u"b"_s, QString()));
    const QString evidence = m_dir.filePath(u"<b>bold.txt"_s);
    QVERIFY(testsupport::writeFile(evidence, "evidence"));
    QVERIFY(d.importEvidence(r, u"s1.q1"_s, evidence));
    ActionRecord action;
    action.questionnaireRef = r;
    action.questionId = u"s1.q1"_s;
    action.title = kPayload;
    action.notes = kPayload;
    QVERIFY(d.addAction(action));
    QVERIFY(d.addKeyDate({0, kPayload, QDate(2030, 1, 1)}));
    created->reset();

    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openFile(m_path));
}

void TestGuiPlainText::questionTextIsLiteral()
{
    QVERIFY(walkthrough()->showQuestion(ref(), u"s1.q1"_s));
    QuestionPanel *panel = walkthrough()->questionPanel();
    bool sawText = false;
    for (const QLabel *label : panel->findChildren<QLabel *>()) {
        if (label->text().contains(u'<')) {
            QCOMPARE(label->textFormat(), Qt::PlainText);
            QVERIFY(shown(label).contains(u"<b>"_s));
        }
        sawText = sawText || label->text() == kPayload;
    }
    QVERIFY(sawText);
    // The scale's description is the radio button's tooltip.
    bool sawToolTip = false;
    for (const QRadioButton *radio : panel->findChildren<QRadioButton *>())
        if (!radio->toolTip().isEmpty() && shown(radio->toolTip()) == kPayload)
            sawToolTip = true;
    QVERIFY(sawToolTip);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(!m_window->grab().isNull()); // painted, and alive
}

void TestGuiPlainText::guidanceFetchesNothing()
{
    QVERIFY(walkthrough()->showQuestion(ref(), u"s1.q1"_s));
    GuidancePanel *guidance = walkthrough()->guidancePanel();
    QVERIFY(guidance->text().contains(kImg + u"<b>guide</b>"_s));
    // The browser's document never reads a file, even one that exists.
    const QString png = m_dir.filePath(u"secret.png"_s);
    QImage secret(7, 5, QImage::Format_RGB32);
    secret.fill(Qt::red);
    QVERIFY(secret.save(png));
    auto *browser = guidance->findChild<QTextBrowser *>();
    QVERIFY(browser);
    const QVariant loaded = browser->document()->resource(QTextDocument::ImageResource, QUrl::fromLocalFile(png));
    QCOMPARE(loaded.value<QImage>().size(), QSize(1, 1));
    browser->setHtml(u"<img src=\"%1\">"_s.arg(QUrl::fromLocalFile(png).toString()));
    QCOMPARE(
        browser->document()->resource(QTextDocument::ImageResource, QUrl::fromLocalFile(png)).value<QImage>().size(),
        QSize(1, 1));
}

void TestGuiPlainText::modelToolTipsAreLiteral()
{
    NavigatorModel *nav = walkthrough()->navigatorModel();
    const QModelIndex q3 = nav->indexOfQuestion(ref(), u"s1.q3"_s);
    QVERIFY(q3.isValid());
    QCOMPARE(shown(nav->data(q3, Qt::ToolTipRole).toString()), u"Answered: "_s + kImg);

    QVERIFY(walkthrough()->showQuestion(ref(), u"s1.q1"_s));
    EvidenceModel *evidence = walkthrough()->questionPanel()->evidencePanel()->model();
    QCOMPARE(evidence->rowCount(), 1);
    QVERIFY(
        shown(evidence->data(evidence->index(0, 0), Qt::ToolTipRole).toString()).startsWith(u"<b>bold.txt\nSHA-256"_s));

    ActionModel *actions = m_window->assessmentView()->actionPlan()->model();
    QCOMPARE(actions->rowCount(), 1);
    QCOMPARE(shown(actions->data(actions->index(0, ActionModel::Title), Qt::ToolTipRole).toString()), kPayload);
    QCOMPARE(actions->data(actions->index(0, ActionModel::Title), Qt::DisplayRole).toString(), kPayload);
}

// The question history (change log) shows the actor and the old and new
// values from the file: its tooltips are literal too.
void TestGuiPlainText::historyToolTipsAreLiteral()
{
    QuestionHistoryModel history;
    QVERIFY(history.load(doc().repository(), ref(), u"s1.q1"_s).isEmpty());
    QVERIFY(history.rowCount() >= 1);
    bool payloadSeen = false;
    for (int row = 0; row < history.rowCount(); ++row) {
        for (int column = 0; column < history.columnCount(); ++column) {
            const QModelIndex i = history.index(row, column);
            QCOMPARE(shown(i.data(Qt::ToolTipRole).toString()), i.data(Qt::DisplayRole).toString());
            payloadSeen = payloadSeen || i.data().toString().contains(kImg);
        }
    }
    QVERIFY(payloadSeen);
}

void TestGuiPlainText::messagesArePlainText()
{
    DashboardPage *dashboard = m_window->assessmentView()->dashboard();
    auto *list = dashboard->keyDates()->findChild<QTreeWidget *>();
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 1);
    list->topLevelItem(0)->setSelected(true);
    Prompt::presetAnswers({QMessageBox::No});
    QMetaObject::invokeMethod(dashboard->keyDates(), "removeSelected");
    QCOMPARE(Prompt::shown().size(), 1);
    QVERIFY(Prompt::shown().first().text.contains(kPayload));
    // The box that shows it takes it as plain text.
    const auto box = Prompt::messageBox(nullptr, Prompt::shown().first(), QMessageBox::Yes | QMessageBox::No);
    QCOMPARE(box->textFormat(), Qt::PlainText);
    QCOMPARE(doc().keyDates().size(), 1);
}

void TestGuiPlainText::dashboardSurvives()
{
    DashboardPage *dashboard = m_window->assessmentView()->dashboard();
    dashboard->refresh();
    QVERIFY(!dashboard->grab().isNull());
    bool sawSection = false;
    for (const QChartView *view : dashboard->findChildren<QChartView *>())
        for (QAbstractAxis *axis : view->chart()->axes())
            if (auto *bars = qobject_cast<QBarCategoryAxis *>(axis))
                for (const QString &label : bars->categories()) {
                    if (shown(label, Qt::RichText).startsWith(u"<img src=\"file:///dev/zero"_s))
                        sawSection = true; // Qt Charts renders labels as HTML
                }
    QVERIFY(sawSection);
    for (QLabel *label : dashboard->findChildren<QLabel *>())
        if (label->text().contains(u'<') && label->textFormat() != Qt::PlainText)
            QVERIFY2(!Qt::mightBeRichText(label->text()) || !label->text().contains(u"<img"_s),
                     qPrintable(label->text()));
}

void TestGuiPlainText::saveCopyProposesBaseName()
{
    // A name crafted into the file behind the application's back.
    m_window->closeAssessment();
    QProcess sqlite;
    sqlite.start(u"sqlite3"_s, {m_path, u"UPDATE evidence SET name = '../.config/autostart/evidence.desktop'"_s});
    QVERIFY(sqlite.waitForFinished(30000) && sqlite.exitCode() == 0);
    QVERIFY(m_window->openFile(m_path));
    QVERIFY(walkthrough()->showQuestion(ref(), u"s1.q1"_s));
    EvidencePanel *panel = walkthrough()->questionPanel()->evidencePanel();
    auto *view = panel->findChild<QTreeView *>();
    QVERIFY(view);
    view->setCurrentIndex(panel->model()->index(0, 0));
    QPushButton *save = nullptr;
    for (QPushButton *b : panel->findChildren<QPushButton *>())
        if (b->text().contains(u"copy"_s, Qt::CaseInsensitive))
            save = b;
    QVERIFY(save);
    QVERIFY(save->isEnabled());
    Prompt::presetFileNames({});
    save->click();
    QCOMPARE(Prompt::proposedPaths().size(), 1);
    const QFileInfo proposed(Prompt::proposedPaths().first());
    QCOMPARE(proposed.fileName(), u"evidence.desktop"_s);
    QCOMPARE(proposed.absolutePath(), QFileInfo(AppSettings::lastDirectory()).absoluteFilePath());
}

QTEST_MAIN(TestGuiPlainText)
#include "tst_gui_plaintext.moc"
