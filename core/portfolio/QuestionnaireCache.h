#pragma once

#include "AssessmentRecords.h"
#include "Questionnaire.h"
#include "Result.h"

#include <QHash>
#include <QReadWriteLock>

#include <memory>

namespace readiness::portfolio {

/// Parsed questionnaires shared by every file of a scan, keyed by the
/// SHA-256 of their exact JSON: the bundled ones are loaded once, and a
/// file's frozen copy that matches one (the usual case) is not parsed
/// again. Thread-safe.
class QuestionnaireCache final
{
public:
    /// Loads the bundled questionnaires; one that fails to load is left out
    /// (a file using it parses its frozen copy instead).
    QuestionnaireCache();
    Q_DISABLE_COPY_MOVE(QuestionnaireCache)

    /// The questionnaire of @p stored: shared when known, else parsed from
    /// the frozen copy (its hash checked first) and kept for the next file.
    Result<std::shared_ptr<const Questionnaire>> get(const StoredQuestionnaire &stored, const QString &label);

    int size() const;

private:
    mutable QReadWriteLock m_lock;
    QHash<QString, std::shared_ptr<const Questionnaire>> m_bySha;
};

} // namespace readiness::portfolio
