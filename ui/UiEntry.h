#pragma once

#include <QStringList>

class QApplication;

namespace readiness::ui {

/// Adds the command-line commands that need the GUI library (report,
/// export) to the command line. Implemented in ui/report.
void registerCommands();

/// Whether the command in @p arguments needs a QApplication (charts).
bool commandNeedsGuiApplication(const QStringList &arguments);

/// Starts the desktop application: opens the file named in @p arguments,
/// else shows the start page. Implemented in ui/gui.
int runGui(QApplication &app, const QStringList &arguments);

} // namespace readiness::ui
