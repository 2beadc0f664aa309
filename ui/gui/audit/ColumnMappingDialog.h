#pragma once

#include "ColumnMapping.h"

#include <QDialog>
#include <QJsonObject>

#include <array>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace readiness::ui {

class SavedMappings;

/// Maps the columns of another CRM's contacts export (Salesforce, HubSpot,
/// a spreadsheet) onto the roles the audit understands. Mappings are saved
/// by name (SavedMappings) and offered again for the next file.
class ColumnMappingDialog final : public QDialog
{
    Q_OBJECT

public:
    ColumnMappingDialog(const QStringList &header, SavedMappings &store, QWidget *parent = nullptr);

    /// The mapping saved when the dialog was accepted.
    const std::optional<crm::ColumnMapping> &mapping() const { return m_mapping; }

    QComboBox *savedMappings() const { return m_saved; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *columnFor(crm::ContactRole role) const { return m_columns[size_t(role)]; }
    QLineEdit *dateFormatEdit() const { return m_dateFormat; }
    QLabel *problemLabel() const { return m_problem; }

    /// The mapping as the form describes it (the --map JSON).
    QJsonObject toJson() const;
    /// Fills the form from a saved mapping.
    void load(const QJsonObject &json);

    static QString roleName(crm::ContactRole role);

public slots:
    void accept() override;

private:
    void guessColumns();

    QStringList m_header;
    SavedMappings &m_store;
    QComboBox *m_saved;
    QLineEdit *m_name;
    std::array<QComboBox *, size_t(crm::ContactRole::Count)> m_columns {};
    QLineEdit *m_dateFormat;
    QLineEdit *m_doNotAllow;
    QLineEdit *m_allow;
    QLineEdit *m_inactive;
    QLabel *m_problem;
    std::optional<crm::ColumnMapping> m_mapping;
};

} // namespace readiness::ui
