#include "WorkshopBar.h"

#include "AssessmentSession.h"
#include "Prompt.h"
#include "WorkshopController.h"
#include "WorkshopSummary.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace readiness::ui {

WorkshopBar::WorkshopBar(WorkshopController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_picker(new QComboBox(this))
    , m_givenBy(new QLabel(this))
    , m_park(new QPushButton(QIcon::fromTheme(u"flag"_s), tr("&Park question…"), this))
    , m_timer(new QLabel(this))
    , m_pause(new QToolButton(this))
{
    setObjectName(u"workshopBar"_s);
    m_picker->setObjectName(u"workshopParticipantPicker"_s);
    m_picker->setAccessibleName(tr("Answer given by"));
    m_picker->setToolTip(tr("Who gives the answer: recorded with it while the workshop runs"));
    m_givenBy->setTextFormat(Qt::PlainText); // names are the user's text
    m_givenBy->setObjectName(u"workshopGivenBy"_s);
    m_timer->setTextFormat(Qt::PlainText);
    m_timer->setObjectName(u"workshopTimer"_s);
    m_park->setObjectName(u"workshopPark"_s);
    m_pause->setObjectName(u"workshopPause"_s);
    m_pause->setCheckable(true);
    m_pause->setIcon(QIcon::fromTheme(u"media-playback-pause"_s));
    m_pause->setText(tr("Pause"));
    m_pause->setAccessibleName(tr("Pause the section timer"));
    m_pause->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    // Narrow enough for the question panel at any window size: the picker
    // does not grow with a long name, and who gave the answer wraps below.
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_picker->setMinimumContentsLength(18);
    m_givenBy->setWordWrap(true);
    auto *label = new QLabel(tr("Answer &given by:"), this);
    label->setBuddy(m_picker);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_picker);
    row->addWidget(m_park);
    row->addStretch(1);
    row->addWidget(m_timer);
    row->addWidget(m_pause);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_givenBy);

    connect(m_picker, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_controller.setCurrentParticipant(m_picker->itemData(index).toLongLong()); });
    connect(m_park, &QPushButton::clicked, this, &WorkshopBar::parkWithDialog);
    connect(m_pause, &QToolButton::toggled, &m_controller, &WorkshopController::setTimerPaused);
    connect(&m_controller, &WorkshopController::changed, this, [this] {
        setVisible(m_controller.isRunning());
        fillParticipants();
        updateGivenBy();
    });
    connect(&m_controller, &WorkshopController::timerTick, this, &WorkshopBar::updateTimer);
    setVisible(m_controller.isRunning());
    fillParticipants();
}

void WorkshopBar::fillParticipants()
{
    const QSignalBlocker block(m_picker);
    m_picker->clear();
    m_picker->addItem(tr("— not recorded —"), qint64(0));
    for (const workshop::Participant &p : m_controller.participants())
        m_picker->addItem(p.label(), p.id);
    const int current = m_picker->findData(m_controller.currentParticipant());
    m_picker->setCurrentIndex(current < 0 ? 0 : current);
    m_controller.setCurrentParticipant(m_picker->currentData().toLongLong());
}

void WorkshopBar::setQuestion(qint64 questionnaireRef, const QString &questionId)
{
    m_ref = questionnaireRef;
    m_questionId = questionId;
    m_controller.questionShown(questionnaireRef, questionId);
    updateGivenBy();
    updateTimer();
}

void WorkshopBar::updateGivenBy()
{
    const QString given = m_ref == 0 ? QString() : m_controller.givenBy(m_ref, m_questionId);
    m_givenBy->setText(given.isEmpty() ? QString() : tr("Given by %1").arg(given));
    m_givenBy->setToolTip(m_givenBy->text().isEmpty() ? QString()
                                                      : tr("The question's history lists every answer "
                                                           "and who gave it"));
}

void WorkshopBar::updateTimer()
{
    const QString section = m_controller.currentSectionTitle();
    const QString time = workshop::WorkshopSummary::duration(m_controller.sectionElapsedMs());
    m_timer->setText(m_controller.isTimerPaused() ? tr("%1 (paused)").arg(time) : time);
    m_timer->setToolTip(tr("Time on the section “%1” in this workshop").arg(section));
}

void WorkshopBar::parkWithDialog()
{
    if (m_ref == 0 || !m_controller.isRunning())
        return;
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Park question"));
    dialog.setLabelText(tr("What to come back to (optional):"));
    dialog.setObjectName(u"parkDialog"_s);
    if (Prompt::exec(dialog) != QDialog::Accepted)
        return;
    if (!m_controller.park(m_ref, m_questionId, dialog.textValue()))
        Prompt::inform(this, QMessageBox::Warning, tr("Park question"), tr("The question was not parked."),
                       m_controller.lastError());
}

} // namespace readiness::ui
