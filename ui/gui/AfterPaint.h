#pragma once

#include <functional>

class QWidget;

namespace readiness::ui {

/// Runs @p work once @p window's next paint has been flushed to the screen,
/// queued behind that paint pass. For work the user need not wait for before
/// the window appears (writing the recent-files list), and for the start-up
/// benchmark hook. Work added for the same paint runs in the order added.
void afterNextPaint(QWidget *window, std::function<void()> work);

} // namespace readiness::ui
