#pragma once

#include "AssessmentRecords.h"
#include "DocumentCommand.h"

namespace readiness::ui {

/// Sets one answer (value and note); undo puts the previous one back.
class AnswerCommand final : public DocumentCommand
{
public:
    AnswerCommand(AssessmentDocument &document, qint64 questionnaireRef, const QString &questionId,
                  const QString &value, const QString &note);

protected:
    Status apply() override;
    Status revert() override;

private:
    qint64 m_ref;
    QString m_questionId;
    QString m_value;
    QString m_note;
    AnswerRecord m_before;
};

} // namespace readiness::ui
