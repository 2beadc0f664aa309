#pragma once

#include "Result.h"
#include "Timestamp.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace readiness::crm {

/// The columns of a contacts file the audit understands.
enum class ContactRole {
    Id,
    FirstName,
    LastName,
    Email,
    BusinessPhone,
    MobilePhone,
    Company,
    Postcode,
    Country,
    City,
    DoNotEmail,
    DoNotBulkEmail,
    DoNotPhone,
    DoNotMail,
    DoNotFax,
    Status,
    ModifiedOn,
    LastCampaign,
    Count
};

/// Which column holds each role, how dates are written and which values
/// mean "do not allow". Built in for Dynamics 365; a JSON file (--map) for
/// any other CRM.
class ColumnMapping
{
public:
    /// The Dynamics 365 Contacts export, by its display-name headers.
    static ColumnMapping dynamics365();
    /// Reads a mapping file (format: docs/crm-audit.md).
    static Result<ColumnMapping> fromJsonFile(const QString &path);
    /// A mapping in that format; @p source names it in messages and gives
    /// the name when it has none.
    static Result<ColumnMapping> fromJson(const QJsonObject &root, const QString &source);
    /// The mapping in the file format, so that it is stored with a run and
    /// read back (fromJson) when the run's files are read again.
    QJsonObject toJson() const;

    static QString roleKey(ContactRole role);
    static bool required(ContactRole role);

    QString name() const { return m_name; }
    QString column(ContactRole role) const { return m_columns[size_t(role)]; }
    const DateLayout &dateLayout() const { return m_dates; }
    /// true = do not allow, false = allow, nullopt = not a consent value.
    std::optional<bool> doNotAllow(std::string_view value) const;
    /// Whether @p value of the status column means the record is inactive.
    bool inactive(std::string_view value) const;

    /// Column index per role in @p header (-1 when absent), or an error that
    /// lists the missing required columns and what the file has.
    Result<std::array<int, size_t(ContactRole::Count)>> resolve(const QStringList &header,
                                                                const QString &fileName) const;

private:
    void prepare();
    QString m_name;
    std::array<QString, size_t(ContactRole::Count)> m_columns;
    DateLayout m_dates;
    QStringList m_doNotAllowValues;
    QStringList m_allowValues;
    QStringList m_inactiveValues;
    std::vector<std::string> m_doNotAllow, m_allow, m_inactive; // the lists as UTF-8, for speed
};

} // namespace readiness::crm
