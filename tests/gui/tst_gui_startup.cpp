// Starting on a file (gdpr-readiness FILE): the file is opened on a second
// thread while the window is built, adopted before the window is shown, and
// the recent-files list is written after the first paint. Checked in process
// (MainWindow with an AssessmentOpener, as runGui does) and by starting the
// real program.
#include "AppSettings.h"
#include "AssessmentOpener.h"
#include "AssessmentSession.h"
#include "AssessmentView.h"
#include "DashboardPage.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "QuestionPanel.h"
#include "StartPage.h"
#include "Translations.h"
#include "WalkthroughPage.h"

#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QStackedWidget>

using namespace readiness;
using namespace readiness::ui;
using namespace Qt::StringLiterals;

class TestGuiStartup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateInEnglish();
        QVERIFY(m_dir.isValid());
    }
    void init()
    {
        test::failOnWarnings();
        Prompt::clearShown();
        QSettings().clear();
    }
    void opensInBackgroundAndShowsTheFileFirst();
    void closingBeforeThePaintStillRemembersTheFile();
    void lockedFileOffersReadOnly();
    void missingFileShowsTheStartPage();
    void lazyTabsAreFullSizeAndFollowWorkshopMode();
    void unpaintedWindowStillRemembersTheFile();
    void quittingBuildsNoStartPage();
    void startPageKeepsSelectionWhenRestored();
    void programStartsOnAFile_data();
    void programStartsOnAFile();

private:
    QTemporaryDir m_dir;
};

