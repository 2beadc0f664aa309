#include "PortfolioRegistration.h"

#include "AppSettings.h"
#include "FileMenuEntries.h"
#include "MainWindow.h"
#include "PortfolioWindow.h"
#include "Prompt.h"

using namespace Qt::StringLiterals;

namespace readiness::ui {

void registerPortfolioWindow()
{
    FileMenuEntries::add(
        {u"portfolio"_s, [] { return PortfolioWindow::tr("Open &portfolio folder…"); }, u"folder-open"_s,
         [](QMainWindow &window) {
             auto *main = qobject_cast<MainWindow *>(&window);
             if (!main)
                 return;
             const QString dir = Prompt::existingDirectory(main, PortfolioWindow::tr("Open portfolio folder"),
                                                           AppSettings::lastDirectory());
             if (dir.isEmpty())
                 return;
             AppSettings::setLastDirectory(dir);
             openPortfolio(*main, dir);
         }});
}

PortfolioWindow *openPortfolio(MainWindow &window, const QString &dir)
{
    auto *portfolio = window.findChild<PortfolioWindow *>(QString(), Qt::FindDirectChildrenOnly);
    if (!portfolio) {
        portfolio = new PortfolioWindow(&window);
        // The main window's own open path: its checks, messages and read-only offer.
        QObject::connect(portfolio, &PortfolioWindow::openRequested, &window, [&window](const QString &path) {
            window.openFile(path);
            window.raise();
            window.activateWindow();
        });
    }
    portfolio->setFolder(dir);
    portfolio->show();
    portfolio->raise();
    return portfolio;
}

} // namespace readiness::ui
