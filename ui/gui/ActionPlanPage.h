#pragma once

#include "AssessmentRecords.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QPushButton;

namespace readiness::ui {

class ActionModel;
class AssessmentSession;

/// The action plan: every action of the assessment, sortable and
/// filterable, overdue ones highlighted; add, edit, remove (undoable).
class ActionPlanPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ActionPlanPage(AssessmentSession &session, QWidget *parent = nullptr);

    ActionModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

public slots:
    /// Opens the action editor for a new action from the question; its
    /// title defaults to the question's remediation.
    bool createActionFor(qint64 questionnaireRef, const QString &questionId);
    bool createAction();
    bool editSelected();
    bool removeSelected();

private:
    bool runEditor(const ActionRecord &initial);
    ActionRecord selected() const;
    void updateButtons();

    AssessmentSession &m_session;
    ActionModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace readiness::ui
