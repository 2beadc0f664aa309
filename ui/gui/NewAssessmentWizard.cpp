#include "NewAssessmentWizard.h"

#include "AppSettings.h"
#include "Clock.h"
#include "Prompt.h"
#include "QuestionnaireLibrary.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
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

QWizardPage *NewAssessmentWizard::makeOrganisationPage()
{
    auto *page = new FormPage(this);
    page->setTitle(tr("Organisation"));
    page->setSubTitle(tr("Who is being assessed. Turnover is optional: it sizes the possible fines. Give the whole "
                         "group's worldwide turnover: fines are set on the undertaking, which is the group."));
    m_name = new QLineEdit(page);
    m_sector = new QLineEdit(page);
    m_country = new QLineEdit(page);
    m_turnover = new QDoubleSpinBox(page);
    m_turnover->setRange(0, 1e13);
    m_turnover->setDecimals(0);
    m_turnover->setSpecialValueText(tr("not given"));
    m_currency = new QComboBox(page);
    m_currency->addItem(tr("(none)"), QString());
    m_currency->addItem(u"EUR"_s, u"EUR"_s);
    m_currency->addItem(u"GBP"_s, u"GBP"_s);
    m_name->setAccessibleName(tr("Organisation name"));
    m_sector->setAccessibleName(tr("Sector"));
    m_country->setAccessibleName(tr("Country"));
    m_turnover->setAccessibleName(tr("Annual worldwide turnover of the group"));
    m_turnover->setToolTip(tr("The percentage limb of Art 83 GDPR applies to the undertaking's total worldwide "
                              "annual turnover: for a company in a group, the whole group's (Recital 150, CJEU "
                              "C-807/21). A single company's turnover can understate the maximum."));
    m_currency->setAccessibleName(tr("Currency"));
    auto *turnover = new QHBoxLayout;
    turnover->addWidget(m_turnover, 1);
    turnover->addWidget(m_currency);
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Sector:"), m_sector);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("Group &turnover (worldwide, annual):"), turnover);
    page->registerField(u"organisation*"_s, m_name);
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
        const QString suggested = QDir(AppSettings::lastDirectory()).filePath(m_name->text() + u".gdpra"_s);
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
    spec.organisation.name = m_name->text().trimmed();
    spec.organisation.sector = m_sector->text().trimmed();
    spec.organisation.country = m_country->text().trimmed();
    if (m_turnover->value() > 0)
        spec.organisation.turnover = m_turnover->value();
    spec.organisation.currency = m_currency->currentData().toString();
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
