#pragma once

#include "AssessmentRecords.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace readiness::ui {

/// The organisation profile as a form: name, sector, country, German Land,
/// group turnover and currency. The new-assessment wizard and the
/// Organisation dialog both use it. The Land is enabled for Germany only.
class OrganisationForm final : public QWidget
{
    Q_OBJECT

public:
    explicit OrganisationForm(QWidget *parent = nullptr);

    /// What the form shows; fields the form has no widget for keep
    /// @p organisation's values in organisation().
    void setOrganisation(const Organisation &organisation);
    Organisation organisation() const;

    QLineEdit *name() const { return m_name; }
    QLineEdit *sector() const { return m_sector; }
    QLineEdit *country() const { return m_country; }
    QComboBox *land() const { return m_land; }
    QDoubleSpinBox *turnover() const { return m_turnover; }
    QComboBox *currency() const { return m_currency; }

signals:
    /// The country as an ISO code ("DE", "GB"; empty when unknown).
    void countryCodeChanged(const QString &code);

private:
    void countryChanged();

    Organisation m_organisation;
    QLineEdit *m_name;
    QLineEdit *m_sector;
    QLineEdit *m_country;
    QComboBox *m_land;
    QDoubleSpinBox *m_turnover;
    QComboBox *m_currency;
};

} // namespace readiness::ui
