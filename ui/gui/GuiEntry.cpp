#include "AfterPaint.h"
#include "AppSettings.h"
#include "AssessmentOpener.h"
#include "MainWindow.h"
#include "NativePath.h"
#include "Translations.h"
#include "UiEntry.h"

#include <QApplication>

#include <chrono>
#include <clocale>
#include <cstdio>
#include <optional>

#if READINESS_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace readiness::ui {

FontConfigWarmUp::FontConfigWarmUp()
{
#if READINESS_HAVE_FONTCONFIG
    // While it runs, QApplication starts on this thread, and two things it
    // does would race with fontconfig reading the environment and the
    // locale. Qt's xcb (and Wayland) start-up unsets the start-up
    // notification variable: skip the warm-up when it is set. QCoreApplication
    // sets the locale from the environment: done here first, so fontconfig
    // (which reads the decimal point) sees it already set.
    if (qEnvironmentVariableIsSet("DESKTOP_STARTUP_ID") || qEnvironmentVariableIsSet("XDG_ACTIVATION_TOKEN"))
        return;
    std::setlocale(LC_ALL, "");
    // Qt's font database calls FcInit() on first use; done here first, the
    // configuration is ready when it does (fontconfig is thread-safe).
    m_thread = std::thread([] { FcInit(); });
#endif
}

FontConfigWarmUp::~FontConfigWarmUp()
{
    wait();
}

void FontConfigWarmUp::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

int runGui(QApplication &app, const QStringList &arguments, FontConfigWarmUp &fonts)
{
    QString file;
    for (const QString &argument : arguments) {
        if (!argument.startsWith(u'-')) {
            file = NativePath::fromArgument(argument); // a name that is not UTF-8: refused as such
            break;
        }
    }
    installTranslations(app, AppSettings::language());
    // Before the first open: an upgrade of an older file backs it up there.
    backup::setDefaultPolicy(AppSettings::backupPolicy());
    // The file is opened and checked on a second core while the window is
    // built, and adopted before the window is shown: its first paint shows
    // the assessment.
    std::optional<AssessmentOpener> opening;
    if (!file.isEmpty())
        opening.emplace(file, AssessmentFile::Mode::ReadWrite);
    fonts.wait();
    MainWindow window;
    if (qEnvironmentVariableIsSet("GDPR_READINESS_EXIT_AFTER_SHOW")) {
        // Start-up benchmark hook (bench/measure-startup.py): print the
        // monotonic time once the first paint is on screen, and the title
        // (the file shown), then quit.
        afterNextPaint(&window, [&window] {
            const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                std::chrono::steady_clock::now().time_since_epoch());
            std::fprintf(stderr, "first-paint-monotonic-ns=%lld title=%s\n", static_cast<long long>(ns.count()),
                         qUtf8Printable(window.windowTitle()));
            QCoreApplication::quit();
        });
    }
    if (opening)
        window.openFile(file, *opening);
    window.show();
    return app.exec();
}

} // namespace readiness::ui
