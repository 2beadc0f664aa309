#include "WorkshopSummaryRenderer.h"

#include "AssessmentDocument.h"
#include "OutputPathGuard.h"
#include "PagedPdf.h"
#include "WorkshopSummaryDocument.h"

#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace readiness::ui::WorkshopSummaryRenderer {

Result<QByteArray> pdf(const workshop::WorkshopSummary &summary, const QPageSize &pageSize)
{
    const bool de = summary.language == "de"_L1;
    const WorkshopSummaryDocument document(summary);
    PdfInfo info;
    info.title = document.t("Workshop summary: %1", "Workshop-Protokoll: %1").arg(summary.organisation.name);
    info.author = summary.session.startedBy;
    info.subject = summary.assessment.title;
    info.creator = u"gdpr-readiness %1"_s.arg(QStringLiteral(READINESS_VERSION));
    info.producer = u"Qt %1 QPdfWriter"_s.arg(QString::fromLatin1(qVersion()));
    info.created = summary.until;
    const PagedPdf::Furniture furniture {
        summary.organisation.name, summary.assessment.title,
        (de ? u"Workshop-Sitzung %1"_s : u"Workshop session %1"_s).arg(summary.sessionNumber), de};
    return PagedPdf::render(info, pageSize, furniture, [&](QTextDocument &doc) { doc.setHtml(document.html()); });
}

Status write(AssessmentDocument &document, qint64 sessionId, const QString &language, const QString &path,
             const QPageSize &pageSize)
{
    if (Status s = OutputPathGuard::check(path, document.path()); !s)
        return s;
    auto summary = workshop::WorkshopSummary::build(document, sessionId, language);
    if (!summary)
        return summary.error();
    return PagedPdf::save(path, [&] { return pdf(*summary, pageSize); });
}

} // namespace readiness::ui::WorkshopSummaryRenderer
