#pragma once

#include <QDialog>

class QLineEdit;

namespace readiness::ui {

/// A workshop participant's name and role (add or change).
class ParticipantDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ParticipantDialog(const QString &name, const QString &role, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *roleEdit() const { return m_role; }

private:
    QLineEdit *m_name;
    QLineEdit *m_role;
};

} // namespace readiness::ui
