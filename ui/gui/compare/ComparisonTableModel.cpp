#include "ComparisonTableModel.h"

#include "DisplayText.h"
#include "PlainText.h"
#include "RagColors.h"

#include <QFileInfo>
#include <QFont>

using namespace Qt::StringLiterals;

namespace readiness::ui {

ComparisonTableModel::ComparisonTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ComparisonTableModel::setSeries(const compare::AssessmentSeries &series, const QString &language)
{
    beginResetModel();
    m_language = language;
    m_lines = series.trend();
    m_columns.clear();
    m_columnTips.clear();
    for (const compare::ComparedAssessment &a : series.assessments) {
        m_columns << DisplayText::date(a.date.toUTC().date(), language);
        m_columnTips << u"%1 — %2"_s.arg(QFileInfo(a.path).fileName(), a.title);
    }
    endResetModel();
}

int ComparisonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ComparisonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_lines.isEmpty() ? 0 : int(m_columns.size()) + 2;
}

std::optional<double> ComparisonTableModel::change(int row) const
{
    const auto &points = m_lines.at(row).points;
    return points.size() < 2 ? std::nullopt : compare::pointsChange(points.at(points.size() - 2), points.last());
}

QVariant ComparisonTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const compare::AssessmentSeries::TrendLine &line = m_lines.at(index.row());
    const int last = int(m_columns.size()) + 1;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        if (index.column() == 0)
            return line.key.isEmpty() ? tr("Overall") : line.title;
        if (index.column() == last)
            return DisplayText::points(change(index.row()), m_language);
        return DisplayText::percent(line.points.at(index.column() - 1), m_language);
    }
    if (role == Qt::TextAlignmentRole && index.column() > 0)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && line.key.isEmpty()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole && index.column() == last) {
        const auto c = change(index.row());
        if (c && *c >= 0.05)
            return RagColors::green();
        if (c && *c <= -0.05)
            return RagColors::red();
    }
    return {};
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const int last = int(m_columns.size()) + 1;
    if (role == Qt::DisplayRole) {
        if (section == 0)
            return tr("Section");
        if (section == last)
            return tr("Change");
        return m_columns.at(section - 1);
    }
    if (role == Qt::ToolTipRole && section > 0 && section < last)
        return PlainText::toolTip(m_columnTips.at(section - 1));
    return {};
}

} // namespace readiness::ui
