#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace readiness::ui {

/// The PDF document information dictionary. QPdfWriter 6.4 writes only
/// Title, Creator and Producer; this adds Author and Subject by a standard
/// incremental update (new Info object, xref section and trailer appended,
/// nothing before it changed), which every reader applies.
struct PdfInfo
{
    QString title;
    QString author;
    QString subject;
    QString creator;
    QString producer;
    QDateTime created;

    /// XMP metadata matching the Info dictionary (PDF/A-1 wants both to agree),
    /// with the PDF/A-1b identification, for QPdfWriter::setDocumentXmpMetadata.
    QByteArray xmp() const;

    /// Appends the update to @p pdf; false when @p pdf has no classic trailer.
    bool appendTo(QByteArray &pdf) const;
};

} // namespace readiness::ui
