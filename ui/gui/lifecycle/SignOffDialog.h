#pragma once

#include "LifecycleRepository.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace readiness::ui {

/// Assessment ▸ Sign off…: the DPO's name, role and opinion.
class SignOffDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SignOffDialog(QWidget *parent = nullptr);
    lifecycle::LifecycleRepository::SignOffInput input() const;

private:
    void updateOk();

    QLineEdit *m_name;
    QLineEdit *m_role;
    QPlainTextEdit *m_opinion;
    class QPushButton *m_ok = nullptr;
};

} // namespace readiness::ui
