#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace readiness::ui {

class WorkshopController;

/// The Workshop dock while a session runs: the participants (add, change,
/// remove), the parking lot (double-click jumps back to a question; resolve
/// or reopen), the section timer, End workshop and the summary.
class WorkshopPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit WorkshopPanel(WorkshopController &controller, QWidget *parent = nullptr);

    QListWidget *participantList() const { return m_participants; }
    QListWidget *parkingLot() const { return m_parked; }

public slots:
    void addParticipantWithDialog();
    void changeParticipantWithDialog();
    void removeSelectedParticipant();
    void toggleSelectedParked();

signals:
    void questionRequested(qint64 questionnaireRef, const QString &questionId);
    void endRequested();
    void summaryRequested();

private:
    void refresh();
    void updateTimer();

    WorkshopController &m_controller;
    QLabel *m_session;
    QLabel *m_timer;
    QListWidget *m_participants;
    QListWidget *m_parked;
    QPushButton *m_resolve;
};

} // namespace readiness::ui
