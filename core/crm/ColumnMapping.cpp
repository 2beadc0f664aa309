#include "ColumnMapping.h"

#include "InputFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace readiness::crm {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::crm::ColumnMapping)
};

// A mapping file is a few hundred bytes; one over 1 MiB is refused unread.
constexpr qint64 kMaxMappingBytes = 1 << 20;

constexpr const char *kRoleKeys[] = {
    "id",         "firstName", "lastName", "email",  "businessPhone", "mobilePhone",
    "company",    "postcode",  "country",  "city",   "doNotEmail",    "doNotBulkEmail",
    "doNotPhone", "doNotMail", "doNotFax", "status", "modifiedOn",    "lastCampaign",
};
static_assert(std::size(kRoleKeys) == size_t(ContactRole::Count));

// Called five times per record: plain bytes, ASCII case folded, no QString.
bool equalsFolded(std::string_view value, const std::vector<std::string> &list)
{
    value = trimSpaces(value);
    for (const std::string &s : list) {
        if (s.size() != value.size())
            continue;
        size_t i = 0;
        for (; i < s.size(); ++i) {
            char a = s[i], b = value[i];
            if (a >= 'A' && a <= 'Z')
                a = char(a + 32);
            if (b >= 'A' && b <= 'Z')
                b = char(b + 32);
            if (a != b)
                break;
        }
        if (i == s.size())
            return true;
    }
    return false;
}

std::vector<std::string> toUtf8(const QStringList &list)
{
    std::vector<std::string> out;
    for (const QString &s : list)
        out.push_back(s.trimmed().toStdString());
    return out;
}
} // namespace

QString ColumnMapping::roleKey(ContactRole role)
{
    return QString::fromLatin1(kRoleKeys[size_t(role)]);
}

bool ColumnMapping::required(ContactRole role)
{
    switch (role) {
    case ContactRole::Id:
    case ContactRole::Email:
    case ContactRole::DoNotEmail:
    case ContactRole::DoNotBulkEmail:
    case ContactRole::DoNotPhone:
    case ContactRole::ModifiedOn:
        return true;
    default:
        return false;
    }
}

ColumnMapping ColumnMapping::dynamics365()
{
    ColumnMapping m;
    m.m_name = u"Dynamics 365 Contacts"_s;
    const std::pair<ContactRole, const char *> columns[] = {
        {ContactRole::Id, "(Do Not Modify) Contact"},
        {ContactRole::FirstName, "First Name"},
        {ContactRole::LastName, "Last Name"},
        {ContactRole::Email, "Email"},
        {ContactRole::BusinessPhone, "Business Phone"},
        {ContactRole::MobilePhone, "Mobile Phone"},
        {ContactRole::Company, "Company Name"},
        {ContactRole::Postcode, "Address 1: ZIP/Postal Code"},
        {ContactRole::Country, "Address 1: Country/Region"},
        {ContactRole::City, "Address 1: City"},
        {ContactRole::DoNotEmail, "Do not allow Emails"},
        {ContactRole::DoNotBulkEmail, "Do not allow Bulk Emails"},
        {ContactRole::DoNotPhone, "Do not allow Phone Calls"},
        {ContactRole::DoNotMail, "Do not allow Mails"},
        {ContactRole::DoNotFax, "Do not allow Faxes"},
        {ContactRole::Status, "Status"},
        {ContactRole::ModifiedOn, "Modified On"},
        {ContactRole::LastCampaign, "Last Date Included in Campaign"},
    };
    for (const auto &[role, header] : columns)
        m.m_columns[size_t(role)] = QString::fromLatin1(header);
    m.m_dates = DateLayout(u"dd/MM/yyyy HH:mm"_s);
    m.m_doNotAllowValues = {u"Do Not Allow"_s};
    m.m_allowValues = {u"Allow"_s, QString()};
    m.m_inactiveValues = {u"Inactive"_s};
    m.prepare();
    return m;
}

