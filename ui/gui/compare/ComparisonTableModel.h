#pragma once

#include "AssessmentSeries.h"

#include <QAbstractTableModel>

namespace readiness::ui {

/// The per-section table of a comparison: a row for the overall score and
/// one per section; a column per assessment (oldest first) and the change
/// of the newest, coloured (green up, red down).
class ComparisonTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ComparisonTableModel(QObject *parent = nullptr);

    void setSeries(const compare::AssessmentSeries &series, const QString &language);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::optional<double> change(int row) const;

    QList<compare::AssessmentSeries::TrendLine> m_lines;
    QStringList m_columns; // assessment dates
    QStringList m_columnTips; // file and title
    QString m_language;
};

} // namespace readiness::ui
