#include "DemoAssessment.h"

#include "Clock.h"
#include "DataPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace readiness::ui::DemoAssessment {

QString installedPath()
{
    return DataPaths::demoDir() + u"/demo.gdpra"_s;
}

Result<QString> makeWritableCopy(const QString &directory)
{
    const QString source = installedPath();
    if (!QFileInfo::exists(source))
        return makeError(
            QCoreApplication::translate("readiness::ui::DemoAssessment", "The demo assessment is not installed (%1).")
                .arg(QDir::toNativeSeparators(source)));
    const QString dir = directory.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/demo"_s
        : directory;
    if (!QDir().mkpath(dir))
        return makeError(u"cannot create %1"_s.arg(QDir::toNativeSeparators(dir)));
    const QString stamp = Clock::current().now().toLocalTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString target = QDir(dir).filePath(u"demo-%1.gdpra"_s.arg(stamp));
    for (int i = 2; QFileInfo::exists(target); ++i)
        target = QDir(dir).filePath(u"demo-%1-%2.gdpra"_s.arg(stamp).arg(i));
    // A plain copy: nothing ever writes the installed demo, so it is never
    // live; opening it with SQLite, even read-only, could leave -wal/-shm
    // files in (or fail on) a folder that is not ours.
    if (!QFile::copy(source, target))
        return makeError(QCoreApplication::translate("readiness::ui::DemoAssessment",
                                                     "The demo assessment could not be copied to %1.")
                             .arg(QDir::toNativeSeparators(target)));
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

} // namespace readiness::ui::DemoAssessment
