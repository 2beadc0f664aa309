#pragma once

#include "BackupPolicy.h"

#include <QString>
#include <QStringList>
#include <QVariant>

namespace readiness::ui {

/// The application's settings: every key and its default in one place, so
/// nothing else reads QSettings ad hoc (KeePassXC's Config, typed).
class AppSettings final
{
public:
    static constexpr int kMaxRecentFiles = 8;

    /// What the start page shows for a recent file without opening it:
    /// organisation, assessment title and overall score, kept up to date
    /// while the file is open.
    struct RecentSummary
    {
        QString organisation;
        QString title;
        QString score; // "59.3 % AMBER"
    };

    static QStringList recentFiles();
    /// Moves @p path to the top of the recent files, with its summary
    /// (one settings write: it happens while a file opens).
    static void addRecentFile(const QString &path, const RecentSummary &summary = {});
    static RecentSummary recentSummary(const QString &path);
    static void setRecentSummary(const QString &path, const RecentSummary &summary);
    static void removeRecentFile(const QString &path);

    static QString holidayCalendar();
    static void setHolidayCalendar(const QString &id);

    /// "en" or "de".
    static QString language();
    static void setLanguage(const QString &language);

    static QString defaultAssessor();
    static void setDefaultAssessor(const QString &assessor);

    static int evidenceSizeLimitMiB();
    static void setEvidenceSizeLimitMiB(int mebibytes);

    static QString lastDirectory();
    static void setLastDirectory(const QString &directory);

    /// The main window's geometry (QWidget::saveGeometry), empty until the
    /// window was first closed.
    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);

    /// Where backups go (empty: beside the file) and how many are kept;
    /// setting it also sets the process-wide policy (backup::defaultPolicy).
    static backup::BackupPolicy backupPolicy();
    static void setBackupPolicy(const backup::BackupPolicy &policy);
    /// A backup every N minutes while the open file has changes since the
    /// last one; 0: never on a schedule.
    static constexpr int kMaxBackupEveryMinutes = 24 * 60;
    static int backupEveryMinutes();
    static void setBackupEveryMinutes(int minutes);

private:
    enum class Key {
        RecentFiles,
        HolidayCalendar,
        Language,
        DefaultAssessor,
        EvidenceSizeLimitMiB,
        LastDirectory,
        RecentSummaries,
        WindowGeometry,
        BackupFolder,
        BackupKeep,
        BackupEveryMinutes
    };
    static QVariant value(Key key);
    static void setValue(Key key, const QVariant &value);
    static QVariantMap summariesWith(const QStringList &recent, const QString &path, const RecentSummary &summary);
};

} // namespace readiness::ui
