#pragma once

#include "Result.h"
#include "WorkshopSummary.h"

#include <QPageSize>

namespace readiness {
class AssessmentDocument;
}

namespace readiness::ui {

/// Writes a workshop summary as PDF with the report's machinery (PagedPdf:
/// same fonts, page furniture, PDF/A-1b). The file appears complete at the
/// target or not at all.
namespace WorkshopSummaryRenderer {

Result<QByteArray> pdf(const workshop::WorkshopSummary &summary, const QPageSize &pageSize);
/// The summary of @p sessionId (0: the latest) of @p document in
/// @p language, written to @p path; refuses to write over the assessment.
Status write(AssessmentDocument &document, qint64 sessionId, const QString &language, const QString &path,
             const QPageSize &pageSize = QPageSize(QPageSize::A4));

} // namespace WorkshopSummaryRenderer

} // namespace readiness::ui
