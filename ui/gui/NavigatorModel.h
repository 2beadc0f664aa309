#pragma once

#include <QAbstractItemModel>
#include <QIcon>

namespace readiness {
class AssessmentDocument;
struct ChangeEvent;
struct Question;
} // namespace readiness

namespace readiness::ui {

/// The questionnaires of an assessment as a tree: questionnaires →
/// sections → questions, with each question's state as icon and tooltip.
class NavigatorModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class State { Unanswered, Answered, NotApplicableAnswer, HasEvidence, CriticalGap, Hidden };
    Q_ENUM(State)
    enum Role {
        StateRole = Qt::UserRole + 1,
        QuestionnaireRefRole,
        QuestionIdRole,
        SearchTextRole, // text and references, for the filter
        KindRole, // 0 questionnaire, 1 section, 2 question
        ToReviewRole, // a question: carried over and not yet reviewed; a section: how many
    };

    explicit NavigatorModel(AssessmentDocument &document, QObject *parent = nullptr);
    /// Shows which answers carried over from the previous assessment wait
    /// for review: a count per section and a mark per question.
    void setReviewMarks(const class ReviewMarks *marks) { m_marks = marks; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QModelIndex indexOfQuestion(qint64 questionnaireRef, const QString &questionId) const;
    State stateOf(qint64 questionnaireRef, const QString &questionId) const;
    /// "answered/applicable" of one section.
    QString progressText(int questionnaire, int section) const;
    static QIcon iconFor(State state);

private:
    struct Position
    {
        int questionnaire = -1;
        int section = -1;
        int question = -1;
    };
    Position position(const QModelIndex &index) const;
    const Question *questionAt(const Position &p) const;
    QVariant itemData(const QModelIndex &index, int role) const;
    QString hiddenReason(int questionnaire, const Question &question) const;
    void onChanged(const ChangeEvent &event);
    void refreshQuestionnaire(int questionnaire);

    AssessmentDocument &m_document;
    const class ReviewMarks *m_marks = nullptr;
};

} // namespace readiness::ui
