#pragma once

#include <QDialog>

namespace readiness {
class AssessmentRepository;
}

namespace readiness::ui {

/// Who changed what, and when, for one question (Question ▸ History…).
class QuestionHistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    QuestionHistoryDialog(AssessmentRepository &repository, qint64 questionnaireRef, const QString &questionId,
                          QWidget *parent = nullptr);
};

} // namespace readiness::ui
