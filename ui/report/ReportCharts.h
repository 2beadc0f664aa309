#pragma once

#include <QImage>
#include <QRectF>
#include <QSizeF>

#include <memory>

class QChart;
class QGraphicsScene;
class QPainter;

namespace readiness {
struct ReportModel;
}

namespace readiness::ui {

/// The report's two charts (radar of section scores, answer levels per
/// section), held in their own scene so they render as vectors onto a PDF
/// painter or as images for the ODT. See QT-NOTES.md ("Charts into a PDF").
class ReportCharts final
{
public:
    enum class Kind { Radar, Levels };

    explicit ReportCharts(const ReportModel &model);
    ~ReportCharts();
    Q_DISABLE_COPY_MOVE(ReportCharts)

    /// The chart's natural size, in 96-dpi units.
    static QSizeF size(Kind kind, int sectionCount);
    QSizeF size(Kind kind) const { return size(kind, m_sectionCount); }
    /// Paints @p kind into @p target on any painter, as vectors.
    void render(Kind kind, QPainter *painter, const QRectF &target);
    /// The chart as an image, @p scale times its natural size (for the ODT).
    QImage image(Kind kind, qreal scale);

private:
    QChart *chart(Kind kind) const;

    int m_sectionCount = 0;
    std::unique_ptr<QGraphicsScene> m_scene;
    QChart *m_radar = nullptr; // owned by the scene
    QChart *m_levels = nullptr;
};

} // namespace readiness::ui
