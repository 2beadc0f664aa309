#pragma once

#include "CrmAudit.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace readiness::ui {

/// The records of one duplicate cluster side by side: a column per record,
/// a row per field. The "Do not allow …" rows whose values differ within
/// the cluster are marked by a colour and by text ("≠", and the accessible
/// text says "differs"), never by colour alone: merging such records by
/// "last modified wins" can re-open marketing to someone who objected.
class ClusterModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Field {
        CrmId,
        FirstName,
        LastName,
        Email,
        MobilePhone,
        BusinessPhone,
        Company,
        Postcode,
        Country,
        ModifiedOn,
        LastCampaign,
        Status,
        DoNotEmail,
        DoNotBulkEmail,
        DoNotPhone,
        DoNotMail,
        DoNotFax,
        FieldCount
    };
    enum Role { DiffersRole = Qt::UserRole + 1 };

    explicit ClusterModel(QObject *parent = nullptr);

    /// Shows @p rows (0-based contacts rows) of @p result.
    void setCluster(std::shared_ptr<const crm::AuditResult> result, std::vector<std::uint32_t> rows);
    const std::vector<std::uint32_t> &rows() const { return m_rows; }
    /// Whether consent field @p field differs between the records.
    bool differs(int field) const;
    /// "Record 3 and record 17: same e-mail, nickname", one line per matched pair.
    QStringList matchReasons() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString fieldName(int field);

private:
    QString text(const crm::Contact &c, int field) const;

    std::shared_ptr<const crm::AuditResult> m_result;
    std::vector<std::uint32_t> m_rows;
    std::uint8_t m_differing = 0; // crm::ConsentBit mask
};

} // namespace readiness::ui