Result<ColumnMapping> ColumnMapping::fromJsonFile(const QString &path)
{
    auto bytes = InputFile::readAll(path, kMaxMappingBytes, Text::tr("column mapping"));
    if (!bytes)
        return bytes.error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(Text::tr("%1: not valid JSON at offset %2: %3")
                             .arg(path)
                             .arg(parseError.offset)
                             .arg(parseError.errorString()));
    if (!doc.isObject())
        return makeError(Text::tr("%1: a column mapping must be a JSON object").arg(path));
    return fromJson(doc.object(), path);
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject columns;
    for (size_t r = 0; r < m_columns.size(); ++r)
        if (!m_columns[r].isEmpty())
            columns.insert(QLatin1StringView(kRoleKeys[r]), m_columns[r]);
    return QJsonObject {{u"name"_s, m_name},
                        {u"dateFormat"_s, m_dates.pattern()},
                        {u"columns"_s, columns},
                        {u"doNotAllowValues"_s, QJsonArray::fromStringList(m_doNotAllowValues)},
                        {u"allowValues"_s, QJsonArray::fromStringList(m_allowValues)},
                        {u"inactiveValues"_s, QJsonArray::fromStringList(m_inactiveValues)}};
}

Result<ColumnMapping> ColumnMapping::fromJson(const QJsonObject &root, const QString &path)
{
    ColumnMapping m = dynamics365();
    m.m_name = root.value("name"_L1).toString(QFileInfo(path).completeBaseName());
    const QJsonValue columns = root.value("columns"_L1);
    if (!columns.isObject())
        return makeError(Text::tr("%1: \"columns\" must be an object mapping roles to column headers").arg(path));
    m.m_columns = {};
    const QJsonObject cols = columns.toObject();
    for (auto it = cols.begin(); it != cols.end(); ++it) {
        const auto *found = std::find_if(std::begin(kRoleKeys), std::end(kRoleKeys),
                                         [&](const char *k) { return it.key() == QLatin1StringView(k); });
        if (found == std::end(kRoleKeys)) {
            QStringList known;
            for (const char *k : kRoleKeys)
                known << QString::fromLatin1(k);
            return makeError(
                Text::tr("%1: columns.%2 is not a role; roles are: %3").arg(path, it.key(), known.join(u", ")));
        }
        if (!it.value().isString())
            return makeError(Text::tr("%1: columns.%2 must be a column header (a string)").arg(path, it.key()));
        m.m_columns[size_t(found - std::begin(kRoleKeys))] = it.value().toString();
    }
    if (root.contains("dateFormat"_L1)) {
        m.m_dates = DateLayout(root.value("dateFormat"_L1).toString());
        if (!m.m_dates.valid())
            return makeError(Text::tr("%1: dateFormat '%2' needs dd, MM and yyyy (and HH with mm)")
                                 .arg(path, root.value("dateFormat"_L1).toString()));
    }
    auto list = [&](const char *key, QStringList &target) -> Status {
        const QJsonValue v = root.value(QLatin1StringView(key));
        if (v.isUndefined())
            return success();
        if (!v.isArray())
            return makeError(Text::tr("%1: %2 must be an array of strings").arg(path, QLatin1StringView(key)));
        target.clear();
        for (const QJsonValue &e : v.toArray())
            target << e.toString();
        return success();
    };
    if (Status s = list("doNotAllowValues", m.m_doNotAllowValues); !s)
        return s.error();
    if (Status s = list("allowValues", m.m_allowValues); !s)
        return s.error();
    if (Status s = list("inactiveValues", m.m_inactiveValues); !s)
        return s.error();
    m.prepare();
    return m;
}

void ColumnMapping::prepare()
{
    m_doNotAllow = toUtf8(m_doNotAllowValues);
    m_allow = toUtf8(m_allowValues);
    m_inactive = toUtf8(m_inactiveValues);
}

std::optional<bool> ColumnMapping::doNotAllow(std::string_view value) const
{
    if (equalsFolded(value, m_doNotAllow))
        return true;
    if (equalsFolded(value, m_allow))
        return false;
    return std::nullopt;
}

bool ColumnMapping::inactive(std::string_view value) const
{
    return equalsFolded(value, m_inactive);
}

Result<std::array<int, size_t(ContactRole::Count)>> ColumnMapping::resolve(const QStringList &header,
                                                                           const QString &fileName) const
{
    std::array<int, size_t(ContactRole::Count)> index;
    QStringList missing;
    for (size_t r = 0; r < index.size(); ++r) {
        index[r] = m_columns[r].isEmpty() ? -1 : int(header.indexOf(m_columns[r]));
        if (index[r] < 0 && required(ContactRole(r)))
            missing << (m_columns[r].isEmpty() ? roleKey(ContactRole(r)) : u"'%1'"_s.arg(m_columns[r]));
    }
    if (!missing.isEmpty())
        return makeError(Text::tr("%1: not a %2 file: missing required column(s) %3; the file has: %4")
                             .arg(fileName, m_name, missing.join(u", "), header.join(u", ")));
    return index;
}

} // namespace readiness::crm
