#pragma once

#include <QTextDocument>

namespace readiness::ui {

/// A QTextDocument that never fetches a resource: images and style sheets
/// come only from addResource(). A plain QTextDocument reads any file an
/// <img src="file:///..."> names (file:///dev/zero reads until memory runs
/// out); every document that shows text from outside uses this one. An
/// unknown image is a blank pixel, so Qt does not fall back to the file.
class ClosedTextDocument final : public QTextDocument
{
    Q_OBJECT

public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int type, const QUrl &name) override;
};

} // namespace readiness::ui
