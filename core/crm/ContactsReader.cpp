#include "ContactsReader.h"

#include "CsvReader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace readiness::crm {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::crm::ContactsReader)
};

} // namespace

Error cancelledError()
{
    return makeError(Text::tr("cancelled"));
}

namespace { } // namespace

Result<ContactTable> readContacts(const QString &path, const std::optional<ColumnMapping> &mapping,
                                  const StepControl &control)
{
    auto source = openFileSource(path);
    if (!source)
        return source.error();
    CsvReader csv(**source);
    if (Status s = csv.readHeader(); !s)
        return s.error();
    const ColumnMapping map = mapping ? *mapping : ColumnMapping::dynamics365();
    auto resolved = map.resolve(csv.header(), path);
    if (!resolved) {
        if (!mapping)
            return makeError(
                resolved.error().message
                + Text::tr("\n(For a contacts export from another CRM, give a column mapping: --map FILE.json)"));
        return resolved.error();
    }
    const auto &col = *resolved;
    auto at = [&](ContactRole r) { return col[size_t(r)]; };

    ContactTable table;
    const qint64 size = (*source)->size();
    table.rows.reserve(size > 0 ? size_t(size / 300) : 1024);
    // The cells kept are never more than the file: address space only.
    table.text.reserve(size > 0 ? size_t(size) : 1 << 16);

    auto text = [&](ContactRole r) -> TextRef {
        const int c = at(r);
        return c < 0 ? TextRef {} : table.text.add(trimSpaces(csv.field(c)));
    };
    auto date = [&](ContactRole r, Seconds &out) -> bool {
        const int c = at(r);
        if (c < 0)
            return true;
        const std::string_view v = trimSpaces(csv.field(c));
        if (v.empty())
            return true;
        const auto t = map.dateLayout().parse(v);
        if (!t) {
            csv.failAt(c,
                       Text::tr("'%1' is not a date in the form %2")
                           .arg(QString::fromUtf8(v.data(), qsizetype(v.size())), map.dateLayout().pattern()));
            return false;
        }
        out = *t;
        return true;
    };
    constexpr std::pair<ContactRole, ConsentBit> kConsent[] = {
        {ContactRole::DoNotEmail, DoNotEmail}, {ContactRole::DoNotBulkEmail, DoNotBulkEmail},
        {ContactRole::DoNotPhone, DoNotPhone}, {ContactRole::DoNotMail, DoNotMail},
        {ContactRole::DoNotFax, DoNotFax},
    };

    while (csv.next()) {
        Contact c;
        c.id = text(ContactRole::Id);
        if (c.id.empty()) {
            csv.failAt(at(ContactRole::Id), Text::tr("the record has no id"));
            break;
        }
        c.firstName = text(ContactRole::FirstName);
        c.lastName = text(ContactRole::LastName);
        c.email = text(ContactRole::Email);
        c.businessPhone = text(ContactRole::BusinessPhone);
        c.mobilePhone = text(ContactRole::MobilePhone);
        c.company = text(ContactRole::Company);
        c.postcode = text(ContactRole::Postcode);
        c.country = text(ContactRole::Country);
        c.city = text(ContactRole::City);
        bool ok = true;
        for (const auto &[role, bit] : kConsent) {
            const int column = at(role);
            if (column < 0)
                continue;
            const auto v = map.doNotAllow(csv.field(column));
            if (!v) {
                const std::string_view raw = csv.field(column);
                csv.failAt(column,
                           Text::tr("'%1' is not a consent value (expected 'Allow' or 'Do Not Allow')")
                               .arg(QString::fromUtf8(raw.data(), qsizetype(raw.size()))));
                ok = false;
                break;
            }
            if (*v)
                c.doNotAllow |= bit;
        }
        if (!ok || !date(ContactRole::ModifiedOn, c.modifiedOn) || !date(ContactRole::LastCampaign, c.lastCampaign))
            break;
        if (c.modifiedOn == kNoTime) {
            csv.failAt(at(ContactRole::ModifiedOn), Text::tr("the record has no modification date"));
            break;
        }
        if (at(ContactRole::Status) >= 0)
            c.inactive = map.inactive(csv.field(at(ContactRole::Status)));
        table.latestModified = std::max(table.latestModified, c.modifiedOn);
        table.rows.push_back(c);
        if ((table.rows.size() & 1023) == 0 && control.progress(csv.bytesConsumed()))
            return cancelledError();
    }
    if (csv.failed())
        return csv.error();
    if (table.rows.empty())
        return makeError(Text::tr("%1: has a header but no contacts").arg(path));
    (void)control.progress(csv.bytesConsumed());
    table.input = {u"contacts"_s, path, csv.bytesConsumed(), (*source)->finishHash(), qint64(table.rows.size()),
                   csv.encoding()};
    return table;
}

} // namespace readiness::crm
