#include "Timestamp.h"

using namespace Qt::StringLiterals;

namespace readiness::crm {

std::int64_t daysFromCivil(int y, int m, int d)
{
    // Howard Hinnant's days_from_civil.
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * unsigned(m > 2 ? m - 3 : m + 9) + 2) / 5 + unsigned(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + std::int64_t(doe) - 719468;
}

CivilDate civilFromDays(std::int64_t z)
{
    // Howard Hinnant's civil_from_days.
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {std::int64_t(yoe) + era * 400 + (m <= 2), m, d};
}

std::string_view trimSpaces(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

namespace {
bool digits(std::string_view s, size_t at, int count, int &value)
{
    if (at + size_t(count) > s.size())
        return false;
    value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = s[at + size_t(i)];
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    return true;
}

int daysInMonth(int y, int m)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : kDays[m - 1];
}

std::optional<Seconds> compose(int y, int mo, int d, int h, int mi, int s)
{
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 60)
        return std::nullopt;
    return daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s;
}

} // namespace

DateLayout::DateLayout(const QString &pattern)
    : m_pattern(pattern)
{
    m_day = int(pattern.indexOf("dd"_L1));
    m_month = int(pattern.indexOf("MM"_L1));
    m_year = int(pattern.indexOf("yyyy"_L1));
    m_hour = int(pattern.indexOf("HH"_L1));
    m_minute = int(pattern.indexOf("mm"_L1));
    m_second = int(pattern.indexOf("ss"_L1));
    m_valid = m_day >= 0 && m_month >= 0 && m_year >= 0 && (m_hour < 0) == (m_minute < 0);
    m_dateLength = std::max({m_day + 2, m_month + 2, m_year + 4});
}

std::optional<Seconds> DateLayout::parse(std::string_view text) const
{
    text = trimSpaces(text);
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (!m_valid || !digits(text, size_t(m_year), 4, y) || !digits(text, size_t(m_month), 2, mo)
        || !digits(text, size_t(m_day), 2, d))
        return std::nullopt;
    const int n = int(text.size());
    if (n > m_dateLength) {
        if (m_hour < 0 || !digits(text, size_t(m_hour), 2, h) || !digits(text, size_t(m_minute), 2, mi))
            return std::nullopt;
        if (m_second >= 0 && n > m_second && !digits(text, size_t(m_second), 2, s))
            return std::nullopt;
        const int end = m_second >= 0 && n > m_second ? m_second + 2 : m_minute + 2;
        if (n > end)
            return std::nullopt;
    }
    // Separators must be where the pattern has them.
    for (int i = 0; i < n && i < int(m_pattern.size()); ++i) {
        const QChar pc = m_pattern.at(i);
        if (!pc.isLetter() && text[size_t(i)] != pc.toLatin1())
            return std::nullopt;
    }
    return compose(y, mo, d, h, mi, s);
}

std::optional<Seconds> parseIsoTimestamp(std::string_view text)
{
    text = trimSpaces(text);
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (text.size() < 10 || !digits(text, 0, 4, y) || text[4] != '-' || !digits(text, 5, 2, mo) || text[7] != '-'
        || !digits(text, 8, 2, d))
        return std::nullopt;
    size_t p = 10;
    Seconds offset = 0;
    if (p < text.size()) {
        if ((text[p] != 'T' && text[p] != ' ') || !digits(text, p + 1, 2, h) || p + 3 >= text.size()
            || text[p + 3] != ':' || !digits(text, p + 4, 2, mi))
            return std::nullopt;
        p += 6;
        if (p < text.size() && text[p] == ':') {
            if (!digits(text, p + 1, 2, s))
                return std::nullopt;
            p += 3;
        }
        if (p < text.size() && (text[p] == '.' || text[p] == ',')) {
            ++p;
            while (p < text.size() && text[p] >= '0' && text[p] <= '9')
                ++p;
        }
        if (p < text.size()) {
            if (text[p] == 'Z' && p + 1 == text.size()) {
                p += 1;
            } else if (text[p] == '+' || text[p] == '-') {
                int oh = 0, om = 0;
                const bool colon = p + 3 < text.size() && text[p + 3] == ':';
                if (!digits(text, p + 1, 2, oh) || !digits(text, p + (colon ? 4 : 3), 2, om))
                    return std::nullopt;
                offset = (text[p] == '+' ? 1 : -1) * (oh * 3600 + om * 60);
                p += colon ? 6 : 5;
            }
            if (p != text.size())
                return std::nullopt;
        }
    }
    const auto t = compose(y, mo, d, h, mi, s);
    if (!t)
        return std::nullopt;
    return *t - offset;
}

QString formatSeconds(Seconds s)
{
    std::int64_t z = s / 86400;
    std::int64_t rem = s % 86400;
    if (rem < 0) {
        rem += 86400;
        --z;
    }
    const CivilDate date = civilFromDays(z);
    return u"%1-%2-%3 %4:%5"_s.arg(date.year, 4, 10, QChar(u'0'))
        .arg(date.month, 2, 10, QChar(u'0'))
        .arg(date.day, 2, 10, QChar(u'0'))
        .arg(rem / 3600, 2, 10, QChar(u'0'))
        .arg(rem % 3600 / 60, 2, 10, QChar(u'0'));
}

} // namespace readiness::crm