void TestGuiStartup::opensInBackgroundAndShowsTheFileFirst()
{
    const QString path = test::demoCopy(m_dir);
    AssessmentOpener opener(path, AssessmentFile::Mode::ReadWrite);
    MainWindow window;
    QVERIFY(window.openFile(path, opener));
    QVERIFY(window.session());
    QCOMPARE(window.session()->document().thread(), QThread::currentThread());
    // Only what the first paint shows is built: no start page, no dashboard.
    QVERIFY(!window.findChild<StartPage *>());
    QVERIFY(!window.assessmentView()->builtDashboard());
    QCOMPARE(window.windowTitle(), QFileInfo(path).fileName());
    QVERIFY(!window.assessmentView()->walkthrough()->questionPanel()->questionId().isEmpty());
    // The recent-files list waits for the window to be on screen…
    QVERIFY(!AppSettings::recentFiles().contains(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // …and is written right after its first paint, with the score.
    QTRY_VERIFY(AppSettings::recentFiles().contains(path));
    QVERIFY(AppSettings::recentSummary(path).score.contains(u"AMBER"_s));
    // The lazily built pages work when asked for.
    window.assessmentView()->setCurrentIndex(1);
    QVERIFY(window.assessmentView()->builtDashboard());
    // Shown with its tab at its full size, not one event-loop pass later.
    QVERIFY(window.assessmentView()->builtDashboard()->isVisible());
    QCOMPARE(window.assessmentView()->builtDashboard()->size(),
             window.assessmentView()->builtDashboard()->parentWidget()->size());
    QVERIFY(!window.findChild<StartPage *>());
    window.closeAssessment();
    QVERIFY(window.findChild<StartPage *>());
    QVERIFY(window.findChild<StartPage *>()->isVisible());
    QVERIFY(window.startPage()->recentList()->item(0)->text().contains(u"59.3 % AMBER"_s));
}

void TestGuiStartup::closingBeforeThePaintStillRemembersTheFile()
{
    const QString path = test::demoCopy(m_dir);
    AssessmentOpener opener(path, AssessmentFile::Mode::ReadWrite);
    MainWindow window;
    QVERIFY(window.openFile(path, opener));
    window.closeAssessment(); // never shown, never painted
    QCOMPARE(AppSettings::recentFiles().value(0), path);
    QVERIFY(!AppSettings::recentSummary(path).score.isEmpty());
}

void TestGuiStartup::lockedFileOffersReadOnly()
{
    const QString path = test::demoCopy(m_dir);
    auto other = AssessmentDocument::open(path); // another window has it
    QVERIFY(other.ok());
    const QByteArray before = test::fileHash(path);
    AssessmentOpener opener(path, AssessmentFile::Mode::ReadWrite);
    MainWindow window;
    Prompt::presetAnswers({QMessageBox::Open});
    QVERIFY(window.openFile(path, opener));
    QVERIFY(window.isVisible()); // shown for the question, not a bare dialog
    QCOMPARE(Prompt::shown().size(), 1);
    QVERIFY(Prompt::shown().first().text.contains(u"open in another window"_s));
    QVERIFY(window.session()->document().isReadOnly());
    QVERIFY(window.windowTitle().endsWith(u"(read-only)"_s));
    window.closeAssessment();
    other = makeError(u"closed"_s);
    QCOMPARE(test::fileHash(path), before);
}

void TestGuiStartup::missingFileShowsTheStartPage()
{
    const QString path = m_dir.filePath(u"gone.gdpra"_s);
    AssessmentOpener opener(path, AssessmentFile::Mode::ReadWrite);
    MainWindow window;
    Prompt::presetAnswers({QMessageBox::Ok});
    QVERIFY(!window.openFile(path, opener));
    QVERIFY(window.isVisible());
    QCOMPARE(Prompt::shown().size(), 1);
    QVERIFY(Prompt::shown().first().text.contains(u"no longer exists"_s));
    QVERIFY(!window.session());
    QVERIFY(window.findChild<StartPage *>()->isVisible());
    QVERIFY(!QFileInfo::exists(path));
}

void TestGuiStartup::lazyTabsAreFullSizeAndFollowWorkshopMode()
{
    const QString path = test::demoCopy(m_dir);
    MainWindow window;
    QVERIFY(window.openFile(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto label = [&window](const QString &name) {
        for (QLabel *l : window.findChildren<QLabel *>())
            if (l->accessibleName() == name || l->accessibleDescription() == name)
                return l;
        return static_cast<QLabel *>(nullptr);
    };
    const auto chartHeight = [&window] {
        for (QWidget *w : window.findChildren<QWidget *>())
            if (w->accessibleName() == u"Section scores radar chart"_s)
                return w->minimumHeight();
        return -1;
    };
    QLabel *question = label(u"Question text"_s);
    QVERIFY(question);
    const qreal normal = window.font().pointSizeF();
    QCOMPARE(question->font().pointSizeF(), normal * 1.3);
    // The dashboard is first built in workshop mode, then workshop ends.
    window.setWorkshopMode(true);
    QCOMPARE(question->font().pointSizeF(), window.font().pointSizeF() * 1.3); // grows with it
    window.assessmentView()->setCurrentIndex(1);
    QLabel *readiness = label(u"Overall readiness"_s);
    QVERIFY(readiness);
    QCOMPARE(readiness->font().pointSizeF(), window.font().pointSizeF() * 3.5);
    window.setWorkshopMode(false);
    QCOMPARE(question->font().pointSizeF(), normal * 1.3);
    QCOMPARE(readiness->font().pointSizeF(), normal * 3.5);
    QCOMPARE(chartHeight(), window.assessmentView()->builtDashboard()->fontMetrics().height() * 18);
}

void TestGuiStartup::unpaintedWindowStillRemembersTheFile()
{
    // Opened but never shown (minimised, another workspace): no paint
    // comes, and the entry is written after at most a few seconds.
    const QString path = test::demoCopy(m_dir);
    MainWindow window;
    QVERIFY(window.openFile(path));
    QVERIFY(!AppSettings::recentFiles().contains(path));
    QTRY_VERIFY_WITH_TIMEOUT(AppSettings::recentFiles().contains(path), MainWindow::kRecentFileDelayMs + 3000);
    QVERIFY(!AppSettings::recentSummary(path).score.isEmpty());
}

void TestGuiStartup::quittingBuildsNoStartPage()
{
    const QString path = test::demoCopy(m_dir);
    AssessmentOpener opener(path, AssessmentFile::Mode::ReadWrite);
    MainWindow window;
    QVERIFY(window.openFile(path, opener));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.close());
    QVERIFY(!window.session());
    QVERIFY(!window.findChild<StartPage *>());
    QCOMPARE(AppSettings::recentFiles().value(0), path);
    // An ordinary open that fails leaves a hidden window hidden.
    MainWindow hidden;
    Prompt::presetAnswers({QMessageBox::Ok});
    QVERIFY(!hidden.openFile(m_dir.filePath(u"missing.gdpra"_s)));
    QVERIFY(!hidden.isVisible());
}

void TestGuiStartup::startPageKeepsSelectionWhenRestored()
{
    QStringList paths;
    for (int i = 0; i < 3; ++i) {
        paths << test::demoCopy(m_dir);
        AppSettings::addRecentFile(paths.last());
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QListWidget *list = window.startPage()->recentList();
    QCOMPARE(list->count(), 3);
    list->setCurrentRow(2);
    window.showMinimized();
    QCoreApplication::processEvents();
    window.showNormal();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(list->currentRow(), 2);
    // A reload (a file was closed) keeps the selected file selected.
    AppSettings::addRecentFile(m_dir.filePath(u"another.gdpra"_s));
    window.startPage()->reloadRecentFiles();
    QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), paths.at(0));
}

void TestGuiStartup::programStartsOnAFile_data()
{
    QTest::addColumn<bool>("withFile");
    QTest::newRow("demo copy") << true;
    QTest::newRow("no file") << false;
}

void TestGuiStartup::programStartsOnAFile()
{
    // The real start: main(), the font warm-up, runGui, the background open;
    // the benchmark hook prints the title of the first paint and quits.
    QFETCH(bool, withFile);
    QTemporaryDir config;
    const QString path = withFile ? test::demoCopy(m_dir) : QString();
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, config.path());
    env.insert(u"GDPR_READINESS_EXIT_AFTER_SHOW"_s, u"1"_s);
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(APP_BINARY), withFile ? QStringList {path} : QStringList {});
    QVERIFY(app.waitForFinished(60000));
    const QString err = QString::fromUtf8(app.readAllStandardError());
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QVERIFY2(app.exitCode() == 0, qPrintable(err));
    const QString title = withFile ? QFileInfo(path).fileName() : u"GDPR Readiness"_s;
    QVERIFY2(err.contains(u" title="_s + title + u'\n'), qPrintable(err));
    // The recent-files list written after the first paint reached the disk.
    QSettings settings(config.filePath(u"GDPR Readiness/gdpr-readiness.conf"_s), QSettings::IniFormat);
    QCOMPARE(settings.value(u"recentFiles"_s).toStringList(), withFile ? QStringList {path} : QStringList {});
}

QTEST_MAIN(TestGuiStartup)
#include "tst_gui_startup.moc"
