#include "AuditSources.h"

#include "InputFile.h"
#include "NativePath.h"
#include "Sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <zip.h>

using namespace Qt::StringLiterals;

namespace readiness::crm {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::crm::AuditSources)
};

constexpr qint64 kChunk = 1 << 20;

struct Hashed
{
    SourceCheck::State state = SourceCheck::State::Unchanged;
    qint64 bytes = 0;
    QString sha256;
    QString why;
};

Hashed hashFile(const QString &path, const std::atomic_bool *cancel)
{
    auto opened = InputFile::open(path, InputFile::kNoLimit, Text::tr("CRM export"));
    if (!opened)
        return {SourceCheck::State::Unreadable, 0, {}, opened.error().message};
    QFile &f = **opened;
    Sha256 hash;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    Hashed h;
    for (;;) {
        const qint64 n = f.read(buffer.data(), kChunk);
        if (n < 0)
            return {SourceCheck::State::Unreadable, 0, {}, f.errorString()};
        if (n == 0)
            break;
        hash.addData(buffer.constData(), n);
        h.bytes += n;
        if (cancel && cancel->load(std::memory_order_relaxed))
            return {SourceCheck::State::Cancelled, 0, {}, {}};
    }
    h.sha256 = hash.finalHex();
    return h;
}

/// The member @p member of the zip at @p zipPath, hashed as the audit read it (uncompressed).
Hashed hashZipMember(const QString &zipPath, const QString &member, const std::atomic_bool *cancel)
{
    int errorCode = 0;
    zip_t *archive = zip_open(NativePath::encode(zipPath).constData(), ZIP_RDONLY, &errorCode);
    if (!archive)
        return {SourceCheck::State::Unreadable, 0, {}, Text::tr("not a readable zip")};
    Hashed h;
    zip_file_t *file = zip_fopen(archive, member.toUtf8().constData(), 0);
    if (!file) {
        zip_discard(archive);
        return {SourceCheck::State::Missing, 0, {}, Text::tr("the zip no longer holds %1").arg(member)};
    }
    Sha256 hash;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer.data(), zip_uint64_t(kChunk));
        if (n < 0) {
            h = {SourceCheck::State::Unreadable, 0, {}, QString::fromUtf8(zip_file_strerror(file))};
            break;
        }
        if (n == 0) {
            h.sha256 = hash.finalHex();
            break;
        }
        hash.addData(buffer.constData(), qsizetype(n));
        h.bytes += n;
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            h = {SourceCheck::State::Cancelled, 0, {}, {}};
            break;
        }
    }
    zip_fclose(file);
    zip_discard(archive);
    return h;
}

/// "ARCHIVE.zip:member.csv" -> {ARCHIVE.zip, member.csv}; empty when @p path is a plain file.
std::pair<QString, QString> zipMember(const QString &path)
{
    if (NativePath::status(path).isFile)
        return {};
    const qsizetype colon = path.indexOf(u".zip:"_s, 0, Qt::CaseInsensitive);
    if (colon < 0)
        return {};
    return {path.left(colon + 4), path.mid(colon + 5)};
}

/// The file a stored input path names. The path is stored as valid UTF-8,
/// each byte of a name that is not shown as U+FFFD (AuditStorage): the one
/// entry of its folder whose name reads so is taken (NativePath).
QString onDisk(const QString &stored)
{
    const qsizetype colon = stored.indexOf(u".zip:"_s, 0, Qt::CaseInsensitive);
    if (colon < 0 || NativePath::status(stored).isFile)
        return NativePath::fromLossyPath(stored);
    return NativePath::fromLossyPath(stored.left(colon + 4)) + stored.mid(colon + 4);
}

} // namespace

bool SourcesCheck::allUnchanged() const
{
    for (const SourceCheck &f : files)
        if (f.state != SourceCheck::State::Unchanged)
            return false;
    return !files.isEmpty();
}

QString SourcesCheck::problems() const
{
    QStringList lines;
    for (const SourceCheck &f : files)
        if (f.state != SourceCheck::State::Unchanged)
            lines << f.message;
    return lines.join(u'\n');
}

