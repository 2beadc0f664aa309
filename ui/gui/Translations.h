#pragma once

#include <QString>

class QCoreApplication;

namespace readiness::ui {

/// Installs the UI translation for @p language ("en", "de") from the data
/// directory, Qt's own, and makes questionnaire text follow the language.
/// English needs its file too: it holds the plural forms ("1 day", "2 days").
void installTranslations(QCoreApplication &app, const QString &language);

} // namespace readiness::ui
