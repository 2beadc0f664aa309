#include "ConfirmCarriedCommand.h"

#include "ReviewMarks.h"

#include <QCoreApplication>

namespace readiness::ui {

ConfirmCarriedCommand::ConfirmCarriedCommand(AssessmentDocument &document, ReviewMarks &marks, qint64 questionnaireRef,
                                             const QString &questionId)
    : DocumentCommand(document, QCoreApplication::translate("ConfirmCarriedCommand", "Confirm %1").arg(questionId))
    , m_marks(marks)
    , m_ref(questionnaireRef)
    , m_questionId(questionId)
{ }

Status ConfirmCarriedCommand::apply()
{
    return m_marks.confirm(m_ref, m_questionId);
}

Status ConfirmCarriedCommand::revert()
{
    return m_marks.unconfirm(m_ref, m_questionId);
}

} // namespace readiness::ui
