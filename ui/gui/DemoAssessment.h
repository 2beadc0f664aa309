#pragma once

#include "Result.h"

namespace readiness::ui {

/// The bundled demo assessment. The installed file is never opened for
/// writing: the user works on a fresh copy in the application data folder.
namespace DemoAssessment {
QString installedPath();
/// Copies the demo into @p directory (default: app data) and returns the copy's path.
Result<QString> makeWritableCopy(const QString &directory = QString());
} // namespace DemoAssessment

} // namespace readiness::ui
