#pragma once

#include "CarryOver.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace readiness::ui {

/// File ▸ New from previous…: choose last time's assessment and the new
/// file, whether to move to newer questionnaire versions; shows what will
/// be carried over and the version changes before anything is written.
class NewFromPreviousDialog final : public QDialog
{
    Q_OBJECT

public:
    NewFromPreviousDialog(const QString &source, const QString &actor, QWidget *parent = nullptr);

    /// Runs the dialog (through Prompt, so tests can fill it in); returns
    /// the new file's path, or empty when cancelled.
    static QString createWithDialog(QWidget *parent, const QString &source, const QString &actor);

    void setSource(const QString &path);
    void setTarget(const QString &path);
    void setMoveQuestionnaires(bool move);
    /// What the dialog shows: what is carried over and the version changes.
    QString planText() const;
    QString createdPath() const { return m_created; }

    /// Creates the new file; on an error says why and stays open.
    void accept() override;

private:
    review::CarryOver::Options options() const;
    void updatePlan();
    /// Browse… beside the previous (@p source) or the new file.
    void browse(bool source);

    QString m_actor;
    QLineEdit *m_source;
    QLineEdit *m_target;
    QCheckBox *m_move;
    QPlainTextEdit *m_plan;
    QDialogButtonBox *m_buttons;
    QString m_created;
};

} // namespace readiness::ui
