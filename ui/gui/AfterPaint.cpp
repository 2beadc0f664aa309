#include "AfterPaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <vector>

namespace readiness::ui {

namespace {
// One per window and paint: collects the work, runs it after the paint pass.
class PaintWatcher final : public QObject
{
public:
    explicit PaintWatcher(QWidget *window)
        : QObject(window)
    {
        window->installEventFilter(this);
    }

    static PaintWatcher *of(QWidget *window)
    {
        for (QObject *child : window->children())
            if (auto *watcher = dynamic_cast<PaintWatcher *>(child); watcher && !watcher->m_fired)
                return watcher;
        return new PaintWatcher(window);
    }

    void add(std::function<void()> work) { m_work.push_back(std::move(work)); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_fired) {
            m_fired = true;
            watched->removeEventFilter(this);
            // Queued: the paint pass this event starts is flushed first.
            QTimer::singleShot(0, this, [this] {
                for (const auto &work : m_work)
                    work();
                deleteLater();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::vector<std::function<void()>> m_work;
    bool m_fired = false;
};
} // namespace

void afterNextPaint(QWidget *window, std::function<void()> work)
{
    PaintWatcher::of(window)->add(std::move(work));
}

} // namespace readiness::ui
