#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace readiness::ui {

/// The few preferences: holiday calendar, language, default assessor,
/// evidence size limit, backups (folder, how many, how often).
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    /// Writes the choices to AppSettings.
    void apply();

    QComboBox *calendar() const { return m_calendar; }
    QComboBox *language() const { return m_language; }
    QLineEdit *assessor() const { return m_assessor; }
    QSpinBox *sizeLimit() const { return m_sizeLimit; }
    QLineEdit *backupFolder() const { return m_backupFolder; }
    QSpinBox *backupKeep() const { return m_backupKeep; }
    QSpinBox *backupEvery() const { return m_backupEvery; }

private:
    QComboBox *m_calendar;
    QComboBox *m_language;
    QLineEdit *m_assessor;
    QSpinBox *m_sizeLimit;
    QLineEdit *m_backupFolder;
    QSpinBox *m_backupKeep;
    QSpinBox *m_backupEvery;
};

} // namespace readiness::ui
