#pragma once

#include "AssessmentExport.h"
#include "ReportModel.h"
#include "Result.h"

#include <QString>
#include <QStringList>

namespace readiness {

class AssessmentDocument;

/// The assessment as an Excel workbook (.xlsx): sheets Answers, Action plan,
/// Evidence and Section scores, built from the same ReportModel as the JSON
/// and CSV exports (core/AssessmentExport). German sheet names and headers
/// when the export language is "de". Shape: docs/export-format.md, "XLSX".
namespace XlsxExport {

enum class Sheet { Answers, ActionPlan, Evidence, SectionScores };

/// The sheet names, in workbook order, in @p language ("en" or "de").
QStringList sheetNames(const QString &language);

/// The header row of @p sheet in @p language.
QStringList columns(Sheet sheet, const QString &language);

/// Writes @p model as a workbook to @p path directly (no temporary file).
Status writeModel(const ReportModel &model, const QString &path);

/// Writes the workbook of @p document's current assessment to @p path:
/// refused when @p path is the open assessment or one of its companions
/// (OutputPathGuard); built in a private temporary folder and moved into
/// place only when complete (QSaveFile), so a failure leaves no partial file
/// and an existing file unchanged. What the `export --format xlsx` command
/// and the GUI's Export data… do.
Status write(const AssessmentDocument &document, const QString &language, const QString &path,
             const AssessmentExport::Completion &complete = {});

} // namespace XlsxExport

} // namespace readiness
