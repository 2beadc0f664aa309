#include "ClosedTextDocument.h"

#include <QColor>
#include <QImage>

namespace readiness::ui {

QVariant ClosedTextDocument::loadResource(int type, const QUrl &name)
{
    // resource() looks in the resources added with addResource() first and
    // asks here only for the rest: refuse them all, files and links alike.
    Q_UNUSED(name);
    if (type != ImageResource)
        return {};
    // An image must not come back empty: Qt's image handler would then load
    // the named file itself (QImage::load). A blank pixel stands in.
    QImage blank(1, 1, QImage::Format_RGB32);
    blank.fill(Qt::white);
    return blank;
}

} // namespace readiness::ui
