#pragma once

#include "DocumentCommand.h"

namespace readiness::ui {

/// Adds (an evidence file the core already imported) or removes one
/// evidence file; the core keeps removed bytes so undo can restore them.
class EvidenceCommand final : public DocumentCommand
{
public:
    enum class Kind { Added, Removed };
    EvidenceCommand(AssessmentDocument &document, Kind kind, qint64 evidenceId, const QString &name);
    /// The import itself ran (with progress and cancel) before the push.
    void markApplied() { skipNextRedo(); }

protected:
    Status apply() override;
    Status revert() override;

private:
    Kind m_kind;
    qint64 m_id;
};

} // namespace readiness::ui
