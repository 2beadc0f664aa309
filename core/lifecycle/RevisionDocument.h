#pragma once

#include "AssessmentDocument.h"
#include "LifecycleRecords.h"
#include "Result.h"

#include <QTemporaryDir>

#include <memory>

namespace readiness::lifecycle {

/// A signed revision as an assessment of its own: a temporary, read-only
/// assessment file rebuilt from the sign-off's snapshot (the canonical state
/// stored at sign-off: organisation, questionnaires, answers and notes,
/// evidence by SHA-256, actions), so the report renders a past revision
/// exactly as it renders a live assessment (docs/lifecycle.md). The file
/// it is taken from is opened read-only and never changed.
class RevisionDocument final
{
public:
    ~RevisionDocument();
    Q_DISABLE_COPY_MOVE(RevisionDocument)

    /// Revision @p revision of the assessment @p assessmentId in @p path (0:
    /// the file's newest assessment). An unknown revision is an error that
    /// names the revisions there are.
    static Result<std::unique_ptr<RevisionDocument>> build(const QString &path, qint64 assessmentId, int revision);

    const AssessmentDocument &document() const { return *m_document; }
    const SignOffRecord &signOff() const { return m_signOff; }

private:
    RevisionDocument() = default;

    QTemporaryDir m_dir;
    std::unique_ptr<AssessmentDocument> m_document; // closed before m_dir is removed
    SignOffRecord m_signOff;
};

} // namespace readiness::lifecycle
