#include "AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace readiness::ui {

namespace {
struct KeyInfo
{
    QString name;
    QVariant defaultValue;
};

// The one table of keys and defaults.
KeyInfo info(int key)
{
    static const KeyInfo table[] = {
        {u"recentFiles"_s, QStringList()},
        {u"holidayCalendar"_s, u"england-and-wales"_s},
        {u"language"_s, u"en"_s},
        {u"defaultAssessor"_s, QString()},
        {u"evidenceSizeLimitMiB"_s, 100},
        {u"lastDirectory"_s, QDir::homePath()},
        {u"recentSummaries"_s, QVariantMap()},
        {u"windowGeometry"_s, QByteArray()},
        {u"backupFolder"_s, QString()},
        {u"backupKeep"_s, backup::BackupPolicy::kDefaultKeep},
        {u"backupEveryMinutes"_s, 15},
    };
    return table[key];
}
} // namespace

QVariant AppSettings::value(Key key)
{
    const KeyInfo k = info(int(key));
    return QSettings().value(k.name, k.defaultValue);
}

void AppSettings::setValue(Key key, const QVariant &value)
{
    QSettings().setValue(info(int(key)).name, value);
}

QStringList AppSettings::recentFiles()
{
    return value(Key::RecentFiles).toStringList();
}

void AppSettings::addRecentFile(const QString &path, const RecentSummary &summary)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings settings; // one object: one write to disk
    settings.setValue(info(int(Key::RecentFiles)).name, files);
    if (!summary.organisation.isEmpty())
        settings.setValue(info(int(Key::RecentSummaries)).name, summariesWith(files, absolute, summary));
}

void AppSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    setValue(Key::RecentFiles, files);
}

AppSettings::RecentSummary AppSettings::recentSummary(const QString &path)
{
    const QVariantMap all = value(Key::RecentSummaries).toMap();
    const QVariantMap one = all.value(QFileInfo(path).absoluteFilePath()).toMap();
    return {one.value(u"organisation"_s).toString(), one.value(u"title"_s).toString(),
            one.value(u"score"_s).toString()};
}

QVariantMap AppSettings::summariesWith(const QStringList &recent, const QString &path, const RecentSummary &summary)
{
    QVariantMap all = value(Key::RecentSummaries).toMap();
    // Keep summaries of recent files only.
    for (auto it = all.begin(); it != all.end();)
        it = recent.contains(it.key()) ? std::next(it) : all.erase(it);
    all.insert(path,
               QVariantMap {{u"organisation"_s, summary.organisation},
                            {u"title"_s, summary.title},
                            {u"score"_s, summary.score}});
    return all;
}

void AppSettings::setRecentSummary(const QString &path, const RecentSummary &summary)
{
    setValue(Key::RecentSummaries, summariesWith(recentFiles(), QFileInfo(path).absoluteFilePath(), summary));
}

QString AppSettings::holidayCalendar()
{
    return value(Key::HolidayCalendar).toString();
}

void AppSettings::setHolidayCalendar(const QString &id)
{
    setValue(Key::HolidayCalendar, id);
}

QString AppSettings::language()
{
    return value(Key::Language).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    setValue(Key::Language, language);
}

QString AppSettings::defaultAssessor()
{
    return value(Key::DefaultAssessor).toString();
}

void AppSettings::setDefaultAssessor(const QString &assessor)
{
    setValue(Key::DefaultAssessor, assessor);
}

int AppSettings::evidenceSizeLimitMiB()
{
    return value(Key::EvidenceSizeLimitMiB).toInt();
}

void AppSettings::setEvidenceSizeLimitMiB(int mebibytes)
{
    setValue(Key::EvidenceSizeLimitMiB, mebibytes);
}

QString AppSettings::lastDirectory()
{
    return value(Key::LastDirectory).toString();
}

void AppSettings::setLastDirectory(const QString &directory)
{
    setValue(Key::LastDirectory, directory);
}

QByteArray AppSettings::windowGeometry()
{
    return value(Key::WindowGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    setValue(Key::WindowGeometry, geometry);
}

backup::BackupPolicy AppSettings::backupPolicy()
{
    return {value(Key::BackupFolder).toString(),
            qBound(1, value(Key::BackupKeep).toInt(), backup::BackupPolicy::kMaxKeep)};
}

void AppSettings::setBackupPolicy(const backup::BackupPolicy &policy)
{
    setValue(Key::BackupFolder, policy.folder);
    setValue(Key::BackupKeep, policy.keep);
    backup::setDefaultPolicy(backupPolicy());
}

int AppSettings::backupEveryMinutes()
{
    return qBound(0, value(Key::BackupEveryMinutes).toInt(), kMaxBackupEveryMinutes);
}

void AppSettings::setBackupEveryMinutes(int minutes)
{
    setValue(Key::BackupEveryMinutes, minutes);
}

} // namespace readiness::ui
