#pragma once

#include "AnswerValue.h"
#include "LocalizedText.h"
#include "ReadinessScore.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

/// Values in the command line's normal output, in the language of its
/// messages (outputLanguage(), CliTranslations.h): German numbers, dates and
/// words as the German report has them (DisplayText), English as before.
/// Machine-readable output (--json, CSV) never goes through these.
namespace readiness::cli::format {

/// "72.5 %" / "72,5 %"; "—" for none.
QString percent(std::optional<double> value);
/// A whole percentage, as coverage prints it: "73 %".
QString wholePercent(double value);
/// "1234567" / "1.234.567".
QString number(qint64 value);
/// "48,000,000 GBP" / "48.000.000 GBP".
QString amount(double value, const QString &currency);
/// "1.5 KiB" / "1,5 KiB".
QString byteSize(qint64 bytes);
/// "2018-05-25" / "25.05.2018".
QString date(QDate date);
/// A moment in UTC for a table column: "2026-11-29 22:43:09 UTC" /
/// "29.11.2026 22:43:09 UTC".
QString utcTime(const QDateTime &time);
/// A moment as a record: ISO 8601 "2026-11-29T22:43:09Z" / German as utcTime.
QString dateTime(const QDateTime &time);
/// "GREEN" / "GRÜN" …; empty for no rating.
QString rag(Rag rag);
/// A questionnaire's text (title, question) in the output language.
QString text(const LocalizedText &text);
/// An answer as the user reads it: the scale level's or option's label.
QString answer(const Question &question, const AnswerScale &scale, const QString &value);

} // namespace readiness::cli::format
