#include "WorkshopCommand.h"

namespace readiness::ui {

WorkshopCommand::WorkshopCommand(AssessmentDocument &document, const QString &text, Step apply, Step revert)
    : DocumentCommand(document, text)
    , m_apply(std::move(apply))
    , m_revert(std::move(revert))
{ }

Status WorkshopCommand::apply()
{
    return m_apply();
}

Status WorkshopCommand::revert()
{
    return m_revert();
}

} // namespace readiness::ui
