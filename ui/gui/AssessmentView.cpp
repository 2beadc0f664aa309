#include "AssessmentView.h"

#include "ActionPlanPage.h"
#include "AssessmentSession.h"
#include "DashboardPage.h"
#include "QuestionPanel.h"
#include "WalkthroughPage.h"

using namespace Qt::StringLiterals;

namespace readiness::ui {

AssessmentView::AssessmentView(AssessmentSession &session, QWidget *parent)
    : QTabWidget(parent)
    , m_session(session)
    , m_walkthrough(new WalkthroughPage(session, this))
    , m_dashboard(new DashboardPage(session, this))
    , m_actionPlan(new ActionPlanPage(session, this))
{
    setDocumentMode(true);
    addTab(m_walkthrough, QIcon::fromTheme(u"view-list-tree"_s), tr("&Walk-through"));
    addTab(m_dashboard, QIcon::fromTheme(u"office-chart-area"_s), tr("&Dashboard"));
    addTab(m_actionPlan, QIcon::fromTheme(u"view-task"_s), tr("Action &plan"));
    setAccessibleName(tr("Assessment pages"));
    connect(m_walkthrough->questionPanel(), &QuestionPanel::createActionRequested, m_actionPlan,
            &ActionPlanPage::createActionFor);
}

} // namespace readiness::ui
