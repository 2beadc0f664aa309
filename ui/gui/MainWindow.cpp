#include "MainWindow.h"

#include "AboutDialog.h"
#include "AfterPaint.h"
#include "AppSettings.h"
#include "AssessmentOpener.h"
#include "AssessmentPages.h"
#include "AssessmentSession.h"
#include "AssessmentView.h"
#include "BackupController.h"
#include "CompareActions.h"
#include "DashboardPage.h"
#include "DemoAssessment.h"
#include "EvidencePanel.h"
#include "FileMenuEntries.h"
#include "KeyDatesPanel.h"
#include "LifecycleActions.h"
#include "NativePath.h"
#include "NewAssessmentWizard.h"
#include "NewFromPreviousDialog.h"
#include "Prompt.h"
#include "QuestionPanel.h"
#include "StartPage.h"
#include "TemplateActions.h"
#include "WalkthroughPage.h"
#include "WorkshopActions.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QUndoGroup>

#include <utility>

using namespace Qt::StringLiterals;

namespace readiness::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_stack(new QStackedWidget(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_backups(new BackupController(
          this, [this] { closeAssessment(); },
          [this](const QString &path, AssessmentFile::Mode mode) { return openFile(path, mode); }))
    , m_fileLabel(new QLabel(this))
    , m_writtenLabel(new QLabel(this))
{
    setCentralWidget(m_stack);
    // A file name is the user's text: shown as written.
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_writtenLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_writtenLabel);
    connect(m_backups, &BackupController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    m_normalFontSize = font().pointSizeF();
    createMenus();
    if (!restoreGeometry(AppSettings::windowGeometry()))
        fitToScreen();
    updateTitle();
    updateStatus();
    updateActions();
}

MainWindow::~MainWindow()
{
    releaseAssessment();
}

StartPage *MainWindow::startPage()
{
    if (!m_start) {
        m_start = new StartPage(this);
        m_stack->addWidget(m_start);
        connect(m_start, &StartPage::newRequested, this, &MainWindow::newAssessment);
        connect(m_start, &StartPage::openRequested, this, &MainWindow::openWithDialog);
        connect(m_start, &StartPage::demoRequested, this, &MainWindow::openDemo);
        connect(m_start, &StartPage::recentFileRequested, this, [this](const QString &path) { openFile(path); });
    }
    return m_start;
}

void MainWindow::showStartPage()
{
    m_stack->setCurrentWidget(startPage());
}

void MainWindow::showEvent(QShowEvent *event)
{
    if (!m_session)
        showStartPage();
    QMainWindow::showEvent(event);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(QIcon::fromTheme(u"document-new"_s), tr("&New assessment…"), QKeySequence::New, this,
                    &MainWindow::newAssessment);
    // Next review from this one (issue 14 item 1): the open file is the default source.
    file->addAction(tr("New from &previous…"), this,
                    [this] {
                        const QString created = NewFromPreviousDialog::createWithDialog(
                            this, m_session ? m_session->document().path() : QString(),
                            AppSettings::defaultAssessor().trimmed());
                        if (!created.isEmpty())
                            openFile(created);
                    })
        ->setObjectName(u"newFromPreviousAction"_s);
    file->addAction(QIcon::fromTheme(u"document-open"_s), tr("&Open…"), QKeySequence::Open, this,
                    &MainWindow::openWithDialog);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addAction(tr("Open the &demo assessment"), this, &MainWindow::openDemo);
    for (const FileMenuEntry &entry : FileMenuEntries::all()) // other libraries' (the portfolio)
        file->addAction(QIcon::fromTheme(entry.iconName), entry.title(), this, [this, run = entry.run] { run(*this); });
    file->addSeparator();
    QAction *exportReport = file->addAction(QIcon::fromTheme(u"document-export"_s), tr("&Export report…"), this,
                                            [this] { exportFile(ReportExport::Kind::Report); });
    exportReport->setShortcut(QKeySequence::Print); // Ctrl+P: the report is what gets printed
    m_documentActions << exportReport;
    m_documentActions << file->addAction(tr("Export d&ata…"), this, [this] { exportFile(ReportExport::Kind::Data); });
    m_documentActions << file->addAction(tr("Save as &template…"), this, [this] {
        if (!m_session)
            return;
        const QString written = TemplateActions::saveWithDialog(this, *m_session);
        if (!written.isEmpty())
            statusBar()->showMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(written)), 10000);
    });
    file->addSeparator();
    m_documentActions << file->addAction(tr("&Back up now"), m_backups, &BackupController::backUpNow);
    m_documentActions << file->addAction(tr("Restore from bac&kup…"), m_backups, &BackupController::restoreFromBackup);
    file->addSeparator();
    QAction *close
        = file->addAction(QIcon::fromTheme(u"document-close"_s), tr("&Close"), this, &MainWindow::closeAssessment);
    // Every binding of the platform, plus Ctrl+W everywhere (docs/gui.md).
    close->setShortcuts(QList<QKeySequence>(QKeySequence::keyBindings(QKeySequence::Close))
                        << QKeySequence(Qt::CTRL | Qt::Key_W));
    m_documentActions << close;
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), this, &QWidget::close);
    quit->setShortcuts(QList<QKeySequence>(QKeySequence::keyBindings(QKeySequence::Quit))
                       << QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(u"edit-undo"_s));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    redo->setIcon(QIcon::fromTheme(u"edit-redo"_s));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *settings = edit->addAction(QIcon::fromTheme(u"configure"_s), tr("&Settings…"), QKeySequence::Preferences,
                                        this, &MainWindow::showSettings);
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const auto showPage = [this](int index) {
        if (m_view)
            m_view->setCurrentIndex(index);
    };
    m_documentActions << view->addAction(tr("&Walk-through"), QKeySequence(Qt::CTRL | Qt::Key_1), this,
                                         [showPage] { showPage(0); });
    m_documentActions << view->addAction(tr("&Dashboard"), QKeySequence(Qt::CTRL | Qt::Key_2), this,
                                         [showPage] { showPage(1); });
    m_documentActions << view->addAction(tr("Action &plan"), QKeySequence(Qt::CTRL | Qt::Key_3), this,
                                         [showPage] { showPage(2); });
    for (int i = 0; i < AssessmentPages::all().size(); ++i) // Ctrl+4 on: pages of other libraries
        m_documentActions << view->addAction(AssessmentPages::all()[i].title(),
                                             QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_4 + i)), this,
                                             [showPage, i] { showPage(3 + i); });
    view->addSeparator();
    m_workshopAction = view->addAction(QIcon::fromTheme(u"view-fullscreen"_s), tr("Wor&kshop mode"));
    m_workshopAction->setCheckable(true);
    m_workshopAction->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_workshopAction, &QAction::toggled, this, &MainWindow::setWorkshopMode);

    m_assessmentMenu = menuBar()->addMenu(tr("&Assessment"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about
        = help->addAction(QIcon::fromTheme(u"help-about"_s), tr("&About GDPR Readiness"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &path : AppSettings::recentFiles())
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openFile(path); });
    if (m_recentMenu->isEmpty())
        m_recentMenu->addAction(tr("No recent assessments"))->setEnabled(false);
}

