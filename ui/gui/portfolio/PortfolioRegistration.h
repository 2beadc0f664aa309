#pragma once

#include <QString>

namespace readiness::ui {

class MainWindow;
class PortfolioWindow;

/// Adds File ▸ Open portfolio folder… to the main window (FileMenuEntries);
/// call once before the window is built, as the program does.
void registerPortfolioWindow();

/// Shows @p dir in @p window's Portfolio window (made on first use); a
/// double-click there opens the file through @p window's open path.
PortfolioWindow *openPortfolio(MainWindow &window, const QString &dir);

} // namespace readiness::ui
