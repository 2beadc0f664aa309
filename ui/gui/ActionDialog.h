#pragma once

#include "AssessmentRecords.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace readiness::ui {

/// Edits one action: title, owner, due date, status, notes.
class ActionDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ActionDialog(const ActionRecord &action, QWidget *parent = nullptr);
    ActionRecord action() const;

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *ownerEdit() const { return m_owner; }

private:
    ActionRecord m_action;
    QLineEdit *m_title;
    QLineEdit *m_owner;
    QCheckBox *m_hasDue;
    QDateEdit *m_due;
    QComboBox *m_status;
    QPlainTextEdit *m_notes;
};

} // namespace readiness::ui
