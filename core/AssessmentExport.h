#pragma once

#include "ReportModel.h"
#include "Result.h"

#include <QByteArray>

#include <functional>

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

enum class Format { Json, Csv };

/// Adds what libraries above core know to the model before it is written
/// (review::ReviewReport::complete: the answers still to review).
using Completion = std::function<Status(ReportModel &)>;

/// The model an export of @p document's current assessment to @p path
/// writes, in @p language, completed by @p complete; refused when @p path is
/// the open assessment or one of its companions (OutputPathGuard). Every
/// data export starts here.
Result<ReportModel> modelFor(const AssessmentDocument &document, const QString &language, const QString &path,
                             const Completion &complete = {});

/// Writes the export of @p document's current assessment to @p path,
/// atomically: what the `export` command and the GUI's export do.
Status write(const AssessmentDocument &document, Format format, const QString &language, const QString &path,
             const Completion &complete = {});

} // namespace AssessmentExport

} // namespace readiness
