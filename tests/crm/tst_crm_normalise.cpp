// Normalisation and matching primitives of the CRM audit, case by case.
#include "IdIndex.h"
#include "Nicknames.h"
#include "Normalise.h"
#include "PhoneNormaliser.h"
#include "Timestamp.h"

#include <QFile>
#include <QTest>

using namespace readiness::crm;
using namespace Qt::StringLiterals;

class TestCrmNormalise : public QObject
{
    Q_OBJECT
    // Resident memory of this process (Linux: /proc/self/statm).
    static qint64 residentBytes()
    {
        QFile statm(QStringLiteral("/proc/self/statm"));
        if (!statm.open(QIODevice::ReadOnly))
            return -1;
        const QList<QByteArray> fields = statm.readAll().split(' ');
        return fields.size() > 1 ? fields.at(1).toLongLong() * 4096 : -1;
    }

private slots:
    // A large hash table's slots start as zero without being written, so
    // their pages are faulted in by the loops that fill them (which check
    // the cancel flag), not all at once before them: zeroing the 32 MiB of
    // slots of a million-entry index up front could not be cancelled.
    void largeIndexIsNotTouchedUntilUsed()
    {
        const qint64 before = residentBytes();
        if (before < 0)
            QSKIP("no /proc/self/statm");
        readiness::crm::IdIndex index(size_t(8) << 20); // 16 Mi slots of 8 bytes: 128 MiB
        const qint64 grown = residentBytes() - before;
        QVERIFY2(grown < (16 << 20), qPrintable(QString::number(grown >> 20) + u" MiB resident"_s));
        QCOMPARE(index.insert("jane@example.com"), 0u);
        QCOMPARE(index.insert("john@example.com"), 1u);
        QCOMPARE(index.find("jane@example.com"), 0u);
        QCOMPARE(index.find("nobody@example.com"), readiness::crm::IdIndex::kMissing);
    }

