#include "WalkthroughPage.h"

#include "AssessmentSession.h"
#include "GuidancePanel.h"
#include "NavigatorModel.h"
#include "QuestionPanel.h"

#include <QAction>
#include <QCoreApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace readiness::ui {

WalkthroughPage::WalkthroughPage(AssessmentSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new NavigatorModel(session.document(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_panel(new QuestionPanel(session, this))
    , m_guidance(new GuidancePanel(this))
    , m_splitter(new QSplitter(this))
{
    m_model->setReviewMarks(&session.reviewMarks());
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(NavigatorModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true); // keep the parents of a match
    m_filter->setPlaceholderText(tr("Filter by text or reference (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter questions"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setAccessibleName(tr("Questions"));
    m_tree->setUniformRowHeights(true);
    m_tree->installEventFilter(this);
    m_tree->expandToDepth(0);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_tree);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_splitter->addWidget(left);
    m_splitter->addWidget(scroll);
    m_splitter->addWidget(m_guidance);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setChildrenCollapsible(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &WalkthroughPage::onCurrentChanged);

    const auto addAction = [this](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcuts(keys);
        connect(action, &QAction::triggered, this, slot);
        m_actions << action;
    };
    addAction(tr("&Next question"), {QKeySequence(Qt::CTRL | Qt::Key_Return)}, &WalkthroughPage::nextQuestion);
    addAction(tr("&Previous question"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return)},
              &WalkthroughPage::previousQuestion);
    addAction(tr("Next &unanswered question"), {QKeySequence(Qt::CTRL | Qt::Key_U), QKeySequence(Qt::Key_F3)},
              &WalkthroughPage::nextUnanswered);
    addAction(tr("&Find question"), {QKeySequence::Find}, &WalkthroughPage::focusFilter);

    // Start where the work is.
    const QList<Ref> order = questionOrder(true);
    for (const Ref &r : order)
        if (m_session.document().answer(r.questionnaireRef, r.questionId).value.isEmpty())
            if (showQuestion(r.questionnaireRef, r.questionId))
                return;
    if (!order.isEmpty())
        showQuestion(order.first().questionnaireRef, order.first().questionId);
}

QList<WalkthroughPage::Ref> WalkthroughPage::questionOrder(bool applicableOnly) const
{
    QList<Ref> order;
    for (const auto &entry : m_session.document().questionnaires())
        for (const Section &s : entry.questionnaire.sections)
            for (const Question &q : s.questions)
                if (!applicableOnly || m_session.document().applies(entry.ref, q))
                    order.append({entry.ref, q.id});
    return order;
}

int WalkthroughPage::currentPosition(const QList<Ref> &order) const
{
    for (int i = 0; i < order.size(); ++i)
        if (order.at(i).questionnaireRef == m_panel->questionnaireRef()
            && order.at(i).questionId == m_panel->questionId())
            return i;
    return -1;
}

bool WalkthroughPage::showQuestion(qint64 questionnaireRef, const QString &questionId)
{
    QModelIndex index = m_proxy->mapFromSource(m_model->indexOfQuestion(questionnaireRef, questionId));
    if (!index.isValid() && !m_filter->text().isEmpty()) {
        m_filter->clear(); // the question is filtered out: show everything
        index = m_proxy->mapFromSource(m_model->indexOfQuestion(questionnaireRef, questionId));
    }
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void WalkthroughPage::onCurrentChanged(const QModelIndex &current)
{
    const QModelIndex source = m_proxy->mapToSource(current);
    if (source.data(NavigatorModel::KindRole).toInt() != 2)
        return;
    const qint64 ref = source.data(NavigatorModel::QuestionnaireRefRole).toLongLong();
    const QString id = source.data(NavigatorModel::QuestionIdRole).toString();
    m_panel->setQuestion(ref, id);
    const auto *entry = m_session.document().questionnaire(ref);
    if (const Question *q = entry ? entry->questionnaire.question(id) : nullptr)
        m_guidance->setQuestion(entry->questionnaire, *q);
}

bool WalkthroughPage::applies(const Ref &ref) const
{
    const auto *entry = m_session.document().questionnaire(ref.questionnaireRef);
    const Question *question = entry ? entry->questionnaire.question(ref.questionId) : nullptr;
    return question && m_session.document().applies(ref.questionnaireRef, *question);
}

void WalkthroughPage::step(int direction)
{
    // The whole order, so that stepping away from a question that does not
    // apply (shown greyed) continues from where it stands.
    const QList<Ref> order = questionOrder(false);
    const int at = currentPosition(order);
    for (qsizetype i = at + direction; i >= 0 && i < order.size(); i += direction) {
        if (applies(order.at(i))) {
            showQuestion(order.at(i).questionnaireRef, order.at(i).questionId);
            break;
        }
    }
    m_panel->setFocus();
}

void WalkthroughPage::nextQuestion()
{
    step(+1);
}

void WalkthroughPage::previousQuestion()
{
    step(-1);
}

void WalkthroughPage::nextUnanswered()
{
    const QList<Ref> order = questionOrder(false);
    const qsizetype at = currentPosition(order);
    for (qsizetype n = 1; n <= order.size(); ++n) {
        const Ref &r = order.at((at + n + order.size()) % order.size());
        if (applies(r) && m_session.document().answer(r.questionnaireRef, r.questionId).value.isEmpty()) {
            showQuestion(r.questionnaireRef, r.questionId);
            break;
        }
    }
    m_panel->setFocus();
}

bool WalkthroughPage::eventFilter(QObject *watched, QEvent *event)
{
    // The answer keys (0-9, N) answer the current question from the
    // navigator too, instead of the tree's type-ahead search.
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QString text = key->text();
        if (key->modifiers() == Qt::NoModifier && text.size() == 1
            && (text.at(0).isDigit() || text.compare(u"n"_s, Qt::CaseInsensitive) == 0)) {
            QCoreApplication::sendEvent(m_panel, key);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void WalkthroughPage::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

} // namespace readiness::ui
