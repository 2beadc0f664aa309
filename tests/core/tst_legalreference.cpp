#include "LegalReference.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace readiness;

class TestLegalReference : public QObject
{
    Q_OBJECT

private slots:
    void german_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("german");
        QTest::newRow("article, paragraph, point") << u"GDPR Art 5(1)(a)"_s << u"Art. 5 Abs. 1 lit. a DSGVO"_s;
        QTest::newRow("article, paragraph") << u"GDPR Art 83(5)"_s << u"Art. 83 Abs. 5 DSGVO"_s;
        QTest::newRow("article") << u"GDPR Art 30"_s << u"Art. 30 DSGVO"_s;
        QTest::newRow("recital") << u"Recital 39"_s << u"Erwägungsgrund 39"_s;
        QTest::newRow("BDSG") << u"BDSG § 38(1)"_s << u"§ 38 Abs. 1 BDSG"_s;
        QTest::newRow("BDSG plain") << u"BDSG § 26"_s << u"§ 26 BDSG"_s;
        QTest::newRow("UWG") << u"UWG § 7(3)"_s << u"§ 7 Abs. 3 UWG"_s;
        QTest::newRow("UWG number") << u"UWG § 7(2)(1)"_s << u"§ 7 Abs. 2 Nr. 1 UWG"_s;
        QTest::newRow("UWG lettered section") << u"UWG § 7a"_s << u"§ 7a UWG"_s;
        QTest::newRow("TDDDG") << u"TDDDG § 25(2)"_s << u"§ 25 Abs. 2 TDDDG"_s;
        QTest::newRow("ePrivacy Directive") << u"ePrivacy Directive Art 5(3)"_s << u"Art. 5 Abs. 3 ePrivacy-RL"_s;
        QTest::newRow("UK GDPR") << u"UK GDPR Art 27"_s << u"Art. 27 UK GDPR"_s;
        QTest::newRow("CJEU") << u"CJEU C-34/21"_s << u"EuGH C-34/21"_s;
        QTest::newRow("BGH unchanged") << u"BGH I ZR 218/07"_s << u"BGH I ZR 218/07"_s;
        QTest::newRow("PECR unchanged") << u"PECR reg 22(3)"_s << u"PECR reg 22(3)"_s;
        QTest::newRow("unknown unchanged") << u"Something else"_s << u"Something else"_s;
    }

    void german()
    {
        QFETCH(QString, reference);
        QFETCH(QString, german);
        QCOMPARE(LegalReference::display(reference, u"de"_s), german);
        QCOMPARE(LegalReference::display(reference, u"en"_s), reference);
    }
};

QTEST_GUILESS_MAIN(TestLegalReference)
#include "tst_legalreference.moc"
