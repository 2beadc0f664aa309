#!/usr/bin/env python3
"""Generate the public-holiday calendar files used by GDPR Readiness.

The app counts working days between two dates (Monday to Friday, minus the
public holidays listed in one of these files). Run

    python3 generate.py

from any directory to rewrite, next to this script:

    england-and-wales.json  scotland.json  northern-ireland.json
    germany.json            none.json
    germany-<land>.json     (one per Land, e.g. germany-bayern.json)

The output is deterministic (no network access, no dependency on today's
date), so re-running the script on an unchanged copy reproduces the files
byte for byte.

File format (UTF-8, 2-space indent):

    {
      "id": "england-and-wales",
      "name": {"en": "...", "de": "..."},
      "source": "short provenance text",
      "first_year": 2017,
      "last_year": 2030,
      "holidays": [{"date": "YYYY-MM-DD", "name": "..."}, ...]
    }

"holidays" is sorted by date and holds each date once. A holiday that falls
on a Saturday or Sunday is still listed where the law keeps it there
(Germany has no substitute days); the UK lists carry the weekday the bank
holiday is actually taken on, as GOV.UK does.

How the UK lists are built
--------------------------
The regular holidays come from the rules of the Banking and Financial
Dealings Act 1971 (Schedule 1) and the standing royal proclamations that add
New Year's Day, the Early May bank holiday and, in Northern Ireland, the
Battle of the Boyne. Years that departed from the rules are described in
MOVED and EXTRA below, each with its reason. The result was checked against
GOV.UK's published list (https://www.gov.uk/bank-holidays.json), which at the
time of writing covers 2017-2028 once its older snapshots are included; the
years after that are computed and can still be changed by royal proclamation.

Easter is computed with the Anonymous Gregorian algorithm (Meeus/Jones/
Butcher), which is exact for every Gregorian year.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys

FIRST_YEAR = 2017
LAST_YEAR = 2030
YEARS = range(FIRST_YEAR, LAST_YEAR + 1)

# The last year GOV.UK's feed (including the one-off proclamations) was
# compared with. Only used in the "source" text.
UK_PUBLISHED_UNTIL = 2028

OUT_DIR = os.path.dirname(os.path.abspath(__file__))

SAT, SUN = 5, 6  # date.weekday() values
MON, THU, FRI = 0, 3, 4


# --------------------------------------------------------------------------
# Date helpers
# --------------------------------------------------------------------------

def easter_sunday(year: int) -> dt.date:
    """Gregorian Easter Sunday, Anonymous Gregorian (Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def first_weekday(year: int, month: int, weekday: int) -> dt.date:
    """First <weekday> (0 = Monday) of the month."""
    d = dt.date(year, month, 1)
    return d + dt.timedelta(days=(weekday - d.weekday()) % 7)


def last_weekday(year: int, month: int, weekday: int) -> dt.date:
    """Last <weekday> (0 = Monday) of the month."""
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    d = nxt - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.weekday() - weekday) % 7)


def is_weekend(d: dt.date) -> bool:
    return d.weekday() in (SAT, SUN)


def _self_test_easter() -> None:
    """Known Easter Sundays, including both extremes of the range."""
    known = {
        1818: (3, 22), 1943: (4, 25), 2008: (3, 23), 2011: (4, 24),
        2017: (4, 16), 2018: (4, 1), 2019: (4, 21), 2020: (4, 12),
        2021: (4, 4), 2022: (4, 17), 2023: (4, 9), 2024: (3, 31),
        2025: (4, 20), 2026: (4, 5), 2027: (3, 28), 2028: (4, 16),
        2029: (4, 1), 2030: (4, 21), 2038: (4, 25), 2285: (3, 22),
    }
    for year, (month, day) in known.items():
        got = easter_sunday(year)
        assert got == dt.date(year, month, day), (year, got)


# --------------------------------------------------------------------------
# United Kingdom
# --------------------------------------------------------------------------

EW, SCO, NI = "england-and-wales", "scotland", "northern-ireland"
UK_DIVISIONS = (EW, SCO, NI)

