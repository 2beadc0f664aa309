#pragma once

#include "CrmAudit.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace readiness::ui {

/// The results of one data audit: a row per CRM record with at least one
/// finding, then a row per e-mail address the Mailchimp cross-check flags.
/// Text comes from the audited files: views show it as plain text.
/// setResult() fills the rows in slices from the event loop (a few
/// milliseconds each), so half a million findings never freeze the window;
/// filled() says when every row is in. The list of rows is built by
/// rowsOf(), which the audit's worker thread calls.
class AuditFindingsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Record, CrmId, Name, Email, Cluster, Findings, ColumnCount };
    enum Role {
        FindingsMaskRole = Qt::UserRole + 1, // quint32, FindingTypes bits
        RecordRowRole, // 0-based row in the contacts, -1 for an address
        SortRole,
    };

    struct Row
    {
        quint32 mask;
        int record; // contacts row, or -1
        int address; // cross-check entry, or -1
    };
    /// Every row of a result and the size of each duplicate cluster.
    struct Rows
    {
        std::vector<Row> all;
        std::vector<std::uint32_t> clusterSize; // by cluster's first row
    };
    /// The rows of @p result (pure, any thread): at 500,000 contacts tens
    /// of milliseconds, most of them allocating, which the audit's worker
    /// does instead of the GUI thread.
    static std::shared_ptr<const Rows> rowsOf(const crm::AuditResult &result);

    explicit AuditFindingsModel(QObject *parent = nullptr);

    /// Shows @p result, with its @p rows when they were built already
    /// (rowsOf(*result)); otherwise builds them here.
    void setResult(std::shared_ptr<const crm::AuditResult> result, std::shared_ptr<const Rows> rows = {});
    /// True while rows of the result are still being added.
    bool isFilling() const { return m_filled < all().size(); }
    /// Rows of the whole result (rowCount() grows to it while filling).
    int resultRowCount() const { return int(all().size()); }
    /// The key the results sort by in @p column, for the filter's lessThan
    /// (no QVariant per comparison: sorting 300,000 rows stays fast).
    qint64 sortKey(int row, int column) const;
    quint32 findingsMask(int row) const { return all()[size_t(row)].mask; }
    const crm::AuditResult *result() const { return m_result.get(); }
    /// Rows whose findings include FindingTypes bit @p type.
    int countOf(int type) const;
    /// The records of @p recordRow's cluster (itself alone when it has none).
    std::vector<std::uint32_t> clusterOf(std::uint32_t recordRow) const;
    /// What the cluster view shows for model row @p row: a record's
    /// cluster, or the CRM records that carry an address.
    std::vector<std::uint32_t> relatedRecords(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// Every row of the result is in the model.
    void filled();

private:
    void fillSome();
    const std::vector<Row> &all() const { return m_rows->all; }

    QString text(const Row &row, int column) const;
    QString crmIds(const crm::AddressCheck &check) const;

    std::shared_ptr<const crm::AuditResult> m_result;
    std::shared_ptr<const Rows> m_rows; // every row of the result; the first m_filled are in the model
    size_t m_filled = 0;
    size_t m_slice = 4096; // rows per slice, adapted to take a few milliseconds
    int m_generation = 0; // a new result ends the filling of the old one
};

} // namespace readiness::ui
