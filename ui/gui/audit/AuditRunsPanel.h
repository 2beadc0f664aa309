#pragma once

#include "AuditLinking.h"
#include "CrmAudit.h"

#include <QWidget>

#include <atomic>
#include <functional>

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

    using Store = std::function<Result<qint64>(const crm::AuditResult &, const std::atomic_bool *cancel)>;
    /// What stores a finished run as a run of the assessment, called on the
    /// audit's worker thread (a second connection to the file, one
    /// transaction: the window never waits for it). Empty when the
    /// assessment is open read-only.
    Store storeOnWorker() const;
    /// After run @p runId was stored: its summary becomes evidence on the
    /// linked questions, and the list shows it. Returns a sentence for the user.
    QString showStored(qint64 runId);
    /// Lists the runs again (after the file changed).
    void reload();

    QListWidget *runList() const { return m_runs; }
    QListWidget *suggestionList() const { return m_suggestions; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *actionsButton() const { return m_actions; }
    qint64 selectedRunId() const;
    const QList<crm::MaturitySuggestion> &suggestions() const { return m_current; }

signals:
    /// The user chose stored run @p runId (not emitted while the list is
    /// filled): the page shows its records.
    void runSelected(qint64 runId);

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
    bool m_reloading = false;
};

} // namespace readiness::ui
