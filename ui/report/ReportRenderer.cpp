#include "ReportRenderer.h"

#include "ClosedTextDocument.h"
#include "LifecycleRepository.h"
#include "OutputPathGuard.h"
#include "PagedPdf.h"
#include "PdfInfo.h"
#include "ReportChartObject.h"
#include "ReportCharts.h"
#include "ReportDocument.h"
#include "ReportStyle.h"
#include "ReviewReport.h"
#include "RevisionDocument.h"
#include "SinceLastReview.h"
#include "StorageError.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>

using namespace Qt::StringLiterals;

namespace readiness::ui {

namespace {
void prepare(QTextDocument &doc, const ReportModel &model)
{
    PagedPdf::setUp(doc, model.assessment.title);
    doc.setHtml(ReportDocument(model).html());
}

ReportCharts::Kind kindOf(const QString &url)
{
    if (url == ReportDocument::kCrmAuditUrl)
        return ReportCharts::Kind::CrmAudit;
    return url == ReportDocument::kRadarUrl ? ReportCharts::Kind::Radar : ReportCharts::Kind::Levels;
}

// Swaps each chart placeholder image for a vector chart object of the same size.
void useVectorCharts(QTextDocument &doc)
{
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isImageFormat())
                continue;
            const QTextImageFormat image = format.toImageFormat();
            if (!image.name().startsWith(u"chart:"_s))
                continue;
            QTextCharFormat chart;
            chart.setObjectType(ReportChartObject::kType);
            chart.setProperty(ReportChartObject::kKindProperty, int(kindOf(image.name())));
            chart.setProperty(ReportChartObject::kSizeProperty, QSizeF(image.width(), image.height()));
            QTextCursor cursor(&doc);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(chart);
        }
    }
}

} // namespace

Result<QByteArray> ReportRenderer::pdf(const ReportModel &source, const QPageSize &pageSize)
{
    const ReportModel model = source.forLayout();
    PdfInfo info;
    info.title = model.assessment.title;
    info.author = model.assessment.assessor;
    info.subject = (model.language == "de"_L1 ? u"DSGVO-Bereitschaftsbericht: %1"_s : u"GDPR readiness report: %1"_s)
                       .arg(model.organisation.name);
    info.creator = u"gdpr-readiness %1"_s.arg(QStringLiteral(READINESS_VERSION));
    info.producer = u"Qt %1 QPdfWriter"_s.arg(QString::fromLatin1(qVersion()));
    info.created = QDateTime(model.today, QTime(0, 0), Qt::UTC);
    const bool de = model.language == "de"_L1;
    const PagedPdf::Furniture furniture {model.organisation.name, model.assessment.title,
                                         (de ? u"Fingerabdruck %1"_s : u"Fingerprint %1"_s).arg(model.fingerprint), de};
    ReportCharts charts(model);
    return PagedPdf::render(info, pageSize, furniture, [&](QTextDocument &doc) {
        doc.documentLayout()->registerHandler(ReportChartObject::kType, new ReportChartObject(&charts, &doc));
        prepare(doc, model);
        useVectorCharts(doc);
    });
}

Result<QByteArray> ReportRenderer::odt(const ReportModel &source)
{
    const ReportModel model = source.forLayout();
    ReportCharts charts(model);
    ClosedTextDocument doc;
    // Images twice the natural size, shown at natural size: sharp on screen.
    doc.addResource(QTextDocument::ImageResource, QUrl(ReportDocument::kRadarUrl),
                    charts.image(ReportCharts::Kind::Radar, 2.0));
    doc.addResource(QTextDocument::ImageResource, QUrl(ReportDocument::kLevelsUrl),
                    charts.image(ReportCharts::Kind::Levels, 2.0));
    if (model.crmAudit)
        doc.addResource(QTextDocument::ImageResource, QUrl(ReportDocument::kCrmAuditUrl),
                        charts.image(ReportCharts::Kind::CrmAudit, 2.0));
    prepare(doc, model);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&doc))
        return makeError(u"could not write the ODT document"_s);
    return bytes;
}

Status ReportRenderer::writeReport(const AssessmentDocument &document, const QString &path, const Options &options)
{
    // A report written over the assessment (or a link to it) replaces it.
    if (Status s = OutputPathGuard::check(path, document.path()); !s)
        return s;
    if (!options.previousPath.isEmpty())
        if (Status s = OutputPathGuard::check(path, options.previousPath); !s)
            return s;
    ReportModel::Options modelOptions;
    modelOptions.language = options.language;
    // A past revision is rebuilt from its snapshot into a temporary file
    // and reported like any assessment; the live file is only read.
    std::unique_ptr<lifecycle::RevisionDocument> revision;
    if (options.revision > 0) {
        auto built = lifecycle::RevisionDocument::build(document.path(), document.assessment().id, options.revision);
        if (!built)
            return built.error();
        revision = std::move(built).value();
    }
    auto model = ReportModel::build(revision ? revision->document() : document, modelOptions);
    if (!model)
        return model.error();
    if (revision) {
        const lifecycle::SignOffRecord &s = revision->signOff();
        model->sourceFile = QFileInfo(document.path()).fileName();
        model->fingerprint = s.fingerprint;
        model->signOff
            = ReportModel::SignOff {s.name, s.role, s.signedAt, s.fingerprint, s.revision, true, s.reopenedAt};
    } else {
        auto signOffs = lifecycle::LifecycleRepository::signOffsOf(document.repository(), document.assessment().id);
        if (!signOffs)
            return signOffs.error();
        if (!signOffs->isEmpty() && !signOffs->last().reopenedAt) {
            const lifecycle::SignOffRecord &s = signOffs->last();
            model->signOff
                = ReportModel::SignOff {s.name, s.role, s.signedAt, s.fingerprint, s.revision, false, std::nullopt};
        }
    }
    auto since = compare::SinceLastReview::build(document, *model, options.previousPath);
    if (!since)
        return since.error();
    model->sinceLastReview = *since;
    if (Status s = review::ReviewReport::complete(document, *model); !s)
        return s;
    return write(*model, path, options);
}

Status ReportRenderer::write(const ReportModel &model, const QString &path, const Options &options)
{
    return PagedPdf::save(path,
                          [&] { return options.format == Format::Pdf ? pdf(model, options.pageSize) : odt(model); });
}

} // namespace readiness::ui
