#include "WorkshopActions.h"

#include "AppSettings.h"
#include "AssessmentSession.h"
#include "Prompt.h"
#include "QuestionPanel.h"
#include "WalkthroughPage.h"
#include "WorkshopBar.h"
#include "WorkshopController.h"
#include "WorkshopPanel.h"
#include "WorkshopStartDialog.h"
#include "WorkshopSummaryRenderer.h"

#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace readiness::ui {

WorkshopActions::WorkshopActions(AssessmentSession &session, WalkthroughPage &walkthrough, QMainWindow *window)
    : QObject(window)
    , m_session(session)
    , m_walkthrough(walkthrough)
    , m_window(window)
    , m_controller(new WorkshopController(session, this))
    , m_bar(new WorkshopBar(*m_controller, walkthrough.questionPanel())) // never a window of its own
    , m_panel(new WorkshopPanel(*m_controller))
    , m_dock(new QDockWidget(tr("Workshop"), window))
{
    QuestionPanel *questions = walkthrough.questionPanel();
    questions->addRowBelowAnswer(m_bar);
    m_dock->setObjectName(u"workshopDock"_s);
    m_dock->setWidget(m_panel);
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);

    connect(questions, &QuestionPanel::questionShown, m_bar, &WorkshopBar::setQuestion);
    connect(questions, &QuestionPanel::answerGiven, this, [this](qint64 ref, const QString &questionId) {
        m_controller->answerGiven(ref, questionId);
        m_bar->updateGivenBy();
    });
    connect(m_panel, &WorkshopPanel::questionRequested, &m_walkthrough, &WalkthroughPage::showQuestion);
    connect(m_panel, &WorkshopPanel::endRequested, this, &WorkshopActions::endWithDialog);
    connect(m_panel, &WorkshopPanel::summaryRequested, this, &WorkshopActions::summaryWithDialog);
    connect(m_controller, &WorkshopController::changed, this, &WorkshopActions::update);
    if (questions->questionnaireRef() != 0)
        m_bar->setQuestion(questions->questionnaireRef(), questions->questionId());
    update();
}

WorkshopActions::~WorkshopActions()
{
    // The dock belongs to the window, which outlives the assessment.
    delete m_dock;
}

void WorkshopActions::addTo(QMenu *menu)
{
    menu->addSeparator();
    m_start = menu->addAction(QIcon::fromTheme(u"user-group-new"_s), tr("Start &workshop…"), this,
                              &WorkshopActions::startWithDialog);
    m_end = menu->addAction(QIcon::fromTheme(u"media-playback-stop"_s), tr("En&d workshop…"), this,
                            &WorkshopActions::endWithDialog);
    m_summary = menu->addAction(QIcon::fromTheme(u"document-export"_s), tr("Wor&kshop summary…"), this,
                                &WorkshopActions::summaryWithDialog);
    update();
}

void WorkshopActions::update()
{
    const bool running = m_controller->isRunning();
    m_dock->setVisible(running);
    if (!m_start)
        return;
    m_start->setEnabled(m_controller->isAvailable() && !running);
    m_end->setEnabled(m_controller->isAvailable() && running);
}

bool WorkshopActions::startWithDialog()
{
    WorkshopStartDialog dialog(m_window);
    if (Prompt::exec(dialog) != QDialog::Accepted)
        return false;
    if (!m_controller->start(dialog.title(), dialog.participants())) {
        Prompt::inform(m_window, QMessageBox::Warning, tr("Start workshop"), tr("The workshop was not started."),
                       m_controller->lastError());
        return false;
    }
    QuestionPanel *questions = m_walkthrough.questionPanel();
    if (questions->questionnaireRef() != 0)
        m_bar->setQuestion(questions->questionnaireRef(), questions->questionId());
    return true;
}

bool WorkshopActions::endWithDialog()
{
    if (!m_controller->isRunning())
        return false;
    const auto answer = Prompt::ask(
        m_window,
        {QMessageBox::Question,
         tr("End workshop"),
         tr("End the workshop now? Participants and parked questions stay in the file; the summary can be written "
            "now or later."),
         {}},
        QMessageBox::Yes | QMessageBox::No, {{QMessageBox::Yes, tr("End and write summary…")}});
    if (answer != QMessageBox::Yes)
        return false;
    if (!m_controller->end()) {
        Prompt::inform(m_window, QMessageBox::Warning, tr("End workshop"), tr("The workshop was not ended."),
                       m_controller->lastError());
        return false;
    }
    summaryWithDialog();
    return true;
}

Status WorkshopActions::writeSummary(const QString &path)
{
    m_controller->flushTimer();
    const QString language = AppSettings::language() == "de"_L1 ? u"de"_s : u"en"_s;
    return WorkshopSummaryRenderer::write(m_session.document(), 0, language, path);
}

QString WorkshopActions::summaryWithDialog()
{
    const QFileInfo source(m_session.document().path());
    const QString proposed
        = QDir(AppSettings::lastDirectory()).filePath(source.completeBaseName() + u"-workshop.pdf"_s);
    const QString path = Prompt::saveFileName(m_window, tr("Workshop summary"), proposed, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return {};
    AppSettings::setLastDirectory(QFileInfo(path).absolutePath());
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = writeSummary(path);
    QGuiApplication::restoreOverrideCursor();
    if (!written) {
        Prompt::inform(m_window, QMessageBox::Warning, tr("Workshop summary"), tr("Nothing was written."),
                       written.error().toString());
        return {};
    }
    return path;
}

} // namespace readiness::ui
