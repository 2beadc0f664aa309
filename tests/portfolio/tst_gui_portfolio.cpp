// The Portfolio window (offscreen): rows for a folder of generated clients
// and a damaged file, sorting, filtering, a file changed elsewhere updating
// its row, opening with a double-click, the batch of reports, and the
// screenshot for docs/portfolio.md (UPDATE_SCREENSHOTS=1).
#include "../gui/GuiTestSupport.h"
#include "AssessmentSession.h"
#include "Clock.h"
#include "MainWindow.h"
#include "PortfolioFilter.h"
#include "PortfolioModel.h"
#include "PortfolioRegistration.h"
#include "PortfolioTestSupport.h"
#include "PortfolioWindow.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>

using namespace readiness;
using namespace readiness::ui;
using namespace readiness::portfolio;
using namespace Qt::StringLiterals;

class TestGuiPortfolio : public QObject
{
    Q_OBJECT

    FixedClock m_clock {QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC)};
    QTemporaryDir m_dir;
    QTemporaryDir m_scratch;
    QStringList m_clients;
    std::unique_ptr<MainWindow> m_window;
    PortfolioWindow *m_portfolio = nullptr;

    int proxyRowOf(const QString &fileName) const
    {
        const auto *f = m_portfolio->filter();
        for (int r = 0; r < f->rowCount(); ++r)
            if (f->index(r, PortfolioModel::File).data().toString() == fileName)
                return r;
        return -1;
    }

