#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace readiness::ui {

class AssessmentSession;

/// Above a question carried over from the previous assessment: "Carried
/// over from <date> — Confirm" with last time's answer, until the assessor
/// confirms it (undoable) or changes the answer.
class CarriedBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit CarriedBanner(AssessmentSession &session, QWidget *parent = nullptr);

    void setQuestion(qint64 questionnaireRef, const QString &questionId);
    QPushButton *confirmButton() const { return m_confirm; }

private:
    void refresh();
    void confirm();

    AssessmentSession &m_session;
    QLabel *m_text;
    QPushButton *m_confirm;
    qint64 m_ref = 0;
    QString m_questionId;
};

} // namespace readiness::ui
