#include "ReportRenderer.h"

#include "ClosedTextDocument.h"
#include "LifecycleRepository.h"
#include "OutputPathGuard.h"
#include "PdfInfo.h"
#include "ReportChartObject.h"
#include "ReportCharts.h"
#include "ReportDocument.h"
#include "ReportStyle.h"
#include "RevisionDocument.h"
#include "SinceLastReview.h"
#include "ReviewReport.h"
#include "StorageError.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>

using namespace Qt::StringLiterals;

namespace readiness::ui {

namespace {
// The PDF is laid out in 96-dpi units so the charts' scene (laid out at
// screen resolution) and the text share one scale: fonts stay in proportion.
constexpr int kResolution = 96;
constexpr qreal kMarginX = 60;
constexpr qreal kMarginTop = 72;
constexpr qreal kMarginBottom = 64;

void prepare(QTextDocument &doc, const ReportModel &model)
{
    QFont font(ReportStyle::fontFamily(), 9);
    // No ligatures: text copied or extracted from the PDF reads "fi", not "ﬁ".
    font.setStyleStrategy(QFont::PreferNoShaping);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setUseDesignMetrics(true);
    doc.setDefaultStyleSheet(
        u"h1 { margin-top: 0px; margin-bottom: 10px; } th { font-weight: bold; } td, th { font-size: 7.5pt; }"_s);
    doc.setMetaInformation(QTextDocument::DocumentTitle, model.assessment.title);
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

void paintFurniture(QPainter &p, const ReportModel &model, const QSizeF &page, int number, int count)
{
    p.save();
    p.setPen(QPen(ReportStyle::kRule, 0.8));
    const qreal headerLine = kMarginTop - 24;
    const qreal footerLine = page.height() - kMarginBottom + 20;
    p.drawLine(QPointF(kMarginX, headerLine), QPointF(page.width() - kMarginX, headerLine));
    p.drawLine(QPointF(kMarginX, footerLine), QPointF(page.width() - kMarginX, footerLine));
    QFont font(ReportStyle::fontFamily(), 7);
    font.setStyleStrategy(QFont::PreferNoShaping);
    p.setFont(font);
    p.setPen(ReportStyle::kMuted);
    const qreal width = page.width() - 2 * kMarginX;
    const QRectF header(kMarginX, headerLine - 16, width, 14);
    const QRectF footer(kMarginX, footerLine + 4, width, 14);
    const bool de = model.language == "de"_L1;
    // Each name gets half the line (a long one is elided, not drawn over the other).
    const QFontMetricsF metrics(font, p.device());
    p.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
               metrics.elidedText(model.organisation.name, Qt::ElideRight, width / 2 - 6));
    p.drawText(header, Qt::AlignRight | Qt::AlignVCenter,
               metrics.elidedText(model.assessment.title, Qt::ElideRight, width / 2 - 6));
    p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
               (de ? u"Fingerabdruck %1"_s : u"Fingerprint %1"_s).arg(model.fingerprint));
    p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
               (de ? u"Seite %1 von %2"_s : u"Page %1 of %2"_s).arg(number).arg(count));
    p.restore();
}
} // namespace

namespace {
/// Qt's text layout has no "keep with next": a heading can end a page while
/// its table starts the next. Such a heading gets a page break before it,
/// and the layout is checked again, until no heading is left orphaned.
void keepHeadingsWithContent(QTextDocument &doc, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    for (int pass = 0; pass < 200; ++pass) {
        bool moved = false;
        for (QTextBlock block = doc.begin(); block.isValid() && !moved; block = block.next()) {
            const QTextBlockFormat format = block.blockFormat();
            if (format.headingLevel() == 0 || (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
                continue;
            // The heading, the line under it and the first row of what follows.
            QTextBlock last = block;
            for (int k = 0; k < 3 && last.next().isValid(); ++k)
                last = last.next();
            const int headingPage = int(layout->blockBoundingRect(block).top() / pageHeight);
            const int contentPage = int((layout->blockBoundingRect(last).bottom() - 0.5) / pageHeight);
            if (headingPage == contentPage)
                continue;
            QTextBlockFormat broken = format;
            broken.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(broken);
            // A full relayout: the incremental one after a format change
            // leaves later blocks misplaced (and unpainted).
            doc.markContentsDirty(0, doc.characterCount());
            moved = true;
        }
        if (!moved)
            return;
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
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setDocumentXmpMetadata(info.xmp());
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(kResolution);
        writer.setPageSize(pageSize);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(model.assessment.title);
        writer.setCreator(u"gdpr-readiness %1"_s.arg(QStringLiteral(READINESS_VERSION)));

        ReportCharts charts(model);
        ClosedTextDocument doc;
        doc.documentLayout()->setPaintDevice(&writer);
        auto *handler = new ReportChartObject(&charts, &doc);
        doc.documentLayout()->registerHandler(ReportChartObject::kType, handler);
        prepare(doc, model);
        useVectorCharts(doc);

        const QSizeF page(writer.width(), writer.height());
        const QSizeF body(page.width() - 2 * kMarginX, page.height() - kMarginTop - kMarginBottom);
        doc.setPageSize(body);
        keepHeadingsWithContent(doc, body.height());
        const int pages = doc.pageCount();

        QPainter painter;
        if (!painter.begin(&writer))
            return makeError(u"could not start the PDF"_s);
        painter.setRenderHint(QPainter::Antialiasing);
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            paintFurniture(painter, model, page, i + 1, pages);
            painter.save();
            painter.translate(kMarginX, kMarginTop - i * body.height());
            const QRectF clip(0, i * body.height(), body.width(), body.height());
            painter.setClipRect(clip);
            QAbstractTextDocumentLayout::PaintContext context;
            // The layout skips blocks outside this rectangle; a block that
            // starts exactly at the page edge belongs to the next page, so
            // the edge itself is left out (else its text would also sit,
            // clipped, in this page's content).
            context.clip = clip.adjusted(0, 0, 0, -1);
            context.palette.setColor(QPalette::Text, ReportStyle::kInk);
            doc.documentLayout()->draw(&painter, context);
            painter.restore();
        }
        painter.end();
    }
    if (!info.appendTo(bytes))
        return makeError(u"could not add the document information to the PDF"_s);
    return bytes;
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
    // Check the target before the (slower) rendering, so a bad path fails fast.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(u"cannot write %1: %2"_s.arg(path, file.errorString()));
    auto bytes = options.format == Format::Pdf ? pdf(model, options.pageSize) : odt(model);
    if (!bytes) {
        file.cancelWriting();
        return makeError(u"%1: %2"_s.arg(path, bytes.error().message));
    }
    if (file.write(*bytes) != bytes->size() || !file.commit())
        return makeError(StorageError::writeFailed(path, file.errorString()));
    return success();
}

} // namespace readiness::ui
