#pragma once

#include <QLabel>

namespace readiness::ui {

class AssessmentSession;

/// The dashboard's "N of M carried-over answers to review"; hidden in an
/// assessment that was not carried over.
class ToReviewLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit ToReviewLabel(AssessmentSession &session, QWidget *parent = nullptr);

private:
    void refresh();

    AssessmentSession &m_session;
};

} // namespace readiness::ui
