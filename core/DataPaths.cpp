#include "DataPaths.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace readiness::DataPaths {

QString dataDir()
{
    const QString overridden = qEnvironmentVariable("GDPR_READINESS_DATA_DIR");
    if (!overridden.isEmpty())
        return QDir::cleanPath(overridden);
    const QString appDir = QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QDir::currentPath();
    return QDir::cleanPath(appDir + u"/../share/gdpr-readiness"_s);
}

QString questionnairesDir()
{
    return dataDir() + u"/questionnaires"_s;
}

QString calendarsDir()
{
    return dataDir() + u"/calendars"_s;
}

QString demoDir()
{
    return dataDir() + u"/demo"_s;
}

QString translationsDir()
{
    return dataDir() + u"/translations"_s;
}

} // namespace readiness::DataPaths