# Holidays moved away from their rule date by royal proclamation.
# (year, rule key) -> (new date, name as GOV.UK lists it). Applies to every
# UK division that has the rule.
MOVED = {
    # 75th anniversary of VE Day: the Monday 4 May holiday moved to Friday 8 May.
    (2020, "early_may"): (dt.date(2020, 5, 8), "Early May bank holiday (VE day)"),
    # Platinum Jubilee: Monday 30 May moved to Thursday 2 June (Friday 3 June
    # was added, see EXTRA).
    (2022, "spring"): (dt.date(2022, 6, 2), "Spring bank holiday"),
}

# One-off additional bank holidays: (date, name, divisions).
EXTRA = [
    (dt.date(2022, 6, 3), "Platinum Jubilee bank holiday", UK_DIVISIONS),
    (dt.date(2022, 9, 19),
     "Bank Holiday for the State Funeral of Queen Elizabeth II", UK_DIVISIONS),
    (dt.date(2023, 5, 8),
     "Bank holiday for the coronation of King Charles III", UK_DIVISIONS),
    # Proclaimed 4 Feb 2026 for Scotland only, the Monday after the men's team's
    # first World Cup finals match since 1998.
    (dt.date(2026, 6, 15), "World Cup bank holiday", (SCO,)),
]

# GOV.UK names the two Scottish January days the other way round in 2023
# from 2017 (in both years 1 January was a Sunday). The dates are the same
# either way; this only keeps the names as published.
NAME_OVERRIDES = {
    (SCO, dt.date(2023, 1, 2)): "New Year's Day (substitute day)",
    (SCO, dt.date(2023, 1, 3)): "2nd January (substitute day)",
}


def uk_year(division: str, year: int) -> list[tuple[dt.date, str]]:
    """Bank holidays of one UK division in one year, as (date, name)."""
    easter = easter_sunday(year)

    # 1. Holidays that are defined on a weekday and never substituted.
    weekday_rules = [
        ("good_friday", easter - dt.timedelta(days=2), "Good Friday"),
        ("early_may", first_weekday(year, 5, MON), "Early May bank holiday"),
        ("spring", last_weekday(year, 5, MON), "Spring bank holiday"),
    ]
    if division != SCO:  # Easter Monday is not a bank holiday in Scotland
        weekday_rules.append(
            ("easter_monday", easter + dt.timedelta(days=1), "Easter Monday"))
    if division == SCO:  # Scotland: first Monday in August
        weekday_rules.append(
            ("summer", first_weekday(year, 8, MON), "Summer bank holiday"))
    else:  # England, Wales, Northern Ireland: last Monday in August
        weekday_rules.append(
            ("summer", last_weekday(year, 8, MON), "Summer bank holiday"))

    # 2. Holidays on a fixed calendar date; if that is a Saturday or Sunday
    #    the bank holiday is the next weekday that is not already one.
    fixed = [(dt.date(year, 1, 1), "New Year's Day")]
    if division == SCO:
        fixed.append((dt.date(year, 1, 2), "2nd January"))
        fixed.append((dt.date(year, 11, 30), "St Andrew's Day"))
    if division == NI:
        fixed.append((dt.date(year, 3, 17), "St Patrick's Day"))
        # Proclaimed each year; 12 July or the next weekday.
        fixed.append((dt.date(year, 7, 12), "Battle of the Boyne (Orangemen's Day)"))
    fixed.append((dt.date(year, 12, 25), "Christmas Day"))
    fixed.append((dt.date(year, 12, 26), "Boxing Day"))

    taken: dict[dt.date, str] = {}

    def put(d: dt.date, name: str) -> None:
        assert d not in taken, (division, d, name, taken[d])
        taken[d] = name

    for key, d, name in weekday_rules:
        if (year, key) in MOVED:
            d, name = MOVED[(year, key)]
        put(d, name)

    # Fixed-date holidays that fall on a weekday keep their day first, so a
    # weekend holiday never pushes a weekday one off its own date: with
    # Christmas on a Sunday, Boxing Day stays on Monday 26 December and
    # Christmas Day is substituted to Tuesday 27 December (GOV.UK 2016, 2022);
    # with 1 January on a Sunday, Scotland keeps 2nd January on Monday 2
    # January and substitutes New Year's Day to 3 January (1971 Act, GOV.UK
    # 2017).
    for d, name in fixed:
        if not is_weekend(d):
            put(d, name)
    # Then the weekend ones, in calendar order, each to the next free weekday:
    # Christmas on a Saturday gives Christmas Day (substitute) Monday 27 and
    # Boxing Day (substitute) Tuesday 28 December.
    for d, name in fixed:
        if is_weekend(d):
            sub = d
            while is_weekend(sub) or sub in taken:
                sub += dt.timedelta(days=1)
            put(sub, name + " (substitute day)")

    for d, name, divisions in EXTRA:
        if d.year == year and division in divisions:
            put(d, name)

    for (div, d), name in NAME_OVERRIDES.items():
        if div == division and d.year == year:
            assert d in taken, (division, d)
            taken[d] = name

    return sorted(taken.items())


