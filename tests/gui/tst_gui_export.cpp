// File > Export report… and Export data…: the real writers behind the
// menu, the save dialog answered by the test, and the assessment itself
// never a target.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ReportExport.h"
#include "Translations.h"

#include <QApplication>

using namespace readiness;
using namespace readiness::ui;
using namespace Qt::StringLiterals;

class TestGuiExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateInEnglish();
        QVERIFY(m_dir.isValid());
        m_path = test::demoCopy(m_dir);
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openFile(m_path));
    }
    void init()
    {
        test::failOnWarnings();
        Prompt::clearShown();
    }
    void cleanupTestCase() { m_window.reset(); }

    void reportAndDataAreWritten_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("pdf") << int(ReportExport::Kind::Report) << u"board.pdf"_s << QByteArray("%PDF-");
        QTest::newRow("odt") << int(ReportExport::Kind::Report) << u"board.odt"_s << QByteArray("PK");
        QTest::newRow("csv") << int(ReportExport::Kind::Data) << u"answers.csv"_s << QByteArray("\xEF\xBB\xBF");
        QTest::newRow("json") << int(ReportExport::Kind::Data) << u"answers.json"_s << QByteArray("{");
        QTest::newRow("xlsx") << int(ReportExport::Kind::Data) << u"answers.xlsx"_s << QByteArray("PK\x03\x04");
    }
    void reportAndDataAreWritten()
    {
        QFETCH(int, kind);
        QFETCH(QString, name);
        QFETCH(QByteArray, start);
        const QString out = m_dir.filePath(name);
        Prompt::presetFileNames({out});
        const QString written = ReportExport::run(m_window.get(), *m_window->session(), ReportExport::Kind(kind));
        QCOMPARE(written, out);
        QVERIFY2(Prompt::shown().isEmpty(), "no error message");
        QVERIFY(testsupport::readFile(out).startsWith(start));
        // The dialog proposed a name beside the assessment's base name.
        QVERIFY(Prompt::proposedPaths().constLast().contains(u"demo-"_s));
    }

    void theAssessmentIsNeverTheTarget()
    {
        const QByteArray before = testsupport::fileHash(m_path);
        for (const QString &target : QStringList {m_path, m_path + u"-wal"_s}) {
            Prompt::clearShown();
            Prompt::presetFileNames({target});
            QVERIFY(ReportExport::run(m_window.get(), *m_window->session(), ReportExport::Kind::Report).isEmpty());
            QCOMPARE(Prompt::shown().size(), 1);
            QCOMPARE(Prompt::shown().first().icon, QMessageBox::Warning);
        }
        m_window->closeAssessment();
        QCOMPARE(testsupport::fileHash(m_path), before);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestGuiExport)
#include "tst_gui_export.moc"
