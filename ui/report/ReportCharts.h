#pragma once

#include <QImage>
#include <QList>
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

/// The report's charts (radar of section scores, answer levels per
/// section, and the CRM data audit's findings when the assessment has a
/// run), held in their own scene so they render as vectors onto a PDF
/// painter or as images for the ODT. See QT-NOTES.md ("Charts into a PDF").
class ReportCharts final
{
public:
    enum class Kind { Radar, Levels, CrmAudit };

    explicit ReportCharts(const ReportModel &model);
    ~ReportCharts();
    Q_DISABLE_COPY_MOVE(ReportCharts)

    /// The chart's natural size, in 96-dpi units, for @p rows sections (or
    /// finding types of the CRM audit).
    static QSizeF size(Kind kind, int rows);
    QSizeF size(Kind kind) const { return size(kind, kind == Kind::CrmAudit ? m_findingCount : m_sectionCount); }
    /// The CRM audit chart's bars: finding types of the run, in its order.
    static int crmFindingCount(const ReportModel &model);
    /// Paints @p kind into @p target on any painter, as vectors.
    void render(Kind kind, QPainter *painter, const QRectF &target);
    /// The chart as an image, @p scale times its natural size (for the ODT).
    QImage image(Kind kind, qreal scale);

private:
    QChart *chart(Kind kind) const;
    QList<QChart *> charts() const;

    int m_sectionCount = 0;
    int m_findingCount = 0;
    std::unique_ptr<QGraphicsScene> m_scene;
    QChart *m_radar = nullptr; // owned by the scene
    QChart *m_levels = nullptr;
    QChart *m_crm = nullptr; // only when the model has a CRM audit run
};

} // namespace readiness::ui
