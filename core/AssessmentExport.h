#pragma once

#include "ReportModel.h"

#include <QByteArray>

namespace readiness {

/// Every answer of an assessment as data for other tools: JSON with a
/// versioned shape, or CSV (RFC 4180, UTF-8 with a BOM). Both are built from
/// the ReportModel, like the report. Shapes: docs/export-format.md.
namespace AssessmentExport {

inline constexpr int kJsonVersion = 1;
inline constexpr QLatin1StringView kJsonFormat {"gdpr-readiness-export"};

QByteArray toJson(const ReportModel &model);
QByteArray toCsv(const ReportModel &model);

/// The CSV columns, in order.
QStringList csvColumns();

} // namespace AssessmentExport

} // namespace readiness
