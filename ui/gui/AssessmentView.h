#pragma once

#include <QTabWidget>

namespace readiness::ui {

class ActionPlanPage;
class AssessmentSession;
class DashboardPage;
class WalkthroughPage;

/// The pages of one open assessment: walk-through, dashboard, action plan.
class AssessmentView final : public QTabWidget
{
    Q_OBJECT

public:
    explicit AssessmentView(AssessmentSession &session, QWidget *parent = nullptr);

    AssessmentSession &session() { return m_session; }
    WalkthroughPage *walkthrough() const { return m_walkthrough; }
    DashboardPage *dashboard() const { return m_dashboard; }
    ActionPlanPage *actionPlan() const { return m_actionPlan; }

private:
    AssessmentSession &m_session;
    WalkthroughPage *m_walkthrough;
    DashboardPage *m_dashboard;
    ActionPlanPage *m_actionPlan;
};

} // namespace readiness::ui
