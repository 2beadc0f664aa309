#pragma once

#include "ReadinessCharts.h"

#include <QList>

class QChart;

namespace readiness::ui {

/// The data audit's summary chart: a horizontal bar per finding type with
/// its count, the most serious at the top; consent and suppression
/// findings in red, accuracy and retention in amber (the legend says which,
/// and every label carries its count, so colour is never the only cue).
namespace AuditSummaryChart {

struct Bar
{
    int type = 0; // FindingTypes bit
    qint64 count = 0;
};

/// The caller owns the chart.
QChart *build(const QList<Bar> &bars, const ReadinessCharts::Style &style);

/// Whether FindingTypes bit @p type is about consent or suppression.
bool isConsentType(int type);

} // namespace AuditSummaryChart

} // namespace readiness::ui
