#pragma once

#include "Questionnaire.h"
#include "Result.h"

#include <QHash>

#include <optional>

namespace readiness {

/// What an answer means for a question: parsing what a user typed into the
/// stored form, and the score it earns. See docs/questionnaire-format.md.
/// Stored answer values of one questionnaire, by question id.
using AnswerMap = QHash<QString, QString>;

namespace AnswerValue {

inline constexpr QLatin1StringView kNotApplicable {"na"};

/// Checks @p input against the question's type and returns the stored form
/// ("Yes" -> "yes", "N/A" -> "na", "2" -> "2", "b, a" -> "a,b" in option order).
Result<QString> normalise(const Question &question, const AnswerScale &scale, const QString &input);

bool isNotApplicable(const QString &value);

/// The fraction of full marks (0..1) the answer earns; nullopt when the
/// question is not scored, the answer is N/A, or it is empty.
std::optional<double> fraction(const Question &question, const AnswerScale &scale, const QString &value);

/// A critical question answered "not applicable": allowed only with a
/// written reason (the answer's note), which the report lists. A critical
/// question is a legal duty; declaring it not applicable must be explained.
bool needsReason(const Question &question, const QString &value);

/// A critical question answered below the middle of the scale.
bool isCriticalGap(const Question &question, const AnswerScale &scale, const QString &value);

/// The answer in words, for reports and lists ("Defined (3)", "Yes", option labels).
QString display(const Question &question, const AnswerScale &scale, const QString &value,
                const QString &language = QString());

} // namespace AnswerValue

} // namespace readiness