# --------------------------------------------------------------------------
# Germany (nationwide holidays only)
# --------------------------------------------------------------------------

def germany_year(year: int) -> list[tuple[dt.date, str]]:
    """Public holidays observed in every German Land.

    Holidays are set by each Land; these nine are common to all sixteen
    (Tag der Deutschen Einheit by federal law, Einigungsvertrag Art. 2(2)).
    Regional ones (Heilige Drei Koenige, Fronleichnam, Mariae Himmelfahrt,
    Reformationstag, Allerheiligen, Buss- und Bettag, Frauentag,
    Weltkindertag, ...) are left out. Germany has no substitute days: a
    holiday on a weekend is simply lost, so it is listed on its own date.
    """
    easter = easter_sunday(year)
    days = [
        (dt.date(year, 1, 1), "Neujahr"),
        (easter - dt.timedelta(days=2), "Karfreitag"),
        (easter + dt.timedelta(days=1), "Ostermontag"),
        (dt.date(year, 5, 1), "Tag der Arbeit"),
        (easter + dt.timedelta(days=39), "Christi Himmelfahrt"),
        (easter + dt.timedelta(days=50), "Pfingstmontag"),
        (dt.date(year, 10, 3), "Tag der Deutschen Einheit"),
        (dt.date(year, 12, 25), "1. Weihnachtstag"),
        (dt.date(year, 12, 26), "2. Weihnachtstag"),
    ]
    if year == 2017:
        # 500th anniversary of the Reformation: every Land made 31 October
        # 2017 a one-off public holiday.
        days.append((dt.date(2017, 10, 31), "Reformationstag (500. Jahrestag der Reformation)"))
    # Christi Himmelfahrt can coincide with 1 May (as in 2008); merge names
    # rather than listing a date twice.
    merged: dict[dt.date, str] = {}
    for d, name in days:
        merged[d] = merged[d] + " / " + name if d in merged else name
    return sorted(merged.items())


