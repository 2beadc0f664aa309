#pragma once

#include "ReportCharts.h"

#include <QObject>
#include <QTextObjectInterface>

namespace readiness::ui {

/// Draws a report chart inside a QTextDocument as vectors: the document
/// lays it out like an image, and drawObject() paints the chart's scene
/// onto whatever painter prints the page (QPdfWriter: no raster image).
class ReportChartObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int kType = QTextFormat::UserObject + 1;
    static constexpr int kKindProperty = QTextFormat::UserProperty + 1;
    static constexpr int kSizeProperty = QTextFormat::UserProperty + 2;

    explicit ReportChartObject(ReportCharts *charts, QObject *parent = nullptr);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    ReportCharts *m_charts;
};

} // namespace readiness::ui
