// Issue 14 in the window: Assessment ▸ Compare with… (per-section table,
// lists that jump to their question, the trend chart) and Sign-off
// history… ▸ Export report of this revision…, offscreen, on real files.
#include "AssessmentView.h"
#include "CompareDialog.h"
#include "CompareFixture.h"
#include "ComparisonTableModel.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "QuestionPanel.h"
#include "RagColors.h"
#include "SignOffHistoryDialog.h"
#include "WalkthroughPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QProcess>
#include <QTableView>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace readiness;
using namespace readiness::ui;

class TestGuiCompare : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    testsupport::CompareFixture m_files;

    /// The window with a copy of @p source open for writing.
    QString openCopy(MainWindow &window, const QString &source, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::copy(source, path);
        window.resize(1280, 800);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window) || !window.openFile(path))
            qFatal("cannot open %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase()
    {
        test::isolateInEnglish();
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_files.build(m_dir.path(), &error), qPrintable(error));
    }
    void init() { test::failOnWarnings(); }

    void compareWithTwoOlderFiles()
    {
        MainWindow window;
        openCopy(window, m_files.acme2026, u"open-2026.gdpra"_s);
        const QByteArray hash2024 = test::fileHash(m_files.acme2024);
        const QByteArray hash2025 = test::fileHash(m_files.acme2025);
        Prompt::presetFileNames({m_files.acme2025, m_files.acme2024});
        auto *action = window.findChild<QAction *>(u"compareAction"_s);
        QVERIFY(action);
        action->trigger();
        auto *dialog = window.assessmentView()->findChild<CompareDialog *>();
        QVERIFY(dialog);
        QVERIFY2(dialog->error().isEmpty(), qPrintable(dialog->error()));
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->findChild<QLabel *>(u"compareWarnings"_s)); // "ACME  ltd" is Acme Ltd

        // The table: Overall, Governance, Security × three dates and the change.
        QAbstractItemModel *model = dialog->table()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->columnCount(), 5);
        QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), u"1 Mar 2024"_s);
        QCOMPARE(model->index(0, 0).data().toString(), u"Overall"_s);
        QCOMPARE(model->index(0, 1).data().toString(), u"40.0 %"_s);
        QCOMPARE(model->index(0, 3).data().toString(), u"67.5 %"_s);
        QCOMPARE(model->index(0, 4).data().toString(), u"+22.5"_s);
        QCOMPARE(model->index(1, 4).data().toString(), u"−35.0"_s);
        QCOMPARE(model->index(0, 4).data(Qt::ForegroundRole).value<QColor>(), RagColors::green());
        QCOMPARE(model->index(1, 4).data(Qt::ForegroundRole).value<QColor>(), RagColors::red());
        QVERIFY(!model->index(1, 1).data(Qt::ForegroundRole).isValid());

        // Keyboard: the arrows move through the table.
        dialog->activateWindow();
        dialog->table()->setFocus();
        QCOMPARE(dialog->table()->currentIndex().row(), 0);
        QTest::keyClick(dialog->table(), Qt::Key_Down);
        QCOMPARE(dialog->table()->currentIndex().row(), 1);

        // The lists describe 2025 -> 2026; activating one shows the question.
        QCOMPARE(dialog->newlyCritical()->count(), 1);
        QCOMPARE(dialog->resolved()->count(), 1);
        QCOMPARE(dialog->wentDown()->count(), 1);
        QVERIFY(dialog->resolved()->item(0)->text().contains(u"No → Yes"_s));
        QListWidgetItem *item = dialog->newlyCritical()->item(0);
        emit dialog->newlyCritical()->itemActivated(item);
        QCOMPARE(window.assessmentView()->walkthrough()->questionPanel()->questionId(), u"gov.ropa"_s);
        emit dialog->resolved()->itemActivated(dialog->resolved()->item(0));
        QCOMPARE(window.assessmentView()->walkthrough()->questionPanel()->questionId(), u"sec.breach"_s);

        // Three assessments: the trend chart, a line per section and overall.
        QVERIFY(dialog->chart());
        const auto series = dialog->chart()->chart()->series();
        QCOMPARE(series.size(), 3);
        QCOMPARE(series.first()->name(), u"Overall"_s);
        auto *overall = qobject_cast<QLineSeries *>(series.first());
        QVERIFY(overall);
        QCOMPARE(overall->count(), 3);
        QCOMPARE(overall->at(2).y(), 67.5);

        dialog->resize(1280, 800);
        test::saveScreenshot(*dialog, test::screenshotDir(m_dir), u"compare"_s);
        QCOMPARE(test::fileHash(m_files.acme2024), hash2024);
        QCOMPARE(test::fileHash(m_files.acme2025), hash2025);
    }

    void oneOlderFileHasNoChartAndOtherOrganisationWarns()
    {
        MainWindow window;
        openCopy(window, m_files.acme2026, u"open-2026-b.gdpra"_s);
        Prompt::presetFileNames({m_files.northwind2025});
        window.findChild<QAction *>(u"compareAction"_s)->trigger();
        auto *dialog = window.assessmentView()->findChild<CompareDialog *>();
        QVERIFY(dialog);
        QVERIFY(!dialog->chart());
        auto *warning = dialog->findChild<QLabel *>(u"compareWarnings"_s);
        QVERIFY(warning);
        QVERIFY(warning->text().contains(u"Northwind GmbH"_s));
        QCOMPARE(warning->textFormat(), Qt::PlainText);
    }

    void unreadableFileIsSaid()
    {
        MainWindow window;
        openCopy(window, m_files.acme2026, u"open-2026-c.gdpra"_s);
        const QString bad = m_dir.filePath(u"broken.gdpra"_s);
        QVERIFY(testsupport::writeFile(bad, "not an assessment"));
        Prompt::clearShown();
        Prompt::presetFileNames({bad});
        window.findChild<QAction *>(u"compareAction"_s)->trigger();
        QVERIFY(!window.assessmentView()->findChild<CompareDialog *>());
        QCOMPARE(Prompt::shown().size(), 1);
        QVERIFY(Prompt::shown().first().details.contains(bad));
    }

    void exportReportOfARevision()
    {
        const QString path = m_dir.filePath(u"signed.gdpra"_s);
        QVERIFY(QFile::copy(m_files.acme2025, path));
        using testsupport::runCli;
        QCOMPARE(runCli({u"sign-off"_s, path, u"--name"_s, u"Priya Shah"_s, u"--role"_s, u"DPO"_s, u"--opinion"_s,
                         u"Fit."_s})
                     .code,
                 0);
        QCOMPARE(runCli({u"reopen"_s, path, u"--reason"_s, u"new year"_s}).code, 0);
        QCOMPARE(runCli({u"answer"_s, path, u"gov.dpo"_s, u"0"_s, u"--note"_s, u"Post vacant"_s}).code, 0);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(path));
        const QString out = m_dir.filePath(u"revision-1.pdf"_s);
        QString written;
        int rows = 0;
        Prompt::presetDialogHandler([&](QDialog &d) {
            auto *history = qobject_cast<SignOffHistoryDialog *>(&d);
            if (!history)
                return int(QDialog::Rejected);
            rows = history->table()->rowCount();
            Prompt::presetFileNames({out});
            written = history->exportSelected();
            return int(QDialog::Accepted);
        });
        window.findChild<QAction *>(u"signOffHistoryAction"_s)->trigger();
        Prompt::presetDialogHandler({});
        QCOMPARE(rows, 1);
        QCOMPARE(written, out);
        QProcess p;
        p.start(u"pdftotext"_s, {out, u"-"_s});
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
        QVERIFY2(text.contains(u"Revision 1, signed off by Priya Shah (DPO)"_s), qPrintable(text.left(2000)));
        QVERIFY(!text.contains(u"Post vacant"_s));
    }
};

QTEST_MAIN(TestGuiCompare)
#include "tst_gui_compare.moc"
