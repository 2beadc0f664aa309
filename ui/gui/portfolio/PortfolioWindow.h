#pragma once

#include "BatchReport.h"
#include "PortfolioEntry.h"

#include <QFileSystemWatcher>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QProgressDialog;
class QPushButton;
class QTableView;

namespace readiness::portfolio {
class PortfolioScanner;
}

namespace readiness::ui {

class PortfolioFilter;
class PortfolioModel;

/// The client portfolio: every assessment file of a folder in a sortable,
/// filterable table, read off the GUI thread and kept up to date as files
/// change; a double-click opens one in the main window; "Write all
/// reports…" writes every client's PDF (docs/portfolio.md).
class PortfolioWindow final : public QWidget
{
    Q_OBJECT

public:
    explicit PortfolioWindow(QWidget *parent = nullptr);
    ~PortfolioWindow() override;

    /// Shows @p dir's assessments (a full scan) and watches the folder.
    void setFolder(const QString &dir);
    QString folder() const { return m_folder; }
    bool isScanning() const { return m_scanning; }

    PortfolioModel *model() const { return m_model; }
    PortfolioFilter *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterField() const { return m_text; }
    QComboBox *ragFilter() const { return m_rag; }
    QComboBox *stateFilter() const { return m_state; }

    /// The program whose `report` command writes each PDF (default: this
    /// one; tests name the built gdpr-readiness).
    void setReportProgram(const QString &program) { m_program = program; }
    /// Asks for the output folder and writes every client's report.
    void writeAllReports();
    QList<portfolio::BatchReport::Item> lastBatch() const { return m_lastBatch; }
    bool isWritingReports() const { return m_writing; }

signals:
    void openRequested(const QString &path);
    void scanFinished();
    void reportsFinished();

private:
    void buildUi();
    void startScan();
    void runScan(const QStringList &paths, bool full);
    void scanDone(const QList<portfolio::PortfolioEntry> &entries);
    void fileChanged(const QString &path);
    void folderChanged();
    void rescanNow();
    void updateWatches();
    void openIndex(const QModelIndex &proxyIndex);
    void batchDone(const QList<portfolio::BatchReport::Item> &items);
    void updateStatus();

    QString m_folder;
    QString m_program;
    PortfolioModel *m_model;
    PortfolioFilter *m_filter;
    QTableView *m_view = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_rag = nullptr;
    QComboBox *m_state = nullptr;
    QPushButton *m_reports = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;

    std::shared_ptr<portfolio::PortfolioScanner> m_scanner; // made on the first scan's thread
    QThreadPool m_pool; // the scan and the batch run here; the window waits for them
    bool m_scanning = false;
    bool m_scanIsFull = false;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QSet<QString> m_pending; // files to read again
    bool m_pendingFolder = false;

    bool m_writing = false;
    QProgressDialog *m_batchProgress = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelBatch;
    QList<portfolio::BatchReport::Item> m_lastBatch;
};

} // namespace readiness::ui
