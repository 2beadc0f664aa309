#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace readiness::ui {

/// The few preferences: holiday calendar, language, default assessor,
/// evidence size limit.
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

private:
    QComboBox *m_calendar;
    QComboBox *m_language;
    QLineEdit *m_assessor;
    QSpinBox *m_sizeLimit;
};

} // namespace readiness::ui