bool MainWindow::openFile(const QString &path, AssessmentFile::Mode mode)
{
    // Already open here: our own lock would make it look locked.
    if (m_session && QFileInfo(m_session->document().path()).canonicalFilePath() == QFileInfo(path).canonicalFilePath())
        return true;
    AssessmentFile::Failure failure = AssessmentFile::Failure::None;
    auto document = AssessmentDocument::open(path, mode, &failure);
    return finishOpen(path, mode, std::move(document), failure);
}

bool MainWindow::openFile(const QString &path, AssessmentOpener &opener)
{
    AssessmentOpener::Outcome outcome = opener.take();
    if (!outcome.document && !isVisible())
        show(); // at start-up: the message belongs on the window, not on an empty screen
    return finishOpen(path, AssessmentFile::Mode::ReadWrite, std::move(outcome.document), outcome.failure);
}

bool MainWindow::finishOpen(const QString &path, AssessmentFile::Mode mode,
                            Result<std::unique_ptr<AssessmentDocument>> document, AssessmentFile::Failure failure)
{
    const QString name = QFileInfo(path).fileName();
    if (!document) {
        const QString details = document.error().toString();
        if (mode == AssessmentFile::Mode::ReadWrite
            && (failure == AssessmentFile::Failure::ReadOnly || failure == AssessmentFile::Failure::Locked
                || failure == AssessmentFile::Failure::SecondName)) {
            const QString why = failure == AssessmentFile::Failure::Locked
                ? tr("“%1” is open in another window or on another computer.").arg(name)
                : failure == AssessmentFile::Failure::SecondName
                ? tr("“%1” has a second name on this disk (a hard link, as some backup tools make), so saving "
                     "could lose answers. Make a copy of the file and work on the copy.")
                      .arg(name)
                : tr("You cannot write to “%1”.").arg(name);
            const auto answer
                = Prompt::ask(this,
                              {QMessageBox::Warning, tr("Open assessment"),
                               why + u' ' + tr("You can open it read-only to read it and produce reports."), details},
                              QMessageBox::Open | QMessageBox::Cancel, {{QMessageBox::Open, tr("Open read-only")}});
            return answer == QMessageBox::Open && openFile(path, AssessmentFile::Mode::ReadOnly);
        }
        QString text;
        switch (failure) {
        case AssessmentFile::Failure::Missing:
            text = tr("“%1” no longer exists.").arg(name);
            AppSettings::removeRecentFile(path);
            if (m_start)
                m_start->reloadRecentFiles();
            break;
        case AssessmentFile::Failure::NotAssessment:
            text = tr("“%1” is not a GDPR Readiness assessment.").arg(name);
            break;
        case AssessmentFile::Failure::Corrupt:
            text = tr("“%1” is damaged and cannot be opened. It has not been changed: restore it from a backup or "
                      "send it to support.")
                       .arg(name);
            break;
        case AssessmentFile::Failure::ForeignSchema:
            text = tr("“%1” contains database triggers, views or tables that GDPR Readiness does not make. They "
                      "could change or hide answers, so it is not opened. It has not been changed.")
                       .arg(name);
            break;
        case AssessmentFile::Failure::DiskFull:
            text = tr("The disk is full; nothing was lost. Free some space and open “%1” again.").arg(name);
            break;
        case AssessmentFile::Failure::PendingRecovery:
            text = tr("“%1” has an unfinished change that only opening it for editing can finish. Open it "
                      "normally (not read-only) once.")
                       .arg(name);
            break;
        case AssessmentFile::Failure::TooNew:
            text
                = tr("“%1” was written by a newer version of GDPR Readiness. Update the program to open it.").arg(name);
            break;
        default:
            // A name that is not UTF-8 is refused as such (AssessmentName).
            text = NativePath::hasEscapes(path)
                ? tr("The name “%1” is not valid UTF-8, and an assessment can only be opened under a name that "
                     "is. Rename the file, e.g. to “%2”; it has not been changed.")
                      .arg(NativePath::displayText(name), NativePath::utf8Suggestion(name))
                : tr("“%1” could not be opened.").arg(name);
            break;
        }
        // A damaged file: its newest good backup, if any, is offered.
        if (backup::isDamage(failure) && m_backups->offerNewestGoodBackup(path, text, details))
            return m_session != nullptr; // the backup, opened or restored
        Prompt::inform(this, QMessageBox::Critical, tr("Open assessment"), text, details);
        return false;
    }
    // A lock taken over from a program that is gone: the user should know.
    const QStringList notices = (*document)->notices();
    adopt(std::move(*document));
    rememberRecentFile(path);
    if (!notices.isEmpty())
        Prompt::inform(this, QMessageBox::Information, tr("Open assessment"), notices.join(u'\n'));
    return true;
}

