#include "MailchimpAudience.h"

#include "CsvReader.h"
#include "InputFile.h"
#include "NativePath.h"
#include "Sha256.h"
#include "Timestamp.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <zip.h>

using namespace Qt::StringLiterals;

namespace readiness::crm {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::crm::MailchimpAudience)
};

} // namespace

std::string lowerEmail(std::string_view email)
{
    email = trimSpaces(email);
    std::string out(email);
    bool ascii = true;
    for (char &c : out) {
        if (c >= 'A' && c <= 'Z')
            c = char(c + 32);
        else if (static_cast<unsigned char>(c) >= 0x80)
            ascii = false;
    }
    if (!ascii)
        out = QString::fromUtf8(email.data(), qsizetype(email.size())).toLower().toStdString();
    return out;
}

namespace {
// One member of a zip, read through libzip (inputs are opened read-only).
class ZipEntrySource final : public ByteSource
{
public:
    ZipEntrySource(zip_file_t *file, QString name, qint64 size)
        : m_file(file)
        , m_name(std::move(name))
        , m_size(size)
    { }
    ~ZipEntrySource() override { zip_fclose(m_file); }
    qint64 read(char *buffer, qint64 max) override
    {
        const zip_int64_t n = zip_fread(m_file, buffer, zip_uint64_t(max));
        if (n > 0)
            m_hash.addData(buffer, n);
        return n;
    }
    QString errorString() const override
    {
        return QString::fromUtf8(zip_error_strerror(zip_file_get_error(m_file)))
            + Text::tr(" (the zip is damaged or truncated)");
    }
    QString displayName() const override { return m_name; }
    qint64 size() const override { return m_size; }
    QString finishHash() override { return m_hash.finalHex(); }

private:
    zip_file_t *m_file;
    QString m_name;
    qint64 m_size;
    Sha256 m_hash;
};

Status readExportCsv(ByteSource &source, const QString &path, MailchimpAudience &audience, const StepControl &control)
{
    CsvReader csv(source);
    if (Status s = csv.readHeader(); !s)
        return s;
    const QStringList &h = csv.header();
    const int email = int(h.indexOf("Email Address"_L1));
    const int optin = int(h.indexOf("OPTIN_TIME"_L1));
    const int confirm = int(h.indexOf("CONFIRM_TIME"_L1));
    if (email < 0 || optin < 0 || confirm < 0 || !h.contains("LEID"_L1))
        return makeError(
            Text::tr("%1: not a Mailchimp members export: it needs 'Email Address', OPTIN_TIME, CONFIRM_TIME "
                     "and LEID; the file has: %2")
                .arg(source.displayName(), h.join(u", ")));
    MailchimpStatus status = MailchimpStatus::Subscribed;
    if (h.contains("UNSUB_TIME"_L1))
        status = MailchimpStatus::Unsubscribed;
    else if (h.contains("CLEAN_TIME"_L1))
        status = MailchimpStatus::Cleaned;
    auto time = [&](int column, Seconds &out) -> bool {
        const std::string_view v = csv.field(column);
        if (v.find_first_not_of(' ') == std::string_view::npos)
            return true;
        const auto t = parseIsoTimestamp(v);
        if (!t) {
            csv.failAt(column,
                       Text::tr("'%1' is not a time (YYYY-MM-DD HH:MM:SS)")
                           .arg(QString::fromUtf8(v.data(), qsizetype(v.size()))));
            return false;
        }
        out = *t;
        return true;
    };
    while (csv.next()) {
        const std::string key = lowerEmail(csv.field(email));
        if (key.empty())
            continue;
        Seconds optinTime = kNoTime, confirmTime = kNoTime;
        if (!time(optin, optinTime) || !time(confirm, confirmTime))
            break;
        bool added = false;
        const std::uint32_t i = audience.emails.insert(key, &added);
        if (added)
            audience.members.emplace_back();
        MailchimpMember &m = audience.members[i];
        // An address in two exports: the unsubscribe or clean is what counts.
        if (m.status == MailchimpStatus::Absent || m.status == MailchimpStatus::Subscribed) {
            m.status = status;
            m.hasOptinTime = optinTime != kNoTime;
            m.hasConfirmTime = confirmTime != kNoTime;
            m.optinAfterConfirm = m.hasOptinTime && m.hasConfirmTime && optinTime > confirmTime;
        }
        if ((csv.recordNumber() & 1023) == 0 && control.cancelled())
            return cancelledError();
    }
    if (csv.failed())
        return csv.error();
    audience.inputs.append(
        {u"mailchimp"_s, path, csv.bytesConsumed(), source.finishHash(), csv.recordNumber(), csv.encoding()});
    return success();
}

Status readZip(const QString &path, MailchimpAudience &audience, const StepControl &control)
{
    int errorCode = 0;
    zip_t *archive = zip_open(NativePath::encode(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &errorCode);
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, errorCode);
        const QString reason = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return makeError(Text::tr("%1: not a readable zip: %2").arg(path, reason));
    }
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    QStringList names;
    int used = 0;
    Status status = success();
    for (zip_int64_t i = 0; i < count && status; ++i) {
        zip_stat_t st;
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &st) != 0)
            continue;
        const QString name = QString::fromUtf8(st.name);
        names << name;
        const QString base = QFileInfo(name).fileName();
        if (!base.endsWith(".csv"_L1, Qt::CaseInsensitive) || !base.contains("members_export"_L1))
            continue;
        zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        if (!file) {
            status = makeError(
                Text::tr("%1:%2: cannot be read: %3").arg(path, name, QString::fromUtf8(zip_strerror(archive))));
            break;
        }
        ZipEntrySource source(file, path + u':' + name, qint64(st.size));
        status = readExportCsv(source, path + u':' + name, audience, control);
        ++used;
    }
    zip_discard(archive);
    if (!status)
        return status;
    if (used == 0)
        return makeError(Text::tr("%1: the zip has no Mailchimp members export (subscribed_members_export*.csv, "
                                  "unsubscribed_…, cleaned_…); it has: %2")
                             .arg(path, names.isEmpty() ? Text::tr("nothing") : names.join(u", ")));
    return success();
}
} // namespace

const char *mailchimpStatusName(MailchimpStatus status)
{
    switch (status) {
    case MailchimpStatus::Subscribed:
        return "subscribed";
    case MailchimpStatus::Unsubscribed:
        return "unsubscribed";
    case MailchimpStatus::Cleaned:
        return "cleaned";
    case MailchimpStatus::Absent:
        break;
    }
    return "absent";
}

Status readMailchimpExport(const QString &path, MailchimpAudience &audience, const StepControl &control)
{
    QByteArray magic;
    {
        // Refused before libzip or the CSV reader opens it: a FIFO would block.
        auto probe = InputFile::open(path, InputFile::kNoLimit, Text::tr("Mailchimp export"));
        if (!probe)
            return probe.error();
        magic = (*probe)->read(4);
    }
    if (magic.startsWith("PK"))
        return readZip(path, audience, control);
    auto source = openFileSource(path);
    if (!source)
        return source.error();
    return readExportCsv(**source, path, audience, control);
}

} // namespace readiness::crm
