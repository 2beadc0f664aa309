#pragma once

#include "WorkshopSummary.h"

#include <QString>

namespace readiness::ui {

/// The workshop summary as the report's rich-text subset: who was there,
/// per section the time taken and the answers with who gave them, the
/// parking lot and the actions created. Every text from the file is
/// escaped: file text is never markup.
class WorkshopSummaryDocument final
{
public:
    explicit WorkshopSummaryDocument(const workshop::WorkshopSummary &summary);

    QString html() const;
    /// Text in the summary's language ("en" or "de").
    QString t(const char *english, const char *german) const;
    /// A date and time in the summary's language.
    QString when(const QDateTime &at) const;

private:
    QString participants() const;
    QString sections() const;
    QString parked() const;
    QString actions() const;

    const workshop::WorkshopSummary &m_summary;
};

} // namespace readiness::ui
