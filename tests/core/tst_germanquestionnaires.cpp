// The German edition (issue 13): every translatable text of every bundled
// questionnaire has a German form. A failure lists what is missing.
#include "../GermanCoverage.h"
#include "QuestionnaireLibrary.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace readiness;

class TestGermanQuestionnaires : public QObject
{
    Q_OBJECT

private slots:
    void everyTextHasGerman_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = QuestionnaireLibrary::bundledFiles();
        QVERIFY(files.size() >= 3);
        for (const QString &path : files)
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }

    void everyTextHasGerman()
    {
        QFETCH(QString, path);
        auto q = QuestionnaireLibrary::load(path);
        QVERIFY2(q, qPrintable(q ? QString() : q.error().toString()));
        const QStringList missing = testsupport::missingGerman(*q);
        if (testsupport::kNotYetGerman.contains(q->id)) {
            QVERIFY2(
                !missing.isEmpty(),
                qPrintable(
                    u"%1 is complete in German now: take it off kNotYetGerman (tests/GermanCoverage.h)"_s.arg(q->id)));
            QSKIP(
                qPrintable(u"%1: %2 texts still without German (expected, see tests/GermanCoverage.h)"_s.arg(q->id).arg(
                    missing.size())));
        }
        QVERIFY2(
            missing.isEmpty(),
            qPrintable(u"%1: %2 texts without German:\n  %3"_s.arg(q->id)
                           .arg(missing.size())
                           .arg(missing.mid(0, 40).join(u"\n  "_s) + (missing.size() > 40 ? u"\n  …"_s : QString()))));
    }

    /// The checker itself: it finds a text without German.
    void checkerFindsMissingText()
    {
        Questionnaire q;
        q.title = LocalizedText::fromJson(QJsonObject {{u"en"_s, u"T"_s}, {u"de"_s, u"T"_s}});
        Section s;
        s.title = LocalizedText::fromJson(QJsonObject {{u"en"_s, u"S"_s}, {u"de"_s, u"S"_s}});
        Question question;
        question.id = u"x"_s;
        question.text = LocalizedText::fromJson(QJsonObject {{u"en"_s, u"Q"_s}, {u"de"_s, u"F"_s}});
        question.guidance = LocalizedText(u"English only"_s);
        s.questions << question;
        q.sections << s;
        QCOMPARE(testsupport::missingGerman(q), QStringList {u"sections[0].questions[0] (x).guidance"_s});
    }
};

QTEST_GUILESS_MAIN(TestGermanQuestionnaires)
#include "tst_germanquestionnaires.moc"
