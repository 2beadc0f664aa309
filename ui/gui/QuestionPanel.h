#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace readiness {
struct ChangeEvent;
}

namespace readiness::ui {

class AnswerEditor;
class AssessmentSession;
class EvidencePanel;

/// One question: its text, the answer control, notes, evidence and the
/// "create action" button. Digits choose a level, N not applicable; files
/// dropped on it become evidence.
class QuestionPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionPanel(AssessmentSession &session, QWidget *parent = nullptr);

    void setQuestion(qint64 questionnaireRef, const QString &questionId);
    qint64 questionnaireRef() const { return m_ref; }
    QString questionId() const { return m_questionId; }
    EvidencePanel *evidencePanel() const { return m_evidence; }
    AnswerEditor *answerEditor() const { return m_answer; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QLabel *headingLabel() const { return m_heading; }
    /// Puts @p row under the answer editor (the workshop's participant picker).
    void addRowBelowAnswer(QWidget *row);

public slots:
    /// Writes the notes now if they were edited (focus left, idle, question changed).
    void saveNotes();

signals:
    void createActionRequested(qint64 questionnaireRef, const QString &questionId);
    void questionShown(qint64 questionnaireRef, const QString &questionId);
    /// The user gave an answer here (not undo or another view): the workshop
    /// records who gave it.
    void answerGiven(qint64 questionnaireRef, const QString &questionId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void answerEdited(const QString &value);
    void onChanged(const ChangeEvent &event);
    void showAnswer();

    AssessmentSession &m_session;
    QLabel *m_heading;
    QLabel *m_text;
    QLabel *m_critical;
    AnswerEditor *m_answer;
    QPlainTextEdit *m_notes;
    QTimer *m_notesTimer;
    EvidencePanel *m_evidence;
    QPushButton *m_createAction;
    class CarriedBanner *m_carried;
    qint64 m_ref = 0;
    QString m_questionId;
    bool m_notesDirty = false;
};

} // namespace readiness::ui
