#include "AuditFindingsFilter.h"

#include "AuditFindingsModel.h"
#include "FindingTypes.h"

namespace readiness::ui {

AuditFindingsFilter::AuditFindingsFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AuditFindingsModel::SortRole);
}

void AuditFindingsFilter::setFindingType(int type)
{
    if (type == m_type)
        return;
    m_type = type;
    invalidateRowsFilter();
}

void AuditFindingsFilter::setSearch(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

bool AuditFindingsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    const auto *findings = qobject_cast<const AuditFindingsModel *>(m);
    if (m_type >= 0) {
        const quint32 mask = findings
            ? findings->findingsMask(sourceRow)
            : m->index(sourceRow, 0, sourceParent).data(AuditFindingsModel::FindingsMaskRole).toUInt();
        if (!(mask & FindingTypes::bit(m_type)))
            return false;
    }
    if (m_search.isEmpty())
        return true;
    for (const int column : {AuditFindingsModel::CrmId, AuditFindingsModel::Email})
        if (m->index(sourceRow, column, sourceParent).data().toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    return false;
}

bool AuditFindingsFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *findings = qobject_cast<const AuditFindingsModel *>(sourceModel());
    const int column = left.column();
    if (!findings
        || (column != AuditFindingsModel::Record && column != AuditFindingsModel::Findings
            && column != AuditFindingsModel::Cluster))
        return QSortFilterProxyModel::lessThan(left, right);
    return findings->sortKey(left.row(), column) < findings->sortKey(right.row(), column);
}

} // namespace readiness::ui
