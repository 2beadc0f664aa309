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

std::shared_ptr<const AuditFindingsModel::Rows> AuditFindingsModel::rowsOf(const crm::AuditResult &result)
{
    auto rows = std::make_shared<Rows>();
    const size_t n = result.findings.size();
    rows->clusterSize.assign(n, 0);
    for (const std::uint32_t first : result.duplicates.clusterOf)
        ++rows->clusterSize[first];
    for (size_t i = 0; i < n; ++i)
        if (const std::uint16_t f = result.findings[i])
            rows->all.push_back({f, int(i), -1});
    if (result.crossCheck) {
        const auto &addresses = result.crossCheck->addresses;
        for (size_t i = 0; i < addresses.size(); ++i)
            if (addresses[i].findings)
                rows->all.push_back({quint32(addresses[i].findings) << FindingTypes::kAddressShift, -1, int(i)});
    }
    return rows;
}

AuditFindingsModel::AuditFindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_rows(std::make_shared<Rows>())
{ }

void AuditFindingsModel::setResult(std::shared_ptr<const crm::AuditResult> result, std::shared_ptr<const Rows> rows)
{
    beginResetModel();
    ++m_generation;
    m_result = std::move(result);
    m_filled = 0;
    if (!m_result)
        m_rows = std::make_shared<Rows>();
    else
        m_rows = rows ? std::move(rows) : rowsOf(*m_result);
    endResetModel();
    fillSome();
}

void AuditFindingsModel::fillSome()
{
    if (m_filled >= all().size()) {
        emit filled();
        return;
    }
    // One slice, sized so that it (with the views and the sorting filter
    // above) takes about 6 ms; the event loop runs in between.
    const size_t last = std::min(all().size(), m_filled + m_slice);
    QElapsedTimer clock;
    clock.start();
    const size_t rows = last - m_filled;
    beginInsertRows({}, int(m_filled), int(last) - 1);
    m_filled = last;
    endInsertRows();
    // In proportion to what this one took, growing by half at most: the
    // sorting filter's insertion costs more as the table grows, and a
    // doubled slice once took 40 ms.
    const double ns = double(std::max<qint64>(clock.nsecsElapsed(), 1));
    const double scaled = double(rows) * std::min(1.5, 6e6 / ns);
    m_slice = std::clamp<size_t>(size_t(scaled), 256, 1u << 20);
    // A timer, not a 0 ms single shot (a posted event, which Qt delivers
    // before any timer is looked at): the window's own timers and input
    // get their turn between two slices.
    QTimer::singleShot(1, this, [this, generation = m_generation] {
        if (generation == m_generation)
            fillSome();
    });
}

qint64 AuditFindingsModel::sortKey(int row, int column) const
{
    const Row &r = all()[size_t(row)];
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
    for (const Row &r : all())
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
    const std::uint32_t size = m_rows->clusterSize[first];
    if (size < 2)
        return {recordRow};
    // Members follow their first record in file order.
    for (std::uint32_t r = first; r < clusterOf.size() && rows.size() < size; ++r)
        if (clusterOf[r] == first)
            rows.push_back(r);
    return rows;
}

std::vector<std::uint32_t> AuditFindingsModel::relatedRecords(int row) const
{
    if (row < 0 || size_t(row) >= all().size())
        return {};
    const Row &r = all()[size_t(row)];
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
            const std::uint32_t size = m_rows->clusterSize[first];
            return size > 1 ? tr("%1 (%n records)", nullptr, int(size)).arg(first + 1) : QString();
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
    const Row &row = all()[size_t(index.row())];
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
