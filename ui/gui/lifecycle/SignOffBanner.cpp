#include "SignOffBanner.h"

#include "LifecycleActions.h"

#include <QLocale>

namespace readiness::ui {

SignOffBanner::SignOffBanner(AssessmentDocument &document, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("signOffBanner"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(QStringLiteral("QLabel { background: #FFF4CE; color: #3B2F00; padding: 6px; }"));
    const auto active = LifecycleActions::activeSignOff(document);
    setVisible(active.has_value());
    if (active)
        setText(tr("Signed off by %1 (%2) on %3 — fingerprint %4. The assessment is read-only; "
                   "Assessment ▸ Reopen for changes… starts a new revision.")
                    .arg(active->name, active->role,
                         QLocale().toString(active->signedAt.toLocalTime(), QLocale::ShortFormat),
                         active->fingerprint));
}

} // namespace readiness::ui
