#pragma once

#include <QObject>

class QMenu;

namespace readiness::ui {

class AssessmentView;
class CompareDialog;

/// Assessment ▸ Compare with…: chooses older assessment files and shows
/// the comparison; a question activated in its lists is shown in @p view.
/// The dialog belongs to the view, so it closes with the assessment.
class CompareActions final : public QObject
{
    Q_OBJECT

public:
    explicit CompareActions(AssessmentView &view);

    void addTo(QMenu *menu);
    /// The comparison with @p files, shown and wired to the view (tests and
    /// the menu); nullptr when nothing could be compared (a message says why).
    CompareDialog *compareWith(const QStringList &files);

private:
    void showQuestion(const QString &questionnaireId, const QString &questionId);

    AssessmentView &m_view;
};

} // namespace readiness::ui
