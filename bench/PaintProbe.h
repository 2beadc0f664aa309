#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace benchsupport {

/// Counts the paint events of a widget and its children, application-wide,
/// so a benchmark can wait until a change has actually reached the screen
/// (the backing store) rather than only until the code that asked for it ran.
class PaintProbe final : public QObject
{
public:
    /// Watches @p root and every widget inside it; @p onFirstPaint (if
    /// any) runs once, on the first paint seen.
    explicit PaintProbe(QWidget *root, std::function<void()> onFirstPaint = {});
    ~PaintProbe() override;

    int paints() const { return m_paints; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_root;
    std::function<void()> m_onFirstPaint;
    int m_paints = 0;
};

/// Monotonic now in nanoseconds (CLOCK_MONOTONIC, the clock Python's
/// time.monotonic_ns() reads), for the start-up harness.
qint64 monotonicNs();

} // namespace benchsupport
