#include "ParticipantDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace readiness::ui {

ParticipantDialog::ParticipantDialog(const QString &name, const QString &role, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(name, this))
    , m_role(new QLineEdit(role, this))
{
    setWindowTitle(name.isEmpty() ? tr("Add participant") : tr("Change participant"));
    m_name->setObjectName(u"participantName"_s);
    m_role->setObjectName(u"participantRole"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    ok->setEnabled(!name.trimmed().isEmpty());
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(buttons);
}

} // namespace readiness::ui
