// Renders the start page, a question, the dashboard and the action plan of
// the demo assessment, and the Data audit page on the shared CRM sample, at
// a fixed size. UPDATE_SCREENSHOTS=1 writes them to
// docs/screenshots for the documentation; otherwise to a temporary folder.
#include "ActionPlanPage.h"
#include "AppSettings.h"
#include "AssessmentSession.h"
#include "AssessmentView.h"
#include "AuditFindingsFilter.h"
#include "Clock.h"
#include "DashboardPage.h"
#include "DataAuditPage.h"
#include "DataAuditRegistration.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "StartPage.h"
#include "Translations.h"
#include "WalkthroughPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QListWidget>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>

using namespace readiness;
using namespace readiness::ui;
using namespace Qt::StringLiterals;

class TestGuiScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { test::failOnWarnings(); }
    void cleanupTestCase();
    void startPage();
    void questionPage();
    void dashboard();
    void actionPlan();
    void dataAudit();

private:
    void shoot(const QString &name);

    FixedClock m_clock {QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC)};
    QTemporaryDir m_dir;
    QString m_outDir;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiScreenshots::initTestCase()
{
    test::isolateInEnglish();
    registerDataAuditPage(); // as the program does
    Clock::setCurrent(&m_clock); // the countdowns in the pictures stay put
    m_outDir = test::screenshotDir(m_dir);
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiScreenshots::cleanupTestCase()
{
    m_window.reset();
    Clock::setCurrent(nullptr);
}

void TestGuiScreenshots::shoot(const QString &name)
{
    test::saveScreenshot(*m_window, m_outDir, name);
}

void TestGuiScreenshots::startPage()
{
    // Recent files that exist and were opened once, so the list shows their
    // organisation, score and date. A readable folder name for the picture.
    QDir clients(QDir::temp().filePath(u"Client assessments"_s));
    clients.removeRecursively();
    QVERIFY(clients.mkpath(u"."_s));
    for (const QString &name : {u"Northwind readiness 2026"_s, u"Northwind readiness 2025"_s}) {
        const QString path = clients.filePath(name + u".gdpra"_s);
        QVERIFY(QFile::copy(DemoAssessment::installedPath(), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(m_window->openFile(path));
        m_window->closeAssessment();
        QVERIFY(
            m_window->startPage()->findChildren<QListWidget *>().first()->item(0)->text().contains(u"59.3 % AMBER"_s));
    }
    shoot(u"start-page"_s);
    clients.removeRecursively();
}

void TestGuiScreenshots::questionPage()
{
    QVERIFY(m_window->openDemo());
    m_window->setWindowTitle(u"demo.gdpra"_s);
    WalkthroughPage *page = m_window->assessmentView()->walkthrough();
    qint64 ref = 0;
    for (const auto &e : m_window->session()->document().questionnaires())
        if (e.questionnaire.id == u"gdpr-principles"_s)
            ref = e.ref;
    QVERIFY(page->showQuestion(ref, u"lawfulness.lawful-basis-recorded"_s));
    m_window->assessmentView()->setCurrentWidget(page);
    shoot(u"question"_s);
}

void TestGuiScreenshots::dashboard()
{
    m_window->assessmentView()->setCurrentIndex(1); // the dashboard, built on first show
    QVERIFY(m_window->assessmentView()->dashboard()->readinessText().contains(u'%'));
    shoot(u"dashboard"_s);
}

void TestGuiScreenshots::actionPlan()
{
    m_window->assessmentView()->setCurrentIndex(2); // the action plan
    QVERIFY(m_window->assessmentView()->actionPlan()->view()->model()->rowCount() > 0);
    shoot(u"action-plan"_s);
}

void TestGuiScreenshots::dataAudit()
{
    const QDir sample(QDir::cleanPath(QStringLiteral(CRM_SAMPLE_DIR)));
    if (!sample.exists(u"contacts.csv"_s))
        QSKIP("the shared CRM sample (../shared/data/crm-sample) is not here");
    m_window->assessmentView()->setCurrentIndex(3); // the Data audit page
    auto *page = qobject_cast<DataAuditPage *>(m_window->assessmentView()->extraPage(u"data-audit"_s));
    QVERIFY(page);
    QVERIFY(page->addFiles({sample.filePath(u"contacts.csv"_s), sample.filePath(u"consent_log.csv"_s),
                            sample.filePath(u"subscribed_members_export.csv"_s),
                            sample.filePath(u"unsubscribed_members_export.csv"_s),
                            sample.filePath(u"cleaned_members_export.csv"_s)}));
    QSignalSpy idle(page, &DataAuditPage::idle);
    QVERIFY(page->runAudit());
    QVERIFY(idle.wait(60000));
    QVERIFY(page->result());
    // A duplicate cluster whose records disagree on consent, side by side.
    page->typeFilter()->setCurrentIndex(page->typeFilter()->findData(1));
    page->resultsView()->setCurrentIndex(page->findingsFilter()->index(0, 0));
    page->resultsView()->setFocus();
    shoot(u"data-audit"_s);
}

QTEST_MAIN(TestGuiScreenshots)
#include "tst_gui_screenshots.moc"
