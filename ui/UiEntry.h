#pragma once

#include <QStringList>

#include <thread>

class QApplication;

namespace readiness::ui {

/// Reads the system's font configuration (fontconfig: its XML files and
/// caches, about 3 ms) on a second thread while QApplication starts, so the
/// first widget does not wait for it. Create it before the QApplication;
/// runGui() waits for it before building the window. Does nothing where Qt
/// does not use fontconfig, or when a desktop's start-up notification is
/// pending (Qt then changes the environment while it starts).
class FontConfigWarmUp final
{
public:
    FontConfigWarmUp();
    ~FontConfigWarmUp();
    FontConfigWarmUp(const FontConfigWarmUp &) = delete;
    FontConfigWarmUp &operator=(const FontConfigWarmUp &) = delete;

    void wait();

private:
    std::thread m_thread;
};

/// Starts the desktop application: opens the file named in @p arguments,
/// else shows the start page. Implemented in ui/gui.
int runGui(QApplication &app, const QStringList &arguments, FontConfigWarmUp &fonts);

} // namespace readiness::ui
