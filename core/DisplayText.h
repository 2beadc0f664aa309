#pragma once

#include "AssessmentRecords.h"
#include "ReadinessScore.h"

#include <QDate>
#include <QString>

#include <optional>

namespace readiness {

/// Values as a reader of the report's language expects them: German
/// numbers ("60,3 %", "20.000.000 EUR"), dates ("15. März 2027") and words
/// for statuses and ratings. English keeps the forms the rest of the
/// program prints (formatPercent, formatAmount, ISO-like dates).
namespace DisplayText {

QString percent(std::optional<double> value, const QString &language);
/// @p value percent with @p decimals places: "8.3 %" / "8,3 %".
QString percent(double value, int decimals, const QString &language);
/// A change in percentage points: "+12.5", "−3.0" (a minus sign), "0.0";
/// German "+12,5"; "—" for none.
QString points(std::optional<double> change, const QString &language);
QString number(qint64 value, const QString &language);
QString amount(double value, const QString &currency, const QString &language);
QString byteSize(qint64 bytes, const QString &language);
/// "15 Mar 2027" / "15. März 2027"; "—" for no date.
QString date(QDate date, const QString &language);
/// For tables and lines of text: "2027-03-15" / "15.03.2027"; "—" for no date.
QString numericDate(QDate date, const QString &language);
/// "GREEN" / "GRÜN" …
QString rag(Rag rag, const QString &language);
QString assessmentStatus(AssessmentStatus status, const QString &language);
QString actionStatus(ActionStatus status, const QString &language);

} // namespace DisplayText

} // namespace readiness
