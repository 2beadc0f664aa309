#include "OrganisationCommand.h"

#include "AssessmentDocument.h"

#include <QCoreApplication>

namespace readiness::ui {

OrganisationCommand::OrganisationCommand(AssessmentDocument &document, const Organisation &after)
    : DocumentCommand(document,
                      QCoreApplication::translate("readiness::ui::OrganisationCommand", "Edit organisation profile"))
    , m_before(document.organisation())
    , m_after(after)
{ }

Status OrganisationCommand::apply()
{
    return m_document.setOrganisation(m_after);
}

Status OrganisationCommand::revert()
{
    return m_document.setOrganisation(m_before);
}

} // namespace readiness::ui
