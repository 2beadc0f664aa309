#pragma once

#include "AssessmentRecords.h"
#include "DocumentCommand.h"

namespace readiness::ui {

/// Replaces the organisation profile (name, sector, country, Land,
/// turnover, currency) as one undoable edit; undo puts the previous
/// profile back, and with it the jurisdictions and the Land's holidays.
class OrganisationCommand final : public DocumentCommand
{
public:
    OrganisationCommand(AssessmentDocument &document, const Organisation &after);

protected:
    Status apply() override;
    Status revert() override;

private:
    Organisation m_before;
    Organisation m_after;
};

} // namespace readiness::ui
