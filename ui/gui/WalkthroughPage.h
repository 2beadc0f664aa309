#pragma once

#include <QWidget>

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTreeView;

namespace readiness::ui {

class AssessmentSession;
class GuidancePanel;
class NavigatorModel;
class QuestionPanel;

/// The walk-through: the navigator of questions on the left, the current
/// question in the middle, its guidance on the right.
class WalkthroughPage final : public QWidget
{
    Q_OBJECT

public:
    explicit WalkthroughPage(AssessmentSession &session, QWidget *parent = nullptr);

    NavigatorModel *navigatorModel() const { return m_model; }
    QTreeView *navigator() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }
    QuestionPanel *questionPanel() const { return m_panel; }
    GuidancePanel *guidancePanel() const { return m_guidance; }
    QSplitter *splitter() const { return m_splitter; }
    /// Next/previous/next unanswered/find, for the Assessment menu.
    QList<QAction *> navigationActions() const { return m_actions; }

public slots:
    bool showQuestion(qint64 questionnaireRef, const QString &questionId);
    void nextQuestion();
    void previousQuestion();
    void nextUnanswered();
    void focusFilter();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Ref
    {
        qint64 questionnaireRef;
        QString questionId;
    };
    QList<Ref> questionOrder(bool applicableOnly) const;
    int currentPosition(const QList<Ref> &order) const;
    bool applies(const Ref &ref) const;
    /// The next (+1) or previous (-1) question that applies, counted from the
    /// current one in questionnaire order, even when the current one does not apply.
    void step(int direction);
    void onCurrentChanged(const QModelIndex &current);

    AssessmentSession &m_session;
    NavigatorModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_tree;
    QuestionPanel *m_panel;
    GuidancePanel *m_guidance;
    QSplitter *m_splitter;
    QList<QAction *> m_actions;
};

} // namespace readiness::ui
