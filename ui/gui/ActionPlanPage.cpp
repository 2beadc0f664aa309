#include "ActionPlanPage.h"

#include "ActionDialog.h"
#include "ActionModel.h"
#include "AssessmentSession.h"
#include "Prompt.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace readiness::ui {

ActionPlanPage::ActionPlanPage(AssessmentSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ActionModel(session.document(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(QIcon::fromTheme(u"list-add"_s), tr("&New action…"), this))
    , m_edit(new QPushButton(QIcon::fromTheme(u"document-edit"_s), tr("&Edit…"), this))
    , m_remove(new QPushButton(QIcon::fromTheme(u"list-remove"_s), tr("&Remove"), this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ActionModel::SortRole);
    m_proxy->setFilterKeyColumn(-1); // any column
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Filter actions"));
    m_filter->setAccessibleName(tr("Filter actions"));
    m_filter->setClearButtonEnabled(true);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ActionModel::Due, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Action plan"));
    // The action and the question it answers share the width; the short
    // columns fit their contents.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActionModel::Title, QHeaderView::Stretch);
    header->setSectionResizeMode(ActionModel::QuestionColumn, QHeaderView::Stretch);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_add->setAccessibleName(tr("New action"));
    m_edit->setAccessibleName(tr("Edit action"));
    m_remove->setAccessibleName(tr("Remove action"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_add);
    bar->addWidget(m_edit);
    bar->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_add, &QPushButton::clicked, this, &ActionPlanPage::createAction);
    connect(m_edit, &QPushButton::clicked, this, &ActionPlanPage::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &ActionPlanPage::removeSelected);
    connect(m_view, &QTableView::doubleClicked, this, &ActionPlanPage::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ActionPlanPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActionPlanPage::updateButtons);
    updateButtons();
}

void ActionPlanPage::updateButtons()
{
    const bool writable = !m_session.document().isReadOnly();
    const bool hasSelection = selected().id != 0;
    m_add->setEnabled(writable);
    m_edit->setEnabled(writable && hasSelection);
    m_remove->setEnabled(writable && hasSelection);
}

ActionRecord ActionPlanPage::selected() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return {};
    return m_model->record(m_proxy->mapToSource(current).row());
}

bool ActionPlanPage::runEditor(const ActionRecord &initial)
{
    ActionDialog dialog(initial, this);
    if (Prompt::exec(dialog) != QDialog::Accepted)
        return false;
    const ActionRecord edited = dialog.action();
    const bool ok = initial.id ? m_session.updateAction(edited) : m_session.addAction(edited);
    if (!ok)
        Prompt::inform(this, QMessageBox::Warning, tr("Action not saved"), m_session.lastError());
    return ok;
}

bool ActionPlanPage::createAction()
{
    return runEditor({});
}

bool ActionPlanPage::createActionFor(qint64 questionnaireRef, const QString &questionId)
{
    ActionRecord action;
    action.questionnaireRef = questionnaireRef;
    action.questionId = questionId;
    const auto *entry = m_session.document().questionnaire(questionnaireRef);
    if (const Question *q = entry ? entry->questionnaire.question(questionId) : nullptr)
        action.title = q->remediation.isEmpty() ? q->text.text() : q->remediation.text();
    return runEditor(action);
}

bool ActionPlanPage::editSelected()
{
    if (m_session.document().isReadOnly())
        return false; // read-only: nothing to edit (a double-click does nothing)
    const ActionRecord action = selected();
    return action.id != 0 && runEditor(action);
}

bool ActionPlanPage::removeSelected()
{
    const ActionRecord action = selected();
    if (action.id == 0)
        return false;
    if (!m_session.removeAction(action.id)) {
        Prompt::inform(this, QMessageBox::Warning, tr("Action not removed"), m_session.lastError());
        return false;
    }
    return true;
}

} // namespace readiness::ui
