// bench_minimal_window: the yardstick for the start-up benchmark. The least
// a Qt Widgets program does to put a main window on screen: QApplication,
// one QMainWindow of the same size as the application's, show, and (like the
// application's GDPR_READINESS_EXIT_AFTER_SHOW hook) print the monotonic time
// once its first paint is done, then quit. bench/measure-startup.py runs it
// side by side with gdpr-readiness.

#include "PaintProbe.h"

#include <QApplication>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("minimal"));
    // The same size formula as readiness::ui::MainWindow, so both paint the
    // same area.
    window.resize(QSize(window.fontMetrics().averageCharWidth() * 160, window.fontMetrics().height() * 45));
    // Queued, as in the application: after the paint pass has been flushed.
    benchsupport::PaintProbe probe(&window, [&window] {
        const QString title = window.windowTitle();
        QTimer::singleShot(0, QCoreApplication::instance(), [title] {
            std::fprintf(stderr, "first-paint-monotonic-ns=%lld title=%s\n",
                         static_cast<long long>(benchsupport::monotonicNs()), qUtf8Printable(title));
            QCoreApplication::quit();
        });
    });
    window.show();
    return app.exec();
}
