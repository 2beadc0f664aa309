#include "AssessmentView.h"

#include "ActionPlanPage.h"
#include "AssessmentPages.h"
#include "AssessmentSession.h"
#include "DashboardPage.h"
#include "QuestionPanel.h"
#include "WalkthroughPage.h"

#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace readiness::ui {

/// A tab's place holder that builds the real page the first time it is
/// shown or asked for.
class LazyPage final : public QWidget
{
public:
    LazyPage(std::function<QWidget *(QWidget *parent)> build, QWidget *parent)
        : QWidget(parent)
        , m_build(std::move(build))
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
    }

    QWidget *page()
    {
        if (!m_page) {
            m_page = m_build(this);
            layout()->addWidget(m_page);
            // Built while this place holder is being shown: the layout would
            // show the page one event-loop pass later and size it later
            // still, so the tab's first frame would be empty, then 100x30.
            m_page->setGeometry(contentsRect());
            m_page->show();
            setFocusProxy(m_page);
        }
        return m_page;
    }
    QWidget *builtPage() const { return m_page; }

protected:
    void showEvent(QShowEvent *event) override
    {
        page();
        QWidget::showEvent(event);
    }

private:
    std::function<QWidget *(QWidget *parent)> m_build;
    QWidget *m_page = nullptr;
};

AssessmentView::AssessmentView(AssessmentSession &session, QWidget *parent)
    : QTabWidget(parent)
    , m_session(session)
    , m_walkthrough(new WalkthroughPage(session, this))
    , m_dashboard(new LazyPage([&session](QWidget *p) { return new DashboardPage(session, p); }, this))
    , m_actionPlan(new LazyPage([&session](QWidget *p) { return new ActionPlanPage(session, p); }, this))
{
    setDocumentMode(true);
    addTab(m_walkthrough, QIcon::fromTheme(u"view-list-tree"_s), tr("&Walk-through"));
    addTab(m_dashboard, QIcon::fromTheme(u"office-chart-area"_s), tr("&Dashboard"));
    addTab(m_actionPlan, QIcon::fromTheme(u"view-task"_s), tr("Action &plan"));
    for (const AssessmentPageType &type : AssessmentPages::all()) {
        auto *page = new LazyPage([&session, build = type.build](QWidget *p) { return build(session, p); }, this);
        m_extraPages.insert(type.id, page);
        addTab(page, QIcon::fromTheme(type.iconName), type.title());
    }
    setAccessibleName(tr("Assessment pages"));
    connect(m_walkthrough->questionPanel(), &QuestionPanel::createActionRequested, this,
            [this](qint64 questionnaireRef, const QString &questionId) {
                actionPlan()->createActionFor(questionnaireRef, questionId);
            });
}

DashboardPage *AssessmentView::dashboard()
{
    return static_cast<DashboardPage *>(m_dashboard->page());
}

ActionPlanPage *AssessmentView::actionPlan()
{
    return static_cast<ActionPlanPage *>(m_actionPlan->page());
}

DashboardPage *AssessmentView::builtDashboard() const
{
    return static_cast<DashboardPage *>(m_dashboard->builtPage());
}

QWidget *AssessmentView::extraPage(const QString &id)
{
    LazyPage *page = m_extraPages.value(id);
    return page ? page->page() : nullptr;
}

} // namespace readiness::ui
