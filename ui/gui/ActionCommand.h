#pragma once

#include "AssessmentRecords.h"
#include "DocumentCommand.h"

#include <optional>

namespace readiness::ui {

/// Adds (no before), edits (both) or removes (no after) one action.
class ActionCommand final : public DocumentCommand
{
public:
    ActionCommand(AssessmentDocument &document, std::optional<ActionRecord> before, std::optional<ActionRecord> after);
    /// The id of the action after the last redo (adding assigns a new one).
    qint64 actionId() const;

protected:
    Status apply() override;
    Status revert() override;

private:
    Status change(std::optional<ActionRecord> &from, std::optional<ActionRecord> &to);

    std::optional<ActionRecord> m_before;
    std::optional<ActionRecord> m_after;
};

} // namespace readiness::ui
