#include "ClusterModel.h"

#include "PlainText.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace readiness::ui {

namespace {
QString fromView(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

// The consent bit of a "Do not allow …" field, 0 for the others.
std::uint8_t consentBit(int field)
{
    switch (field) {
    case ClusterModel::DoNotEmail:
        return crm::DoNotEmail;
    case ClusterModel::DoNotBulkEmail:
        return crm::DoNotBulkEmail;
    case ClusterModel::DoNotPhone:
        return crm::DoNotPhone;
    case ClusterModel::DoNotMail:
        return crm::DoNotMail;
    case ClusterModel::DoNotFax:
        return crm::DoNotFax;
    default:
        return 0;
    }
}
} // namespace

ClusterModel::ClusterModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ClusterModel::setCluster(std::shared_ptr<const crm::AuditResult> result, std::vector<std::uint32_t> rows)
{
    beginResetModel();
    m_result = std::move(result);
    m_rows = m_result ? std::move(rows) : std::vector<std::uint32_t>();
    m_differing = 0;
    if (!m_rows.empty()) {
        const std::uint8_t first = m_result->contacts.rows[m_rows.front()].doNotAllow;
        for (const std::uint32_t r : m_rows)
            m_differing |= std::uint8_t(m_result->contacts.rows[r].doNotAllow ^ first);
    }
    endResetModel();
}

bool ClusterModel::differs(int field) const
{
    return (m_differing & consentBit(field)) != 0;
}

QStringList ClusterModel::matchReasons() const
{
    QStringList lines;
    if (!m_result || m_rows.size() < 2)
        return lines;
    for (const crm::MatchedPair &p : m_result->duplicates.pairs) {
        if (!std::binary_search(m_rows.begin(), m_rows.end(), p.a)
            || !std::binary_search(m_rows.begin(), m_rows.end(), p.b))
            continue;
        lines << tr("Record %1 and record %2: %3")
                     .arg(std::min(p.a, p.b) + 1)
                     .arg(std::max(p.a, p.b) + 1)
                     .arg(crm::matchReasonNames(p.reasons).join(u", "_s));
    }
    return lines;
}

int ClusterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_rows.empty() ? 0 : FieldCount;
}

int ClusterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString ClusterModel::fieldName(int field)
{
    switch (field) {
    case CrmId:
        return tr("CRM id");
    case FirstName:
        return tr("First name");
    case LastName:
        return tr("Last name");
    case Email:
        return tr("E-mail");
    case MobilePhone:
        return tr("Mobile phone");
    case BusinessPhone:
        return tr("Business phone");
    case Company:
        return tr("Company");
    case Postcode:
        return tr("Postcode");
    case Country:
        return tr("Country");
    case ModifiedOn:
        return tr("Modified on");
    case LastCampaign:
        return tr("Last campaign");
    case Status:
        return tr("Status");
    case DoNotEmail:
        return tr("Do not allow Emails");
    case DoNotBulkEmail:
        return tr("Do not allow Bulk Emails");
    case DoNotPhone:
        return tr("Do not allow Phone Calls");
    case DoNotMail:
        return tr("Do not allow Mails");
    case DoNotFax:
        return tr("Do not allow Faxes");
    default:
        return QString();
    }
}

QString ClusterModel::text(const crm::Contact &c, int field) const
{
    const crm::ContactTable &t = m_result->contacts;
    switch (field) {
    case CrmId:
        return fromView(t.view(c.id));
    case FirstName:
        return fromView(t.view(c.firstName));
    case LastName:
        return fromView(t.view(c.lastName));
    case Email:
        return fromView(t.view(c.email));
    case MobilePhone:
        return fromView(t.view(c.mobilePhone));
    case BusinessPhone:
        return fromView(t.view(c.businessPhone));
    case Company:
        return fromView(t.view(c.company));
    case Postcode:
        return fromView(t.view(c.postcode));
    case Country:
        return fromView(t.view(c.country));
    case ModifiedOn:
        return c.modifiedOn == crm::kNoTime ? QString() : crm::formatSeconds(c.modifiedOn);
    case LastCampaign:
        return c.lastCampaign == crm::kNoTime ? QString() : crm::formatSeconds(c.lastCampaign);
    case Status:
        return c.inactive ? tr("Inactive") : tr("Active");
    default:
        break;
    }
    const std::uint8_t bit = consentBit(field);
    const QString value = (c.doNotAllow & bit) ? tr("Do Not Allow") : tr("Allow");
    return differs(field) ? u"≠ "_s + value : value;
}

QVariant ClusterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.column()) >= m_rows.size() || index.row() >= FieldCount)
        return {};
    const crm::Contact &c = m_result->contacts.rows[m_rows[size_t(index.column())]];
    const bool marked = differs(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(c, index.row());
    case Qt::AccessibleTextRole:
        return marked ? tr("%1, differs within this cluster").arg(text(c, index.row()).mid(2)) : text(c, index.row());
    case Qt::ToolTipRole:
        return marked ? PlainText::toolTip(tr("The records of this cluster disagree on “%1”. Merging them by "
                                              "“last modified wins” could re-open marketing to someone who "
                                              "objected: the survivor must take the most restrictive value.")
                                               .arg(fieldName(index.row())))
                      : QVariant();
    case Qt::BackgroundRole:
        return marked ? QBrush(QColor(0xFA, 0xD7, 0xA0)) : QVariant();
    case Qt::ForegroundRole:
        return marked ? QBrush(QColor(0x1B, 0x1B, 0x1B)) : QVariant(); // readable on the highlight in dark themes
    case Qt::FontRole:
        if (marked) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case DiffersRole:
        return marked;
    default:
        return {};
    }
}

QVariant ClusterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return differs(section) ? fieldName(section) + u" ≠"_s : fieldName(section);
    if (size_t(section) < m_rows.size())
        return tr("Record %1").arg(m_rows[size_t(section)] + 1);
    return {};
}

} // namespace readiness::ui
