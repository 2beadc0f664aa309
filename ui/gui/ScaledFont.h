#pragma once

class QWidget;

namespace readiness::ui {

/// Gives @p widget a font @p factor times its parent's (bold if asked) and
/// keeps it so when the parent's font changes: workshop mode enlarges the
/// window's font, and headings and figures must grow with it. A font set
/// once with setPointSizeF() would stay at its first size. @p widget must
/// have a parent.
void scaleFont(QWidget *widget, double factor, bool bold);

} // namespace readiness::ui
