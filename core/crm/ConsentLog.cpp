#include "ConsentLog.h"

#include "CsvReader.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace readiness::crm {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::crm::ConsentLog)
};

int channelOf(std::string_view v)
{
    if (v == "Email" || v == "email" || v == "E-mail")
        return int(Channel::Email);
    if (v == "SMS" || v == "Sms" || v == "sms")
        return int(Channel::Sms);
    if (v == "Phone" || v == "phone")
        return int(Channel::Phone);
    if (v == "Post" || v == "post" || v == "Mail")
        return int(Channel::Post);
    return -1;
}

ConsentEvent eventOf(std::string_view v)
{
    if (v == "OptInRequested")
        return ConsentEvent::OptInRequested;
    if (v == "OptInConfirmed")
        return ConsentEvent::OptInConfirmed;
    if (v == "OptOut")
        return ConsentEvent::OptOut;
    if (v == "SoftOptIn")
        return ConsentEvent::SoftOptIn;
    return ConsentEvent::None;
}
} // namespace

Result<ConsentLog> readConsentLog(const QString &path, const StepControl &control)
{
    auto source = openFileSource(path);
    if (!source)
        return source.error();
    CsvReader csv(**source);
    if (Status s = csv.readHeader(); !s)
        return s.error();
    const QStringList required = {u"Contact"_s, u"Channel"_s, u"Event"_s, u"Timestamp"_s};
    int col[4];
    QStringList missing;
    for (int i = 0; i < 4; ++i) {
        col[i] = int(csv.header().indexOf(required[i]));
        if (col[i] < 0)
            missing << required[i];
    }
    if (!missing.isEmpty())
        return makeError(Text::tr("%1: not a consent-event log: missing column(s) %2; the file has: %3")
                             .arg(path, missing.join(u", "), csv.header().join(u", ")));

    ConsentLog log;
    const qint64 size = (*source)->size();
    // About three events of ~110 bytes per contact in real logs.
    log.ids = IdIndex(size > 0 ? size_t(size / 300) : 1024);
    log.history.reserve(size > 0 ? size_t(size / 300) : 1024);
    std::string lastId;
    std::uint32_t lastIndex = 0;
    while (csv.next()) {
        ++log.events;
        const std::string_view id = trimSpaces(csv.field(col[0]));
        const int channel = channelOf(trimSpaces(csv.field(col[1])));
        const ConsentEvent event = eventOf(trimSpaces(csv.field(col[2])));
        const auto time = parseIsoTimestamp(csv.field(col[3]));
        if (!time) {
            const std::string_view raw = csv.field(col[3]);
            csv.failAt(col[3],
                       Text::tr("'%1' is not an ISO 8601 timestamp")
                           .arg(QString::fromUtf8(raw.data(), qsizetype(raw.size()))));
            break;
        }
        if (channel < 0 || event == ConsentEvent::None || id.empty()) {
            ++log.skippedUnknown;
            continue;
        }
        // Logs are usually grouped by contact or nearly so: the previous
        // row's contact is looked up without hashing.
        if (id != lastId) {
            bool added = false;
            lastIndex = log.ids.insert(id, &added);
            if (added)
                log.history.emplace_back();
            lastId.assign(id);
        }
        const std::uint32_t i = lastIndex;
        ChannelHistory &h = log.history[i][size_t(channel)];
        const std::uint32_t t = std::uint32_t(std::clamp<Seconds>(*time, 0, UINT32_MAX - 1));
        if (event == ConsentEvent::OptInRequested)
            h.firstRequested = std::min(h.firstRequested, t);
        if (event == ConsentEvent::OptInConfirmed)
            h.firstConfirmed = std::min(h.firstConfirmed, t);
        if (event == ConsentEvent::OptInConfirmed || event == ConsentEvent::SoftOptIn)
            h.proof = true;
        if (h.latestEvent == ConsentEvent::None || t >= h.latestTime) {
            h.latestTime = t;
            h.latestEvent = event;
        }
        if ((log.events & 4095) == 0 && control.progress(csv.bytesConsumed()))
            return cancelledError();
    }
    if (csv.failed())
        return csv.error();
    (void)control.progress(csv.bytesConsumed());
    log.input = {u"consent-log"_s, path, csv.bytesConsumed(), (*source)->finishHash(), log.events, csv.encoding()};
    return log;
}

} // namespace readiness::crm
