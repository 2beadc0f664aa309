#include "SettingsDialog.h"

#include "AppSettings.h"
#include "DataPaths.h"
#include "HolidayCalendar.h"
#include "Prompt.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace readiness::ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_calendar(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_assessor(new QLineEdit(AppSettings::defaultAssessor(), this))
    , m_sizeLimit(new QSpinBox(this))
    , m_backupFolder(new QLineEdit(AppSettings::backupPolicy().folder, this))
    , m_backupKeep(new QSpinBox(this))
    , m_backupEvery(new QSpinBox(this))
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
    m_backupFolder->setPlaceholderText(tr("Beside the assessment file"));
    m_backupFolder->setAccessibleName(tr("Backup folder"));
    auto *browse = new QPushButton(tr("&Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = Prompt::existingDirectory(this, tr("Backup folder"), m_backupFolder->text());
        if (!dir.isEmpty())
            m_backupFolder->setText(QDir::toNativeSeparators(dir));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_backupFolder, 1);
    folderRow->addWidget(browse);
    m_backupKeep->setRange(1, backup::BackupPolicy::kMaxKeep);
    m_backupKeep->setValue(AppSettings::backupPolicy().keep);
    m_backupKeep->setAccessibleName(tr("Backups kept per assessment"));
    m_backupEvery->setRange(0, AppSettings::kMaxBackupEveryMinutes);
    m_backupEvery->setSpecialValueText(tr("Never"));
    m_backupEvery->setSuffix(tr(" min"));
    m_backupEvery->setValue(AppSettings::backupEveryMinutes());
    m_backupEvery->setAccessibleName(tr("Back up every"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Holiday &calendar:"), m_calendar);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Default &assessor:"), m_assessor);
    form->addRow(tr("Largest evidence &file:"), m_sizeLimit);
    form->addRow(tr("Backup f&older:"), folderRow);
    form->addRow(tr("Backups &kept per assessment:"), m_backupKeep);
    form->addRow(tr("Back up &every (while there are changes):"), m_backupEvery);
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
    const QString folder = m_backupFolder->text().trimmed();
    AppSettings::setBackupPolicy(
        {folder.isEmpty() ? QString() : QDir::fromNativeSeparators(folder), m_backupKeep->value()});
    AppSettings::setBackupEveryMinutes(m_backupEvery->value());
}

} // namespace readiness::ui
