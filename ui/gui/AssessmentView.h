#pragma once

#include <QHash>
#include <QTabWidget>

namespace readiness::ui {

class ActionPlanPage;
class AssessmentSession;
class DashboardPage;
class LazyPage;
class WalkthroughPage;

/// The pages of one open assessment: walk-through, dashboard, action plan,
/// then the pages other libraries registered (AssessmentPages).
/// The dashboard and the action plan are built when first shown or asked
/// for, so opening a file builds only the walk-through the user sees.
class AssessmentView final : public QTabWidget
{
    Q_OBJECT

public:
    explicit AssessmentView(AssessmentSession &session, QWidget *parent = nullptr);

    AssessmentSession &session() { return m_session; }
    WalkthroughPage *walkthrough() const { return m_walkthrough; }
    DashboardPage *dashboard();
    ActionPlanPage *actionPlan();
    /// The dashboard if it has been built, else nullptr.
    DashboardPage *builtDashboard() const;
    /// The page registered as @p id (AssessmentPages), built if need be;
    /// nullptr when none is registered.
    QWidget *extraPage(const QString &id);

private:
    AssessmentSession &m_session;
    WalkthroughPage *m_walkthrough;
    LazyPage *m_dashboard;
    LazyPage *m_actionPlan;
    QHash<QString, LazyPage *> m_extraPages;
};

} // namespace readiness::ui
