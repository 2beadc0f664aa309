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
    /// The largest questionnaire file read (the bundled ones are under
    /// 200 KB): a bigger file is refused before it is read.
    static constexpr qint64 kMaxFileBytes = 16 << 20;

    /// Reads a regular file only (not a FIFO or device, docs/questionnaire-format.md).
    static Result<Questionnaire> loadFile(const QString &path);
    /// @p label names the source in diagnostics (a file name, or the
    /// assessment file plus the frozen copy's id).
    static Result<Questionnaire> loadBytes(const QByteArray &bytes, const QString &label);
    /// The same checks on input that is expected to be valid (the frozen
    /// copies in an assessment file, whose SHA-256 was verified): parsed
    /// with QJsonDocument first, and only on a problem again with positions.
    /// @p sha256, when given, is the hash the caller has already verified.
    static Result<Questionnaire> loadTrusted(const QByteArray &bytes, const QString &label, const QString &sha256 = {});
};

} // namespace readiness
