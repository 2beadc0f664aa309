#include "AssessmentSession.h"

#include "ActionCommand.h"
#include "AnswerCommand.h"
#include "AppSettings.h"
#include "ConfirmCarriedCommand.h"
#include "DataPaths.h"
#include "EvidenceCommand.h"
#include "Jurisdiction.h"
#include "OrganisationCommand.h"
#include "ReviewMarks.h"

namespace readiness::ui {

AssessmentSession::AssessmentSession(std::unique_ptr<AssessmentDocument> document, QObject *parent)
    : QObject(parent)
    , m_document(std::move(document))
    , m_calendar(HolidayCalendar::none())
    // Before any view: it must hear the document's changes first.
    , m_reviewMarks(new ReviewMarks(*m_document, this))
{
    applySettings();
    // The Land decides the holidays: an edit, its undo and its redo alike.
    connect(m_document.get(), &AssessmentDocument::changed, this, [this](const ChangeEvent &event) {
        if (event.kind == ChangeEvent::Kind::Organisation)
            applySettings();
    });
}

void AssessmentSession::applySettings()
{
    // The change log records the assessor named in Settings, when there is one.
    if (const QString assessor = AppSettings::defaultAssessor(); !assessor.trimmed().isEmpty())
        m_document->repository().setActor(assessor.trimmed());
    m_document->evidenceStore().setSizeLimit(qint64(AppSettings::evidenceSizeLimitMiB()) * 1024 * 1024);
    // An organisation in Germany counts on its Land's holidays, whatever the
    // setting (which is the calendar for everyone else).
    const Organisation &org = m_document->organisation();
    auto calendar
        = HolidayCalendar::load(DataPaths::calendarsDir(),
                                Jurisdiction::holidayCalendar(org.country, org.land, AppSettings::holidayCalendar()));
    m_calendar = calendar ? std::move(calendar).value() : HolidayCalendar::none();
}

AssessmentSession::~AssessmentSession()
{
    // Commands refer to the document: drop them first.
    m_undoStack.clear();
}

bool AssessmentSession::pushChecked(DocumentCommand *command)
{
    // A change the core refuses never reaches the stack.
    if (Status s = command->applyFirst(); !s) {
        m_lastError = s.error().toString();
        delete command;
        return false;
    }
    m_undoStack.push(command);
    return true;
}

bool AssessmentSession::confirmCarried(qint64 questionnaireRef, const QString &questionId)
{
    return pushChecked(new ConfirmCarriedCommand(*m_document, *m_reviewMarks, questionnaireRef, questionId));
}

bool AssessmentSession::setOrganisation(const Organisation &organisation)
{
    const Organisation &current = m_document->organisation();
    if (current.name == organisation.name && current.sector == organisation.sector
        && current.country == organisation.country && current.turnover == organisation.turnover
        && current.currency == organisation.currency && current.land == organisation.land)
        return true;
    return pushChecked(new OrganisationCommand(*m_document, organisation));
}

bool AssessmentSession::setAnswer(qint64 questionnaireRef, const QString &questionId, const QString &value,
                                  const QString &note)
{
    const AnswerRecord current = m_document->answer(questionnaireRef, questionId);
    if (current.value == value && current.note == note)
        return true;
    return pushChecked(new AnswerCommand(*m_document, questionnaireRef, questionId, value, note));
}

void AssessmentSession::recordEvidenceAdded(qint64 evidenceId, const QString &name)
{
    auto *command = new EvidenceCommand(*m_document, EvidenceCommand::Kind::Added, evidenceId, name);
    command->markApplied();
    m_undoStack.push(command);
}

bool AssessmentSession::removeEvidence(qint64 evidenceId)
{
    QString name;
    for (const EvidenceRecord &e : m_document->evidence())
        if (e.id == evidenceId)
            name = e.name;
    return pushChecked(new EvidenceCommand(*m_document, EvidenceCommand::Kind::Removed, evidenceId, name));
}

bool AssessmentSession::addAction(const ActionRecord &action)
{
    return pushChecked(new ActionCommand(*m_document, std::nullopt, action));
}

bool AssessmentSession::updateAction(const ActionRecord &action)
{
    for (const ActionRecord &a : m_document->actions())
        if (a.id == action.id)
            return pushChecked(new ActionCommand(*m_document, a, action));
    m_lastError = tr("The action no longer exists.");
    return false;
}

bool AssessmentSession::removeAction(qint64 actionId)
{
    for (const ActionRecord &a : m_document->actions())
        if (a.id == actionId)
            return pushChecked(new ActionCommand(*m_document, a, std::nullopt));
    m_lastError = tr("The action no longer exists.");
    return false;
}

} // namespace readiness::ui