# --------------------------------------------------------------------------
# Germany, per Land
# --------------------------------------------------------------------------
#
# Public holidays are Land law (the Feiertagsgesetze of the sixteen Laender).
# Each Land calendar is the nine nationwide days plus the Land's own:
#
#   Heilige Drei Koenige (6 Jan)      BW, BY, ST
#   Internationaler Frauentag (8 Mar) BE since 2019, MV since 2023
#   Ostersonntag, Pfingstsonntag      BB (Sundays: no effect on working days)
#   Fronleichnam (Easter + 60)        BW, BY, HE, NW, RP, SL
#   Mariae Himmelfahrt (15 Aug)       SL; BY: see below
#   Weltkindertag (20 Sep)            TH since 2019
#   Reformationstag (31 Oct)          BB, MV, SN, ST, TH; HB, HH, NI, SH since
#                                     2018; every Land in 2017 (one-off)
#   Allerheiligen (1 Nov)             BW, BY, NW, RP, SL
#   Buss- und Bettag (Wed before      SN
#     23 Nov)
#   Tag der Befreiung (8 May)         BE one-offs: 2020 (75th) and 2025 (80th)
#
# Choices, because a calendar file holds one list per Land:
# - Bayern: Mariae Himmelfahrt is a holiday only in municipalities with a
#   predominantly Catholic population (Art. 1 Abs. 1 Nr. 2 FTG; 1,704 of
#   2,056 municipalities, including Munich, Augsburg, Regensburg and
#   Wuerzburg; not Nuremberg, Fuerth or Erlangen). It is included: most
#   municipalities and most large employers keep it. An organisation in
#   Middle or Upper Franconia may count one working day more.
# - The Augsburger Friedensfest (8 Aug) is a holiday in the city of Augsburg
#   only: left out.
# - Fronleichnam in some Catholic municipalities of Sachsen (Sorbian
#   area) and Thueringen (Eichsfeld) is left out: the Land lists carry
#   only holidays that apply in the whole Land, except Mariae Himmelfahrt
#   in Bayern as said.
# - Berlin's one-off 17 June 2028 (75th anniversary of the 1953 uprising)
#   rests on a parliamentary resolution, not yet a law, and is a Saturday:
#   left out.

LANDS = [
    # (code, slug, German name, English name)
    ("BW", "baden-wuerttemberg", "Baden-Württemberg", "Baden-Württemberg"),
    ("BY", "bayern", "Bayern", "Bavaria"),
    ("BE", "berlin", "Berlin", "Berlin"),
    ("BB", "brandenburg", "Brandenburg", "Brandenburg"),
    ("HB", "bremen", "Bremen", "Bremen"),
    ("HH", "hamburg", "Hamburg", "Hamburg"),
    ("HE", "hessen", "Hessen", "Hesse"),
    ("MV", "mecklenburg-vorpommern", "Mecklenburg-Vorpommern", "Mecklenburg-Western Pomerania"),
    ("NI", "niedersachsen", "Niedersachsen", "Lower Saxony"),
    ("NW", "nordrhein-westfalen", "Nordrhein-Westfalen", "North Rhine-Westphalia"),
    ("RP", "rheinland-pfalz", "Rheinland-Pfalz", "Rhineland-Palatinate"),
    ("SL", "saarland", "Saarland", "Saarland"),
    ("SN", "sachsen", "Sachsen", "Saxony"),
    ("ST", "sachsen-anhalt", "Sachsen-Anhalt", "Saxony-Anhalt"),
    ("SH", "schleswig-holstein", "Schleswig-Holstein", "Schleswig-Holstein"),
    ("TH", "thueringen", "Thüringen", "Thuringia"),
]

REFORMATION_SINCE_1990 = {"BB", "MV", "SN", "ST", "TH"}
REFORMATION_SINCE_2018 = {"HB", "HH", "NI", "SH"}


def buss_und_bettag(year: int) -> dt.date:
    """The Wednesday before 23 November (between 16 and 22 November)."""
    d = dt.date(year, 11, 22)
    return d - dt.timedelta(days=(d.weekday() - 2) % 7)


