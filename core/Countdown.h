#pragma once

#include "HolidayCalendar.h"

#include <QDate>

namespace readiness {

/// Days between two dates, in calendar days and working days.
struct Countdown
{
    QDate from;
    QDate to;
    QString calendarId;
    // All three count the half-open interval [earlier, later): the earlier
    // day counts, the later one does not (so 198 calendar days, 142
    // weekdays from 8 Nov 2017 to 25 May 2018; docs/countdown.md).
    qint64 calendarDays = 0; // |to - from|
    qint64 weekdays = 0; // Mon–Fri in [earlier, later)
    qint64 workingDays = 0; // weekdays minus weekday public holidays
    bool since = false; // the target is in the past: counts since it
    bool calendarCovers = true; // the holiday calendar has data for the range

    static Countdown between(QDate from, QDate to, const HolidayCalendar &calendar);
};

/// The date GDPR applies from: 25 May 2018 (Art 99(2)).
QDate gdprApplicationDate();

} // namespace readiness
