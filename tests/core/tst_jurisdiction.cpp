// Question-level jurisdictions (issue 13): which questions apply to an
// organisation by its country, the German Land in the profile, and the
// Land's holiday calendar for working days.
#include "AssessmentFile.h"
#include "Countdown.h"
#include "GermanLand.h"
#include "Jurisdiction.h"
#include "QuestionnaireLoader.h"
#include "ReadinessScore.h"
#include "ReportModel.h"
#include "TestSupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace readiness;

namespace {
// Section a: a.all (no limit), a.uk (UK only), a.de (Germany only), a.eu
// (EU); a.de-follow applies if a.de-scope is yes, and a.de-scope is DE-only.
const char *kQuestionnaire = R"({
  "format": 1, "id": "j", "version": "1.0.0", "title": "J", "jurisdictions": ["EU", "UK"],
  "scale": {"levels": [{"value": 0, "label": "0"}, {"value": 4, "label": "4"}]},
  "sections": [
    {"id": "a", "title": "A", "questions": [
      {"id": "a.all", "text": "all", "type": "maturity"},
      {"id": "a.uk", "text": "uk", "type": "maturity", "jurisdictions": ["UK"]},
      {"id": "a.de", "text": "de", "type": "maturity", "jurisdictions": ["DE"]},
      {"id": "a.eu", "text": "eu", "type": "maturity", "jurisdictions": ["EU"]},
      {"id": "a.de-scope", "text": "scope", "type": "yesno", "jurisdictions": ["DE"]},
      {"id": "a.de-follow", "text": "follow", "type": "maturity",
       "applies_if": {"question": "a.de-scope", "equals": "yes"}}]}
  ]})";

Questionnaire load()
{
    auto q = QuestionnaireLoader::loadBytes(kQuestionnaire, u"j.json"_s);
    if (!q)
        qFatal("%s", qPrintable(q.error().toString()));
    return *q;
}

HolidayCalendar calendar(const QString &id)
{
    auto c = HolidayCalendar::load(QStringLiteral(SOURCE_DIR "/resources/calendars"), id);
    if (!c)
        qFatal("%s", qPrintable(c.error().toString()));
    return *c;
}

QStringList applying(const Questionnaire &q, const AnswerMap &answers, const QStringList &jurisdictions)
{
    QStringList ids;
    for (const Question &question : q.sections.first().questions)
        if (questionApplies(q, question, answers, jurisdictions))
            ids << question.id;
    return ids;
}
} // namespace

