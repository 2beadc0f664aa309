#include "SettingsDialog.h"

#include "AppSettings.h"
#include "DataPaths.h"
#include "HolidayCalendar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace readiness::ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_calendar(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_assessor(new QLineEdit(AppSettings::defaultAssessor(), this))
    , m_sizeLimit(new QSpinBox(this))
{
    setWindowTitle(tr("Settings"));
    for (const QString &id : HolidayCalendar::available(DataPaths::calendarsDir())) {
        auto cal = HolidayCalendar::load(DataPaths::calendarsDir(), id);
        m_calendar->addItem(cal ? cal->name().text() : id, id);
    }
    m_calendar->setCurrentIndex(std::max(0, m_calendar->findData(AppSettings::holidayCalendar())));
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(AppSettings::language())));
    m_sizeLimit->setRange(1, 4096);
    m_sizeLimit->setSuffix(tr(" MiB"));
    m_sizeLimit->setValue(AppSettings::evidenceSizeLimitMiB());
    m_calendar->setAccessibleName(tr("Holiday calendar"));
    m_language->setAccessibleName(tr("Language"));
    m_assessor->setAccessibleName(tr("Default assessor"));
    m_sizeLimit->setAccessibleName(tr("Evidence size limit"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Holiday &calendar:"), m_calendar);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Default &assessor:"), m_assessor);
    form->addRow(tr("Largest evidence &file:"), m_sizeLimit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SettingsDialog::apply()
{
    AppSettings::setHolidayCalendar(m_calendar->currentData().toString());
    AppSettings::setLanguage(m_language->currentData().toString());
    AppSettings::setDefaultAssessor(m_assessor->text().trimmed());
    AppSettings::setEvidenceSizeLimitMiB(m_sizeLimit->value());
}

} // namespace readiness::ui
