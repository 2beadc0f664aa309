#include "NewAssessmentWizard.h"

#include "AppSettings.h"
#include "Clock.h"
#include "OrganisationForm.h"
#include "Prompt.h"
#include "QuestionnaireLibrary.h"
#include "TemplateActions.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace readiness::ui {

namespace {
constexpr int kPathRole = Qt::UserRole + 1;
constexpr int kIdRole = Qt::UserRole + 2;

// Mandatory fields ("name*") keep Next disabled until filled in.
class FormPage final : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    using QWizardPage::registerField;
};
} // namespace

NewAssessmentWizard::NewAssessmentWizard(QWidget *parent)
    : QWizard(parent)
{
    setWindowTitle(tr("New assessment"));
    setPage(OrganisationPage, makeOrganisationPage());
    setPage(QuestionnairesPage, makeQuestionnairesPage());
    setPage(AssessmentPage, makeAssessmentPage());
    setPage(LocationPage, makeLocationPage());
}

NewAssessmentWizard::~NewAssessmentWizard() = default;

QLineEdit *NewAssessmentWizard::organisationName() const
{
    return m_organisation->name();
}

QLineEdit *NewAssessmentWizard::sector() const
{
    return m_organisation->sector();
}

QLineEdit *NewAssessmentWizard::country() const
{
    return m_organisation->country();
}

QComboBox *NewAssessmentWizard::land() const
{
    return m_organisation->land();
}

QDoubleSpinBox *NewAssessmentWizard::turnover() const
{
    return m_organisation->turnover();
}

QComboBox *NewAssessmentWizard::currency() const
{
    return m_organisation->currency();
}

QWizardPage *NewAssessmentWizard::makeOrganisationPage()
{
    auto *page = new FormPage(this);
    page->setTitle(tr("Organisation"));
    page->setSubTitle(tr("Who is being assessed. Turnover is optional: it sizes the possible fines. Give the whole "
                         "group's worldwide turnover: fines are set on the undertaking, which is the group."));
    m_organisation = new OrganisationForm(page);
    m_template = new QComboBox(page);
    m_template->setObjectName(u"templateChoice"_s);
    m_template->setAccessibleName(tr("Start from template"));
    TemplateActions::fill(m_template);
    auto *templateRow = new QFormLayout;
    templateRow->addRow(tr("Start from &template:"), m_template);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(templateRow);
    layout->addWidget(m_organisation);
    connect(m_template, &QComboBox::currentIndexChanged, this, &NewAssessmentWizard::applyTemplate);
    page->registerField(u"organisation*"_s, m_organisation->name());
    connect(m_organisation, &OrganisationForm::countryCodeChanged, this, &NewAssessmentWizard::suggestQuestionnaires);
    return page;
}

QWizardPage *NewAssessmentWizard::makeQuestionnairesPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Questionnaires"));
    page->setSubTitle(tr("The questionnaires are frozen into the file, so the assessment stays as it was answered."));
    m_questionnaires = new QListWidget(page);
    m_questionnaires->setAccessibleName(tr("Questionnaires"));
    for (const QString &path : QuestionnaireLibrary::bundledFiles()) {
        auto q = QuestionnaireLibrary::load(path);
        if (!q)
            continue;
        auto *item = new QListWidgetItem(u"%1  (%2 %3)"_s.arg(q->title.text(), q->id, q->version), m_questionnaires);
        item->setData(kPathRole, path);
        item->setData(kIdRole, q->id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(q->id == u"gdpr-principles"_s ? Qt::Checked : Qt::Unchecked);
    }
    auto *import = new QPushButton(QIcon::fromTheme(u"document-import"_s), tr("&Import file…"), page);
    import->setAccessibleName(tr("Import questionnaire file"));
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = Prompt::openFileName(this, tr("Import questionnaire"), AppSettings::lastDirectory(),
                                                  tr("Questionnaires (*.json)"));
        if (!path.isEmpty())
            addQuestionnaireFile(path);
    });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_questionnaires);
    layout->addWidget(import, 0, Qt::AlignLeft);
    return page;
}

void NewAssessmentWizard::suggestQuestionnaires(const QString &countryCode)
{
    const bool germany = countryCode == "DE"_L1;
    // PECR is UK law; a German organisation's cookie and marketing rules are
    // § 25 TDDDG and § 7 UWG (eprivacy-de). Either stays selectable.
    for (int i = 0; i < m_questionnaires->count(); ++i) {
        QListWidgetItem *item = m_questionnaires->item(i);
        const QString id = item->data(kIdRole).toString();
        if (id == "eprivacy-de"_L1)
            item->setCheckState(germany ? Qt::Checked : Qt::Unchecked);
        else if (id == "pecr"_L1)
            item->setCheckState(countryCode == "GB"_L1 ? Qt::Checked : Qt::Unchecked);
    }
}

