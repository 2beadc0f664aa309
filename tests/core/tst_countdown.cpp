#include "Countdown.h"
#include "DataPaths.h"
#include "FineExposure.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace readiness;

class TestCountdown : public QObject
{
    Q_OBJECT

    static HolidayCalendar calendar(const QString &id)
    {
        auto c = HolidayCalendar::load(QStringLiteral(SOURCE_DIR "/resources/calendars"), id);
        if (!c)
            qFatal("%s", qPrintable(c.error().toString()));
        return *c;
    }

private slots:
    void sourceDocumentExample()
    {
        // The 2017 source: "just 197 days" and "about 140 working days" to
        // 25 May 2018. With one half-open interval [from, to) for all three
        // figures (the start day counts, the target day does not): 198
        // calendar days, 142 weekdays, and 136 working days, since the six
        // England & Wales bank holidays in that window (25, 26 Dec, 1 Jan,
        // 30 Mar, 2 Apr, 7 May) all fall on weekdays.
        const Countdown c
            = Countdown::between(QDate(2017, 11, 8), gdprApplicationDate(), calendar(u"england-and-wales"_s));
        QCOMPARE(c.calendarDays, 198);
        QCOMPARE(c.weekdays, 142);
        QCOMPARE(c.workingDays, 136);
        QVERIFY(!c.since);
        QVERIFY(c.calendarCovers);
    }

    void pastTargetCountsSince()
    {
        const Countdown c
            = Countdown::between(QDate(2026, 11, 28), gdprApplicationDate(), calendar(u"england-and-wales"_s));
        QVERIFY(c.since);
        QCOMPARE(c.calendarDays, 3109);
        // [25 May 2018, 28 Nov 2026): Friday 25 May 2018 counts now.
        QCOMPARE(c.weekdays, 2221);
        QCOMPARE(c.workingDays, 2152);
    }

    void noneCalendarAndEdges()
    {
        const HolidayCalendar none = HolidayCalendar::none();
        const Countdown c = Countdown::between(QDate(2017, 11, 8), QDate(2018, 5, 25), none);
        QCOMPARE(c.workingDays, 142);
        // Friday to Monday: the Friday counts, the Monday does not.
        QCOMPARE(Countdown::between(QDate(2026, 11, 27), QDate(2026, 11, 30), none).weekdays, 1);
        // Saturday to Monday: nothing.
        QCOMPARE(Countdown::between(QDate(2026, 11, 28), QDate(2026, 11, 30), none).weekdays, 0);
        QCOMPARE(Countdown::between(QDate(2026, 11, 27), QDate(2026, 11, 27), none).calendarDays, 0);
        QCOMPARE(Countdown::between(QDate(2026, 11, 27), QDate(2026, 11, 27), none).weekdays, 0);
        // Monday to next Monday: Mon-Fri, one working week.
        QCOMPARE(Countdown::between(QDate(2026, 11, 23), QDate(2026, 11, 30), none).weekdays, 5);
        // The same in the other direction (counting since): the same days.
        QCOMPARE(Countdown::between(QDate(2026, 11, 30), QDate(2026, 11, 23), none).weekdays, 5);
    }

    void weekendHolidaysAreNotSubtractedTwice()
    {
        // Germany lists 25-26 Dec 2021 (Sat, Sun): they must not count.
        const HolidayCalendar de = calendar(u"germany"_s);
        const Countdown c = Countdown::between(QDate(2021, 12, 20), QDate(2021, 12, 31), de);
        QCOMPARE(c.weekdays, 9); // [Mon 20, Fri 31): 5 + 4
        QCOMPARE(c.workingDays, 9);
    }

    void coverageWarning()
    {
        const Countdown c = Countdown::between(QDate(2026, 1, 1), QDate(2035, 1, 1), calendar(u"england-and-wales"_s));
        QVERIFY(!c.calendarCovers);
    }

