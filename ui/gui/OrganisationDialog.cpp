#include "OrganisationDialog.h"

#include "OrganisationForm.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace readiness::ui {

OrganisationDialog::OrganisationDialog(const Organisation &organisation, QWidget *parent)
    : QDialog(parent)
    , m_form(new OrganisationForm(this))
{
    setWindowTitle(tr("Organisation"));
    m_form->setOrganisation(organisation);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Organisation OrganisationDialog::organisation() const
{
    return m_form->organisation();
}

} // namespace readiness::ui
