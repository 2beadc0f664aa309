#include "PaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

#include <chrono>

namespace benchsupport {

PaintProbe::PaintProbe(QWidget *root, std::function<void()> onFirstPaint)
    : m_root(root)
    , m_onFirstPaint(std::move(onFirstPaint))
{
    // On the application, not the widget: paint events go to each child
    // separately, and a child may be repainted without its parent.
    QCoreApplication::instance()->installEventFilter(this);
}

PaintProbe::~PaintProbe()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

bool PaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        if (widget == m_root || m_root->isAncestorOf(widget)) {
            if (++m_paints == 1 && m_onFirstPaint)
                m_onFirstPaint();
        }
    }
    return QObject::eventFilter(watched, event);
}

qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace benchsupport