private slots:
    void initTestCase()
    {
        test::isolateInEnglish();
        Clock::setCurrent(&m_clock);
        auto sample = PortfolioSample::load();
        QVERIFY(sample.ok());
        auto written = sample->write(m_dir.path(), 4, m_clock.today());
        QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().toString()));
        m_clients = *written;
        QVERIFY(testsupport::writeDamaged(m_clients.first(), m_dir.filePath(u"damaged.gdpra"_s)));
        registerPortfolioWindow(); // as the program does
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        // File ▸ Open portfolio folder… with the folder chosen in the dialog.
        QAction *open = nullptr;
        for (QAction *a : m_window->findChildren<QAction *>())
            if (a->text() == u"Open &portfolio folder…"_s)
                open = a;
        QVERIFY(open);
        Prompt::presetFileNames({m_dir.path()});
        open->trigger();
        m_portfolio = m_window->findChild<PortfolioWindow *>();
        QVERIFY(m_portfolio);
        QSignalSpy scanned(m_portfolio, &PortfolioWindow::scanFinished);
        QVERIFY(scanned.wait(20000));
        new QAbstractItemModelTester(m_portfolio->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_portfolio);
        new QAbstractItemModelTester(m_portfolio->filter(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_portfolio);
    }
    void init() { test::failOnWarnings(); }
    void cleanupTestCase()
    {
        m_window.reset();
        Clock::setCurrent(nullptr);
    }

    void rowsForEveryFile()
    {
        const PortfolioModel *model = m_portfolio->model();
        QCOMPARE(model->rowCount(), 5);
        const int damaged = model->rowOf(QFileInfo(m_dir.filePath(u"damaged.gdpra"_s)).absoluteFilePath());
        QVERIFY(damaged >= 0);
        QCOMPARE(model->index(damaged, PortfolioModel::Organisation).data().toString(), u"Damaged"_s);
        QVERIFY(model->index(damaged, PortfolioModel::File).data(Qt::ToolTipRole).toString().contains(u"damaged"_s));
        for (const QString &client : std::as_const(m_clients)) {
            const int row = model->rowOf(QFileInfo(client).absoluteFilePath());
            QVERIFY(row >= 0);
            QVERIFY(!model->index(row, PortfolioModel::Organisation).data().toString().isEmpty());
            QVERIFY(model->index(row, PortfolioModel::Score).data().toString().endsWith(u" %"_s));
        }
    }

    void sortsByScoreWithUnreadableLast()
    {
        QTableView *view = m_portfolio->view();
        view->sortByColumn(PortfolioModel::Score, Qt::DescendingOrder);
        const auto *f = m_portfolio->filter();
        double previous = 1e9;
        for (int r = 0; r < f->rowCount() - 1; ++r) {
            const double score = f->index(r, PortfolioModel::Score).data(PortfolioModel::SortRole).toDouble();
            QVERIFY(score <= previous);
            previous = score;
        }
        QCOMPARE(f->index(f->rowCount() - 1, PortfolioModel::File).data().toString(), u"damaged.gdpra"_s);
        view->sortByColumn(PortfolioModel::File, Qt::AscendingOrder);
        QCOMPARE(f->index(0, PortfolioModel::File).data().toString(), QFileInfo(m_clients.first()).fileName());
    }

    void filtersByTextRagAndState()
    {
        const auto *f = m_portfolio->filter();
        const QString organisation = m_portfolio->model()->entries().at(1).organisation;
        QVERIFY(!organisation.isEmpty());
        m_portfolio->filterField()->setText(organisation.left(8).toUpper());
        QVERIFY(f->rowCount() >= 1);
        for (int r = 0; r < f->rowCount(); ++r)
            QVERIFY(f->index(r, PortfolioModel::Organisation).data().toString().startsWith(organisation.left(8)));
        m_portfolio->filterField()->clear();
        QCOMPARE(f->rowCount(), 5);

        const int rag = m_portfolio->model()->entries().at(1).rag == Rag::None
            ? int(Rag::Red)
            : int(m_portfolio->model()->entries().at(1).rag);
        m_portfolio->ragFilter()->setCurrentIndex(m_portfolio->ragFilter()->findData(rag));
        QVERIFY(f->rowCount() >= 1);
        for (int r = 0; r < f->rowCount(); ++r)
            QCOMPARE(f->index(r, 0).data(PortfolioModel::RagRole).toInt(), rag);
        m_portfolio->ragFilter()->setCurrentIndex(0);

        m_portfolio->stateFilter()->setCurrentIndex(
            m_portfolio->stateFilter()->findData(int(PortfolioFilter::State::Problems)));
        QCOMPARE(f->rowCount(), 1);
        QCOMPARE(f->index(0, PortfolioModel::File).data().toString(), u"damaged.gdpra"_s);
        m_portfolio->stateFilter()->setCurrentIndex(0);
        QCOMPARE(f->rowCount(), 5);
    }

    void accessibleAndKeyboard()
    {
        for (QWidget *w : std::initializer_list<QWidget *> {m_portfolio->filterField(), m_portfolio->ragFilter(),
                                                            m_portfolio->stateFilter(), m_portfolio->view()})
            QVERIFY(!QAccessible::queryAccessibleInterface(w)->text(QAccessible::Name).isEmpty());
        // Enter on the current row opens it, as a double-click does.
        QSignalSpy open(m_portfolio, &PortfolioWindow::openRequested);
        QTableView *view = m_portfolio->view();
        m_portfolio->activateWindow();
        view->setFocus();
        view->setCurrentIndex(m_portfolio->filter()->index(proxyRowOf(QFileInfo(m_clients.at(2)).fileName()), 0));
        // Only the signal is checked here: disconnect the main window's open.
        QObject::disconnect(m_portfolio, &PortfolioWindow::openRequested, m_window.get(), nullptr);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).toString(), QFileInfo(m_clients.at(2)).absoluteFilePath());
        QObject::connect(m_portfolio, &PortfolioWindow::openRequested, m_window.get(),
                         [this](const QString &path) { m_window->openFile(path); });
    }

    void changedFileUpdatesItsRow()
    {
        const QString path = QFileInfo(m_clients.at(3)).absoluteFilePath();
        {
            auto doc = AssessmentDocument::open(path);
            QVERIFY(doc.ok());
            Organisation o = (*doc)->organisation();
            o.name = u"Renamed Client GmbH"_s;
            QVERIFY((*doc)->setOrganisation(o).ok());
        } // closed: the change is checkpointed into the file
        const PortfolioModel *model = m_portfolio->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->index(model->rowOf(path), PortfolioModel::Organisation).data().toString(),
                                  u"Renamed Client GmbH"_s, 10000);
    }

    void doubleClickOpensInTheMainWindow()
    {
        const QString path = QFileInfo(m_clients.at(1)).absoluteFilePath();
        QTableView *view = m_portfolio->view();
        const QModelIndex index = m_portfolio->filter()->index(proxyRowOf(QFileInfo(path).fileName()), 1);
        view->scrollTo(index);
        const QPoint at = view->visualRect(index).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QTRY_VERIFY(m_window->session() != nullptr);
        QCOMPARE(QFileInfo(m_window->session()->document().path()).absoluteFilePath(), path);
        // Open for writing there: the row says so once the folder settles.
        const PortfolioModel *model = m_portfolio->model();
        QTRY_VERIFY_WITH_TIMEOUT(!model->entries().at(model->rowOf(path)).inUseBy.isEmpty(), 10000);
    }

    void writesAllReports()
    {
        QTemporaryDir out;
        m_portfolio->setReportProgram(QStringLiteral(APP_BINARY));
        Prompt::clearShown();
        Prompt::presetFileNames({out.path()});
        QSignalSpy finished(m_portfolio, &PortfolioWindow::reportsFinished);
        m_portfolio->writeAllReports();
        QVERIFY(finished.wait(240000));
        const auto items = m_portfolio->lastBatch();
        QCOMPARE(items.size(), 5);
        int ok = 0;
        for (const auto &item : items) {
            ok += item.ok ? 1 : 0;
            if (item.ok)
                QVERIFY(QFileInfo(item.output).size() > 1000);
            else
                QVERIFY(item.input.endsWith(u"damaged.gdpra"_s));
        }
        QCOMPARE(ok, 4);
        const auto shown = Prompt::shown();
        QVERIFY(!shown.isEmpty());
        QCOMPARE(shown.last().icon, QMessageBox::Warning);
        QVERIFY(shown.last().text.contains(u"4 of 5 reports were written"_s));
        QVERIFY(shown.last().details.contains(u"damaged.gdpra"_s));
    }

    void screenshot()
    {
        m_portfolio->view()->sortByColumn(PortfolioModel::File, Qt::AscendingOrder);
        m_portfolio->resize(1280, 800);
        m_portfolio->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_portfolio));
        for (int c = 0; c < PortfolioModel::LastChange; ++c)
            m_portfolio->view()->resizeColumnToContents(c);
        test::saveScreenshot(*m_portfolio, test::screenshotDir(m_scratch), u"portfolio"_s);
    }
};

QTEST_MAIN(TestGuiPortfolio)
#include "tst_gui_portfolio.moc"
