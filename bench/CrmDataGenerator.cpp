#include "CrmDataGenerator.h"

#include "Timestamp.h"

#include <QDir>
#include <QFile>

#include <array>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace readiness::bench {

namespace {
constexpr const char *kFirst[] = {
    "Oliver",      "George",    "Harry",     "Jack",     "Jacob",     "Noah",      "Charlie",    "Muhammad", "Thomas",
    "Oscar",       "William",   "James",     "Henry",    "Leo",       "Alfie",     "Joshua",     "Freddie",  "Archie",
    "Ethan",       "Isaac",     "Alexander", "Joseph",   "Edward",    "Samuel",    "Max",        "Daniel",   "Arthur",
    "Lucas",       "Mohammed",  "Logan",     "Olivia",   "Amelia",    "Isla",      "Ava",        "Emily",    "Isabella",
    "Mia",         "Poppy",     "Ella",      "Lily",     "Sophia",    "Grace",     "Evie",       "Scarlett", "Ruby",
    "Chloe",       "Sophie",    "Daisy",     "Freya",    "Charlotte", "Elizabeth", "Margaret",   "Robert",   "Michael",
    "Christopher", "Katherine", "Rebecca",   "Jennifer", "Deborah",   "Susan",     "Patrick",    "Richard",  "Timothy",
    "Victoria",    "Niamh",     "Siobhán",   "Seán",     "Aoife",     "Cáit",      "Eoin",       "Zoë",      "Chloé",
    "Léa",         "Hélène",    "François",  "Jürgen",   "Jörg",      "Björn",     "Małgorzata", "Łukasz",   "Søren",
    "Renée",       "José",      "Inès",      "Andrea",   "Priya",     "Aarav",     "Wei",        "Yusuf",    "Fatima",
    "Ayesha",      "Kwame",     "Chinedu",   "Dmitri",   "Anastasia", "Tomasz",    "Agnieszka",
};
struct Nick
{
    const char *formal;
    const char *nick;
};
constexpr Nick kNicks[] = {{"Robert", "Bob"},    {"Michael", "Mike"},   {"Christopher", "Chris"}, {"Katherine", "Kate"},
                           {"Rebecca", "Becky"}, {"Jennifer", "Jenny"}, {"Deborah", "Debbie"},    {"Susan", "Sue"},
                           {"Patrick", "Paddy"}, {"Richard", "Rick"},   {"Timothy", "Tim"},       {"Victoria", "Vicky"},
                           {"Elizabeth", "Liz"}, {"Margaret", "Peggy"}, {"William", "Bill"},      {"James", "Jim"},
                           {"Thomas", "Tom"},    {"Edward", "Ted"},     {"Alexander", "Alex"},    {"Samuel", "Sam"},
                           {"Joseph", "Joe"},    {"Daniel", "Danny"},   {"Charlotte", "Lottie"},  {"Henry", "Harry"}};
constexpr const char *kSyllables[]
    = {"ash", "ber", "cal", "dun", "el",  "far",  "gar", "hol", "ing",   "kin",   "lan", "mor", "nes", "ox",    "pen",
       "ros", "sel", "ton", "up",  "ven", "wick", "yar", "zel", "brook", "field", "ley", "man", "son", "worth", "by"};
constexpr const char *kFreeMail[] = {"gmail.com",      "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "icloud.com",
                                     "btinternet.com", "web.de",      "gmx.de",        "orange.fr",   "eircom.net"};
struct Country
{
    const char *spellings[3];
    const char *code;
    const char *mobilePrefix;
    const char *landPrefix;
};
constexpr Country kCountries[] = {
    {{"United Kingdom", "Scotland", "GB"}, "+44", "07", "01"},
    {{"Ireland", "Republic of Ireland", "IE"}, "+353", "08", "01"},
    {{"Germany", "Deutschland", "DE"}, "+49", "015", "030"},
    {{"France", "FR", "France"}, "+33", "06", "01"},
};
constexpr const char *kSuffixes[][2]
    = {{"Ltd", "Limited"}, {"plc", "PLC"}, {"GmbH", "GmbH & Co. KG"}, {"SAS", "S.A.S."}, {"LLP", "L.L.P."}};

struct Person
{
    std::string first, last, email, mobile, landline, company, postcode, street, city;
    int country = 0;
    int companySuffix = 0;
};

class Writer
{
public:
    explicit Writer(const QString &path)
        : m_file(path)
    {
        m_ok = m_file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        m_buf.reserve(1 << 22);
    }
    ~Writer() { flush(); }
    std::string &buf() { return m_buf; }
    void maybeFlush()
    {
        if (m_buf.size() > (1 << 22))
            flush();
    }
    void flush()
    {
        m_file.write(m_buf.data(), qint64(m_buf.size()));
        m_buf.clear();
    }
    bool ok() const { return m_ok; }

private:
    QFile m_file;
    std::string m_buf;
    bool m_ok = false;
};

std::string dmy(std::int64_t minutes)
{
    // minutes since 2009-01-01 -> dd/MM/yyyy HH:mm
    const std::int64_t days = minutes / 1440 + 14245; // 2009-01-01 = day 14245
    const int hh = int(minutes % 1440 / 60), mm = int(minutes % 60);
    const crm::CivilDate date = crm::civilFromDays(days);
    char out[64];
    std::snprintf(out, sizeof out, "%02u/%02u/%04lld %02d:%02d", date.day, date.month,
                  static_cast<long long>(date.year), hh, mm);
    return out;
}

std::string iso(std::int64_t minutes, int seconds)
{
    std::string s = dmy(minutes); // dd/MM/yyyy HH:mm
    char out[64];
    std::snprintf(out, sizeof out, "%.4s-%.2s-%.2sT%.5s:%02dZ", s.c_str() + 6, s.c_str() + 3, s.c_str(), s.c_str() + 11,
                  seconds % 60);
    return out;
}
} // namespace

