#include "HolidayCalendar.h"

#include "JsonSource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace readiness {

namespace {

/// Messages for the user, in the language of the user interface.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::HolidayCalendar)
};

} // namespace

HolidayCalendar HolidayCalendar::none()
{
    HolidayCalendar c;
    c.m_id = u"none"_s;
    c.m_name
        = LocalizedText::fromJson(QJsonObject {{u"en"_s, u"No public holidays"_s}, {u"de"_s, u"Keine Feiertage"_s}});
    return c;
}

Result<HolidayCalendar> HolidayCalendar::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Text::tr("%1: cannot read the holiday calendar: %2").arg(path, file.errorString()));
    const JsonSource source = JsonSource::parse(file.readAll(), path);
    if (source.hasErrors())
        return Error {Text::tr("%1: the holiday calendar is not valid JSON").arg(path), source.diagnostics()};
    const QJsonObject o = source.root().toObject();
    HolidayCalendar c;
    c.m_id = o.value(u"id"_s).toString();
    c.m_name = LocalizedText::fromJson(o.value(u"name"_s));
    c.m_firstYear = o.value(u"first_year"_s).toInt();
    c.m_lastYear = o.value(u"last_year"_s).toInt();
    QList<Diagnostic> problems;
    if (c.m_id.isEmpty())
        problems.append(source.diagnosticAt(u"id"_s, Text::tr("missing calendar id")));
    if (c.m_firstYear <= 0 || c.m_lastYear < c.m_firstYear)
        problems.append(
            source.diagnosticAt(u"first_year"_s, Text::tr("first_year and last_year must give a range of years")));
    const QJsonArray holidays = o.value(u"holidays"_s).toArray();
    for (qsizetype i = 0; i < holidays.size(); ++i) {
        const QJsonObject h = holidays.at(i).toObject();
        const QDate date = QDate::fromString(h.value(u"date"_s).toString(), Qt::ISODate);
        if (!date.isValid()) {
            problems.append(source.diagnosticAt(u"holidays[%1].date"_s.arg(i), Text::tr("expected a date YYYY-MM-DD")));
            continue;
        }
        c.m_holidays.append({date, h.value(u"name"_s).toString()});
    }
    if (!problems.isEmpty())
        return Error {Text::tr("%1: the holiday calendar has problems").arg(path), problems};
    std::sort(c.m_holidays.begin(), c.m_holidays.end(),
              [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    return c;
}

Result<HolidayCalendar> HolidayCalendar::load(const QString &directory, const QString &id)
{
    if (id == "none"_L1 || id.isEmpty())
        return none();
    const QString path = QDir(directory).filePath(id + u".json"_s);
    if (!QFileInfo::exists(path))
        return makeError(
            Text::tr("unknown holiday calendar '%1' (available: %2)").arg(id, available(directory).join(u", "_s)));
    return loadFile(path);
}

QStringList HolidayCalendar::available(const QString &directory)
{
    QStringList ids;
    const auto entries = QDir(directory).entryInfoList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo &fi : entries)
        ids << fi.completeBaseName();
    if (!ids.contains(u"none"_s))
        ids << u"none"_s;
    ids.sort();
    return ids;
}

bool HolidayCalendar::covers(QDate from, QDate to) const
{
    if (m_id == "none"_L1)
        return true;
    const auto [lo, hi] = std::minmax(from, to);
    return lo.year() >= m_firstYear && hi.year() <= m_lastYear;
}

int HolidayCalendar::weekdayHolidaysIn(QDate from, QDate to) const
{
    auto it = std::lower_bound(m_holidays.cbegin(), m_holidays.cend(), from,
                               [](const Holiday &h, QDate d) { return h.date < d; });
    int count = 0;
    QDate previous;
    for (; it != m_holidays.cend() && it->date < to; ++it) {
        if (it->date.dayOfWeek() <= 5 && it->date != previous) // a date listed twice counts once
            ++count;
        previous = it->date;
    }
    return count;
}

} // namespace readiness
