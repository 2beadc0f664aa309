#include "AppSettings.h"
#include "MainWindow.h"
#include "Translations.h"
#include "UiEntry.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>

namespace readiness::ui {

namespace {
// Start-up benchmark hook (bench/measure-startup.py): with
// GDPR_READINESS_EXIT_AFTER_SHOW set, the application prints the monotonic
// time of the main window's first paint and its title (the file shown) and
// quits once that paint is done, so the time from process start to a window
// on screen can be measured.
class ExitAfterFirstPaint final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            // Queued: runs after this paint pass has been flushed to the window.
            const QString title = static_cast<QWidget *>(watched)->windowTitle();
            QTimer::singleShot(0, qApp, [title] {
                const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                    std::chrono::steady_clock::now().time_since_epoch());
                std::fprintf(stderr, "first-paint-monotonic-ns=%lld title=%s\n", static_cast<long long>(ns.count()),
                             qUtf8Printable(title));
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};
} // namespace

int runGui(QApplication &app, const QStringList &arguments)
{
    installTranslations(app, AppSettings::language());
    MainWindow window;
    ExitAfterFirstPaint exitHook;
    if (qEnvironmentVariableIsSet("GDPR_READINESS_EXIT_AFTER_SHOW"))
        window.installEventFilter(&exitHook);
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