class TestJurisdiction : public QObject
{
    Q_OBJECT

private slots:
    void countriesNormalise_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QStringList>("codes");
        const QStringList de {u"DE"_s, u"EU"_s};
        const QStringList uk {u"GB"_s, u"UK"_s};
        QTest::newRow("Germany") << u"Germany"_s << de;
        QTest::newRow("Deutschland") << u"Deutschland"_s << de;
        QTest::newRow("DE lower case, spaces") << u"  de "_s << de;
        QTest::newRow("DEU") << u"DEU"_s << de;
        QTest::newRow("subdivision DE-BY") << u"DE-BY"_s << de;
        QTest::newRow("United Kingdom") << u"United Kingdom"_s << uk;
        QTest::newRow("UK") << u"UK"_s << uk;
        QTest::newRow("GB") << u"GB"_s << uk;
        QTest::newRow("England") << u"England"_s << uk;
        QTest::newRow("Scotland") << u"scotland"_s << uk;
        QTest::newRow("Northern Ireland") << u"Northern Ireland"_s << uk;
        QTest::newRow("Großbritannien") << u"Großbritannien"_s << uk;
        QTest::newRow("France") << u"France"_s << QStringList {u"FR"_s, u"EU"_s};
        QTest::newRow("Österreich") << u"Österreich"_s << QStringList {u"AT"_s, u"EU"_s};
        QTest::newRow("Norway (EEA)") << u"Norway"_s << QStringList {u"NO"_s, u"EU"_s};
        QTest::newRow("Switzerland") << u"Schweiz"_s << QStringList {u"CH"_s};
        QTest::newRow("blank") << u""_s << QStringList();
        QTest::newRow("unknown") << u"Atlantis"_s << QStringList();
    }

    void countriesNormalise()
    {
        QFETCH(QString, country);
        QFETCH(QStringList, codes);
        QCOMPARE(Jurisdiction::ofCountry(country), codes);
    }

    void questionsApplyByJurisdiction()
    {
        const Questionnaire q = load();
        const AnswerMap none;
        const AnswerMap scopeYes {{u"a.de-scope"_s, u"yes"_s}};
        QCOMPARE(applying(q, none, Jurisdiction::ofCountry(u"Deutschland"_s)),
                 QStringList({u"a.all"_s, u"a.de"_s, u"a.eu"_s, u"a.de-scope"_s}));
        QCOMPARE(applying(q, scopeYes, Jurisdiction::ofCountry(u"Germany"_s)),
                 QStringList({u"a.all"_s, u"a.de"_s, u"a.eu"_s, u"a.de-scope"_s, u"a.de-follow"_s}));
        // A UK organisation: no DE questions, and a stale "yes" to the
        // DE-only scoping question does not switch its follow-up on.
        QCOMPARE(applying(q, scopeYes, Jurisdiction::ofCountry(u"Scotland"_s)), QStringList({u"a.all"_s, u"a.uk"_s}));
        QCOMPARE(applying(q, none, Jurisdiction::ofCountry(u"France"_s)), QStringList({u"a.all"_s, u"a.eu"_s}));
        // Unknown or blank country: everything applies, as before.
        QCOMPARE(applying(q, scopeYes, Jurisdiction::ofCountry(u""_s)),
                 QStringList({u"a.all"_s, u"a.uk"_s, u"a.de"_s, u"a.eu"_s, u"a.de-scope"_s, u"a.de-follow"_s}));
    }

    void outsideJurisdictionIsUnscored()
    {
        const Questionnaire q = load();
        // a.uk answered 0 would pull the score down; for Germany it is not scored.
        const AnswerMap answers {{u"a.all"_s, u"4"_s}, {u"a.uk"_s, u"0"_s},         {u"a.de"_s, u"4"_s},
                                 {u"a.eu"_s, u"4"_s},  {u"a.de-scope"_s, u"yes"_s}, {u"a.de-follow"_s, u"4"_s}};
        const QuestionnaireScore de = ReadinessScore::compute(q, answers, {u"DE"_s, u"EU"_s});
        QCOMPARE(*de.percent, 100.0);
        QCOMPARE(de.applicable, 5);
        const QuestionnaireScore uk = ReadinessScore::compute(q, answers, {u"GB"_s, u"UK"_s});
        QCOMPARE(*uk.percent, 50.0); // a.all at 4, a.uk at 0
        QCOMPARE(uk.applicable, 2);
        const QuestionnaireScore unknown = ReadinessScore::compute(q, answers);
        QCOMPARE(*unknown.percent, 500.0 / 6); // all six, a.uk at 0
        QCOMPARE(unknown.applicable, 6);
    }

    void landsAreFound()
    {
        QCOMPARE(GermanLand::all().size(), 16);
        for (const QString &text : {u"BY"_s, u"by"_s, u"DE-BY"_s, u"Bayern"_s, u"Bavaria"_s, u"bayern"_s})
            QCOMPARE(GermanLand::find(text)->code, u"BY"_s);
        QCOMPARE(GermanLand::find(u"Thueringen"_s)->code, u"TH"_s);
        QCOMPARE(GermanLand::find(u"Baden-Württemberg"_s)->code, u"BW"_s);
        QVERIFY(!GermanLand::find(u"Bavarie"_s));
        QCOMPARE(GermanLand::calendarId(u"BY"_s), u"germany-bayern"_s);
        QCOMPARE(GermanLand::calendarId(QString()), u"germany"_s);
        QCOMPARE(Jurisdiction::holidayCalendar(u"Deutschland"_s, u"Berlin"_s, u"scotland"_s), u"germany-berlin"_s);
        QCOMPARE(Jurisdiction::holidayCalendar(u"UK"_s, QString(), u"scotland"_s), u"scotland"_s);
        // Every Land has its calendar file.
        for (const GermanLand::Info &land : GermanLand::all())
            QCOMPARE(calendar(GermanLand::calendarId(land.code)).id(), u"germany-"_s + land.slug);
    }

    void bavariaHasMoreHolidaysThanBerlin()
    {
        const HolidayCalendar bayern = calendar(u"germany-bayern"_s);
        const HolidayCalendar berlin = calendar(u"germany-berlin"_s);
        for (int year = 2018; year <= 2030; ++year) {
            const QDate from(year, 1, 1), to(year + 1, 1, 1);
            QVERIFY2(bayern.weekdayHolidaysIn(from, to) > berlin.weekdayHolidaysIn(from, to),
                     qPrintable(QString::number(year)));
        }
        // 2025 (checked by hand against the Bavarian Feiertagsgesetz): Neujahr,
        // Heilige Drei Könige, Karfreitag, Ostermontag, 1 May, Christi
        // Himmelfahrt, Pfingstmontag, Fronleichnam, Mariä Himmelfahrt (Fri),
        // 3 October (Fri), 25 and 26 December; Allerheiligen is a Saturday.
        QCOMPARE(bayern.weekdayHolidaysIn(QDate(2025, 1, 1), QDate(2026, 1, 1)), 12);
        const Countdown year2025 = Countdown::between(QDate(2025, 1, 1), QDate(2026, 1, 1), bayern);
        QCOMPARE(year2025.weekdays, 261);
        QCOMPARE(year2025.workingDays, 249);
        // Berlin 2025: the nine nationwide days (all on weekdays) and the
        // one-off 8 May; Frauentag (8 March) is a Saturday.
        QCOMPARE(berlin.weekdayHolidaysIn(QDate(2025, 1, 1), QDate(2026, 1, 1)), 10);
        QCOMPARE(berlin.weekdayHolidaysIn(QDate(2026, 1, 1), QDate(2027, 1, 1)), 7);
    }

    void landIsStoredWithoutMigration()
    {
        QTemporaryDir dir;
        auto questionnaire = QuestionnaireLoader::loadBytes(kQuestionnaire, u"j.json"_s);
        QVERIFY(questionnaire);
        auto spec = testsupport::exampleSpec(*questionnaire);
        spec.organisation.name = u"Muster GmbH"_s;
        spec.organisation.country = u"Deutschland"_s;
        spec.organisation.land = u"Bayern"_s;
        const QString path = dir.filePath(u"muster.gdpra"_s);
        {
            auto doc = AssessmentDocument::create(path, spec);
            QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().toString()));
            QCOMPARE((*doc)->organisation().land, u"BY"_s); // normalised to the code
            QCOMPARE((*doc)->jurisdictions(), QStringList({u"DE"_s, u"EU"_s}));
            const Question *uk = (*doc)->questionnaires().first().questionnaire.question(u"a.uk"_s);
            QVERIFY((*doc)->outsideJurisdiction(*uk));
            QVERIFY(!(*doc)->applies((*doc)->questionnaires().first().ref, *uk));
        }
        {
            auto doc = AssessmentDocument::open(path);
            QVERIFY(doc);
            QCOMPARE((*doc)->organisation().land, u"BY"_s);
            // Schema 1 still: the Land lives in meta.
            QCOMPARE((*doc)->repository().fileId().isEmpty(), false);
            Organisation org = (*doc)->organisation();
            org.land = u"Berlin"_s;
            QVERIFY((*doc)->setOrganisation(org));
            org.land = u"Atlantis"_s;
            const Status bad = (*doc)->setOrganisation(org);
            QVERIFY(!bad);
            QVERIFY(bad.error().message.contains(u"not a German Land"_s));
            QCOMPARE((*doc)->organisation().land, u"BE"_s); // the refused change left it
        }
        {
            auto doc = AssessmentDocument::open(path, AssessmentFile::Mode::ReadOnly);
            QVERIFY(doc);
            QCOMPARE((*doc)->organisation().land, u"BE"_s);
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), AssessmentFile::kSchemaVersion); // the Land needs no migration of its own
            QVERIFY(q.exec(u"SELECT value FROM meta WHERE key = 'organisation.land'"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"BE"_s);
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(u"peek"_s);
    }

    void landNeedsGermany()
    {
        QTemporaryDir dir;
        auto questionnaire = QuestionnaireLoader::loadBytes(kQuestionnaire, u"j.json"_s);
        auto spec = testsupport::exampleSpec(*questionnaire);
        spec.organisation.country = u"France"_s;
        spec.organisation.land = u"BY"_s;
        auto doc = AssessmentDocument::create(dir.filePath(u"x.gdpra"_s), spec);
        QVERIFY(!doc);
        QVERIFY2(doc.error().message.contains(u"only for an organisation in Germany"_s),
                 qPrintable(doc.error().message));
        QVERIFY(!QFile::exists(dir.filePath(u"x.gdpra"_s)));
    }

    void reportCountsOnTheLandCalendar()
    {
        QTemporaryDir dir;
        auto questionnaire = QuestionnaireLoader::loadBytes(kQuestionnaire, u"j.json"_s);
        auto spec = testsupport::exampleSpec(*questionnaire);
        spec.organisation.country = u"Germany"_s;
        spec.organisation.land = u"BY"_s;
        spec.info.targetDate = QDate(2026, 1, 1);
        auto doc = AssessmentDocument::create(dir.filePath(u"m.gdpra"_s), spec);
        QVERIFY(doc);
        ReportModel::Options options;
        options.today = QDate(2025, 1, 1);
        auto model = ReportModel::build(**doc, options);
        QVERIFY(model);
        QCOMPARE(model->toTarget->workingDays, 249);
        QVERIFY(model->calendarName.contains(u"Bavaria"_s));
        // The DE-only question is shown as not applying for a UK organisation.
        Organisation uk = (*doc)->organisation();
        uk.country = u"United Kingdom"_s;
        uk.land.clear();
        QVERIFY((*doc)->setOrganisation(uk));
        auto ukModel = ReportModel::build(**doc, options);
        QVERIFY(ukModel);
        const auto &questions = ukModel->sections.first().questions;
        QCOMPARE(questions.at(2).questionId, u"a.de"_s);
        QVERIFY(!questions.at(2).applies);
        QVERIFY(questions.at(2).outsideJurisdiction);
        QVERIFY(questions.at(1).applies);
        QCOMPARE(ukModel->toTarget->calendarId, u"england-and-wales"_s);
    }
};

QTEST_GUILESS_MAIN(TestJurisdiction)
#include "tst_jurisdiction.moc"
