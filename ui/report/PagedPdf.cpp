#include "PagedPdf.h"

#include "ClosedTextDocument.h"
#include "ReportStyle.h"
#include "StorageError.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>

using namespace Qt::StringLiterals;

namespace readiness::ui::PagedPdf {

namespace {
// Laid out in 96-dpi units so the charts' scene (laid out at screen
// resolution) and the text share one scale: fonts stay in proportion.
constexpr int kResolution = 96;
constexpr qreal kMarginX = 60;
constexpr qreal kMarginTop = 72;
constexpr qreal kMarginBottom = 64;

void paintFurniture(QPainter &p, const Furniture &furniture, const QSizeF &page, int number, int count)
{
    p.save();
    p.setPen(QPen(ReportStyle::kRule, 0.8));
    const qreal headerLine = kMarginTop - 24;
    const qreal footerLine = page.height() - kMarginBottom + 20;
    p.drawLine(QPointF(kMarginX, headerLine), QPointF(page.width() - kMarginX, headerLine));
    p.drawLine(QPointF(kMarginX, footerLine), QPointF(page.width() - kMarginX, footerLine));
    const QFont small = font(7);
    p.setFont(small);
    p.setPen(ReportStyle::kMuted);
    const qreal width = page.width() - 2 * kMarginX;
    const QRectF header(kMarginX, headerLine - 16, width, 14);
    const QRectF footer(kMarginX, footerLine + 4, width, 14);
    // Each name gets half the line (a long one is elided, not drawn over the other).
    const QFontMetricsF metrics(small, p.device());
    p.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
               metrics.elidedText(furniture.headerLeft, Qt::ElideRight, width / 2 - 6));
    p.drawText(header, Qt::AlignRight | Qt::AlignVCenter,
               metrics.elidedText(furniture.headerRight, Qt::ElideRight, width / 2 - 6));
    p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, furniture.footerLeft);
    p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
               (furniture.german ? u"Seite %1 von %2"_s : u"Page %1 of %2"_s).arg(number).arg(count));
    p.restore();
}

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

QFont font(qreal pointSize)
{
    QFont f(ReportStyle::fontFamily(), 9);
    f.setPointSizeF(pointSize);
    // No ligatures: text copied or extracted from the PDF reads "fi", not "ﬁ".
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

void setUp(QTextDocument &doc, const QString &title)
{
    doc.setDefaultFont(font(9));
    doc.setDocumentMargin(0);
    doc.setUseDesignMetrics(true);
    doc.setDefaultStyleSheet(
        u"h1 { margin-top: 0px; margin-bottom: 10px; } th { font-weight: bold; } td, th { font-size: 7.5pt; }"_s);
    doc.setMetaInformation(QTextDocument::DocumentTitle, title);
}

Result<QByteArray> render(const PdfInfo &info, const QPageSize &pageSize, const Furniture &furniture,
                          const std::function<void(QTextDocument &)> &fill)
{
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
        writer.setTitle(info.title);
        writer.setCreator(info.creator);

        ClosedTextDocument doc;
        doc.documentLayout()->setPaintDevice(&writer);
        setUp(doc, info.title);
        fill(doc);

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
            paintFurniture(painter, furniture, page, i + 1, pages);
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

Status save(const QString &path, const std::function<Result<QByteArray>()> &produce)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(u"cannot write %1: %2"_s.arg(path, file.errorString()));
    auto bytes = produce();
    if (!bytes) {
        file.cancelWriting();
        return makeError(u"%1: %2"_s.arg(path, bytes.error().message));
    }
    if (file.write(*bytes) != bytes->size() || !file.commit())
        return makeError(StorageError::writeFailed(path, file.errorString()));
    return success();
}

} // namespace readiness::ui::PagedPdf
