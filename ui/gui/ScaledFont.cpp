#include "ScaledFont.h"

#include <QEvent>
#include <QWidget>

namespace readiness::ui {

namespace {
// Lives as the widget's child; watches the parent, whose font the widget
// scales.
class FontScaler final : public QObject
{
public:
    FontScaler(QWidget *widget, double factor, bool bold)
        : QObject(widget)
        , m_widget(widget)
        , m_factor(factor)
        , m_bold(bold)
    {
        widget->parentWidget()->installEventFilter(this);
        apply();
    }

    void apply()
    {
        QFont font = m_widget->parentWidget()->font();
        font.setPointSizeF(font.pointSizeF() * m_factor);
        font.setBold(m_bold);
        m_widget->setFont(font);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FontChange && watched == m_widget->parentWidget())
            apply();
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_widget;
    double m_factor;
    bool m_bold;
};
} // namespace

void scaleFont(QWidget *widget, double factor, bool bold)
{
    Q_ASSERT(widget->parentWidget());
    new FontScaler(widget, factor, bold);
}

} // namespace readiness::ui
