#pragma once

#include "DocumentCommand.h"

namespace readiness::ui {

class ReviewMarks;

/// Confirms a carried-over answer as still right; undo puts it back to
/// review.
class ConfirmCarriedCommand final : public DocumentCommand
{
public:
    ConfirmCarriedCommand(AssessmentDocument &document, ReviewMarks &marks, qint64 questionnaireRef,
                          const QString &questionId);

protected:
    Status apply() override;
    Status revert() override;

private:
    ReviewMarks &m_marks;
    qint64 m_ref;
    QString m_questionId;
};

} // namespace readiness::ui