void NewAssessmentWizard::applyTemplate()
{
    const auto chosen = TemplateActions::chosen(m_template);
    if (!chosen)
        return;
    m_organisation->setOrganisation(chosen->organisation);
    for (int i = 0; i < m_questionnaires->count(); ++i) {
        QListWidgetItem *item = m_questionnaires->item(i);
        const QString id = item->data(kIdRole).toString();
        if (!id.isEmpty())
            item->setCheckState(chosen->questionnaires.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
}

bool NewAssessmentWizard::addQuestionnaireFile(const QString &path)
{
    auto q = QuestionnaireLibrary::load(path);
    if (!q) {
        Prompt::inform(this, QMessageBox::Warning, tr("Import questionnaire"),
                       tr("“%1” is not a valid questionnaire.").arg(QFileInfo(path).fileName()), q.error().toString());
        return false;
    }
    auto *item = new QListWidgetItem(u"%1  (%2 %3)"_s.arg(q->title.text(), q->id, q->version), m_questionnaires);
    item->setData(kPathRole, path);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(Qt::Checked);
    return true;
}

QWizardPage *NewAssessmentWizard::makeAssessmentPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Assessment"));
    m_title = new QLineEdit(tr("GDPR readiness assessment %1").arg(Clock::current().today().year()), page);
    m_assessor = new QLineEdit(AppSettings::defaultAssessor(), page);
    m_target = new QDateEdit(Clock::current().today().addMonths(6), page);
    m_target->setCalendarPopup(true);
    m_title->setAccessibleName(tr("Assessment title"));
    m_assessor->setAccessibleName(tr("Assessor"));
    m_target->setAccessibleName(tr("Target date"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Assessor:"), m_assessor);
    form->addRow(tr("Target &date:"), m_target);
    return page;
}

QWizardPage *NewAssessmentWizard::makeLocationPage()
{
    auto *page = new FormPage(this);
    page->setTitle(tr("Save location"));
    page->setSubTitle(tr("Everything is kept in this one file: answers, evidence and actions."));
    m_location = new QLineEdit(page);
    m_location->setAccessibleName(tr("File name"));
    auto *browse = new QPushButton(tr("&Browse…"), page);
    browse->setAccessibleName(tr("Choose file name"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString suggested
            = QDir(AppSettings::lastDirectory()).filePath(m_organisation->name()->text() + u".gdpra"_s);
        QString path = Prompt::saveFileName(this, tr("Save new assessment"), suggested, tr("Assessments (*.gdpra)"));
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += u".gdpra"_s;
        m_location->setText(path);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_location, 1);
    row->addWidget(browse);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addStretch();
    page->registerField(u"location*"_s, m_location);
    return page;
}

bool NewAssessmentWizard::create()
{
    AssessmentDocument::NewAssessment spec;
    spec.organisation = m_organisation->organisation();
    // Fine exposure needs both; the command line refuses one without the other.
    if (spec.organisation.turnover && spec.organisation.currency.isEmpty()) {
        Prompt::inform(this, QMessageBox::Warning, windowTitle(),
                       tr("Choose the currency of the annual turnover (EUR or GBP), or leave the turnover at 0."));
        return false;
    }
    spec.info.title = m_title->text().trimmed();
    spec.info.assessor = m_assessor->text().trimmed();
    spec.info.targetDate = m_target->date();
    for (int i = 0; i < m_questionnaires->count(); ++i) {
        if (m_questionnaires->item(i)->checkState() != Qt::Checked)
            continue;
        auto q = QuestionnaireLibrary::load(m_questionnaires->item(i)->data(kPathRole).toString());
        if (!q) {
            Prompt::inform(this, QMessageBox::Warning, windowTitle(), tr("A questionnaire could not be loaded."),
                           q.error().toString());
            return false;
        }
        spec.questionnaires << *q;
    }
    if (spec.questionnaires.isEmpty()) {
        Prompt::inform(this, QMessageBox::Warning, windowTitle(), tr("Choose at least one questionnaire."));
        return false;
    }
    QString path = m_location->text().trimmed();
    if (QFileInfo(path).suffix().isEmpty())
        path += u".gdpra"_s;
    auto document = AssessmentDocument::create(path, spec);
    if (!document) {
        Prompt::inform(this, QMessageBox::Critical, windowTitle(), tr("The assessment could not be created."),
                       document.error().toString());
        return false;
    }
    m_document = std::move(*document);
    // The template's scope answers, for the questionnaires kept.
    if (const auto chosen = TemplateActions::chosen(m_template))
        if (Status s = TemplateActions::applyAnswers(*chosen, *m_document); !s)
            Prompt::inform(this, QMessageBox::Warning, windowTitle(),
                           tr("The assessment was created, but not every scope answer of the template was taken."),
                           s.error().toString());
    AppSettings::setLastDirectory(QFileInfo(path).absolutePath());
    if (!spec.info.assessor.isEmpty() && AppSettings::defaultAssessor().isEmpty())
        AppSettings::setDefaultAssessor(spec.info.assessor);
    return true;
}

void NewAssessmentWizard::accept()
{
    if (create())
        QWizard::accept();
}

} // namespace readiness::ui
