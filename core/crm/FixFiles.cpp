#include "FixFiles.h"

#include "AtomicOutputFile.h"
#include "CsvReader.h"
#include "NativePath.h"
#include "OutputPathGuard.h"

#include <QCoreApplication>
#include <QDir>

#include <memory>

using namespace Qt::StringLiterals;

namespace readiness::crm {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::crm::FixFiles)
};

void appendCsvField(std::string &out, std::string_view v)
{
    if (v.find_first_of(",\"\r\n") == std::string_view::npos) {
        out.append(v);
        return;
    }
    out.push_back('"');
    for (const char c : v) {
        if (c == '"')
            out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

struct Output
{
    std::unique_ptr<AtomicOutputFile> file;
    std::string buffer;
    void flush()
    {
        file->write(buffer.data(), qint64(buffer.size()));
        buffer.clear();
    }
};

Result<Output> openOutput(const QString &path)
{
    Output o;
    auto file = AtomicOutputFile::open(path); // mode 0600; a name that is not UTF-8 kept
    if (!file)
        return file.error();
    o.file = std::move(*file);
    o.buffer = "\xEF\xBB\xBF"; // Excel and Dynamics read UTF-8 with a BOM
    return o;
}

// Which consent bits the rules say must become "Do Not Allow" for row i.
std::uint8_t bitsToDeny(const AuditResult &r, size_t i)
{
    const Contact &c = r.contacts.rows[i];
    std::uint8_t deny = 0;
    const bool emailAllowed = c.allowsEmailMarketing();
    const bool smsAllowed = !(c.doNotAllow & DoNotPhone) && !c.mobilePhone.empty();
    const auto *history = r.consentLog ? r.consentLog->find(r.contacts.view(c.id)) : nullptr;
    auto proof = [&](Channel ch) { return history && (*history)[size_t(ch)].proof; };
    auto optedOut = [&](Channel ch) { return history && (*history)[size_t(ch)].latestEvent == ConsentEvent::OptOut; };
    if (emailAllowed && (!proof(Channel::Email) || optedOut(Channel::Email)))
        deny |= DoNotEmail | DoNotBulkEmail;
    if (smsAllowed && (!proof(Channel::Sms) || optedOut(Channel::Sms)))
        deny |= DoNotPhone;
    if (!(c.doNotAllow & DoNotPhone) && optedOut(Channel::Phone))
        deny |= DoNotPhone;
    if (!(c.doNotAllow & DoNotMail) && optedOut(Channel::Post))
        deny |= DoNotMail;
    return deny;
}
} // namespace

Result<QStringList> writeFixFiles(const AuditResult &result, const AuditInputs &inputs, const QString &folder,
                                  const std::atomic_bool *cancel)
{
    if (!NativePath::status(folder).isDir)
        return makeError(Text::tr("%1: no such folder for the fix files").arg(NativePath::displayText(folder)));
    const QDir dir(folder);
    // Never over a file the run reads (an audit of last time's
    // contacts_fixes.csv, with the fixes written beside it).
    const QStringList read = QStringList {inputs.contacts, inputs.consentLog} + inputs.mailchimp;
    for (const QString &name : {u"contacts_fixes.csv"_s, u"merge_list.csv"_s, u"mailchimp_unsubscribe.csv"_s})
        if (Status s = OutputPathGuard::checkNotInput(dir.filePath(name), read); !s)
            return s.error();
    auto contactsOut = openOutput(dir.filePath(u"contacts_fixes.csv"_s));
    if (!contactsOut)
        return contactsOut.error();
    auto mergeOut = openOutput(dir.filePath(u"merge_list.csv"_s));
    if (!mergeOut)
        return mergeOut.error();
    auto mailchimpOut = openOutput(dir.filePath(u"mailchimp_unsubscribe.csv"_s));
    if (!mailchimpOut)
        return mailchimpOut.error();

    // 1. The contacts export again, row by row, in its own shape.
    auto source = openFileSource(inputs.contacts);
    if (!source)
        return source.error();
    CsvReader csv(**source);
    if (Status s = csv.readHeader(); !s)
        return s.error();
    const ColumnMapping map = inputs.mapping ? *inputs.mapping : ColumnMapping::dynamics365();
    auto resolved = map.resolve(csv.header(), inputs.contacts);
    if (!resolved)
        return resolved.error();
    const auto &col = *resolved;
    constexpr std::pair<ContactRole, ConsentBit> kConsent[] = {
        {ContactRole::DoNotEmail, DoNotEmail}, {ContactRole::DoNotBulkEmail, DoNotBulkEmail},
        {ContactRole::DoNotPhone, DoNotPhone}, {ContactRole::DoNotMail, DoNotMail},
        {ContactRole::DoNotFax, DoNotFax},
    };
    std::string &out = contactsOut->buffer;
    for (int i = 0; i < csv.header().size(); ++i) {
        if (i)
            out.push_back(',');
        appendCsvField(out, csv.header().at(i).toStdString());
    }
    out += "\r\n";
    const std::string doNotAllow = "Do Not Allow", inactive = "Inactive";
    size_t row = 0;
    while (csv.next()) {
        if (row >= result.contacts.rows.size())
            break;
        const std::uint16_t f = result.findings[row];
        const std::uint8_t deny = bitsToDeny(result, row);
        const bool stale = (f & Stale) && col[size_t(ContactRole::Status)] >= 0;
        if (deny || stale) {
            for (int c = 0; c < csv.fieldCount(); ++c) {
                if (c)
                    out.push_back(',');
                std::string_view v = csv.field(c);
                for (const auto &[role, bit] : kConsent)
                    if (c == col[size_t(role)] && (deny & bit))
                        v = doNotAllow;
                if (stale && c == col[size_t(ContactRole::Status)])
                    v = inactive;
                appendCsvField(out, v);
            }
            out += "\r\n";
            if (out.size() > (1 << 20))
                contactsOut->flush();
        }
        ++row;
        if ((row & 4095) == 0 && cancel && cancel->load())
            return cancelledError();
    }
    if (csv.failed())
        return csv.error();
    if ((*source)->finishHash() != result.contacts.input.sha256 || row != result.contacts.rows.size())
        return makeError(Text::tr("%1: changed since the audit read it; run the audit again").arg(inputs.contacts));
    contactsOut->flush();

    // 2. Merge list: survivor = most recently modified record of the cluster.
    const ContactTable &t = result.contacts;
    const size_t n = t.rows.size();
    std::vector<std::uint32_t> survivor(n, UINT32_MAX);
    std::vector<std::uint8_t> denied(n, 0);
    for (std::uint32_t i = 0; i < n; ++i) {
        const std::uint32_t root = result.duplicates.clusterOf[i];
        std::uint32_t &s = survivor[root];
        if (s == UINT32_MAX || t.rows[i].modifiedOn > t.rows[s].modifiedOn)
            s = i;
        denied[root] |= t.rows[i].doNotAllow;
    }
    std::string &m = mergeOut->buffer;
    m += "Cluster,Role,(Do Not Modify) Contact,Do not allow Emails,Do not allow Bulk Emails,"
         "Do not allow Phone Calls,Do not allow Mails,Do not allow Faxes\r\n";
    std::vector<std::uint8_t> isCluster(n, 0);
    for (std::uint32_t i = 0; i < n; ++i)
        if (result.duplicates.clusterOf[i] != i)
            isCluster[result.duplicates.clusterOf[i]] = 1;
    for (std::uint32_t i = 0; i < n; ++i) {
        const std::uint32_t root = result.duplicates.clusterOf[i];
        if (!isCluster[root])
            continue;
        m += std::to_string(root + 1);
        m += survivor[root] == i ? ",survivor," : ",merge into survivor,";
        appendCsvField(m, t.view(t.rows[i].id));
        for (const auto &[role, bit] : kConsent) {
            (void)role;
            m += (denied[root] & bit) ? ",Do Not Allow" : ",Allow";
        }
        m += "\r\n";
    }
    mergeOut->flush();

    // 3. Mailchimp: unsubscribe what the CRM does not allow.
    std::string &u = mailchimpOut->buffer;
    u += "Email Address,Status\r\n";
    if (result.crossCheck)
        for (const AddressCheck &a : result.crossCheck->addresses)
            if (a.findings & CrmBlocksMcSubscribed) {
                appendCsvField(u, result.crossCheck->emails.key(a.emailIndex));
                u += ",unsubscribed\r\n";
            }
    mailchimpOut->flush();

    if (cancel && cancel->load())
        return cancelledError();
    // Commit only now: until here nothing in the folder has changed.
    QStringList written;
    for (Output *o : {&*contactsOut, &*mergeOut, &*mailchimpOut}) {
        if (Status s = o->file->commit(); !s)
            return s.error();
        written << o->file->fileName();
    }
    return written;
}

} // namespace readiness::crm
