#include "WorkshopPanel.h"

#include "AssessmentSession.h"
#include "ParticipantDialog.h"
#include "Prompt.h"
#include "WorkshopController.h"
#include "WorkshopSummary.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace readiness::ui {

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr int kRefRole = Qt::UserRole + 1;
constexpr int kQuestionRole = Qt::UserRole + 2;
} // namespace

WorkshopPanel::WorkshopPanel(WorkshopController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_session(new QLabel(this))
    , m_timer(new QLabel(this))
    , m_participants(new QListWidget(this))
    , m_parked(new QListWidget(this))
    , m_resolve(new QPushButton(tr("Re&solve"), this))
{
    setObjectName(u"workshopPanel"_s);
    m_session->setTextFormat(Qt::PlainText);
    m_session->setWordWrap(true);
    m_timer->setTextFormat(Qt::PlainText);
    m_participants->setObjectName(u"workshopParticipantList"_s);
    m_participants->setAccessibleName(tr("Participants"));
    m_parked->setObjectName(u"workshopParkingLot"_s);
    m_parked->setAccessibleName(tr("Parking lot"));
    m_parked->setWordWrap(true);
    m_resolve->setObjectName(u"workshopResolve"_s);

    auto *add = new QPushButton(QIcon::fromTheme(u"list-add"_s), tr("&Add…"), this);
    auto *change = new QPushButton(tr("C&hange…"), this);
    auto *remove = new QPushButton(QIcon::fromTheme(u"list-remove"_s), tr("Re&move"), this);
    auto *end = new QPushButton(QIcon::fromTheme(u"media-playback-stop"_s), tr("&End workshop…"), this);
    auto *summary = new QPushButton(QIcon::fromTheme(u"document-export"_s), tr("Workshop s&ummary…"), this);
    end->setObjectName(u"workshopEnd"_s);
    summary->setObjectName(u"workshopSummary"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_session);
    layout->addWidget(m_timer);
    layout->addWidget(new QLabel(tr("Participants"), this));
    layout->addWidget(m_participants, 1);
    auto *people = new QHBoxLayout;
    people->addWidget(add);
    people->addWidget(change);
    people->addWidget(remove);
    layout->addLayout(people);
    auto *lotLabel = new QLabel(tr("Parking lot (double-click to go back to a question)"), this);
    lotLabel->setWordWrap(true);
    layout->addWidget(lotLabel);
    layout->addWidget(m_parked, 2);
    layout->addWidget(m_resolve);
    layout->addWidget(end);
    layout->addWidget(summary);

    connect(add, &QPushButton::clicked, this, &WorkshopPanel::addParticipantWithDialog);
    connect(change, &QPushButton::clicked, this, &WorkshopPanel::changeParticipantWithDialog);
    connect(m_participants, &QListWidget::itemDoubleClicked, this, &WorkshopPanel::changeParticipantWithDialog);
    connect(remove, &QPushButton::clicked, this, &WorkshopPanel::removeSelectedParticipant);
    connect(m_resolve, &QPushButton::clicked, this, &WorkshopPanel::toggleSelectedParked);
    connect(m_parked, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        emit questionRequested(item->data(kRefRole).toLongLong(), item->data(kQuestionRole).toString());
    });
    connect(m_parked, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        m_resolve->setEnabled(item != nullptr);
        m_resolve->setText(item && item->checkState() == Qt::Checked ? tr("Re&open") : tr("Re&solve"));
    });
    connect(end, &QPushButton::clicked, this, &WorkshopPanel::endRequested);
    connect(summary, &QPushButton::clicked, this, &WorkshopPanel::summaryRequested);
    connect(&m_controller, &WorkshopController::changed, this, &WorkshopPanel::refresh);
    connect(&m_controller, &WorkshopController::timerTick, this, &WorkshopPanel::updateTimer);
    refresh();
}

void WorkshopPanel::refresh()
{
    const auto &running = m_controller.running();
    m_session->setText(running
                           ? tr("Workshop “%1” since %2")
                                 .arg(running->title.isEmpty() ? tr("untitled") : running->title,
                                      QLocale().toString(running->startedAt.toLocalTime().time(), QLocale::ShortFormat))
                           : tr("No workshop running"));
    m_participants->clear();
    for (const workshop::Participant &p : m_controller.participants()) {
        auto *item = new QListWidgetItem(p.label(), m_participants); // list items show plain text
        item->setData(kIdRole, p.id);
    }
    const QString current = m_parked->currentItem() ? m_parked->currentItem()->data(kIdRole).toString() : QString();
    m_parked->clear();
    const AssessmentDocument &doc = m_controller.session().document();
    for (const workshop::ParkedQuestion &p : m_controller.parked()) {
        const auto *entry = doc.questionnaire(p.questionnaireRef);
        const Question *question = entry ? entry->questionnaire.question(p.questionId) : nullptr;
        QString text = question ? question->text.text() : p.questionId;
        if (!p.note.isEmpty())
            text += u"\n→ "_s + p.note;
        auto *item = new QListWidgetItem(text, m_parked);
        item->setData(kIdRole, p.id);
        item->setData(kRefRole, p.questionnaireRef);
        item->setData(kQuestionRole, p.questionId);
        item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
        item->setCheckState(p.isResolved() ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(p.isResolved() ? tr("Resolved") : tr("Open: come back to it"));
        if (item->data(kIdRole).toString() == current)
            m_parked->setCurrentItem(item);
    }
    m_resolve->setEnabled(m_parked->currentItem() != nullptr);
    updateTimer();
}

void WorkshopPanel::updateTimer()
{
    m_timer->setText(m_controller.isRunning()
                         ? tr("Section “%1”: %2")
                               .arg(m_controller.currentSectionTitle(),
                                    workshop::WorkshopSummary::duration(m_controller.sectionElapsedMs()))
                         : QString());
}

void WorkshopPanel::addParticipantWithDialog()
{
    ParticipantDialog dialog({}, {}, this);
    if (Prompt::exec(dialog) != QDialog::Accepted)
        return;
    if (!m_controller.addParticipant(dialog.nameEdit()->text(), dialog.roleEdit()->text()))
        Prompt::inform(this, QMessageBox::Warning, tr("Add participant"), tr("The participant was not added."),
                       m_controller.lastError());
}

void WorkshopPanel::changeParticipantWithDialog()
{
    const QListWidgetItem *item = m_participants->currentItem();
    if (!item)
        return;
    for (workshop::Participant p : m_controller.participants()) {
        if (p.id != item->data(kIdRole).toLongLong())
            continue;
        ParticipantDialog dialog(p.name, p.role, this);
        if (Prompt::exec(dialog) != QDialog::Accepted)
            return;
        p.name = dialog.nameEdit()->text();
        p.role = dialog.roleEdit()->text();
        if (!m_controller.changeParticipant(p))
            Prompt::inform(this, QMessageBox::Warning, tr("Change participant"), tr("The participant was not changed."),
                           m_controller.lastError());
        return;
    }
}

void WorkshopPanel::removeSelectedParticipant()
{
    if (const QListWidgetItem *item = m_participants->currentItem())
        m_controller.removeParticipant(item->data(kIdRole).toLongLong());
}

void WorkshopPanel::toggleSelectedParked()
{
    const QListWidgetItem *item = m_parked->currentItem();
    if (!item)
        return;
    if (!m_controller.setResolved(item->data(kIdRole).toLongLong(), item->checkState() != Qt::Checked))
        Prompt::inform(this, QMessageBox::Warning, tr("Parking lot"), tr("Nothing was changed."),
                       m_controller.lastError());
}

} // namespace readiness::ui
