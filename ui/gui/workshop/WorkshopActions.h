#pragma once

#include "Result.h"

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace readiness::ui {

class AssessmentSession;
class WalkthroughPage;
class WorkshopBar;
class WorkshopController;
class WorkshopPanel;

/// Assessment ▸ Start workshop…, End workshop… and Workshop summary…, and
/// what a running workshop adds to the window: the bar beside the answer
/// editor and the Workshop dock. Lives as long as the assessment's view.
class WorkshopActions final : public QObject
{
    Q_OBJECT

public:
    WorkshopActions(AssessmentSession &session, WalkthroughPage &walkthrough, QMainWindow *window);
    ~WorkshopActions() override;

    void addTo(QMenu *menu);
    WorkshopController &controller() { return *m_controller; }
    WorkshopBar *bar() const { return m_bar; }
    WorkshopPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }

    bool startWithDialog();
    bool endWithDialog();
    /// Asks where to write the summary PDF; returns the path written.
    QString summaryWithDialog();
    /// The summary of the latest session in the UI's language, without a dialog.
    Status writeSummary(const QString &path);

private:
    void update();

    AssessmentSession &m_session;
    WalkthroughPage &m_walkthrough;
    QMainWindow *m_window;
    WorkshopController *m_controller;
    WorkshopBar *m_bar;
    WorkshopPanel *m_panel;
    QDockWidget *m_dock;
    QAction *m_start = nullptr;
    QAction *m_end = nullptr;
    QAction *m_summary = nullptr;
};

} // namespace readiness::ui