    void email_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << u"jane.doe@example.co.uk"_s << true;
        QTest::newRow("plus and apostrophe") << u"o'neil+news@example.ie"_s << true;
        QTest::newRow("double dot") << u"gregory..reynolds@googlemail.com"_s << false;
        QTest::newRow("no at") << u"fatima.boatengbright.co.uk"_s << false;
        QTest::newRow("no tld") << u"anthony.bradley@devriesrobotics"_s << false;
        QTest::newRow("comma") << u"a.b@willowaccountancy,com"_s << false;
        QTest::newRow("numeric tld") << u"a@b.c1"_s << false;
        QTest::newRow("one-letter tld") << u"a@b.c"_s << false;
        QTest::newRow("label starts with dash") << u"a@-b.com"_s << false;
        QTest::newRow("empty label") << u"zoe@hotmail..co.uk"_s << false;
        QTest::newRow("leading dot") << u".a@b.com"_s << false;
        QTest::newRow("space") << u"a b@c.com"_s << false;
        QTest::newRow("two ats") << u"a@b@c.com"_s << false;
    }
    void email()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        QCOMPARE(isValidEmail(email.toStdString()), valid);
    }

    void emailKey()
    {
        QCOMPARE(emailMatchKey(" Jane.Doe+shop@GoogleMail.com "), std::string("janedoe@gmail.com"));
        QCOMPARE(emailMatchKey("alfiepereira+shop@gmail.com"), emailMatchKey("alfie.pereira@gmail.com"));
        // Providers that keep dots keep them.
        QCOMPARE(emailMatchKey("jane.doe@example.com"), std::string("jane.doe@example.com"));
        QCOMPARE(emailMatchKey("no-at-sign"), std::string());
    }

    void phoneText()
    {
        QVERIFY(isValidPhoneText("+44 (0)20 7362 4301"));
        QVERIFY(isValidPhoneText("0161 816 7979"));
        QVERIFY(!isValidPhoneText("07821")); // too short
        QVERIFY(!isValidPhoneText("0x729 557875")); // a letter
        QVERIFY(!isValidPhoneText("see notes"));
        QVERIFY(!isValidPhoneText("+44 (0)7912 214S28"));
        QVERIFY(!isValidPhoneText("1234567890123456")); // 16 digits
    }

    void e164_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("country");
        QTest::addColumn<quint64>("e164");
        QTest::newRow("UK national") << u"07909 674823"_s << u"United Kingdom"_s << quint64(447909674823);
        QTest::newRow("UK (0)") << u"+44 (0)7701 536353"_s << u"UK"_s << quint64(447701536353);
        QTest::newRow("00 prefix") << u"0044 7701 536353"_s << u"England"_s << quint64(447701536353);
        QTest::newRow("blank country = GB") << u"020 7468 3371"_s << QString() << quint64(442074683371);
        QTest::newRow("Germany spelt in German") << u"0155 73502868"_s << u"Deutschland"_s << quint64(4915573502868);
        QTest::newRow("Ireland as Éire") << u"087 567 0554"_s << u"Éire"_s << quint64(353875670554);
        QTest::newRow("France") << u"06 76 21 23 99"_s << u"FR"_s << quint64(33676212399);
        QTest::newRow("letters") << u"0x729 557875"_s << u"UK"_s << quint64(0);
        QTest::newRow("truncated") << u"+49 (0)30 783"_s << u"DE"_s << quint64(0);
    }
    void e164()
    {
        QFETCH(QString, text);
        QFETCH(QString, country);
        QFETCH(quint64, e164);
        std::string region = regionForCountry(country.toStdString());
        if (region.empty())
            region = "GB";
        QCOMPARE(quint64(PhoneNormaliser().toE164(text.toStdString(), region)), e164);
    }

    void questionableNumbers()
    {
        QVERIFY(PhoneNormaliser::libphonenumberValid(447909674823));
        QVERIFY(!PhoneNormaliser::libphonenumberValid(494037)); // a truncated Berlin number
    }

    void names()
    {
        QCOMPARE(foldName("Ó'Brien"), std::string("obrien"));
        QCOMPARE(foldName("ÖZTÜRK"), foldName("Öztürk"));
        QCOMPARE(foldName("Schäfer"), std::string("schafer"));
        QCOMPARE(foldName("Strauß"), std::string("strauss"));
        QCOMPARE(foldName("Wójcik"), std::string("wojcik"));
        QCOMPARE(foldName("Łukasz"), std::string("lukasz"));
        QCOMPARE(foldName(" St John "), std::string("stjohn"));
        QVERIFY(withinOneEdit("kwiatkowski", "kwwatkowski"));
        QVERIFY(withinOneEdit("threlfall", "threfall"));
        QVERIFY(withinOneEdit("johnson", "jomhnson"));
        QVERIFY(withinOneEdit("smith", "smiht")); // adjacent swap
        QVERIFY(!withinOneEdit("smith", "smyht"));
        QVERIFY(!withinOneEdit("stone", "wang"));
        QVERIFY(sameGivenName("bob", "robert"));
        QVERIFY(sameGivenName("liz", "elizabeth"));
        QVERIFY(sameGivenName("dave", "david"));
        QVERIFY(!sameGivenName("bob", "david"));
    }

    void postcodesAndCompanies()
    {
        QCOMPARE(normalisePostcode("se27 7jy"), normalisePostcode("SE27 7JY"));
        QCOMPARE(normalisePostcode("SW40FQ"), normalisePostcode("SW4 0FQ"));
        QCOMPARE(normalisePostcode("D-20516"), std::string("20516"));
        QCOMPARE(normaliseCompany("Castle Media Ltd."), normaliseCompany("Castle Media Limited"));
        QCOMPARE(normaliseCompany("Riley Networks PLC"), normaliseCompany("Riley Networks plc"));
        QCOMPARE(normaliseCompany("Haas Lebensmittel GmbH & Co. KG"), normaliseCompany("Haas Lebensmittel GmbH"));
        QVERIFY(normaliseCompany("Castle Media Ltd") != normaliseCompany("Castle Marine Ltd"));
        QCOMPARE(normaliseCompany("Limited"), std::string("limited")); // a name that is only a suffix stays
    }

    void regions()
    {
        for (const char *gb : {"UK", "GB", "England", "United Kingdom", "Great Britain", "scotland"})
            QCOMPARE(regionForCountry(gb), std::string("GB"));
        QCOMPARE(regionForCountry("Republic of Ireland"), std::string("IE"));
        QCOMPARE(regionForCountry(""), std::string());
        QCOMPARE(regionForCountry("Atlantis"), std::string());
    }

    void dates()
    {
        const DateLayout uk(u"dd/MM/yyyy HH:mm"_s);
        QCOMPARE(*uk.parse("28/11/2020 00:00"), daysFromCivil(2020, 11, 28) * 86400);
        QCOMPARE(*uk.parse("28/11/2020"), daysFromCivil(2020, 11, 28) * 86400);
        QVERIFY(!uk.parse("31/02/2020 10:00"));
        QVERIFY(!uk.parse("2020-11-28 10:00"));
        QVERIFY(!uk.parse("28/11/2020 25:00"));
        QCOMPARE(*parseIsoTimestamp("2019-11-10T18:00:02Z"), daysFromCivil(2019, 11, 10) * 86400 + 18 * 3600 + 2);
        QCOMPARE(*parseIsoTimestamp("2019-11-10T19:00:02+01:00"), *parseIsoTimestamp("2019-11-10 18:00:02"));
        QVERIFY(!parseIsoTimestamp("10/11/2019 18:00"));
        QVERIFY(!parseIsoTimestamp("2019-11-10T18:00:02Zjunk"));
    }
};

QTEST_GUILESS_MAIN(TestCrmNormalise)
#include "tst_crm_normalise.moc"
