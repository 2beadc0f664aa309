#pragma once

#include "WorkshopRecords.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace readiness::ui {

/// Assessment ▸ Start workshop…: the session's title and who is in the room,
/// one participant a line ("Anna Schmidt, Head of HR").
class WorkshopStartDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit WorkshopStartDialog(QWidget *parent = nullptr);

    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *participantsEdit() const { return m_participants; }
    QString title() const;
    /// One participant per non-empty line (workshop::Participant::fromLine).
    QList<workshop::Participant> participants() const;

private:
    QLineEdit *m_title;
    QPlainTextEdit *m_participants;
};

} // namespace readiness::ui
