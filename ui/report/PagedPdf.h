#pragma once

#include "PdfInfo.h"
#include "Result.h"

#include <QPageSize>

#include <functional>

class QTextDocument;

namespace readiness::ui {

/// The report's page machinery, shared by every PDF the program writes (the
/// readiness report, the workshop summary): PDF/A-1b with metadata, the
/// report font, the running header and footer, headings kept with what
/// follows them, vector output.
namespace PagedPdf {

struct Furniture
{
    QString headerLeft; // the organisation
    QString headerRight; // the assessment
    QString footerLeft; // "Fingerprint …"
    bool german = false; // "Seite 1 von 3"
};

/// The report's body font (DejaVu Sans, no ligatures) at @p pointSize.
QFont font(qreal pointSize);

/// The report's font, margins and style sheet on @p doc (PDF and ODT alike).
void setUp(QTextDocument &doc, const QString &title);

/// Lays out the document @p fill builds (it is laid out on the PDF writer,
/// with the report's font and style sheet already set) page by page.
Result<QByteArray> render(const PdfInfo &info, const QPageSize &pageSize, const Furniture &furniture,
                          const std::function<void(QTextDocument &)> &fill);

/// Writes what @p produce makes to @p path, complete or not at all
/// (QSaveFile); the target is opened first, so a bad path fails before the
/// (slower) rendering.
Status save(const QString &path, const std::function<Result<QByteArray>()> &produce);

} // namespace PagedPdf

} // namespace readiness::ui
