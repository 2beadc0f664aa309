#include "AnswerCommand.h"

#include "AssessmentDocument.h"

#include <QCoreApplication>

namespace readiness::ui {

AnswerCommand::AnswerCommand(AssessmentDocument &document, qint64 questionnaireRef, const QString &questionId,
                             const QString &value, const QString &note)
    : DocumentCommand(document,
                      QCoreApplication::translate("readiness::ui::AnswerCommand", "Answer %1").arg(questionId))
    , m_ref(questionnaireRef)
    , m_questionId(questionId)
    , m_value(value)
    , m_note(note)
    , m_before(document.answer(questionnaireRef, questionId))
{ }

Status AnswerCommand::apply()
{
    return m_document.setAnswer(m_ref, m_questionId, m_value, m_note);
}

Status AnswerCommand::revert()
{
    return m_document.setAnswer(m_ref, m_questionId, m_before.value, m_before.note);
}

} // namespace readiness::ui
