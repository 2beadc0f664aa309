#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPalette>
#include <QStringList>

class QChart;
class QPolarChart;

namespace readiness::ui {

/// The two readiness charts, built once for the dashboard and the report:
/// a radar of section scores with the RAG thresholds as dashed rings, and
/// the answers per maturity level of each section as stacked bars.
namespace ReadinessCharts {

struct Section
{
    QString radarLabel; // label on the radar's axis
    QString barLabel; // label of the section's bar
    double percent = 0;
    QList<int> levelCounts; // per scale level
};

/// Colours and fonts: the dashboard follows the system palette, the report
/// uses its print style.
struct Style
{
    QFont font;
    QFont axisFont;
    QColor ink; // labels
    QColor rule; // grid and axis lines
    QColor accent; // the score line
    QColor barBorder;
    double redBelow = 50;
    double amberBelow = 80;
};

/// One bar of a chart of counts (the CRM data audit's findings).
struct CountBar
{
    QString label;
    qint64 count = 0;
    bool severe = false; // drawn in red: an objection or opt-out not honoured
};

/// A chart on screen follows the widget's font and the system palette,
/// light or dark: no hard-coded window colours.
Style screenStyle(const QFont &font, const QPalette &palette);

/// The caller owns the chart (or hands it to a QChartView / scene).
QPolarChart *radar(const QList<Section> &sections, const Style &style);
QChart *levels(const QList<Section> &sections, const QStringList &levelLabels, const Style &style);
/// Horizontal bars, one per count, top to bottom in list order.
QChart *counts(const QList<CountBar> &bars, const Style &style);

/// @p title cut to @p max characters with an ellipsis.
QString shortTitle(const QString &title, int max);

} // namespace ReadinessCharts

} // namespace readiness::ui