def land_year(land: str, year: int) -> list[tuple[dt.date, str]]:
    easter = easter_sunday(year)
    days = list(germany_year(year))
    extra: list[tuple[dt.date, str]] = []
    if land in ("BW", "BY", "ST"):
        extra.append((dt.date(year, 1, 6), "Heilige Drei Könige"))
    if (land == "BE" and year >= 2019) or (land == "MV" and year >= 2023):
        extra.append((dt.date(year, 3, 8), "Internationaler Frauentag"))
    if land == "BE" and year in (2020, 2025):
        extra.append((dt.date(year, 5, 8), "Tag der Befreiung (einmalig)"))
    if land == "BB":
        extra.append((easter, "Ostersonntag"))
        extra.append((easter + dt.timedelta(days=49), "Pfingstsonntag"))
    if land in ("BW", "BY", "HE", "NW", "RP", "SL"):
        extra.append((easter + dt.timedelta(days=60), "Fronleichnam"))
    if land == "SL":
        extra.append((dt.date(year, 8, 15), "Mariä Himmelfahrt"))
    if land == "BY":
        extra.append((dt.date(year, 8, 15),
                      "Mariä Himmelfahrt (in Gemeinden mit überwiegend katholischer Bevölkerung)"))
    if land == "TH" and year >= 2019:
        extra.append((dt.date(year, 9, 20), "Weltkindertag"))
    if year != 2017 and (land in REFORMATION_SINCE_1990
                         or (land in REFORMATION_SINCE_2018 and year >= 2018)):
        extra.append((dt.date(year, 10, 31), "Reformationstag"))
    if land in ("BW", "BY", "NW", "RP", "SL"):
        extra.append((dt.date(year, 11, 1), "Allerheiligen"))
    if land == "SN":
        extra.append((buss_und_bettag(year), "Buß- und Bettag"))
    merged: dict[dt.date, str] = dict(days)
    for d, name in extra:
        merged[d] = merged[d] + " / " + name if d in merged else name
    return sorted(merged.items())


def _self_test_lands(data: dict) -> None:
    """Facts from the Laender's own holiday lists."""
    def weekday_count(slug: str, year: int) -> int:
        return sum(1 for h in data["germany-" + slug]["holidays"]
                   if h["date"].startswith(str(year))
                   and dt.date.fromisoformat(h["date"]).weekday() < SAT)
    # 2025: Bayern 13 holidays, 12 of them on weekdays (1 Nov is a Saturday);
    # Berlin 11 with the one-off 8 May, 10 on weekdays (8 Mar is a Saturday).
    assert weekday_count("bayern", 2025) == 12, weekday_count("bayern", 2025)
    assert weekday_count("berlin", 2025) == 10, weekday_count("berlin", 2025)
    sn = {h["date"] for h in data["germany-sachsen"]["holidays"]}
    assert {"2024-11-20", "2025-11-19", "2026-11-18"} <= sn
    ni = {h["date"] for h in data["germany-niedersachsen"]["holidays"]}
    assert "2018-10-31" in ni and "2017-10-31" in ni and "2019-10-31" in ni
    be = {h["date"] for h in data["germany-berlin"]["holidays"]}
    assert "2018-03-08" not in be and "2019-03-08" in be and "2020-05-08" in be
    mv = {h["date"] for h in data["germany-mecklenburg-vorpommern"]["holidays"]}
    assert "2022-03-08" not in mv and "2023-03-08" in mv
    th = {h["date"] for h in data["germany-thueringen"]["holidays"]}
    assert "2018-09-20" not in th and "2019-09-20" in th


LAND_SOURCE = (
    "Feiertagsgesetz of {german} and Einigungsvertrag Art. 2(2): the nine "
    "nationwide holidays plus the Land's own, computed (Easter by the "
    "Anonymous Gregorian algorithm); see generate.py for the holidays that "
    "apply only in some municipalities{note}"
)

LAND_NOTES = {
    "BY": ("; Mariae Himmelfahrt (15 Aug) is included although it is a "
           "holiday only in municipalities with a predominantly Catholic "
           "population (e.g. Munich, not Nuremberg); the Augsburger "
           "Friedensfest (8 Aug, Augsburg only) is not"),
    "SN": "; Fronleichnam in some Sorbian municipalities is not included",
    "TH": "; Fronleichnam in some Eichsfeld municipalities is not included",
    "BE": "; one-off holidays on 8 May 2020 and 8 May 2025",
}


def land_calendar(code: str, slug: str, german: str, english: str) -> dict:
    return {
        "id": "germany-" + slug,
        "name": {"en": "Germany, " + english + " public holidays",
                 "de": "Feiertage " + german},
        "source": LAND_SOURCE.format(german=german, note=LAND_NOTES.get(code, "")),
        "year": lambda y, code=code: land_year(code, y),
    }


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------

