#pragma once

#include "AssessmentSeries.h"

class QChart;

namespace readiness::ui {

/// A line chart of scores by assessment date: one line per section and a
/// bold one for the overall score. Every label is plain text (Qt Charts
/// reads labels as HTML, so they are escaped).
namespace TrendChart {

QChart *create(const QList<compare::AssessmentSeries::TrendLine> &lines, const QStringList &dates,
               const QString &title);

} // namespace TrendChart

} // namespace readiness::ui