    void unknownCalendar()
    {
        auto c = HolidayCalendar::load(QStringLiteral(SOURCE_DIR "/resources/calendars"), u"atlantis"_s);
        QVERIFY(!c);
        QVERIFY(c.error().message.contains(u"england-and-wales"_s));
    }

    void fines_data()
    {
        QTest::addColumn<double>("turnover");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<double>("lower");
        QTest::addColumn<double>("upper");
        QTest::addColumn<bool>("turnoverDecides");
        // Art 83(4): max(10m, 2 %); Art 83(5): max(20m, 4 %).
        QTest::newRow("small EUR") << 50e6 << u"EUR"_s << 10e6 << 20e6 << false;
        QTest::newRow("large EUR") << 2e9 << u"EUR"_s << 40e6 << 80e6 << true;
        QTest::newRow("exactly at the cap") << 500e6 << u"EUR"_s << 10e6 << 20e6 << false;
        // UK GDPR: £8.7m / 2 %, £17.5m / 4 %.
        QTest::newRow("small GBP") << 48e6 << u"GBP"_s << 8.7e6 << 17.5e6 << false;
        QTest::newRow("large GBP") << 1e9 << u"GBP"_s << 20e6 << 40e6 << true;
    }

    void fines()
    {
        QFETCH(double, turnover);
        QFETCH(QString, currency);
        QFETCH(double, lower);
        QFETCH(double, upper);
        QFETCH(bool, turnoverDecides);
        auto f = FineExposure::compute(turnover, currency);
        QVERIFY(f.ok());
        QCOMPARE(f->lower.maximum, lower);
        QCOMPARE(f->upper.maximum, upper);
        QCOMPARE(f->upper.turnoverDecides, turnoverDecides);
        QCOMPARE(f->regime, currency == "EUR"_L1 ? u"EU GDPR"_s : u"UK GDPR"_s);
    }

    void finesPublicBodyHasNoPercentageLimb()
    {
        // Art 83(4)-(5): the percentage applies "in the case of an undertaking".
        auto f = FineExposure::compute(5e9, u"EUR"_s, FineExposure::Subject::PublicBody);
        QVERIFY(f.ok());
        QCOMPARE(f->upper.maximum, 20e6);
        QCOMPARE(f->lower.maximum, 10e6);
        QVERIFY(!f->upper.turnoverDecides);
        QVERIFY(f->notes.join(u' ').contains(u"Art 83(7)"_s));
        QVERIFY(f->notes.join(u' ').contains(u"BDSG § 43(3)"_s));
        // An undertaking with the same (group) turnover: 4 % decides.
        auto g = FineExposure::compute(5e9, u"EUR"_s);
        QCOMPARE(g->upper.maximum, 200e6);
        QVERIFY(g->notes.join(u' ').contains(u"C-807/21"_s));
    }

    void finesShowPecrMaximum()
    {
        // UK: PECR aligned with the UK GDPR higher maximum (DUAA 2025), not £500,000.
        auto uk = FineExposure::compute(1e9, u"GBP"_s);
        QVERIFY(uk.ok() && uk->pecr.has_value());
        QCOMPARE(uk->pecr->maximum, 40e6);
        QCOMPARE(FineExposure::compute(48e6, u"GBP"_s)->pecr->maximum, 17.5e6);
        // EU: ePrivacy penalties are national; no invented figure.
        auto eu = FineExposure::compute(1e9, u"EUR"_s);
        QVERIFY(!eu->pecr.has_value());
        QVERIFY(eu->notes.join(u' ').contains(u"Art 15a"_s));
    }

    void finesRefuseBadInput()
    {
        QVERIFY(!FineExposure::compute(1e6, u"USD"_s));
        QVERIFY(!FineExposure::compute(-1, u"EUR"_s));
    }
};

QTEST_GUILESS_MAIN(TestCountdown)
#include "tst_countdown.moc"
