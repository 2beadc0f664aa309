#pragma once

#include <QDialog>

namespace readiness {
class AssessmentDocument;
}

namespace readiness::ui {

/// The version, and the questionnaire ids and versions in the open file.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const AssessmentDocument *document, QWidget *parent = nullptr);
    QString text() const { return m_text; }

private:
    QString m_text;
};

} // namespace readiness::ui
