#pragma once

#include "AssessmentRepository.h"
#include "LifecycleRecords.h"

namespace readiness::lifecycle {

/// `gdpr-readiness verify`: checks the change log's hash chain, every
/// evidence file's bytes against its SHA-256 (and that SHA-256 against the
/// chain), and every sign-off (its snapshot against its fingerprint, its
/// row against its chained entry, and the current content against the
/// sign-off in force). Stops at the first problem (docs/lifecycle.md).
class TrailVerifier final
{
public:
    explicit TrailVerifier(AssessmentRepository &repository);
    TrailReport verify(qint64 assessmentId) const;

private:
    bool verifyChain(TrailReport &report) const;
    bool verifyEvidence(TrailReport &report) const;
    bool verifySignOffs(qint64 assessmentId, TrailReport &report) const;
    /// The newest chained entry about @p entity / @p key: its id, time,
    /// description and new value.
    std::optional<HistoryEntry> lastEntry(const QString &entity, qint64 key) const;

    AssessmentRepository &m_repository;
};

} // namespace readiness::lifecycle
