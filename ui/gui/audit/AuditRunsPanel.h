#pragma once

#include "AuditLinking.h"
#include "CrmAudit.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace readiness::ui {

class AssessmentSession;

/// The audit runs stored in the open assessment (ids and counts only, no
/// personal data), newest first; for the chosen run the maturity levels its
/// figures suggest on the CRM questionnaire, with their reasons. The DPO
/// accepts a suggestion (asked, undoable) or keeps their own answer; each
/// finding type can become an action.
class AuditRunsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit AuditRunsPanel(AssessmentSession &session, QWidget *parent = nullptr);

    /// Stores @p result as a run of the assessment and makes its summary
    /// evidence on the linked questions. Returns a sentence for the user.
    Result<QString> store(const crm::AuditResult &result);
    /// Lists the runs again (after the file changed).
    void reload();

    QListWidget *runList() const { return m_runs; }
    QListWidget *suggestionList() const { return m_suggestions; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *actionsButton() const { return m_actions; }
    qint64 selectedRunId() const;
    const QList<crm::MaturitySuggestion> &suggestions() const { return m_current; }

public slots:
    /// Asks, showing the reason and the current answer, then sets the
    /// chosen suggestion as the answer (one step on the undo stack).
    bool acceptSelectedSuggestion();
    /// One action per finding type of the chosen run (none twice).
    bool createActions();

private:
    void showRun();
    void updateButtons();

    AssessmentSession &m_session;
    QListWidget *m_runs;
    QListWidget *m_suggestions;
    QPushButton *m_accept;
    QPushButton *m_actions;
    QLabel *m_status;
    QList<crm::StoredAuditRun> m_stored;
    QList<crm::MaturitySuggestion> m_current;
};

} // namespace readiness::ui
