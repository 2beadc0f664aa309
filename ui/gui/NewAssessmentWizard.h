#pragma once

#include "AssessmentDocument.h"

#include <QWizard>

#include <memory>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;

namespace readiness::ui {

/// Starts a new assessment: the organisation, the questionnaires (bundled
/// or imported), the assessor, the target date and where to save it.
class NewAssessmentWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { OrganisationPage, QuestionnairesPage, AssessmentPage, LocationPage };

    explicit NewAssessmentWizard(QWidget *parent = nullptr);
    ~NewAssessmentWizard() override;

    /// The document created on Finish (once).
    std::unique_ptr<AssessmentDocument> createdDocument() { return std::move(m_document); }

    QLineEdit *organisationName() const { return m_name; }
    QLineEdit *sector() const { return m_sector; }
    QLineEdit *country() const { return m_country; }
    QDoubleSpinBox *turnover() const { return m_turnover; }
    QComboBox *currency() const { return m_currency; }
    QListWidget *questionnaireList() const { return m_questionnaires; }
    QLineEdit *title() const { return m_title; }
    QLineEdit *assessor() const { return m_assessor; }
    QDateEdit *targetDate() const { return m_target; }
    QLineEdit *location() const { return m_location; }
    /// Adds a questionnaire file to the list, checked.
    bool addQuestionnaireFile(const QString &path);

public slots:
    void accept() override;

private:
    QWizardPage *makeOrganisationPage();
    QWizardPage *makeQuestionnairesPage();
    QWizardPage *makeAssessmentPage();
    QWizardPage *makeLocationPage();
    bool create();

    QLineEdit *m_name = nullptr;
    QLineEdit *m_sector = nullptr;
    QLineEdit *m_country = nullptr;
    QDoubleSpinBox *m_turnover = nullptr;
    QComboBox *m_currency = nullptr;
    QListWidget *m_questionnaires = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_assessor = nullptr;
    QDateEdit *m_target = nullptr;
    QLineEdit *m_location = nullptr;
    std::unique_ptr<AssessmentDocument> m_document;
};

} // namespace readiness::ui
