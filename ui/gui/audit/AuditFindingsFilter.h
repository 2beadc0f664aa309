#pragma once

#include <QSortFilterProxyModel>

namespace readiness::ui {

/// The results table's filters: one finding type (or all), and a search
/// for a CRM id or an e-mail address.
class AuditFindingsFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AuditFindingsFilter(QObject *parent = nullptr);

    /// FindingTypes bit, or -1 for every type.
    void setFindingType(int type);
    int findingType() const { return m_type; }
    void setSearch(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    /// Numbers compared directly (AuditFindingsModel::sortKey), not through
    /// QVariant: sorting rows as they arrive stays within a few milliseconds.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    int m_type = -1;
    QString m_search;
};

} // namespace readiness::ui
