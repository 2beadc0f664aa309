#pragma once

#include "AssessmentSeries.h"

#include <QJsonObject>

namespace readiness::compare {

/// `gdpr-readiness compare --json`: the series as JSON (docs/lifecycle.md
/// "Comparing assessments"). Percentages and changes are rounded to 0.1,
/// as printed; null where there is no score.
QJsonObject comparisonJson(const AssessmentSeries &series);

/// @p value rounded to one decimal, or null.
QJsonValue percentJson(std::optional<double> value);

} // namespace readiness::compare
