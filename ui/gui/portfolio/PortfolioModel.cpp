#include "PortfolioModel.h"

#include "RagColors.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <limits>

using namespace Qt::StringLiterals;

namespace readiness::ui {

using portfolio::PortfolioEntry;
using portfolio::Problem;
using portfolio::SignOffState;

PortfolioModel::PortfolioModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PortfolioModel::setEntries(const QList<PortfolioEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int PortfolioModel::rowOf(const QString &path) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).path == path)
            return i;
    return -1;
}

void PortfolioModel::updateEntry(const PortfolioEntry &entry)
{
    const int row = rowOf(entry.path);
    if (row < 0) {
        beginInsertRows({}, int(m_entries.size()), int(m_entries.size()));
        m_entries.append(entry);
        endInsertRows();
        return;
    }
    m_entries[row] = entry;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void PortfolioModel::removePath(const QString &path)
{
    const int row = rowOf(path);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
}

int PortfolioModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int PortfolioModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PortfolioModel::problemText(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Damaged:
        return tr("Damaged");
    case Problem::Locked:
        return tr("Locked");
    case Problem::TooNew:
        return tr("Newer version");
    case Problem::NotAssessment:
        return tr("Not an assessment");
    case Problem::Unreadable:
        return tr("Unreadable");
    }
    return {};
}

QString PortfolioModel::signOffText(const PortfolioEntry &e)
{
    switch (e.signOff) {
    case SignOffState::NotRecorded:
        return tr("—");
    case SignOffState::None:
        return tr("Not signed off");
    case SignOffState::SignedOff:
        return tr("Signed off %1").arg(QLocale().toString(e.signedAt.toLocalTime().date(), QLocale::ShortFormat));
    case SignOffState::Reopened:
        return tr("Reopened");
    }
    return {};
}

QVariant PortfolioModel::display(const PortfolioEntry &e, int column) const
{
    if (column == File)
        return e.fileName;
    if (!e.readable())
        return column == Organisation ? QVariant(problemText(e.problem)) : QVariant();
    const QLocale locale;
    switch (column) {
    case Organisation:
        return e.organisation;
    case Score:
        return e.percent ? QString(locale.toString(*e.percent, 'f', 1) + u" %"_s) : tr("—");
    case Rag:
        switch (e.rag) {
        case readiness::Rag::Red:
            return tr("Red");
        case readiness::Rag::Amber:
            return tr("Amber");
        case readiness::Rag::Green:
            return tr("Green");
        case readiness::Rag::None:
            return tr("—");
        }
        return {};
    case Coverage:
        return QString(locale.toString(e.coverage * 100, 'f', 0) + u" %"_s);
    case CriticalGaps:
        return e.criticalGaps;
    case Overdue:
        return e.overdueActions;
    case NextDate:
        return e.nextKeyDate
            ? u"%1 (%2)"_s.arg(locale.toString(e.nextKeyDate->date, QLocale::ShortFormat), e.nextKeyDate->label)
            : tr("—");
    case SignOff:
        return signOffText(e);
    case LastChange:
        return e.lastChange.isValid() ? locale.toString(e.lastChange.toLocalTime(), QLocale::ShortFormat) : tr("—");
    }
    return {};
}

QVariant PortfolioModel::sortKey(const PortfolioEntry &e, int column) const
{
    // Files that cannot be read sort after every readable one.
    if (column != File && !e.readable())
        return column == Organisation ? QVariant(QString(QChar(0xFFFF) + problemText(e.problem))) : QVariant(-1e9);
    switch (column) {
    case File:
        return e.fileName.toLower();
    case Organisation:
        return e.organisation.toLower();
    case Score:
        return e.percent.value_or(-1.0);
    case Rag:
        return int(e.rag);
    case Coverage:
        return e.coverage;
    case CriticalGaps:
        return e.criticalGaps;
    case Overdue:
        return e.overdueActions;
    case NextDate:
        return e.nextKeyDate ? e.nextKeyDate->date.toJulianDay() : std::numeric_limits<qint64>::max();
    case SignOff:
        return int(e.signOff);
    case LastChange:
        return e.lastChange.toMSecsSinceEpoch();
    }
    return {};
}

QVariant PortfolioModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PortfolioEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(e, index.column());
    case Qt::AccessibleTextRole: {
        const QVariant shown = display(e, index.column());
        return shown.isValid() ? shown.toString() : QString();
    }
    case Qt::ToolTipRole:
        if (!e.readable())
            return e.reason;
        if (!e.inUseBy.isEmpty())
            return tr("Open for changes in %1").arg(e.inUseBy);
        return index.column() == File ? e.path : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Rag && e.readable())
            return RagColors::forRag(e.rag, QGuiApplication::palette().color(QPalette::Text));
        if (!e.readable() && index.column() == Organisation)
            return RagColors::red();
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Score || index.column() == Coverage || index.column() == CriticalGaps
            || index.column() == Overdue)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortKey(e, index.column());
    case PathRole:
        return e.path;
    case ProblemRole:
        return int(e.problem);
    case RagRole:
        return int(e.rag);
    case SignOffRole:
        return int(e.signOff);
    }
    return {};
}

QVariant PortfolioModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case File:
        return tr("File");
    case Organisation:
        return tr("Organisation");
    case Score:
        return tr("Score");
    case Rag:
        return tr("RAG");
    case Coverage:
        return tr("Coverage");
    case CriticalGaps:
        return tr("Critical gaps");
    case Overdue:
        return tr("Overdue actions");
    case NextDate:
        return tr("Next key date");
    case SignOff:
        return tr("Sign-off");
    case LastChange:
        return tr("Last change");
    }
    return {};
}

} // namespace readiness::ui
