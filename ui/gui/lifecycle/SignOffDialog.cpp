#include "SignOffDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace readiness::ui {

SignOffDialog::SignOffDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_role(new QLineEdit(this))
    , m_opinion(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Sign off assessment"));
    m_name->setObjectName(QStringLiteral("signOffName"));
    m_role->setObjectName(QStringLiteral("signOffRole"));
    m_opinion->setObjectName(QStringLiteral("signOffOpinion"));
    m_role->setText(tr("Data Protection Officer"));
    auto *explain = new QLabel(tr("After the sign-off the assessment is read-only. Its fingerprint (SHA-256 over every "
                                  "answer, note, evidence hash and action) is stored with the signed state. Reopening "
                                  "it for changes starts a new revision; this one stays in the file."),
                               this);
    explain->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Sign off"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_name, m_role})
        connect(edit, &QLineEdit::textChanged, this, &SignOffDialog::updateOk);
    connect(m_opinion, &QPlainTextEdit::textChanged, this, &SignOffDialog::updateOk);
    auto *form = new QFormLayout(this);
    form->addRow(explain);
    form->addRow(tr("DPO &name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Opinion:"), m_opinion);
    form->addRow(buttons);
    updateOk();
}

lifecycle::LifecycleRepository::SignOffInput SignOffDialog::input() const
{
    return {m_name->text(), m_role->text(), m_opinion->toPlainText()};
}

void SignOffDialog::updateOk()
{
    m_ok->setEnabled(!m_name->text().trimmed().isEmpty() && !m_role->text().trimmed().isEmpty()
                     && !m_opinion->toPlainText().trimmed().isEmpty());
}

} // namespace readiness::ui
