#pragma once

#include "AuditFindingsModel.h"
#include "AuditInputFiles.h"
#include "AuditRepository.h"
#include "CrmAudit.h"

#include <QElapsedTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QChartView;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace readiness::ui {

class AssessmentSession;
class AuditFindingsFilter;
class AuditRunner;
class AuditRunsPanel;
class ClusterModel;

/// The Data audit page (issue 11): drop or choose the CRM contacts export,
/// the consent log and Mailchimp exports; run the audit off the GUI thread
/// with progress and cancel; see a chart per finding type, the results
/// (filter by type, search by CRM id) and each duplicate cluster side by
/// side with the differing consent cells marked; write the fix files. A
/// finished run is stored in the assessment (AuditRunsPanel).
class DataAuditPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DataAuditPage(AssessmentSession &session, QWidget *parent = nullptr);
    ~DataAuditPage() override;

    /// Adds files in the roles their headers say; a contacts file of
    /// another CRM asks for a column mapping. Returns false when one could
    /// not be used (the page says why).
    bool addFiles(const QStringList &paths);
    const AuditInputFiles &inputFiles() const { return m_files; }
    /// An audit, reread or fix files running, or a stored run being linked.
    bool isRunning() const;
    /// The last successful run (nullptr before one, or after a failed one).
    std::shared_ptr<const crm::AuditResult> result() const { return m_result; }
    /// Milliseconds from Cancel to the page being idle again, last time.
    qint64 lastCancelLatencyMs() const { return m_cancelLatencyMs; }

    AuditFindingsModel *findingsModel() const { return m_model; }
    AuditFindingsFilter *findingsFilter() const { return m_filter; }
    ClusterModel *clusterModel() const { return m_cluster; }
    QTableView *resultsView() const { return m_results; }
    QTableView *clusterView() const { return m_clusterView; }
    QComboBox *typeFilter() const { return m_typeFilter; }
    QLineEdit *searchEdit() const { return m_search; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *fixFilesButton() const { return m_writeFixes; }
    QProgressBar *progressBar() const { return m_progress; }
    QChartView *chartView() const { return m_chart; }
    QLabel *messageLabel() const { return m_message; }
    QSpinBox *retentionYears() const { return m_retention; }
    /// libphonenumber's region for numbers whose record has no country.
    QLineEdit *defaultRegion() const { return m_region; }
    AuditRunsPanel *runsPanel() const { return m_runs; }

public slots:
    bool chooseFiles();
    bool editMapping();
    bool runAudit();
    void cancel();
    bool writeFixFiles();
    void removeSelectedFile();
    /// Shows stored run @p runId in the results and cluster views: its
    /// files are re-hashed and, when all are unchanged (SHA-256), read again
    /// off the GUI thread with progress; when one is missing or changed, the
    /// page says which and what, and shows only the stored ids and counts.
    bool showStoredRun(qint64 runId);
    /// The stored run the results show (0: none, or a run not stored).
    qint64 shownRunId() const { return m_shownRunId; }

signals:
    /// A run finished successfully (not after a cancel or a failure).
    void auditSucceeded();
    /// The page is idle again after a run (and the results table is
    /// filled) or fix files, whatever the outcome.
    void idle();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *buildInputs();
    QWidget *buildResults();
    void onAuditFinished();
    void onRereadFinished(Result<std::shared_ptr<crm::AuditResult>> result);
    void onFixFilesFinished();
    /// Shows @p result (with its table rows when the worker built them);
    /// the result it replaces is freed on a thread of its own.
    void replaceResult(std::shared_ptr<const crm::AuditResult> result,
                       std::shared_ptr<const AuditFindingsModel::Rows> rows = {});
    void showResult(std::shared_ptr<const AuditFindingsModel::Rows> rows);
    /// Links stored run @p runId to its questions, in a turn of the event
    /// loop of its own (a commit on the GUI thread), then says so.
    void linkStoredRun(qint64 runId, bool tooLateToCancel);
    /// idle() once the results table is filled and no link is pending.
    void finishWhenDone();
    void emitIdleIfDone();
    void showCluster();
    void fillFileList();
    void setBusy(bool busy, const QString &what);
    void say(const QString &text, bool problem = false);
    void finishCancel();

    AssessmentSession &m_session;
    AuditInputFiles m_files;
    crm::AuditInputs m_resultInputs; // the files m_result was made from
    std::shared_ptr<const crm::AuditResult> m_result;
    AuditRunner *m_runner;
    AuditFindingsModel *m_model;
    AuditFindingsFilter *m_filter;
    ClusterModel *m_cluster;

    QListWidget *m_fileList = nullptr;
    QPushButton *m_choose = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_mapping = nullptr;
    QSpinBox *m_retention = nullptr;
    QCheckBox *m_asOfSet = nullptr;
    QDateEdit *m_asOf = nullptr;
    QCheckBox *m_checkNumbers = nullptr;
    QLineEdit *m_region = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_step = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_summary = nullptr;
    QChartView *m_chart = nullptr;
    QComboBox *m_typeFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_results = nullptr;
    QLabel *m_clusterTitle = nullptr;
    QTableView *m_clusterView = nullptr;
    QLabel *m_reasons = nullptr;
    QPushButton *m_writeFixes = nullptr;
    AuditRunsPanel *m_runs = nullptr;

    bool m_cancelRequested = false;
    bool m_idlePending = false; // idle() is due once the table is filled and the link made
    bool m_linking = false; // a stored run's link is queued
    qint64 m_shownRunId = 0;
    std::optional<crm::StoredAuditRun> m_rereading; // the stored run being read again
    QElapsedTimer m_cancelClock;
    qint64 m_cancelLatencyMs = -1;
};

} // namespace readiness::ui
