#pragma once

#include "Questionnaire.h"
#include "Result.h"

namespace readiness {

/// The questionnaires that ship with the program (share/.../questionnaires).
namespace QuestionnaireLibrary {

/// Paths of the bundled questionnaire files, sorted.
QStringList bundledFiles();
/// Loads a questionnaire by bundled id ("pecr") or by file path.
Result<Questionnaire> load(const QString &idOrPath);
/// Ids of the bundled questionnaires (from their file names).
QStringList bundledIds();

} // namespace QuestionnaireLibrary

} // namespace readiness