void MainWindow::rememberRecentFile(const QString &path)
{
    // Writing the settings file (with its fsyncs) can wait until the window
    // shows the assessment; closing the file writes it at the latest.
    m_pendingRecentFile = path;
    afterNextPaint(this, [this] { writePendingRecentFile(); });
    // A window that is not painted (minimised, on another workspace) does
    // not hold it back for long.
    QTimer::singleShot(kRecentFileDelayMs, this, [this] { writePendingRecentFile(); });
}

void MainWindow::writePendingRecentFile()
{
    if (m_pendingRecentFile.isEmpty() || !m_session)
        return;
    AppSettings::addRecentFile(std::exchange(m_pendingRecentFile, QString()), summary());
}

AppSettings::RecentSummary MainWindow::summary() const
{
    if (!m_session)
        return {};
    const AssessmentDocument &doc = m_session->document();
    const ReadinessScore score = doc.score();
    return {doc.organisation().name, doc.assessment().title,
            formatPercent(score.percent) + u' ' + ragName(score.rag).toUpper()};
}

void MainWindow::adopt(std::unique_ptr<AssessmentDocument> document)
{
    releaseAssessment();
    document = LifecycleActions::forViewing(std::move(document)); // signed off: read-only
    if (!document) {
        showStartPage();
        return;
    }
    m_session = std::make_unique<AssessmentSession>(std::move(document));
    installView();
    m_undoGroup->addStack(&m_session->undoStack());
    m_undoGroup->setActiveStack(&m_session->undoStack());
    connect(&m_session->document(), &AssessmentDocument::changed, this, &MainWindow::updateStatus);
    m_backups->setDocument(&m_session->document());
    m_view->walkthrough()->questionPanel()->setFocus();
    updateTitle();
    updateStatus();
    updateActions();
}

