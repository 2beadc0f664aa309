#include "AuditRunsPanel.h"

#include "AssessmentFile.h"
#include "AssessmentSession.h"
#include "AuditRepository.h"
#include "AuditStorage.h"
#include "PlainText.h"
#include "Prompt.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace readiness::ui {

AuditRunsPanel::AuditRunsPanel(AssessmentSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_runs(new QListWidget(this))
    , m_suggestions(new QListWidget(this))
    , m_accept(new QPushButton(tr("&Accept suggested level…"), this))
    , m_actions(new QPushButton(tr("Create ac&tions"), this))
    , m_status(PlainText::label(new QLabel(this)))
{
    m_runs->setAccessibleName(tr("Audit runs stored in this assessment"));
    m_suggestions->setAccessibleName(tr("Suggested maturity levels"));
    m_suggestions->setWordWrap(true);
    m_accept->setAccessibleName(tr("Accept suggested level"));
    m_actions->setAccessibleName(tr("Create actions from the findings"));
    m_status->setWordWrap(true);
    auto *runsLabel = new QLabel(tr("R&uns stored in this assessment:"), this);
    runsLabel->setBuddy(m_runs);
    auto *suggestionsLabel = new QLabel(tr("Suggested &levels (CRM questionnaire):"), this);
    suggestionsLabel->setBuddy(m_suggestions);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_actions);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(runsLabel);
    layout->addWidget(m_runs, 1);
    layout->addWidget(suggestionsLabel);
    layout->addWidget(m_suggestions, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    connect(m_runs, &QListWidget::currentRowChanged, this, &AuditRunsPanel::showRun);
    connect(m_suggestions, &QListWidget::currentRowChanged, this, &AuditRunsPanel::updateButtons);
    connect(m_accept, &QPushButton::clicked, this, &AuditRunsPanel::acceptSelectedSuggestion);
    connect(m_actions, &QPushButton::clicked, this, &AuditRunsPanel::createActions);
    reload();
}

void AuditRunsPanel::reload()
{
    const qint64 keep = selectedRunId();
    // Filling the list selects a run, which is not the user choosing one.
    const bool wasReloading = std::exchange(m_reloading, true);
    m_runs->clear();
    m_stored.clear();
    AssessmentDocument &doc = m_session.document();
    const crm::AuditRepository store(std::as_const(doc).repository().file());
    if (store.hasAuditTables()) {
        if (auto runs = store.runs(doc.assessment().id))
            m_stored = *runs;
        else
            m_status->setText(runs.error().message);
    }
    const QLocale locale;
    for (const crm::StoredAuditRun &run : std::as_const(m_stored)) {
        auto *item
            = new QListWidgetItem(tr("%1: %2 records, %3 duplicate clusters (%4)")
                                      .arg(locale.toString(run.createdAt.toLocalTime(), QLocale::ShortFormat),
                                           locale.toString(run.records), locale.toString(run.clusters), run.createdBy),
                                  m_runs);
        item->setData(Qt::UserRole, run.id);
        if (run.id == keep)
            m_runs->setCurrentItem(item);
    }
    if (m_runs->count() == 0)
        m_runs->addItem(tr("None yet: a finished audit is stored here (counts and record ids, no personal data)."));
    else if (!m_runs->currentItem())
        m_runs->setCurrentRow(0);
    showRun();
    m_reloading = wasReloading;
}

qint64 AuditRunsPanel::selectedRunId() const
{
    const QListWidgetItem *item = m_runs->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

AuditRunsPanel::Store AuditRunsPanel::storeOnWorker() const
{
    AssessmentDocument &doc = m_session.document();
    if (doc.isReadOnly())
        return {};
    // The file outlives the worker: the page joins it before the view (and
    // then the session) goes.
    AssessmentFile *file = &doc.repository().file();
    return [file, assessment = doc.assessment().id, actor = doc.repository().actor()](
               const crm::AuditResult &result, const std::atomic_bool *cancel) -> Result<qint64> {
        return crm::AuditRepository(*file).saveRunOnOwnConnection(crm::newAuditRun(result, assessment, actor), cancel);
    };
}

QString AuditRunsPanel::showStored(qint64 runId)
{
    AssessmentDocument &doc = m_session.document();
    QString said = tr("Stored in the assessment as run %1 (counts and record ids only).").arg(runId);
    // Its summary becomes evidence on the questions it speaks to, when the
    // assessment has the CRM questionnaire.
    if (crm::crmQuestionnaireRef(doc)) {
        auto linked = crm::linkRun(doc, runId, true, false);
        if (!linked)
            said += u' ' + tr("It could not be added as evidence: %1").arg(linked.error().message);
        else
            said += u' ' + tr("Its summary is evidence on %n question(s).", nullptr, linked->evidenceAdded);
    }
    m_reloading = true; // the page shows this run already
    reload();
    for (int i = 0; i < m_runs->count(); ++i)
        if (m_runs->item(i)->data(Qt::UserRole).toLongLong() == runId)
            m_runs->setCurrentRow(i);
    m_reloading = false;
    return said;
}

void AuditRunsPanel::showRun()
{
    m_suggestions->clear();
    m_current.clear();
    const qint64 id = selectedRunId();
    for (const crm::StoredAuditRun &run : std::as_const(m_stored))
        if (run.id == id)
            m_current = crm::suggestMaturity(run);
    const AssessmentDocument &doc = m_session.document();
    const auto ref = crm::crmQuestionnaireRef(doc);
    for (const crm::MaturitySuggestion &s : std::as_const(m_current)) {
        const QString current = ref ? doc.answer(*ref, s.questionId).value : QString();
        auto *item = new QListWidgetItem(tr("%1: suggested %2 (answered: %3). %4")
                                             .arg(s.questionId)
                                             .arg(s.level)
                                             .arg(current.isEmpty() ? tr("not yet") : current, s.reason),
                                         m_suggestions);
        item->setToolTip(PlainText::toolTip(s.reason));
    }
    if (id && m_current.isEmpty())
        m_suggestions->addItem(tr("This run suggests no level (no questionnaire question matches its figures)."));
    updateButtons();
    if (id && !m_reloading)
        emit runSelected(id);
}

void AuditRunsPanel::updateButtons()
{
    const bool writable = !m_session.document().isReadOnly() && crm::crmQuestionnaireRef(m_session.document());
    const int row = m_suggestions->currentRow();
    m_accept->setEnabled(writable && row >= 0 && row < m_current.size());
    m_actions->setEnabled(writable && selectedRunId() != 0);
}

bool AuditRunsPanel::acceptSelectedSuggestion()
{
    const int row = m_suggestions->currentRow();
    AssessmentDocument &doc = m_session.document();
    const auto ref = crm::crmQuestionnaireRef(doc);
    if (row < 0 || row >= m_current.size() || !ref || doc.isReadOnly())
        return false;
    const crm::MaturitySuggestion s = m_current.at(row);
    const AnswerRecord current = doc.answer(*ref, s.questionId);
    const auto answer = Prompt::ask(
        this,
        {QMessageBox::Question, tr("Accept suggested level"),
         tr("Set “%1” to level %2 (now: %3)?\n\nWhy: %4\n\nYour notes are kept; the reason is added to them. "
            "Edit ▸ Undo takes it back.")
             .arg(s.questionId)
             .arg(s.level)
             .arg(current.value.isEmpty() ? tr("not answered") : current.value, s.reason),
         QString()},
        QMessageBox::Yes | QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    const QString reason = tr("Level suggested by the %1").arg(s.reason);
    const QString note = current.note.isEmpty() ? reason : current.note + u"\n\n"_s + reason;
    if (!m_session.setAnswer(*ref, s.questionId, QString::number(s.level), note)) {
        m_status->setText(m_session.lastError());
        return false;
    }
    m_status->setText(tr("“%1” is now level %2.").arg(s.questionId).arg(s.level));
    showRun();
    return true;
}

bool AuditRunsPanel::createActions()
{
    const qint64 id = selectedRunId();
    if (!id || m_session.document().isReadOnly())
        return false;
    auto outcome = crm::linkRun(m_session.document(), id, false, true);
    if (!outcome) {
        m_status->setText(outcome.error().message);
        return false;
    }
    m_status->setText(tr("%n action(s) added to the action plan", nullptr, outcome->actionsAdded)
                      + (outcome->actionsKept ? tr("; %n already there.", nullptr, outcome->actionsKept) : u"."_s));
    return true;
}

} // namespace readiness::ui
