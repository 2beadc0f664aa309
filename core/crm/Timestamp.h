#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

namespace readiness::crm {

/// Seconds since 1970-01-01 00:00 of a wall-clock time (no time zone): the
/// audit compares times from one source with each other, so parsing stays a
/// few integer operations per cell instead of a QDateTime per cell.
using Seconds = std::int64_t;
constexpr Seconds kNoTime = INT64_MIN;

/// Days since 1970-01-01 of a proleptic Gregorian date.
std::int64_t daysFromCivil(int year, int month, int day);

/// The date of a day number (the inverse of daysFromCivil).
struct CivilDate
{
    std::int64_t year;
    unsigned month;
    unsigned day;
};
CivilDate civilFromDays(std::int64_t days);

/// @p s without leading and trailing spaces and tabs (cells, timestamps).
std::string_view trimSpaces(std::string_view s);

/// A date layout: the positions of dd, MM, yyyy, HH, mm, ss in a pattern
/// such as "dd/MM/yyyy HH:mm" or "yyyy-MM-ddTHH:mm:ssZ". Times are optional
/// in the value when the pattern has them.
class DateLayout
{
public:
    explicit DateLayout(const QString &pattern = QStringLiteral("dd/MM/yyyy HH:mm"));
    bool valid() const { return m_valid; }
    QString pattern() const { return m_pattern; }
    /// The parsed time, or nullopt when @p text does not fit the layout.
    std::optional<Seconds> parse(std::string_view text) const;

private:
    QString m_pattern;
    bool m_valid = false;
    int m_day = -1, m_month = -1, m_year = -1, m_hour = -1, m_minute = -1, m_second = -1;
    int m_dateLength = 0;
};

/// ISO 8601 as the consent log and Mailchimp write it:
/// "2019-11-10T18:00:02Z", "2019-11-10 18:00:02", fractions and offsets
/// accepted (offsets are applied).
std::optional<Seconds> parseIsoTimestamp(std::string_view text);

/// "2026-11-28 09:00" for messages and JSON.
QString formatSeconds(Seconds s);

} // namespace readiness::crm
