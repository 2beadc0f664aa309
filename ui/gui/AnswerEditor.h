#pragma once

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QVBoxLayout;

namespace readiness {
struct Question;
struct AnswerScale;
} // namespace readiness

namespace readiness::ui {

/// The answer control that matches a question's type: radio buttons for a
/// maturity level or yes/no, a combo box for a choice, a checkable list for
/// several, a line edit for text, a date edit for a date.
class AnswerEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit AnswerEditor(QWidget *parent = nullptr);

    void setQuestion(const Question &question, const AnswerScale &scale);
    /// Shows @p value (stored form) without emitting valueEdited().
    void setValue(const QString &value);
    QString value() const;
    /// Keyboard answers: a level digit or "na"; false if not an answer here.
    bool chooseByKey(const QString &key);
    /// Emits valueEdited() for a text or date typed but not yet finished
    /// (the question is about to change): nothing typed is ever lost.
    void commitPending();

signals:
    void valueEdited(const QString &value);

private:
    void clear();
    void addRadio(const QString &text, const QString &value, const QString &accessible);

    QVBoxLayout *m_layout;
    QButtonGroup *m_radios = nullptr;
    QStringList m_radioValues;
    QComboBox *m_combo = nullptr;
    QListWidget *m_list = nullptr;
    QLineEdit *m_line = nullptr;
    QDateEdit *m_date = nullptr;
    void emitIfChanged();

    QString m_stored; // the value shown by setValue(): what the file holds
    bool m_allowNa = true;
    bool m_updating = false;
};

} // namespace readiness::ui
