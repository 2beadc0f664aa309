#include "AuditFindingsModel.h"

#include "FindingTypes.h"
#include "PlainText.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace readiness::ui {

namespace {
QString fromView(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}
} // namespace

AuditFindingsModel::AuditFindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AuditFindingsModel::setResult(std::shared_ptr<const crm::AuditResult> result)
{
    beginResetModel();
    ++m_generation;
    m_result = std::move(result);
    m_all.clear();
    m_filled = 0;
    m_clusterSize.clear();
    if (m_result) {
        const size_t n = m_result->findings.size();
        m_clusterSize.assign(n, 0);
        for (const std::uint32_t first : m_result->duplicates.clusterOf)
            ++m_clusterSize[first];
        for (size_t i = 0; i < n; ++i)
            if (const std::uint16_t f = m_result->findings[i])
                m_all.push_back({f, int(i), -1});
        if (m_result->crossCheck) {
            const auto &addresses = m_result->crossCheck->addresses;
            for (size_t i = 0; i < addresses.size(); ++i)
                if (addresses[i].findings)
                    m_all.push_back({quint32(addresses[i].findings) << FindingTypes::kAddressShift, -1, int(i)});
        }
    }
    endResetModel();
    fillSome();
}

void AuditFindingsModel::fillSome()
{
    if (m_filled >= m_all.size()) {
        emit filled();
        return;
    }
    // One slice, sized so that it (with the views and the sorting filter
    // above) takes about 8 ms; the event loop runs in between.
    const size_t last = std::min(m_all.size(), m_filled + m_slice);
    QElapsedTimer clock;
    clock.start();
    beginInsertRows({}, int(m_filled), int(last) - 1);
    m_filled = last;
    endInsertRows();
    const qint64 ms = clock.elapsed();
    if (ms < 4)
        m_slice = std::min<size_t>(m_slice * 2, 1u << 20);
    else if (ms > 12)
        m_slice = std::max<size_t>(m_slice / 2, 256);
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation == m_generation)
            fillSome();
    });
}

qint64 AuditFindingsModel::sortKey(int row, int column) const
{
    const Row &r = m_all[size_t(row)];
    switch (column) {
    case Record:
        return r.record >= 0 ? r.record : std::numeric_limits<int>::max();
    case Findings:
        return FindingTypes::severityRank(r.mask) * 1000000LL + row;
    case Cluster:
        return r.record >= 0 ? qint64(m_result->duplicates.clusterOf[size_t(r.record)])
                             : std::numeric_limits<qint64>::max();
    default:
        return row;
    }
}

int AuditFindingsModel::countOf(int type) const
{
    const quint32 bit = FindingTypes::bit(type);
    int n = 0;
    for (const Row &r : m_all)
        n += (r.mask & bit) != 0;
    return n;
}

std::vector<std::uint32_t> AuditFindingsModel::clusterOf(std::uint32_t recordRow) const
{
    std::vector<std::uint32_t> rows;
    if (!m_result || recordRow >= m_result->duplicates.clusterOf.size())
        return rows;
    const auto &clusterOf = m_result->duplicates.clusterOf;
    const std::uint32_t first = clusterOf[recordRow];
    if (m_clusterSize[first] < 2)
        return {recordRow};
    // Members follow their first record in file order.
    for (std::uint32_t r = first; r < clusterOf.size() && rows.size() < m_clusterSize[first]; ++r)
        if (clusterOf[r] == first)
            rows.push_back(r);
    return rows;
}

std::vector<std::uint32_t> AuditFindingsModel::relatedRecords(int row) const
{
    if (row < 0 || size_t(row) >= m_all.size())
        return {};
    const Row &r = m_all[size_t(row)];
    if (r.record >= 0)
        return clusterOf(std::uint32_t(r.record));
    return m_result->crossCheck->addresses[size_t(r.address)].crmRows;
}

int AuditFindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_filled);
}

int AuditFindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditFindingsModel::crmIds(const crm::AddressCheck &check) const
{
    QStringList ids;
    for (const std::uint32_t r : check.crmRows) {
        if (ids.size() == 3) {
            ids << u"…"_s;
            break;
        }
        ids << fromView(m_result->contacts.view(m_result->contacts.rows[r].id));
    }
    return ids.join(u", "_s);
}

QString AuditFindingsModel::text(const Row &row, int column) const
{
    if (row.record >= 0) {
        const crm::ContactTable &t = m_result->contacts;
        const crm::Contact &c = t.rows[size_t(row.record)];
        switch (column) {
        case Record:
            return QString::number(row.record + 1);
        case CrmId:
            return fromView(t.view(c.id));
        case Name:
            return QString(fromView(t.view(c.firstName)) + u' ' + fromView(t.view(c.lastName))).trimmed();
        case Email:
            return fromView(t.view(c.email));
        case Cluster: {
            const std::uint32_t first = m_result->duplicates.clusterOf[size_t(row.record)];
            return m_clusterSize[first] > 1 ? tr("%1 (%n records)", nullptr, int(m_clusterSize[first])).arg(first + 1)
                                            : QString();
        }
        default:
            break;
        }
    } else {
        const crm::AddressCheck &a = m_result->crossCheck->addresses[size_t(row.address)];
        switch (column) {
        case CrmId:
            return crmIds(a);
        case Email:
            return fromView(m_result->crossCheck->emails.key(a.emailIndex));
        default:
            break;
        }
    }
    if (column == Findings)
        return FindingTypes::titles(row.mask).join(u", "_s);
    return QString();
}

QVariant AuditFindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_filled)
        return {};
    const Row &row = m_all[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(row, index.column());
    case Qt::ToolTipRole: {
        if (index.column() != Findings)
            return {};
        QStringList lines;
        for (const int type : FindingTypes::bySeverity())
            if (row.mask & FindingTypes::bit(type))
                lines << FindingTypes::description(type) + u" ("_s + FindingTypes::law(type) + u')';
        return PlainText::toolTip(lines.join(u'\n'));
    }
    case FindingsMaskRole:
        return row.mask;
    case RecordRowRole:
        return row.record;
    case SortRole:
        switch (index.column()) {
        case Record:
        case Findings:
        case Cluster:
            return sortKey(index.row(), index.column());
        default:
            return text(row, index.column());
        }
    case Qt::TextAlignmentRole:
        return index.column() == Record ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant AuditFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Record:
        return tr("Record");
    case CrmId:
        return tr("CRM id");
    case Name:
        return tr("Name");
    case Email:
        return tr("E-mail");
    case Cluster:
        return tr("Duplicate cluster");
    case Findings:
        return tr("Findings");
    default:
        return {};
    }
}

} // namespace readiness::ui
