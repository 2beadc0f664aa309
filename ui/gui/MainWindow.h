#pragma once

#include "AppSettings.h"
#include "AssessmentDocument.h"
#include "ReportExport.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace readiness {
class AssessmentOpener;
}

namespace readiness::ui {

class AssessmentSession;
class AssessmentView;
class BackupController;
class StartPage;

/// The application window: menus, title and status bar around the start
/// page or the pages of the open assessment. It only wires things together.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens @p path; on a read-only or locked file offers to open it
    /// read-only. Returns false (after telling the user) when it failed.
    bool openFile(const QString &path, AssessmentFile::Mode mode = AssessmentFile::Mode::ReadWrite);
    /// The same for a file @p opener has been opening in the background
    /// (start-up); call it before show() and the first paint shows the file.
    bool openFile(const QString &path, AssessmentOpener &opener);
    bool openDemo();
    bool newAssessment();
    /// Closes the open assessment and shows the start page.
    void closeAssessment();
    /// The longest the recent-files entry waits for the first paint.
    static constexpr int kRecentFileDelayMs = 2000;

    AssessmentSession *session() const { return m_session.get(); }
    AssessmentView *assessmentView() const { return m_view; }
    /// Built when first needed (a window started on a file has none).
    StartPage *startPage();
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    BackupController *backups() const { return m_backups; }
    bool isWorkshopMode() const { return m_workshop; }

public slots:
    void openWithDialog();
    void setWorkshopMode(bool on);
    void showSettings();
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;
    /// A new UI language (Settings): menus and pages are built again in it.
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fitToScreen();
    void exportFile(ReportExport::Kind kind);
    void createMenus();
    bool finishOpen(const QString &path, AssessmentFile::Mode mode,
                    Result<std::unique_ptr<AssessmentDocument>> document, AssessmentFile::Failure failure);
    void showStartPage();
    /// Adds @p path to the recent files once the window has painted.
    void rememberRecentFile(const QString &path);
    void writePendingRecentFile();
    /// Closes the open assessment, showing nothing instead (quit, or
    /// another file coming).
    void releaseAssessment();
    void adopt(std::unique_ptr<AssessmentDocument> document);
    /// The pages of the open session and the Assessment menu's actions.
    void installView();
    /// Rebuilds every text of the window in the current language
    /// (MainWindowSettings.cpp).
    void retranslate();
    /// What the start page lists for the open file.
    AppSettings::RecentSummary summary() const;
    void updateTitle();
    void updateStatus();
    void updateActions();
    void fillRecentMenu();

    StartPage *m_start = nullptr;
    QStackedWidget *m_stack;
    AssessmentView *m_view = nullptr;
    std::unique_ptr<AssessmentSession> m_session;
    QUndoGroup *m_undoGroup;
    BackupController *m_backups;
    QLabel *m_fileLabel;
    QLabel *m_writtenLabel;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_assessmentMenu = nullptr;
    QList<QAction *> m_documentActions;
    QString m_pendingRecentFile;
    QAction *m_workshopAction = nullptr;
    bool m_workshop = false;
    bool m_retranslatePending = false;
    qreal m_normalFontSize = 0;
};

} // namespace readiness::ui
