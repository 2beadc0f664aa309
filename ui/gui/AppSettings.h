#pragma once

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

    static QStringList recentFiles();
    /// Moves @p path to the top of the recent files.
    static void addRecentFile(const QString &path);
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

private:
    enum class Key { RecentFiles, HolidayCalendar, Language, DefaultAssessor, EvidenceSizeLimitMiB, LastDirectory };
    static QVariant value(Key key);
    static void setValue(Key key, const QVariant &value);
};

} // namespace readiness::ui
