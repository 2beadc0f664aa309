#include "ReportChartObject.h"

#include <QPainter>

namespace readiness::ui {

ReportChartObject::ReportChartObject(ReportCharts *charts, QObject *parent)
    : QObject(parent)
    , m_charts(charts)
{ }

QSizeF ReportChartObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return format.property(kSizeProperty).toSizeF();
}

void ReportChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                   const QTextFormat &format)
{
    painter->save();
    m_charts->render(ReportCharts::Kind(format.intProperty(kKindProperty)), painter, rect);
    painter->restore();
}

} // namespace readiness::ui