void MainWindow::installView()
{
    m_view = new AssessmentView(*m_session, this);
    m_stack->addWidget(m_view);
    m_stack->setCurrentWidget(m_view);
    m_assessmentMenu->clear();
    m_assessmentMenu->addActions(m_view->walkthrough()->navigationActions());
    m_assessmentMenu->addSeparator();
    QuestionPanel *panel = m_view->walkthrough()->questionPanel();
    QAction *evidence = m_assessmentMenu->addAction(QIcon::fromTheme(u"mail-attachment"_s), tr("Add &evidence…"),
                                                    QKeySequence(Qt::CTRL | Qt::Key_E), panel->evidencePanel(),
                                                    &EvidencePanel::addWithDialog);
    QAction *action = m_assessmentMenu->addAction(
        tr("Create &action from question…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this, [this] {
            QuestionPanel *p = m_view->walkthrough()->questionPanel();
            emit p->createActionRequested(p->questionnaireRef(), p->questionId());
        });
    evidence->setEnabled(!m_session->document().isReadOnly());
    action->setEnabled(!m_session->document().isReadOnly());
    auto *lifecycle = new LifecycleActions(*m_session, this, [this](const QString &path, AssessmentFile::Mode mode) {
        closeAssessment(); // openFile() does nothing for the file that is open
        openFile(path, mode);
    });
    lifecycle->setParent(m_view); // goes with the assessment's view
    lifecycle->addTo(m_assessmentMenu);
    (new CompareActions(*m_view))->addTo(m_assessmentMenu);
    auto *workshop = new WorkshopActions(*m_session, *m_view->walkthrough(), this);
    workshop->setParent(m_view);
    workshop->addTo(m_assessmentMenu);
}

void MainWindow::closeAssessment()
{
    if (!m_session)
        return;
    releaseAssessment();
    showStartPage();
    updateTitle();
    updateStatus();
    updateActions();
}

void MainWindow::releaseAssessment()
{
    if (!m_session)
        return;
    m_view->walkthrough()->questionPanel()->saveNotes(); // never lose typed notes
    if (!m_pendingRecentFile.isEmpty())
        writePendingRecentFile();
    else
        AppSettings::setRecentSummary(m_session->document().path(), summary());
    m_backups->setDocument(nullptr);
    m_undoGroup->removeStack(&m_session->undoStack());
    m_stack->removeWidget(m_view);
    delete m_view;
    m_view = nullptr;
    m_session.reset();
    if (m_assessmentMenu)
        m_assessmentMenu->clear();
}

