#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;

namespace readiness::ui {

class WorkshopController;

/// Beside the answer editor while a workshop runs: who is giving the answer
/// (a participant picker), who gave the current one, "Park question…", and
/// the section's timer with a pause button.
class WorkshopBar final : public QWidget
{
    Q_OBJECT

public:
    explicit WorkshopBar(WorkshopController &controller, QWidget *parent = nullptr);

    QComboBox *participantPicker() const { return m_picker; }
    QLabel *givenByLabel() const { return m_givenBy; }
    QLabel *timerLabel() const { return m_timer; }
    QPushButton *parkButton() const { return m_park; }
    QToolButton *pauseButton() const { return m_pause; }

public slots:
    void setQuestion(qint64 questionnaireRef, const QString &questionId);
    /// Asks for a note and parks the current question.
    void parkWithDialog();
    /// Shows who gave the current answer (after an answer changed).
    void updateGivenBy();

private:
    void fillParticipants();
    void updateTimer();

    WorkshopController &m_controller;
    QComboBox *m_picker;
    QLabel *m_givenBy;
    QPushButton *m_park;
    QLabel *m_timer;
    QToolButton *m_pause;
    qint64 m_ref = 0;
    QString m_questionId;
};

} // namespace readiness::ui
