#pragma once

#include "AssessmentRecords.h"
#include "Result.h"

#include <QString>

namespace readiness {

/// How long a text the user types may be (docs/file-safety.md). Checked by
/// the repository on every write, so the command line, the desktop
/// application and an assessment spec get the same limits and the same
/// message; the report and the GUI show a longer text from a crafted file
/// cut short (TextLimits::forDisplay) so its time stays bounded.
namespace TextLimits {

inline constexpr qsizetype kName = 200; // organisation name, sector, country, titles, owner, labels
inline constexpr qsizetype kAnswer = 10'000; // an answer's value (free text answers)
inline constexpr qsizetype kNote = 20'000; // notes on an answer or an action

/// @p n with group separators, as in messages: 1,048,576.
QString number(qint64 n);

/// An error "FIELD is N characters long; at most LIMIT are allowed" when
/// @p text is longer than @p limit (characters, as the user counts them:
/// UTF-16 code units).
Status check(const QString &field, const QString &text, qsizetype limit);

Status check(const Organisation &organisation);
Status check(const AssessmentInfo &info);
Status check(const AnswerRecord &answer);
Status check(const ActionRecord &action);
Status check(const KeyDate &date);

/// @p text cut to @p limit characters with "… (N more characters)" when it is
/// longer: only a file written behind the application's back holds such a
/// text, and laying it out whole would take minutes.
QString forDisplay(const QString &text, qsizetype limit);
/// The same for every text of a record, each to its limit above.
Organisation forDisplay(Organisation organisation);
AssessmentInfo forDisplay(AssessmentInfo info);
ActionRecord forDisplay(ActionRecord action);

} // namespace TextLimits

} // namespace readiness
