#pragma once

#include "AssessmentDocument.h"
#include "Backups.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QWidget;

namespace readiness::ui {

/// The desktop application's backups (docs/backups.md): File ▸ Back up now
/// and Restore from backup…, the scheduled backup while the open file has
/// changes since the last one, and the offer of a damaged file's newest good
/// backup. The file and folder work is core/backup's.
class BackupController final : public QObject
{
    Q_OBJECT

public:
    using Reopen = std::function<bool(const QString &path, AssessmentFile::Mode mode)>;

    /// @p parent shows the prompts; @p close closes the open assessment;
    /// @p open opens a file (as MainWindow::openFile).
    BackupController(QWidget *parent, std::function<void()> close, Reopen open);

    /// The open assessment, or nullptr when none is.
    void setDocument(AssessmentDocument *document);
    /// Reads the backup settings (folder, keep, schedule) again.
    void applySettings();
    QTimer &timer() { return m_timer; }
    bool hasChangesSinceBackup() const { return m_changed; }

    /// A backup of the open file on its own connection (the GUI thread's:
    /// VACUUM INTO reads one committed snapshot; measured in
    /// docs/benchmarks.md, fast enough not to need a thread).
    Result<backup::BackupInfo> backUp(const QString &reason);
    /// Runs on the timer: a backup when something changed since the last.
    void backUpIfChanged();
    void backUpNow();
    void restoreFromBackup();

    /// For an open that failed on a damaged file: when a good backup
    /// exists, asks whether to open it (read-only) or restore it. Returns
    /// false when there is none (the caller shows its own message).
    bool offerNewestGoodBackup(const QString &path, const QString &text, const QString &details);

signals:
    /// A line for the status bar ("Backed up at 14:05").
    void message(const QString &text);

private:
    bool restore(const QString &path, const QString &backupPath);

    QWidget *m_parent;
    std::function<void()> m_close;
    Reopen m_open;
    QPointer<AssessmentDocument> m_document;
    QTimer m_timer;
    bool m_changed = false;
    bool m_failureShown = false;
};

} // namespace readiness::ui
