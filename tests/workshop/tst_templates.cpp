// Issue 15, item 5: templates — the organisation profile and scope answers
// saved as JSON, listed, and a new client's assessment started from one
// (library and command line), with clear errors for a broken template.
#include "AssessmentTemplate.h"
#include "CliTestSupport.h"
#include "QuestionnaireLibrary.h"
#include "TemplateLibrary.h"
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace readiness;
using namespace testsupport;
using Run = CliRun;

class TestTemplates : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString templatesDir() const { return m_dir.filePath(u"templates"_s); }

    /// Acme's assessment on gdpr-principles: two scope answers and one
    /// maturity answer that must never travel in a template.
    std::unique_ptr<AssessmentDocument> acme(const QString &path)
    {
        AssessmentDocument::NewAssessment spec;
        spec.organisation = {u"Acme Retail Ltd"_s, u"Retail"_s, u"United Kingdom"_s, 12e6, u"GBP"_s, {}};
        spec.info.title = u"Review"_s;
        auto q = QuestionnaireLibrary::load(u"gdpr-principles"_s);
        if (!q)
            qFatal("%s", qPrintable(q.error().toString()));
        spec.questionnaires = {*q};
        auto doc = AssessmentDocument::create(path, spec);
        if (!doc)
            qFatal("%s", qPrintable(doc.error().toString()));
        const qint64 ref = (*doc)->questionnaires().first().ref;
        for (const auto &[id, value, note] :
             {std::tuple {u"scope.uses-processors"_s, u"yes"_s, u"Payroll and a mailing house"_s},
              std::tuple {u"scope.organisation-size"_s, u"under-250"_s, QString()},
              std::tuple {u"lawfulness.lawful-basis-recorded"_s, u"3"_s, u"Acme's ROPA"_s}})
            if (Status s = (*doc)->setAnswer(ref, id, value, note); !s)
                qFatal("%s", qPrintable(s.error().toString()));
        return std::move(doc).value();
    }

    QString writeTemplate(const QString &name, const QByteArray &json)
    {
        const QString path = m_dir.filePath(name);
        if (!writeFile(path, json))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv(TemplateLibrary::kDirectoryVariable, templatesDir().toUtf8());
        QCOMPARE(TemplateLibrary::directory(), templatesDir());
    }

    void namesAreSanitised()
    {
        QCOMPARE(TemplateLibrary::fileNameFor(u"Retail UK / 2026"_s), u"Retail-UK-2026.json"_s);
        QCOMPARE(TemplateLibrary::fileNameFor(u"../../etc/passwd"_s), u"etc-passwd.json"_s);
        QCOMPARE(TemplateLibrary::fileNameFor(u"Einzelhandel München"_s), u"Einzelhandel-München.json"_s);
        QCOMPARE(TemplateLibrary::fileNameFor(u"..."_s), QString());
        QCOMPARE(TemplateLibrary::fileNameFor(QString(300, u'x')).size(), 64 + 5);
        AssessmentTemplate nameless;
        nameless.name = u"///"_s;
        auto saved = TemplateLibrary::save(nameless);
        QVERIFY(!saved);
        QVERIFY(saved.error().message.contains(u"no letters or digits"_s));
    }

    void saveKeepsProfileAndScopeOnly()
    {
        auto doc = acme(m_dir.filePath(u"acme.gdpra"_s));
        auto value = AssessmentTemplate::fromDocument(*doc, u"Retail UK"_s);
        QVERIFY2(value, value ? "" : qPrintable(value.error().toString()));
        QCOMPARE(value->organisation.sector, u"Retail"_s);
        QCOMPARE(value->questionnaires, QStringList {u"gdpr-principles"_s});
        QCOMPARE(value->answers.size(), 2); // the maturity answer stays with Acme
        for (const auto &a : value->answers)
            QVERIFY(a.questionId.startsWith(u"scope."_s));
        auto path = TemplateLibrary::save(*value);
        QVERIFY2(path, path ? "" : qPrintable(path.error().toString()));
        QCOMPARE(QFileInfo(*path).fileName(), u"Retail-UK.json"_s);
        QVERIFY(!readFile(*path).contains("Acme's ROPA"));
        // Saving again under the same name asks first.
        auto again = TemplateLibrary::save(*value);
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(u"exists already"_s));
        QVERIFY(TemplateLibrary::save(*value, true));

        auto loaded = TemplateLibrary::find(u"Retail UK"_s);
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toString()));
        QCOMPARE(loaded->name, u"Retail UK"_s);
        QCOMPARE(loaded->organisation.name, u"Acme Retail Ltd"_s);
        QCOMPARE(loaded->organisation.turnover.value_or(0), 12e6);
        QCOMPARE(loaded->answers.size(), 2);
        for (const auto &a : loaded->answers)
            QCOMPARE(a.note, a.questionId == "scope.uses-processors"_L1 ? u"Payroll and a mailing house"_s : QString());
    }

    void newAssessmentFromTemplateOnTheCommandLine()
    {
        const Run listed = runCli({u"templates"_s});
        QCOMPARE(listed.code, 0);
        QVERIFY2(listed.out.contains(u"Retail UK  (Acme Retail Ltd; gdpr-principles; 2 scope answer(s))"_s),
                 qPrintable(listed.out));
        const Run json = runCli({u"templates"_s, u"--json"_s});
        QCOMPARE(json.json().value(u"templates"_s).toArray().first().toObject().value(u"name"_s).toString(),
                 u"Retail UK"_s);

        const QString out = m_dir.filePath(u"beta.gdpra"_s);
        const Run made = runCli({u"new"_s, u"--template"_s, u"Retail UK"_s, u"--org"_s, u"Beta Stores plc"_s,
                                 u"--title"_s, u"Beta review"_s, u"-o"_s, out});
        QVERIFY2(made.code == 0, qPrintable(made.err));
        QVERIFY2(made.out.contains(u"from template 'Retail UK': 2 scope answer(s)"_s), qPrintable(made.out));
        auto doc = AssessmentDocument::open(out, AssessmentFile::Mode::ReadOnly);
        QVERIFY(doc);
        QCOMPARE((*doc)->organisation().name, u"Beta Stores plc"_s);
        QCOMPARE((*doc)->organisation().sector, u"Retail"_s);
        QCOMPARE((*doc)->assessment().title, u"Beta review"_s);
        const qint64 ref = (*doc)->questionnaires().first().ref;
        QCOMPARE((*doc)->answer(ref, u"scope.uses-processors"_s).value, u"yes"_s);
        QCOMPARE((*doc)->answer(ref, u"scope.organisation-size"_s).value, u"under-250"_s);
        QVERIFY((*doc)->answer(ref, u"lawfulness.lawful-basis-recorded"_s).isEmpty());

        // Never over an existing file.
        const Run twice = runCli({u"new"_s, u"--template"_s, u"Retail UK"_s, u"-o"_s, out});
        QCOMPARE(twice.code, 1);
        const Run unknown = runCli({u"new"_s, u"--template"_s, u"Banking"_s, u"-o"_s, m_dir.filePath(u"x.gdpra"_s)});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains(u"there is no template 'Banking'"_s) && unknown.err.contains(u"Retail UK"_s),
                 qPrintable(unknown.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"x.gdpra"_s)));
    }

    void malformedTemplatesSayWhereAndWhy_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax") << QByteArray("{\n  \"format\": \"gdpr-readiness-template\",\n  \"name\": \n}")
                                << u"bad.json:4:1"_s;
        QTest::newRow("not a scoping question")
            << QByteArray("{\"format\": \"gdpr-readiness-template\", \"version\": 1, \"name\": \"Bad\",\n"
                          " \"organisation\": {\"name\": \"X\"}, \"questionnaires\": [\"gdpr-principles\"],\n"
                          " \"answers\": [{\"question\": \"gdpr-principles:lawfulness.lawful-basis-recorded\","
                          " \"value\": \"3\"}]}")
            << u"bad.json:3:27: answers[0].question: 'gdpr-principles:lawfulness.lawful-basis-recorded' is not a "
               "scoping question"_s;
        QTest::newRow("a file instead of a questionnaire id")
            << QByteArray("{\"format\": \"gdpr-readiness-template\", \"version\": 1, \"name\": \"Bad\",\n"
                          " \"organisation\": {\"name\": \"X\"}, \"questionnaires\": [\"/etc/passwd\"]}")
            << u"bad.json:2:52: questionnaires[0]: must be the id of a bundled questionnaire"_s;
        QTest::newRow("wrong value") << QByteArray(
            "{\"format\": \"gdpr-readiness-template\", \"version\": 1, \"name\": \"Bad\",\n"
            " \"organisation\": {\"name\": \"X\"}, \"questionnaires\": [\"gdpr-principles\"],\n"
            " \"answers\": [{\"question\": \"gdpr-principles:scope.uses-processors\", \"value\": "
            "\"perhaps\"}]}") << u"answers[0].value:"_s;
        QTest::newRow("unknown key") << QByteArray(
            "{\"format\": \"gdpr-readiness-template\", \"version\": 1, \"name\": \"Bad\",\n"
            " \"organisation\": {\"name\": \"X\"}, \"questionnaires\": [\"gdpr-principles\"],\n"
            " \"script\": \"rm -rf ~\"}")
                                     << u"bad.json:3:12: script: unknown key 'script'"_s;
        QTest::newRow("newer version") << QByteArray(
            "{\"format\": \"gdpr-readiness-template\", \"version\": 2, \"name\": \"Bad\","
            " \"organisation\": {\"name\": \"X\"}, \"questionnaires\": [\"gdpr-principles\"]}")
                                       << u"version: 'version' must be 1"_s;
    }

    void malformedTemplatesSayWhereAndWhy()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QString path = writeTemplate(u"bad.json"_s, json);
        auto loaded = TemplateLibrary::load(path);
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().toString().contains(expected), qPrintable(loaded.error().toString()));
        // The command line says the same and leaves nothing behind.
        const QString out = m_dir.filePath(u"from-bad.gdpra"_s);
        const Run r = runCli({u"new"_s, u"--template"_s, path, u"-o"_s, out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(out));
    }

    void brokenTemplateIsListedWithItsReason()
    {
        QVERIFY(writeFile(QDir(templatesDir()).filePath(u"broken.json"_s), QByteArray("{ not json")));
        const Run r = runCli({u"templates"_s});
        QCOMPARE(r.code, 1); // listed, never skipped silently
        QVERIFY2(r.out.contains(u"Retail UK"_s), qPrintable(r.out));
        QVERIFY2(r.err.contains(u"broken.json"_s) && r.err.contains(u"is not valid JSON"_s), qPrintable(r.err));
        QVERIFY(QFile::remove(QDir(templatesDir()).filePath(u"broken.json"_s)));
    }
};

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
