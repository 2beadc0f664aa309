#pragma once

#include "AssessmentDocument.h"
#include "ReportModel.h"
#include "Result.h"

#include <QPageSize>

namespace readiness::ui {

/// Turns a ReportModel into a file: a paginated PDF (vector charts, running
/// header and footer, embedded fonts, metadata) or an ODT (charts as
/// images). The file appears complete at the target path or not at all.
class ReportRenderer final
{
public:
    enum class Format { Pdf, Odt };

    struct Options
    {
        Format format = Format::Pdf;
        QPageSize pageSize = QPageSize(QPageSize::A4);
        QString language = QStringLiteral("en"); // used by writeReport()
        /// writeReport(): the assessment to compare with in "Since last
        /// review" instead of the predecessor the assessment names.
        QString previousPath;
        /// writeReport(): the signed revision to report, from the snapshot
        /// stored at its sign-off (0: the assessment as it is now).
        int revision = 0;
    };

    static Status write(const ReportModel &model, const QString &path, const Options &options);
    /// The report of @p document's current assessment, written to @p path:
    /// what the `report` command and the GUI's Export Report do.
    static Status writeReport(const AssessmentDocument &document, const QString &path, const Options &options);

    /// The PDF bytes (what write() saves for Format::Pdf).
    static Result<QByteArray> pdf(const ReportModel &model, const QPageSize &pageSize);
    static Result<QByteArray> odt(const ReportModel &model);
};

} // namespace readiness::ui
