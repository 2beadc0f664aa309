#include "PlainText.h"

#include <QLabel>
#include <QTextDocument>

namespace readiness::ui::PlainText {

QString toolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    // convertFromPlainText escapes <, > and & and wraps in <p>: the tooltip
    // label then renders rich text that can only say what the text says.
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QString forHtml(const QString &text)
{
    return text.toHtmlEscaped();
}

QLabel *label(QLabel *label)
{
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace readiness::ui::PlainText