UK_SOURCE = (
    "GOV.UK bank holidays (https://www.gov.uk/bank-holidays) for {first}-{pub} as "
    "published, including the one-off proclamations; {nxt}-{last} computed from "
    "the Banking and Financial Dealings Act 1971 rules and the standing "
    "proclamations, and may change by royal proclamation"
)

CALENDARS = [
    {
        "id": EW,
        "name": {"en": "England and Wales bank holidays",
                 "de": "Feiertage England und Wales"},
        "source": UK_SOURCE,
        "year": lambda y: uk_year(EW, y),
    },
    {
        "id": SCO,
        "name": {"en": "Scotland bank holidays",
                 "de": "Feiertage Schottland"},
        "source": UK_SOURCE,
        "year": lambda y: uk_year(SCO, y),
    },
    {
        "id": NI,
        "name": {"en": "Northern Ireland bank holidays",
                 "de": "Feiertage Nordirland"},
        "source": UK_SOURCE + "; the Battle of the Boyne holiday is proclaimed each year",
        "year": lambda y: uk_year(NI, y),
    },
    {
        "id": "germany",
        "name": {"en": "Germany public holidays (nationwide only)",
                 "de": "Bundesweite Feiertage Deutschland"},
        "source": (
            "Public holiday laws of the German Laender (Feiertagsgesetze) and "
            "Einigungsvertrag Art. 2(2): only the nine holidays common to all "
            "sixteen Laender, plus Reformationstag 31 Oct 2017 (one-off in all "
            "Laender); regional holidays are not included; computed, Easter by "
            "the Anonymous Gregorian algorithm"
        ),
        "year": germany_year,
    },
    {
        "id": "none",
        "name": {"en": "No public holidays", "de": "Keine Feiertage"},
        "source": "No holidays: only Saturdays and Sundays are non-working days",
        "year": lambda y: [],
    },
]


CALENDARS += [land_calendar(*land) for land in LANDS]


def build(cal: dict) -> dict:
    holidays = []
    for year in YEARS:
        for d, name in cal["year"](year):
            assert d.year == year, (cal["id"], d)
            holidays.append({"date": d.isoformat(), "name": name})
    dates = [h["date"] for h in holidays]
    assert dates == sorted(dates), cal["id"]
    assert len(dates) == len(set(dates)), cal["id"]
    return {
        "id": cal["id"],
        "name": cal["name"],
        "source": cal["source"].format(first=FIRST_YEAR, pub=UK_PUBLISHED_UNTIL,
                                       nxt=UK_PUBLISHED_UNTIL + 1, last=LAST_YEAR),
        "first_year": FIRST_YEAR,
        "last_year": LAST_YEAR,
        "holidays": holidays,
    }


def _self_test_uk(data: dict) -> None:
    """Facts known from GOV.UK, so a rule change cannot silently break them."""
    ew = {h["date"] for h in data[EW]["holidays"]}
    between = sorted(d for d in ew if "2017-11-08" < d < "2018-05-25")
    assert between == ["2017-12-25", "2017-12-26", "2018-01-01",
                       "2018-03-30", "2018-04-02", "2018-05-07"], between
    assert "2020-05-08" in ew and "2020-05-04" not in ew
    assert {"2022-06-02", "2022-06-03", "2022-09-19"} <= ew
    assert "2022-05-30" not in ew
    assert {"2021-12-27", "2021-12-28", "2023-05-08"} <= ew
    assert sorted(d for d in ew if d.startswith("2026")) == [
        "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04",
        "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"]
    sco = {h["date"] for h in data[SCO]["holidays"]}
    assert {"2017-01-02", "2017-01-03", "2019-12-02", "2026-06-15"} <= sco
    ni = {h["date"] for h in data[NI]["holidays"]}
    assert {"2018-03-19", "2020-07-13", "2025-07-14"} <= ni


def main() -> int:
    _self_test_easter()
    data = {cal["id"]: build(cal) for cal in CALENDARS}
    _self_test_uk(data)
    _self_test_lands(data)
    for cid, content in data.items():
        path = os.path.join(OUT_DIR, cid + ".json")
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            json.dump(content, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        print(f"wrote {path} ({len(content['holidays'])} holidays)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