void MainWindow::updateActions()
{
    for (QAction *a : std::as_const(m_documentActions))
        a->setEnabled(m_session != nullptr);
    m_assessmentMenu->setEnabled(m_session != nullptr);
}

void MainWindow::updateTitle()
{
    if (!m_session) {
        setWindowFilePath(QString());
        setWindowTitle(tr("GDPR Readiness"));
        return;
    }
    const QString name = QFileInfo(m_session->document().path()).fileName();
    setWindowTitle(m_session->document().isReadOnly() ? tr("%1 (read-only)").arg(name) : name);
    setWindowFilePath(m_session->document().path());
}

void MainWindow::updateStatus()
{
    if (!m_session) {
        m_fileLabel->setText(tr("No assessment open"));
        m_writtenLabel->clear();
        return;
    }
    const AssessmentDocument &doc = m_session->document();
    m_fileLabel->setText(QDir::toNativeSeparators(doc.path()) + (doc.isReadOnly() ? tr("  (read-only)") : QString()));
    const QDateTime written = doc.lastWritten();
    m_writtenLabel->setText(
        written.isValid() ? tr("Last written %1").arg(QLocale().toString(written.toLocalTime(), QLocale::ShortFormat))
                          : QString());
}

void MainWindow::openWithDialog()
{
    const QString path = Prompt::openFileName(this, tr("Open assessment"), AppSettings::lastDirectory(),
                                              tr("Assessments (*.gdpra);;All files (*)"));
    if (path.isEmpty())
        return;
    AppSettings::setLastDirectory(QFileInfo(path).absolutePath());
    // A name that is not UTF-8 (decoded lossily by the dialog) is then
    // refused as such, not reported missing (AssessmentName::check).
    openFile(NativePath::fromLossyPath(path));
}

bool MainWindow::openDemo()
{
    auto copy = DemoAssessment::makeWritableCopy();
    if (!copy) {
        Prompt::inform(this, QMessageBox::Critical, tr("Demo assessment"), tr("The demo could not be opened."),
                       copy.error().toString());
        return false;
    }
    return openFile(*copy);
}

bool MainWindow::newAssessment()
{
    NewAssessmentWizard wizard(this);
    if (Prompt::exec(wizard) != QDialog::Accepted)
        return false;
    auto document = wizard.createdDocument();
    if (!document)
        return false;
    const QString path = document->path();
    adopt(std::move(document));
    rememberRecentFile(path);
    return true;
}

void MainWindow::setWorkshopMode(bool on)
{
    // Projected in a meeting room: full screen, larger text, fewer panes.
    m_workshop = on;
    if (m_workshopAction->isChecked() != on)
        m_workshopAction->setChecked(on);
    QFont f = font();
    f.setPointSizeF(on ? m_normalFontSize * 1.35 : m_normalFontSize);
    setFont(f);
    if (on)
        showFullScreen();
    else
        showNormal();
    statusBar()->setVisible(!on);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_session ? &m_session->document() : nullptr, this);
    Prompt::exec(dialog);
}

void MainWindow::exportFile(ReportExport::Kind kind)
{
    if (!m_session)
        return;
    const QString written = ReportExport::run(this, *m_session, kind);
    if (!written.isEmpty())
        statusBar()->showMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(written)), 10000);
}

void MainWindow::fitToScreen()
{
    // First start: about 80 % of the screen, centred, so that question
    // headings and the navigator have room (a fixed size in characters was
    // 830 x 540 on a 1600 x 1000 screen). Closing remembers what the user
    // made of it.
    const QScreen *s = screen() ? screen() : QGuiApplication::primaryScreen();
    if (!s)
        return;
    const QRect available = s->availableGeometry();
    const QSize size = (available.size() * 0.8).expandedTo(minimumSizeHint()).boundedTo(available.size());
    setGeometry(QStyle::alignedRect(layoutDirection(), Qt::AlignCenter, size, available));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings::setWindowGeometry(saveGeometry());
    releaseAssessment(); // answers are written through; only pending notes remain
    event->accept();
}

} // namespace readiness::ui
