#include "Countdown.h"

namespace readiness {

namespace {
/// Mon–Fri in the half-open interval [a, b), in O(1).
qint64 weekdaysIn(QDate a, QDate b)
{
    const QDate start = a;
    const qint64 days = start.daysTo(b); // days in [a, b)
    if (days <= 0)
        return 0;
    const qint64 fullWeeks = days / 7;
    qint64 count = fullWeeks * 5;
    int dow = start.dayOfWeek(); // 1 = Monday
    for (qint64 i = 0; i < days % 7; ++i) {
        if (dow <= 5)
            ++count;
        dow = dow % 7 + 1;
    }
    return count;
}
} // namespace

Countdown Countdown::between(QDate from, QDate to, const HolidayCalendar &calendar)
{
    Countdown c;
    c.from = from;
    c.to = to;
    c.calendarId = calendar.id();
    c.since = to < from;
    const auto [lo, hi] = std::minmax(from, to);
    c.calendarDays = lo.daysTo(hi);
    c.weekdays = weekdaysIn(lo, hi);
    c.workingDays = c.weekdays - calendar.weekdayHolidaysIn(lo, hi);
    c.calendarCovers = calendar.covers(lo, hi);
    return c;
}

QDate gdprApplicationDate()
{
    return QDate(2018, 5, 25);
}

} // namespace readiness
