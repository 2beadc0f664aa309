#pragma once

#include "Questionnaire.h"
#include "ReviewRecords.h"

#include <functional>
#include <optional>

namespace readiness::review {

/// Moving an assessment's answers to a newer version of a questionnaire:
/// which version is newer, and what changed between two versions.
namespace QuestionnaireMove {

/// Finds the newest available version of a questionnaire by id (nullopt:
/// none). The default looks in the bundled questionnaires.
using Candidates = std::function<std::optional<Questionnaire>(const QString &questionnaireId)>;
Candidates bundled();

/// Whether version @p candidate is later than @p current ("2.10.0" >
/// "2.9.1"; numeric segments, as QVersionNumber compares them).
bool isNewer(const QString &candidate, const QString &current);

/// Added, removed and reworded (text changed in a language both versions
/// have) questions,
/// by question id, in the order of the questionnaires.
QuestionnaireChange compare(const Questionnaire &from, const Questionnaire &to);

} // namespace QuestionnaireMove

} // namespace readiness::review
