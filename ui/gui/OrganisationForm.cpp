#include "OrganisationForm.h"

#include "GermanLand.h"
#include "Jurisdiction.h"
#include "LocalizedText.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace readiness::ui {

OrganisationForm::OrganisationForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_sector(new QLineEdit(this))
    , m_country(new QLineEdit(this))
    , m_land(new QComboBox(this))
    , m_turnover(new QDoubleSpinBox(this))
    , m_currency(new QComboBox(this))
{
    m_land->addItem(tr("(not in Germany)"), QString());
    for (const GermanLand::Info &land : GermanLand::all())
        m_land->addItem(GermanLand::displayName(land.code, LocalizedText::defaultLanguage()), land.code);
    m_land->setEnabled(false);
    m_turnover->setRange(0, 1e13);
    m_turnover->setDecimals(0);
    m_turnover->setSpecialValueText(tr("not given"));
    m_currency->addItem(tr("(none)"), QString());
    m_currency->addItem(u"EUR"_s, u"EUR"_s);
    m_currency->addItem(u"GBP"_s, u"GBP"_s);
    m_name->setAccessibleName(tr("Organisation name"));
    m_sector->setAccessibleName(tr("Sector"));
    m_country->setAccessibleName(tr("Country"));
    m_land->setAccessibleName(tr("German Land"));
    m_land->setToolTip(tr("Public holidays are set by each Land: working days are counted on the Land's calendar."));
    m_turnover->setAccessibleName(tr("Annual worldwide turnover of the group"));
    m_turnover->setToolTip(tr("The percentage limb of Art 83 GDPR applies to the undertaking's total worldwide "
                              "annual turnover: for a company in a group, the whole group's (Recital 150, CJEU "
                              "C-807/21). A single company's turnover can understate the maximum."));
    m_currency->setAccessibleName(tr("Currency"));

    auto *turnover = new QHBoxLayout;
    turnover->addWidget(m_turnover, 1);
    turnover->addWidget(m_currency);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Sector:"), m_sector);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("&Land (Bundesland):"), m_land);
    form->addRow(tr("Group &turnover (worldwide, annual):"), turnover);
    connect(m_country, &QLineEdit::textChanged, this, &OrganisationForm::countryChanged);
}

void OrganisationForm::countryChanged()
{
    const QString code = Jurisdiction::countryCode(m_country->text());
    const bool germany = code == "DE"_L1;
    m_land->setEnabled(germany);
    if (!germany)
        m_land->setCurrentIndex(0);
    emit countryCodeChanged(code);
}

void OrganisationForm::setOrganisation(const Organisation &organisation)
{
    m_organisation = organisation;
    m_name->setText(organisation.name);
    m_sector->setText(organisation.sector);
    m_country->setText(organisation.country);
    countryChanged();
    m_land->setCurrentIndex(std::max(0, m_land->findData(organisation.land)));
    m_turnover->setValue(organisation.turnover.value_or(0));
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(organisation.currency)));
}

Organisation OrganisationForm::organisation() const
{
    Organisation o = m_organisation;
    o.name = m_name->text().trimmed();
    o.sector = m_sector->text().trimmed();
    o.country = m_country->text().trimmed();
    o.land = m_land->isEnabled() ? m_land->currentData().toString() : QString();
    o.turnover = m_turnover->value() > 0 ? std::optional<double>(m_turnover->value()) : std::nullopt;
    o.currency = m_currency->currentData().toString();
    return o;
}

} // namespace readiness::ui
