#pragma once

#include "LocalizedText.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace readiness {

/// Public holidays of one jurisdiction (resources/calendars/*.json).
class HolidayCalendar
{
public:
    struct Holiday
    {
        QDate date;
        QString name;
    };

    static Result<HolidayCalendar> loadFile(const QString &path);
    /// The calendar named @p id from @p directory ("none" always exists).
    static Result<HolidayCalendar> load(const QString &directory, const QString &id);
    /// Ids of the calendars in @p directory, sorted.
    static QStringList available(const QString &directory);
    static HolidayCalendar none();

    QString id() const { return m_id; }
    LocalizedText name() const { return m_name; }
    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; }
    /// Whether the calendar has data for every year touched by [from, to].
    bool covers(QDate from, QDate to) const;
    const QList<Holiday> &holidays() const { return m_holidays; }
    /// Holidays on Mon–Fri in the half-open interval [@p from, @p to).
    int weekdayHolidaysIn(QDate from, QDate to) const;

private:
    QString m_id;
    LocalizedText m_name;
    int m_firstYear = 0;
    int m_lastYear = 9999;
    QList<Holiday> m_holidays; // sorted by date
};

} // namespace readiness
