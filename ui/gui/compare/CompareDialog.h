#pragma once

#include "AssessmentDocument.h"
#include "AssessmentSeries.h"

#include <QDialog>

#include <optional>

class QChartView;
class QListWidget;
class QTableView;

namespace readiness::ui {

class ComparisonTableModel;

/// Assessment ▸ Compare with…: the open assessment beside one or more
/// older assessment files (opened read-only): the per-section table, the
/// newly critical, resolved and went-down questions (activating one asks
/// the window to show it), and a trend chart from three assessments on.
class CompareDialog final : public QDialog
{
    Q_OBJECT

public:
    CompareDialog(const AssessmentDocument &current, const QStringList &otherFiles, const QString &language,
                  QWidget *parent = nullptr);

    /// Why nothing could be compared; empty when the comparison is shown.
    QString error() const { return m_error; }
    const compare::AssessmentSeries *series() const { return m_series ? &*m_series : nullptr; }
    QTableView *table() const { return m_table; }
    QListWidget *newlyCritical() const { return m_lists.value(0); }
    QListWidget *resolved() const { return m_lists.value(1); }
    QListWidget *wentDown() const { return m_lists.value(2); }
    QChartView *chart() const { return m_chart; }

signals:
    void questionRequested(const QString &questionnaireId, const QString &questionId);

private:
    QWidget *buildLists(const compare::AssessmentComparison &step);
    QChartView *buildChart();

    std::optional<compare::AssessmentSeries> m_series;
    QString m_error;
    QString m_language;
    ComparisonTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QList<QListWidget *> m_lists;
    QChartView *m_chart = nullptr;
};

} // namespace readiness::ui
