#pragma once

#include "ReportModel.h"

#include <QString>

namespace readiness::ui {

/// The report's content as Qt rich text (HTML subset): cover, executive
/// summary, section detail, action plan, fine exposure, evidence manifest,
/// method, and the CRM data audit when the assessment has a run. Charts
/// appear as <img src="chart:radar"> / "chart:levels" / "chart:crm-audit"
/// placeholders that the renderer draws as vectors (PDF) or images (ODT).
class ReportDocument final
{
public:
    static inline const QString kRadarUrl = QStringLiteral("chart:radar");
    static inline const QString kLevelsUrl = QStringLiteral("chart:levels");
    static inline const QString kCrmAuditUrl = QStringLiteral("chart:crm-audit");

    explicit ReportDocument(const ReportModel &model);

    QString html() const;
    /// Text in the report's language ("en" or "de").
    QString t(const char *english, const char *german) const;

private:
    QString cover() const;
    QString summary() const;
    QString notApplicableCritical() const;
    /// The comparison with the previous assessment (ReportSinceLastReview.cpp).
    QString sinceLastReview() const;
    QString sectionDetail() const;
    QString actionPlan() const;
    QString crmAudit() const;
    QString fines() const;
    QString evidence() const;
    /// Appendix: answers of the previous assessment kept as history.
    QString carriedHistory() const;
    QString method() const;
    QString countdownText(const Countdown &c) const;
    /// Dates, percentages and amounts in the report's language.
    QString day(QDate date) const;
    QString pct(std::optional<double> value) const;
    QString amount(double value, const QString &currency) const;
    /// The next section number: sections without content (no fines, no
    /// CRM audit) take none.
    QString nextNumber() const;

    const ReportModel &m_model;
    mutable int m_number = 0;
};

} // namespace readiness::ui
