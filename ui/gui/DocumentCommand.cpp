#include "DocumentCommand.h"

#include "AssessmentDocument.h"

namespace readiness::ui {

DocumentCommand::DocumentCommand(AssessmentDocument &document, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
{ }

Status DocumentCommand::applyFirst()
{
    m_status = apply();
    m_skipRedo = m_status.ok();
    return m_status;
}

void DocumentCommand::redo()
{
    if (std::exchange(m_skipRedo, false))
        return;
    m_status = apply();
}

void DocumentCommand::undo()
{
    m_status = revert();
}

} // namespace readiness::ui
