#include "AppSettings.h"
#include "MainWindow.h"
#include "Translations.h"
#include "UiEntry.h"

#include <QApplication>

namespace readiness::ui {

int runGui(QApplication &app, const QStringList &arguments)
{
    installTranslations(app, AppSettings::language());
    MainWindow window;
    window.show();
    for (const QString &argument : arguments) {
        if (argument.startsWith(u'-'))
            continue;
        window.openFile(argument);
        break;
    }
    return app.exec();
}

} // namespace readiness::ui