SourcesCheck checkSources(const StoredAuditRun &run, const std::atomic_bool *cancel)
{
    SourcesCheck check;
    for (const StoredInput &input : run.inputs) {
        SourceCheck c {input, SourceCheck::State::Unchanged, {}};
        const QString shown = QDir::toNativeSeparators(input.path);
        const QString path = onDisk(input.path);
        const auto [zip, member] = zipMember(path);
        Hashed h;
        const NativePath::FileStatus file = NativePath::status(zip.isEmpty() ? path : zip);
        if (zip.isEmpty() && !file.isFile)
            h = {SourceCheck::State::Missing, 0, {}, Text::tr("no such file")};
        else if (zip.isEmpty() && file.size != input.bytes)
            h = {SourceCheck::State::Changed, file.size, {}, {}};
        else if (!zip.isEmpty() && !file.isFile)
            h = {SourceCheck::State::Missing, 0, {}, Text::tr("no such file")};
        else
            h = zip.isEmpty() ? hashFile(path, cancel) : hashZipMember(zip, member, cancel);
        if (h.state == SourceCheck::State::Unchanged && (h.bytes != input.bytes || h.sha256 != input.sha256))
            h.state = SourceCheck::State::Changed;
        c.state = h.state;
        switch (h.state) {
        case SourceCheck::State::Unchanged:
            c.message = Text::tr("%1: unchanged (SHA-256 %2)").arg(shown, input.sha256.left(12));
            break;
        case SourceCheck::State::Missing:
            c.message = Text::tr("%1: not found (%2); the details of this run cannot be shown").arg(shown, h.why);
            break;
        case SourceCheck::State::Changed:
            c.message = Text::tr("%1: changed since the audit (%2 bytes then, %3 now, or different contents); the "
                                 "details of this run cannot be shown, run the audit again")
                            .arg(shown)
                            .arg(input.bytes)
                            .arg(h.bytes);
            break;
        case SourceCheck::State::Unreadable:
            c.message = Text::tr("%1: cannot be read (%2)").arg(shown, h.why);
            break;
        case SourceCheck::State::Cancelled:
            c.message = Text::tr("%1: check cancelled").arg(shown);
            break;
        }
        check.files << c;
        if (h.state == SourceCheck::State::Cancelled)
            break;
    }
    return check;
}

AuditInputs inputsOf(const StoredAuditRun &run)
{
    AuditInputs inputs;
    for (const StoredInput &input : run.inputs) {
        const QString path = onDisk(input.path);
        if (input.role == "contacts"_L1) {
            inputs.contacts = path;
        } else if (input.role == "consent-log"_L1) {
            inputs.consentLog = path;
        } else {
            const auto [zip, member] = zipMember(path);
            const QString file = zip.isEmpty() ? path : zip;
            if (!inputs.mailchimp.contains(file))
                inputs.mailchimp << file;
        }
    }
    // The mapping stored with the run; one that no longer reads leaves the
    // contacts to be recognised by their headers (the reader then names what
    // is missing).
    const QJsonValue mapping = run.ruleParameters.value("column_mapping"_L1);
    if (mapping.isObject())
        if (auto m
            = ColumnMapping::fromJson(mapping.toObject(), Text::tr("the mapping stored with run %1").arg(run.id)))
            inputs.mapping = std::move(*m);
    return inputs;
}

RuleSettings ruleSettingsOf(const StoredAuditRun &run)
{
    RuleSettings rules;
    const QJsonObject p = run.ruleParameters;
    rules.retentionYears = p.value("retention_years"_L1).toInt(rules.retentionYears);
    const QByteArray asOf = p.value("as_of"_L1).toString().toLatin1();
    if (auto t = DateLayout(u"yyyy-MM-dd HH:mm"_s).parse(std::string_view(asOf.constData(), size_t(asOf.size()))))
        rules.asOf = *t;
    rules.defaultRegion = p.value("default_region"_L1).toString(rules.defaultRegion);
    rules.checkNumbersWithLibphonenumber = p.value("libphonenumber_check"_L1).toBool();
    return rules;
}

DuplicateSettings duplicateSettingsOf(const StoredAuditRun &run)
{
    DuplicateSettings settings;
    const QJsonObject p = run.duplicateParameters;
    settings.defaultRegion = p.value("default_region"_L1).toString(settings.defaultRegion);
    settings.maxBlockSize = p.value("max_block_size"_L1).toInt(settings.maxBlockSize);
    return settings;
}

} // namespace readiness::crm
