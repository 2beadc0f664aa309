#pragma once

#include <QString>

namespace readiness {

/// Where the program's data lives: share/gdpr-readiness next to the
/// executable's bin/ directory, in the build tree and in any installed or
/// relocated tree alike. GDPR_READINESS_DATA_DIR overrides it.
namespace DataPaths {
QString dataDir();
QString questionnairesDir();
QString calendarsDir();
QString demoDir();
QString translationsDir();
} // namespace DataPaths

} // namespace readiness
