#include "ActionCommand.h"

#include "AssessmentDocument.h"

#include <QCoreApplication>

namespace readiness::ui {

namespace {
QString describe(const std::optional<ActionRecord> &before, const std::optional<ActionRecord> &after)
{
    if (!before)
        return QCoreApplication::translate("readiness::ui::ActionCommand", "Add action %1").arg(after->title);
    if (!after)
        return QCoreApplication::translate("readiness::ui::ActionCommand", "Remove action %1").arg(before->title);
    return QCoreApplication::translate("readiness::ui::ActionCommand", "Edit action %1").arg(after->title);
}
} // namespace

ActionCommand::ActionCommand(AssessmentDocument &document, std::optional<ActionRecord> before,
                             std::optional<ActionRecord> after)
    : DocumentCommand(document, describe(before, after))
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

qint64 ActionCommand::actionId() const
{
    return m_after ? m_after->id : 0;
}

Status ActionCommand::change(std::optional<ActionRecord> &from, std::optional<ActionRecord> &to)
{
    if (!to)
        return m_document.removeAction(from->id);
    if (!from) {
        // Re-adding gives a new row id; keep it so the next undo removes it.
        auto id = m_document.addAction(*to);
        if (!id)
            return id.error();
        to->id = *id;
        return success();
    }
    return m_document.updateAction(*to);
}

Status ActionCommand::apply()
{
    return change(m_before, m_after);
}

Status ActionCommand::revert()
{
    return change(m_after, m_before);
}

} // namespace readiness::ui
