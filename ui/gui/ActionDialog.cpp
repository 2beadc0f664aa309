#include "ActionDialog.h"

#include "ActionModel.h"
#include "Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace readiness::ui {

ActionDialog::ActionDialog(const ActionRecord &action, QWidget *parent)
    : QDialog(parent)
    , m_action(action)
    , m_title(new QLineEdit(action.title, this))
    , m_owner(new QLineEdit(action.owner, this))
    , m_hasDue(new QCheckBox(tr("Due by"), this))
    , m_due(new QDateEdit(this))
    , m_status(new QComboBox(this))
    , m_notes(new QPlainTextEdit(action.notes, this))
{
    setWindowTitle(action.id ? tr("Edit action") : tr("New action"));
    m_title->setAccessibleName(tr("Title"));
    m_owner->setAccessibleName(tr("Owner"));
    m_hasDue->setAccessibleName(tr("Has a due date"));
    m_due->setAccessibleName(tr("Due date"));
    m_due->setCalendarPopup(true);
    m_hasDue->setChecked(action.dueDate.isValid());
    m_due->setDate(action.dueDate.isValid() ? action.dueDate : Clock::current().today().addMonths(1));
    m_due->setEnabled(m_hasDue->isChecked());
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    m_status->setAccessibleName(tr("Status"));
    for (ActionStatus s : {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done, ActionStatus::WontDo})
        m_status->addItem(ActionModel::statusText(s), int(s));
    m_status->setCurrentIndex(m_status->findData(int(action.status)));
    m_notes->setAccessibleName(tr("Notes"));

    auto *due = new QHBoxLayout;
    due->addWidget(m_hasDue);
    due->addWidget(m_due, 1);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(due);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Notes:"), m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto updateOk
        = [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_title->text().trimmed().isEmpty()); };
    connect(m_title, &QLineEdit::textChanged, this, updateOk);
    updateOk();
}

ActionRecord ActionDialog::action() const
{
    ActionRecord a = m_action;
    a.title = m_title->text().trimmed();
    a.owner = m_owner->text().trimmed();
    a.dueDate = m_hasDue->isChecked() ? m_due->date() : QDate();
    a.status = ActionStatus(m_status->currentData().toInt());
    a.notes = m_notes->toPlainText();
    return a;
}

} // namespace readiness::ui
