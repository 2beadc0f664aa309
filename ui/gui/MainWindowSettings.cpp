// MainWindow: Settings, and switching the UI language while the program
// runs. Pages build their texts once, in their constructors, so a new
// language builds them again; the open assessment, its undo history and
// the question on screen stay.
#include "AppSettings.h"
#include "AssessmentSession.h"
#include "AssessmentView.h"
#include "BackupController.h"
#include "DashboardPage.h"
#include "KeyDatesPanel.h"
#include "MainWindow.h"
#include "Prompt.h"
#include "QuestionPanel.h"
#include "SettingsDialog.h"
#include "StartPage.h"
#include "Translations.h"
#include "WalkthroughPage.h"

#include <QApplication>
#include <QEvent>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTimer>

namespace readiness::ui {

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (Prompt::exec(dialog) != QDialog::Accepted)
        return;
    const QString language = AppSettings::language();
    dialog.apply();
    if (AppSettings::language() != language) // rebuilds the window (changeEvent)
        installTranslations(*qApp, AppSettings::language());
    // Settings that matter to the open file take effect now.
    m_backups->applySettings();
    if (m_session) {
        m_session->applySettings();
        if (DashboardPage *dashboard = m_view->builtDashboard()) { // else built with them
            dashboard->refresh();
            dashboard->keyDates()->refresh();
        }
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    // Qt sends one LanguageChange per translator removed or installed, and
    // then to every child: rebuild once, after the last, outside the
    // delivery (which still walks the children about to be replaced).
    if (event->type() == QEvent::LanguageChange && !m_retranslatePending) {
        m_retranslatePending = true;
        QTimer::singleShot(0, this, &MainWindow::retranslate);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_retranslatePending = false;
    setMenuBar(new QMenuBar(this)); // deletes the old bar and its menus
    m_documentActions.clear();
    createMenus();
    {
        const QSignalBlocker blocker(m_workshopAction);
        m_workshopAction->setChecked(m_workshop);
    }
    if (m_session) {
        QuestionPanel *panel = m_view->walkthrough()->questionPanel();
        panel->saveNotes(); // never lose typed notes
        const qint64 questionnaireRef = panel->questionnaireRef();
        const QString questionId = panel->questionId();
        const int page = m_view->currentIndex();
        m_stack->removeWidget(m_view);
        delete m_view;
        installView();
        m_view->walkthrough()->showQuestion(questionnaireRef, questionId);
        m_view->setCurrentIndex(page);
    }
    if (m_start) {
        m_stack->removeWidget(m_start);
        delete m_start;
        m_start = nullptr;
        if (!m_session)
            showStartPage();
    }
    updateTitle();
    updateStatus();
    updateActions();
}

} // namespace readiness::ui
