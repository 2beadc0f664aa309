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

class OrganisationForm;

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

    OrganisationForm *organisationForm() const { return m_organisation; }
    QLineEdit *organisationName() const;
    QLineEdit *sector() const;
    QLineEdit *country() const;
    /// The German Land; enabled when the country is Germany.
    QComboBox *land() const;
    QDoubleSpinBox *turnover() const;
    QComboBox *currency() const;
    QListWidget *questionnaireList() const { return m_questionnaires; }
    QLineEdit *title() const { return m_title; }
    QLineEdit *assessor() const { return m_assessor; }
    QDateEdit *targetDate() const { return m_target; }
    QLineEdit *location() const { return m_location; }
    /// "No template" or one of the user's templates (docs/templates.md).
    QComboBox *templateChoice() const { return m_template; }
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
    /// Follows the country: the ePrivacy questionnaire of the country
    /// (eprivacy-de for Germany, pecr for the UK) is suggested in place of
    /// the other; both stay selectable.
    void suggestQuestionnaires(const QString &countryCode);
    /// Takes the chosen template's organisation and questionnaires.
    void applyTemplate();

    OrganisationForm *m_organisation = nullptr;
    QComboBox *m_template = nullptr;
    QListWidget *m_questionnaires = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_assessor = nullptr;
    QDateEdit *m_target = nullptr;
    QLineEdit *m_location = nullptr;
    std::unique_ptr<AssessmentDocument> m_document;
};

} // namespace readiness::ui