QString CrmDataGenerator::write(const QString &folder) const
{
    QDir().mkpath(folder);
    std::mt19937_64 rng(seed);
    auto pick = [&](auto &array) -> decltype(auto) { return array[rng() % std::size(array)]; };
    auto chance = [&](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };
    auto digits = [&](int n) {
        std::string s;
        for (int i = 0; i < n; ++i)
            s.push_back(char('0' + rng() % 10));
        return s;
    };
    auto lower = [](std::string s) {
        for (char &c : s)
            if (c >= 'A' && c <= 'Z')
                c = char(c + 32);
        return s;
    };
    auto asciiOnly = [](const std::string &s) {
        std::string o;
        for (char c : s)
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
                o.push_back(c);
        return o;
    };
    auto surname = [&] {
        std::string s = pick(kSyllables);
        s += pick(kSyllables);
        if (chance(0.5))
            s += pick(kSyllables);
        s[0] = char(s[0] - 32);
        return s;
    };
    auto postcode = [&](int country) {
        if (country == 0) {
            std::string p;
            p.push_back(char('A' + rng() % 26));
            p.push_back(char('A' + rng() % 26));
            p += std::to_string(1 + rng() % 29) + " " + digits(1);
            p.push_back(char('A' + rng() % 26));
            p.push_back(char('A' + rng() % 26));
            return p;
        }
        if (country == 1)
            return "D" + digits(2) + " " + std::string(1, char('A' + rng() % 26)) + digits(3);
        return digits(5);
    };

    // Offices: shared company, switchboard and postcode.
    struct Office
    {
        std::string company, landline, postcode, city, domain;
        int country;
        int suffix;
    };
    std::vector<Office> offices(size_t(std::max<qint64>(1, contacts / 40)));
    for (Office &o : offices) {
        o.country = chance(0.75) ? 0 : int(1 + rng() % 3);
        const std::string name = surname() + " " + surname();
        o.suffix = int(rng() % std::size(kSuffixes));
        o.company = name;
        o.domain = lower(asciiOnly(name)) + (o.country == 0 ? ".co.uk" : ".eu");
        o.landline = kCountries[o.country].landPrefix + digits(8);
        o.postcode = postcode(o.country);
        o.city = surname();
    }

    Writer contactsOut(folder + u"/contacts.csv"_s), logOut(folder + u"/consent_log.csv"_s),
        subscribed(folder + u"/subscribed_members_export.csv"_s),
        unsubscribed(folder + u"/unsubscribed_members_export.csv"_s),
        cleaned(folder + u"/cleaned_members_export.csv"_s), truth(folder + u"/crm_truth.csv"_s);
    if (!contactsOut.ok() || !logOut.ok() || !truth.ok())
        return u"%1: cannot write the generated files"_s.arg(folder);
    contactsOut.buf() += "\xEF\xBB\xBF(Do Not Modify) Contact,(Do Not Modify) Row Checksum,(Do Not Modify) Modified "
                         "On,Full Name,First Name,Last Name,Email,Business Phone,Mobile Phone,Company Name,Address 1: "
                         "Street 1,Address 1: City,Address 1: County,Address 1: ZIP/Postal Code,Address 1: "
                         "Country/Region,Preferred Method of Contact,Do not allow Emails,Do not allow Bulk Emails,Do "
                         "not allow Phone Calls,Do not allow Mails,Do not allow Faxes,Status,Created On,Modified "
                         "On,Last Date Included in Campaign\r\n";
    logOut.buf() += "Contact,Channel,Event,Timestamp,Source,Wording Version,IP\n";
    const char *mcHeader = "Email Address,First Name,Last Name,Phone Number,MEMBER_RATING,OPTIN_TIME,OPTIN_IP,"
                           "CONFIRM_TIME,CONFIRM_IP,LATITUDE,LONGITUDE,GMTOFF,DSTOFF,TIMEZONE,CC,REGION,LAST_CHANGED,"
                           "LEID,EUID,NOTES,TAGS";
    subscribed.buf() += std::string(mcHeader) + "\n";
    unsubscribed.buf() += std::string(mcHeader) + ",UNSUB_TIME,UNSUB_CAMPAIGN_TITLE,UNSUB_CAMPAIGN_ID,UNSUB_REASON\n";
    cleaned.buf() += std::string(mcHeader) + ",CLEAN_TIME,CLEAN_CAMPAIGN_TITLE,CLEAN_CAMPAIGN_ID\n";
    truth.buf() += "row,cluster_row\n";

    const std::int64_t span = std::int64_t(17) * 365 * 1440 + 4 * 1440; // 2009-01-01 .. 2026-01
    qint64 row = 0;
    Person household;
    bool householdValid = false;
    while (row < contacts) {
        Person p;
        p.country = chance(0.7) ? 0 : int(1 + rng() % 3);
        // A household: another person at the same address with the same
        // family name (a hard non-match); an office colleague shares the
        // switchboard, company and postcode.
        if (householdValid && chance(0.05)) {
            p = household;
            std::string other = pick(kFirst);
            while (other == p.first)
                other = pick(kFirst);
            p.first = other;
            p.mobile = kCountries[p.country].mobilePrefix
                + digits(11 - int(std::strlen(kCountries[p.country].mobilePrefix)));
        } else {
            p.first = pick(kFirst);
            p.last = chance(0.5) ? surname() : surname() + (chance(0.1) ? "-" + surname() : std::string());
            p.mobile = kCountries[p.country].mobilePrefix
                + digits(11 - int(std::strlen(kCountries[p.country].mobilePrefix)));
            p.postcode = postcode(p.country);
            p.city = surname();
            p.street = std::to_string(1 + rng() % 300) + " " + surname() + " Road";
            if (chance(0.05))
                p.street = "\"Flat " + digits(1) + ", " + p.street + "\"";
            else if (chance(0.01))
                p.street = "\"" + p.street + "\r\nRear entrance\"";
        }
        const bool atWork = chance(0.35);
        const Office *office = atWork ? &offices[rng() % offices.size()] : nullptr;
        if (office) {
            p.country = office->country;
            p.company = office->company;
            p.companySuffix = office->suffix;
            p.landline = office->landline;
            p.postcode = office->postcode;
            p.city = office->city;
        }
        const std::string local = lower(asciiOnly(p.first)) + "." + lower(asciiOnly(p.last)) + digits(2);
        p.email = local + "@" + (office && chance(0.6) ? office->domain : std::string(pick(kFreeMail)));
        household = p;
        householdValid = true;

        const int copies = chance(0.07) ? int(2 + rng() % (chance(0.2) ? 3 : 1)) : 1;
        const qint64 clusterRow = row + 1;
        const std::int64_t baseModified = std::int64_t(rng() % std::uint64_t(span));
        const std::uint8_t baseConsent = std::uint8_t(rng() % 32 & (chance(0.6) ? 0 : 31));
        for (int c = 0; c < copies && row < contacts; ++c) {
            ++row;
            Person v = p;
            std::uint8_t consent = baseConsent;
            if (c > 0) {
                // Variation of one real person.
                switch (rng() % 7) {
                case 0:
                    for (const Nick &n : kNicks)
                        if (v.first == n.formal)
                            v.first = n.nick;
                    break;
                case 1: { // the initial: one whole UTF-8 character
                    const unsigned char lead = static_cast<unsigned char>(v.first[0]);
                    const size_t len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
                    v.first = v.first.substr(0, len) + (chance(0.5) ? "." : "");
                    break;
                }
                case 2:
                    if (v.last.size() > 4) // transposed letters
                        std::swap(v.last[2], v.last[3]);
                    break;
                case 3:
                    std::swap(v.first, v.last);
                    break;
                case 4:
                    for (char &ch : v.last)
                        if (ch >= 'a' && ch <= 'z')
                            ch = char(ch - 32);
                    break;
                case 5:
                    v.last.erase(v.last.size() / 2, 1);
                    break;
                default:
                    break;
                }
                switch (rng() % 5) {
                case 0:
                    v.email.clear();
                    break;
                case 1:
                    for (char &ch : v.email)
                        if (ch >= 'a' && ch <= 'z' && chance(0.3))
                            ch = char(ch - 32);
                    break;
                case 2:
                    if (v.email.find("@outlook.com") != std::string::npos
                        || v.email.find("@gmail.com") != std::string::npos)
                        v.email.insert(v.email.find('@'), "+crm");
                    break;
                default:
                    break;
                }
                if (chance(0.5) && v.mobile.size() > 2)
                    v.mobile = std::string(kCountries[v.country].code) == "+44" && chance(0.5)
                        ? "0044 " + v.mobile.substr(1)
                        : std::string(kCountries[v.country].code) + " (0)" + v.mobile.substr(1);
                else if (chance(0.3))
                    v.mobile.clear();
                if (chance(0.4)) {
                    std::string pc;
                    for (char ch : v.postcode)
                        if (ch != ' ')
                            pc.push_back(ch >= 'A' && ch <= 'Z' ? char(ch + 32) : ch);
                    v.postcode = pc;
                }
                if (chance(0.4))
                    v.companySuffix = (v.companySuffix + 0) % int(std::size(kSuffixes));
                if (chance(0.15))
                    consent ^= std::uint8_t(1u << (rng() % 5));
            }
            std::string email = v.email;
            if (chance(0.015) && !email.empty())
                email.insert(email.find('@'), ".");
            if (chance(0.005) && !email.empty())
                email.erase(email.find('@'), 1);
            std::string mobile = v.mobile;
            if (chance(0.01) && mobile.size() > 5)
                mobile[mobile.size() - 3] = 'O';
            std::string landline = v.landline;
            if (!landline.empty() && chance(0.3))
                landline = landline.substr(0, 4) + "." + landline.substr(4);
            const std::string company
                = v.company.empty() ? std::string() : v.company + " " + kSuffixes[v.companySuffix][rng() % 2];
            const Country &country = kCountries[v.country];
            const std::string countryText = chance(0.05) ? std::string() : country.spellings[rng() % 3];
            const std::int64_t modified = std::min<std::int64_t>(span - 1, baseModified + std::int64_t(rng() % 100000));
            const std::string id
                = digits(8) + "-" + digits(4) + "-" + digits(4) + "-" + digits(4) + "-" + std::to_string(row);
            auto allow = [&](int bit) { return consent & (1u << bit) ? "Do Not Allow" : "Allow"; };
            std::string &o = contactsOut.buf();
            const std::string fullName = "\"" + v.first + " " + v.last + "\"";
            o += id + "," + std::string(88, 'Q') + "," + dmy(modified) + "," + fullName + "," + v.first + "," + v.last
                + "," + email + "," + landline + "," + mobile + ",\"" + company + "\"," + v.street + "," + v.city + ",,"
                + v.postcode + "," + countryText + ",Any," + allow(0) + "," + allow(1) + "," + allow(2) + "," + allow(3)
                + "," + allow(4) + "," + (chance(0.1) ? "Inactive" : "Active") + ","
                + dmy(std::max<std::int64_t>(0, modified - 50000)) + "," + dmy(modified) + ","
                + (chance(0.3) ? std::string() : dmy(std::int64_t(rng() % std::uint64_t(span)))) + "\r\n";
            contactsOut.maybeFlush();
            truth.buf() += std::to_string(row) + "," + std::to_string(clusterRow) + "\n";
            truth.maybeFlush();

            // Consent events.
            for (int e = 0; e < eventsPerContact; ++e) {
                static constexpr const char *kChannels[] = {"Email", "SMS", "Phone", "Post"};
                static constexpr const char *kEvents[] = {"OptInRequested", "OptInConfirmed", "OptOut", "SoftOptIn"};
                const std::int64_t t = std::int64_t(rng() % std::uint64_t(span));
                logOut.buf() += id + "," + kChannels[e == 0 ? 0 : rng() % 4] + "," + kEvents[e < 2 ? e : rng() % 4]
                    + "," + iso(t, int(rng() % 60)) + ",webform:WF-" + digits(4) + ",EM-2018.1,192.0.2."
                    + std::to_string(rng() % 255) + "\n";
            }
            logOut.maybeFlush();

            // Mailchimp (first copy of a person only).
            if (c == 0 && !v.email.empty() && chance(mailchimpShare)) {
                const int status = chance(0.75) ? 0 : chance(0.9) ? 1 : 2;
                Writer &w = status == 0 ? subscribed : status == 1 ? unsubscribed : cleaned;
                const std::int64_t t = std::int64_t(rng() % std::uint64_t(span));
                const std::string optin = chance(0.08) ? std::string() : iso(t, 1);
                w.buf() += lower(v.email) + "," + v.first + "," + v.last + ",,2," + optin + ",," + iso(t + 30, 2)
                    + ",,,,,,,,," + iso(t + 60, 3) + "," + digits(9) + "," + digits(10) + ",,";
                if (status == 1)
                    w.buf() += "," + iso(t + 90, 4) + ",,,";
                else if (status == 2)
                    w.buf() += "," + iso(t + 90, 4) + ",,";
                w.buf() += "\n";
                w.maybeFlush();
            }
        }
    }
    return {};
}

} // namespace readiness::bench
