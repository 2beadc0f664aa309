#pragma once

#include "DocumentCommand.h"

#include <functional>

namespace readiness::ui {

/// An undoable workshop edit (a participant added, changed or removed; a
/// question parked or resolved): the two steps as functions over the
/// workshop repository, pushed on the assessment's undo stack like every
/// other edit.
class WorkshopCommand final : public DocumentCommand
{
public:
    using Step = std::function<Status()>;
    WorkshopCommand(AssessmentDocument &document, const QString &text, Step apply, Step revert);

protected:
    Status apply() override;
    Status revert() override;

private:
    Step m_apply;
    Step m_revert;
};

} // namespace readiness::ui
