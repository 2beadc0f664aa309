#pragma once

#include <QString>

class QLabel;

namespace readiness::ui {

/// Text that comes from a questionnaire, an assessment file or the user is
/// shown as written, never as HTML. Qt guesses "rich text" from the text
/// itself (Qt::mightBeRichText) in labels, message boxes, tooltips and chart
/// labels; these helpers take that guess away where such text is shown.
namespace PlainText {

/// A tooltip that shows @p text literally: escaped and wrapped so Qt takes it
/// as (harmless) rich text, line breaks kept. Empty stays empty (no tooltip).
QString toolTip(const QString &text);

/// Text for a place that always renders HTML (chart axis and legend labels).
QString forHtml(const QString &text);

/// Makes @p label show its text literally, whatever it holds; returns it.
QLabel *label(QLabel *label);

} // namespace PlainText

} // namespace readiness::ui
