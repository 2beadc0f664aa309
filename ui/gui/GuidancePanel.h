#pragma once

#include <QWidget>

class QTextBrowser;

namespace readiness {
class Questionnaire;
struct Question;
} // namespace readiness

namespace readiness::ui {

/// What the law and good practice say about the current question:
/// guidance, references, the evidence to look for, the remediation.
class GuidancePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit GuidancePanel(QWidget *parent = nullptr);
    void setQuestion(const Questionnaire &questionnaire, const Question &question);
    void clear();
    QString text() const;

private:
    QTextBrowser *m_browser;
};

} // namespace readiness::ui
