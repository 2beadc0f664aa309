#pragma once

#include "ReadinessCharts.h"
#include "ReadinessScore.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QShowEvent;
class QTimer;

namespace readiness::ui {

class AssessmentSession;
class KeyDatesPanel;

/// The state of the assessment at a glance: overall readiness with its RAG
/// colour, a radar of the section scores, answer levels per section,
/// coverage, the countdowns, critical gaps and overdue actions.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(AssessmentSession &session, QWidget *parent = nullptr);

    QString readinessText() const;
    QString countdownText() const;
    QString countdownDetailText() const;
    KeyDatesPanel *keyDates() const { return m_keyDates; }
    int criticalGaps() const
    {
        ensureCurrent();
        return m_criticalGaps;
    }
    int overdueActions() const
    {
        ensureCurrent();
        return m_overdue;
    }

public slots:
    void refresh();
    /// Organisation…: edits the profile (country, Land, turnover); the
    /// country changes which questions apply, the Land the working days.
    void editOrganisation();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// Refreshes now if changes arrived while the page was hidden.
    void ensureCurrent() const;
    void applyChartHeights();
    /// A figure: its value in a font @p scale times the page's, bold, and a caption.
    QWidget *makeFigure(QLabel *&value, const QString &caption, QLabel **detail = nullptr, double scale = 2);
    // Both draw from the score refresh() computed once.
    void fillRadar(const QuestionnaireScore &score);
    void fillLevels(int questionnaire, const QuestionnaireScore &score);
    ReadinessCharts::Style chartStyle(const RagThresholds &thresholds) const;
    static QList<ReadinessCharts::Section> chartSections(const QuestionnaireScore &score);

    AssessmentSession &m_session;
    QLabel *m_readiness = nullptr;
    QLabel *m_coverage = nullptr;
    QLabel *m_countdown = nullptr;
    QLabel *m_since = nullptr;
    QLabel *m_countdownDetail = nullptr;
    QLabel *m_sinceDetail = nullptr;
    QLabel *m_gaps = nullptr;
    QLabel *m_overdueLabel = nullptr;
    QComboBox *m_questionnaire;
    QChartView *m_radar;
    QChartView *m_levels;
    QTimer *m_refreshTimer;
    KeyDatesPanel *m_keyDates;
    int m_criticalGaps = 0;
    int m_overdue = 0;
    bool m_stale = true; // built on first show: the window opens faster
};

} // namespace readiness::ui
