#pragma once

#include "Questionnaire.h"
#include "Result.h"

namespace readiness {

/// Reads and checks questionnaire files (format 1, see
/// docs/questionnaire-format.md). Reports every problem found, each with
/// file, line:column and JSON path; a questionnaire with any problem is
/// never returned half-loaded.
class QuestionnaireLoader
{
public:
    static constexpr int kFormat = 1;

    static Result<Questionnaire> loadFile(const QString &path);
    /// @p label names the source in diagnostics (a file name, or the
    /// assessment file plus the frozen copy's id).
    static Result<Questionnaire> loadBytes(const QByteArray &bytes, const QString &label);
};

} // namespace readiness
