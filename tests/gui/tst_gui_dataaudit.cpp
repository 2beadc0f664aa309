// The Data audit page (issue 11) on the shared CRM sample: dropped files
// are recognised, the audit runs off the GUI thread, the results table
// counts what the engine counts, filters and search work, the cluster view
// marks the differing consent cells, cancel leaves nothing behind, fix
// files and the column mapping for other CRMs.
#include "AssessmentSession.h"
#include "AssessmentView.h"
#include "AuditFindingsFilter.h"
#include "AuditFindingsModel.h"
#include "AuditLinking.h"
#include "AuditRepository.h"
#include "AuditRunsPanel.h"
#include "AuditSources.h"
#include "ClusterModel.h"
#include "ColumnMappingDialog.h"
#include "DataAuditPage.h"
#include "DataAuditRegistration.h"
#include "FindingTypes.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "NativePath.h"
#include "OpenHookForTesting.h"
#include "SavedMappings.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTimer>
#include <QTranslator>

#include <atomic>
#include <bit>
#include <chrono>
#include <fcntl.h>
#include <future>
#include <set>
#include <sys/stat.h>
#include <unistd.h>

using namespace readiness;
using namespace readiness::ui;
using namespace Qt::StringLiterals;

namespace {
const QString kSample = QStringLiteral(CRM_SAMPLE_DIR);

QStringList sampleFiles()
{
    const QDir dir(QDir::cleanPath(kSample));
    return {dir.filePath(u"contacts.csv"_s), dir.filePath(u"consent_log.csv"_s),
            dir.filePath(u"subscribed_members_export.csv"_s), dir.filePath(u"unsubscribed_members_export.csv"_s),
            dir.filePath(u"cleaned_members_export.csv"_s)};
}

// The sample's files copied into @p dir (so a test may change them); the
// copies made, in sampleFiles() order.
QStringList sampleCopies(const QTemporaryDir &dir)
{
    QStringList files;
    for (const QString &f : sampleFiles())
        if (QFile::copy(f, dir.filePath(QFileInfo(f).fileName())))
            files << dir.filePath(QFileInfo(f).fileName());
    return files;
}

// Drops @p paths on @p target as a file manager would.
void dropFiles(QWidget *target, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &p : paths)
        urls << QUrl::fromLocalFile(p);
    mime.setUrls(urls);
    const QPointF pos(target->width() / 2.0, target->height() / 2.0);
    QDragEnterEvent enter(pos.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
}

// Holds whoever opens @p path through the CRM readers until release() (a
// hook in crm::openFileSource): a cancel set before release() is then
// always seen before the job can finish, however the threads run. (This
// used to be a FIFO in the file's place; the readers now refuse FIFOs.)
class HeldFile
{
public:
    explicit HeldFile(const QString &path)
        : m_path(QFileInfo(path).absoluteFilePath())
    {
        crm::setOpenHookForTesting([path = m_path, released = m_released](const QString &opened) {
            if (QFileInfo(opened).absoluteFilePath() == path)
                released.wait_for(std::chrono::seconds(30));
        });
    }
    ~HeldFile()
    {
        release();
        crm::setOpenHookForTesting({});
    }
    void release()
    {
        if (!m_done) {
            m_done = true;
            m_release.set_value();
        }
    }

private:
    QString m_path;
    std::promise<void> m_release;
    std::shared_future<void> m_released = m_release.get_future().share();
    bool m_done = false;
};

bool waitIdle(DataAuditPage *page)
{
    if (!page->isRunning())
        return true;
    QSignalSpy idle(page, &DataAuditPage::idle);
    return idle.wait(60000);
}
} // namespace

class TestGuiDataAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init()
    {
        test::failOnWarnings();
        Prompt::clearShown();
    }
    void cleanupTestCase() { m_window.reset(); }
    void pageIsATabOfTheAssessment();
    void droppedFilesAreRecognised();
    void tableCountsEqualTheEngine();
    void filterByTypeAndSearchById();
    void clusterViewMarksDifferingConsent();
    void cancelLeavesNothingBehind();
    void fifoInputsAreRefusedAtOnce();
    void fixFilesAreWrittenAfterTheWarning();
    void otherCrmNeedsAMappingSavedByName();
    void suggestedLevelIsAskedAndUndoable();
    void findingTypesBecomeActions();
    void storingDoesNotHoldUpTheWindow();
    void resultsFillInSlices();
    void defaultRegionIsStoredWithTheRun();
    void storedRunIsReadAgainWhenItsFilesAreUnchanged();
    void reasonsAndStepsAreGermanInAGermanUi();
    void namesThatAreNotUtf8AreRecognised();

private:
    DataAuditPage *page();
    QList<crm::StoredAuditRun> storedRuns();

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiDataAudit::initTestCase()
{
    if (!QFileInfo::exists(kSample + u"/contacts.csv"_s))
        QSKIP("the shared CRM sample (../shared/data/crm-sample) is not here");
    test::isolateInEnglish();
    registerDataAuditPage();
    registerDataAuditPage(); // once only, however often it is called
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    QVERIFY(m_window->openFile(test::demoCopy(m_dir)));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

DataAuditPage *TestGuiDataAudit::page()
{
    return qobject_cast<DataAuditPage *>(m_window->assessmentView()->extraPage(u"data-audit"_s));
}

QList<crm::StoredAuditRun> TestGuiDataAudit::storedRuns()
{
    AssessmentDocument &doc = m_window->session()->document();
    auto runs = crm::AuditRepository(doc.repository().file()).runs(doc.assessment().id);
    return runs ? *runs : QList<crm::StoredAuditRun> {};
}

void TestGuiDataAudit::pageIsATabOfTheAssessment()
{
    AssessmentView *view = m_window->assessmentView();
    QCOMPARE(view->count(), 4);
    QCOMPARE(view->tabText(3), u"Data a&udit"_s);
    // View > Data audit (Ctrl+4) brings it up, built on first show.
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(view->currentIndex(), 3);
    QVERIFY(page());
    QVERIFY(!page()->runButton()->isEnabled()); // no files yet
    // Every control a screen reader meets has a name.
    DataAuditPage *p = page();
    for (QWidget *w : std::initializer_list<QWidget *> {p->runButton(), p->cancelButton(), p->fixFilesButton(),
                                                        p->resultsView(), p->clusterView(), p->typeFilter(),
                                                        p->searchEdit(), p->retentionYears(), p->chartView()}) {
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        QVERIFY(a);
        QVERIFY2(!a->text(QAccessible::Name).isEmpty(), w->metaObject()->className());
    }
}

void TestGuiDataAudit::droppedFilesAreRecognised()
{
    DataAuditPage *p = page();
    dropFiles(p, sampleFiles());
    const AuditInputFiles &files = p->inputFiles();
    QCOMPARE(files.contacts(), sampleFiles().at(0));
    QVERIFY(!files.contactsNeedMapping());
    QCOMPARE(files.consentLog(), sampleFiles().at(1));
    QCOMPARE(files.mailchimp(), sampleFiles().mid(2));
    QVERIFY(p->runButton()->isEnabled());
    // A file that is no export is named, and the others stay.
    const QString empty = m_dir.filePath(u"empty.csv"_s);
    QFile(empty).open(QIODevice::WriteOnly);
    QVERIFY(!p->addFiles({empty}));
    QVERIFY2(p->messageLabel()->text().contains(u"empty.csv"_s), qPrintable(p->messageLabel()->text()));
    QCOMPARE(files.all().size(), 5);
}

void TestGuiDataAudit::tableCountsEqualTheEngine()
{
    DataAuditPage *p = page();
    QAbstractItemModelTester tester(p->findingsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(p->findingsFilter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The GUI thread keeps turning while the audit runs on its own thread.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(5);
    QTest::mouseClick(p->runButton(), Qt::LeftButton);
    QVERIFY(p->isRunning());
    QVERIFY(p->cancelButton()->isEnabled());
    QVERIFY(!p->runButton()->isEnabled());
    QVERIFY(waitIdle(p));
    ticker.stop();
    QVERIFY2(p->result(), qPrintable(p->messageLabel()->text()));
    qInfo("GUI timer ticks during the run: %d", ticks);

    // The engine on its own, on the same files: the page shows what it finds.
    crm::AuditInputs in;
    in.contacts = sampleFiles().at(0);
    in.consentLog = sampleFiles().at(1);
    in.mailchimp = sampleFiles().mid(2);
    auto engine = crm::runCrmAudit(in, {}, {});
    QVERIFY(engine);
    QCOMPARE(p->result()->contacts.rows.size(), engine->contacts.rows.size());
    qint64 flaggedRecords = 0, flaggedAddresses = 0;
    for (const std::uint16_t f : engine->findings)
        flaggedRecords += f != 0;
    for (const auto &a : engine->crossCheck->addresses)
        flaggedAddresses += a.findings != 0;
    QCOMPARE(p->findingsModel()->rowCount(), int(flaggedRecords + flaggedAddresses));
    int typesSeen = 0;
    for (const int type : FindingTypes::bySeverity()) {
        const qint64 expected = FindingTypes::isAddressType(type)
            ? engine->addressCount(crm::AddressFinding(FindingTypes::bit(type) >> FindingTypes::kAddressShift))
            : engine->recordCount(crm::RecordFinding(FindingTypes::bit(type)));
        QCOMPARE(p->findingsModel()->countOf(type), int(expected));
        typesSeen += expected > 0;
    }
    QVERIFY(typesSeen >= 8); // the sample has most kinds of finding
    // The most serious come first.
    const quint32 first = p->findingsFilter()->index(0, 0).data(AuditFindingsModel::FindingsMaskRole).toUInt();
    QCOMPARE(FindingTypes::severityRank(first), 0);
    QVERIFY(!p->chartView()->accessibleDescription().isEmpty());

    // Stored in the assessment: the engine's counts, no personal data.
    const QList<crm::StoredAuditRun> runs = storedRuns();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().records, qint64(engine->contacts.rows.size()));
    QCOMPARE(runs.first().count(u"record"_s, u"consent_conflict"_s), engine->recordCount(crm::ConsentConflict));
    QCOMPARE(p->runsPanel()->runList()->count(), 1);
    QCOMPARE(p->runsPanel()->selectedRunId(), runs.first().id);
    QVERIFY2(p->messageLabel()->text().contains(u"Stored"_s), qPrintable(p->messageLabel()->text()));
    QVERIFY(!p->runsPanel()->suggestions().isEmpty());
}

void TestGuiDataAudit::filterByTypeAndSearchById()
{
    DataAuditPage *p = page();
    QComboBox *type = p->typeFilter();
    for (int i = 1; i < type->count(); ++i) {
        type->setCurrentIndex(i);
        const int t = type->currentData().toInt();
        QCOMPARE(p->findingsFilter()->rowCount(), p->findingsModel()->countOf(t));
        for (int r = 0; r < p->findingsFilter()->rowCount(); ++r)
            QVERIFY(p->findingsFilter()->index(r, 0).data(AuditFindingsModel::FindingsMaskRole).toUInt()
                    & FindingTypes::bit(t));
    }
    type->setCurrentIndex(0);
    QCOMPARE(p->findingsFilter()->rowCount(), p->findingsModel()->rowCount());

    // A CRM id typed in the search box finds its record.
    const QModelIndex some = p->findingsModel()->index(5, AuditFindingsModel::CrmId);
    const QString id = some.data().toString();
    QVERIFY(!id.isEmpty());
    QTest::keyClicks(p->searchEdit(), id);
    QVERIFY(p->findingsFilter()->rowCount() >= 1);
    for (int r = 0; r < p->findingsFilter()->rowCount(); ++r)
        QVERIFY(p->findingsFilter()->index(r, AuditFindingsModel::CrmId).data().toString().contains(id));
    p->searchEdit()->setText(u"no-such-id-at-all"_s);
    QCOMPARE(p->findingsFilter()->rowCount(), 0);
    p->searchEdit()->clear();
}

void TestGuiDataAudit::clusterViewMarksDifferingConsent()
{
    DataAuditPage *p = page();
    const int conflict = 1; // FindingTypes: consent conflict in duplicates
    p->typeFilter()->setCurrentIndex(p->typeFilter()->findData(conflict));
    QVERIFY(p->findingsFilter()->rowCount() > 0);
    const auto &contacts = p->result()->contacts;
    int checked = 0;
    for (int r = 0; r < std::min(10, p->findingsFilter()->rowCount()); ++r) {
        p->resultsView()->setFocus();
        p->resultsView()->setCurrentIndex(p->findingsFilter()->index(r, 0));
        ClusterModel *cluster = p->clusterModel();
        QAbstractItemModelTester tester(cluster, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(cluster->columnCount() >= 2);
        bool anyDiffers = false;
        const std::pair<int, std::uint8_t> fields[] = {{ClusterModel::DoNotEmail, crm::DoNotEmail},
                                                       {ClusterModel::DoNotBulkEmail, crm::DoNotBulkEmail},
                                                       {ClusterModel::DoNotPhone, crm::DoNotPhone},
                                                       {ClusterModel::DoNotMail, crm::DoNotMail},
                                                       {ClusterModel::DoNotFax, crm::DoNotFax}};
        for (const auto &[field, bit] : fields) {
            std::set<bool> values;
            for (const std::uint32_t row : cluster->rows())
                values.insert((contacts.rows[row].doNotAllow & bit) != 0);
            const bool differs = values.size() > 1;
            anyDiffers |= differs;
            for (int c = 0; c < cluster->columnCount(); ++c) {
                const QModelIndex cell = cluster->index(field, c);
                QCOMPARE(cell.data(ClusterModel::DiffersRole).toBool(), differs);
                // Not colour alone: the text and the accessible text say it too.
                QCOMPARE(cell.data().toString().startsWith(u"≠"_s), differs);
                QCOMPARE(cell.data(Qt::AccessibleTextRole).toString().contains(u"differs"_s), differs);
                QCOMPARE(cell.data(Qt::BackgroundRole).isValid(), differs);
            }
        }
        QVERIFY(anyDiffers);
        for (int field = 0; field < ClusterModel::DoNotEmail; ++field)
            for (int c = 0; c < cluster->columnCount(); ++c)
                QVERIFY(!cluster->index(field, c).data(ClusterModel::DiffersRole).toBool());
        QVERIFY(!cluster->matchReasons().isEmpty()); // why the records were taken for one person
        ++checked;
    }
    QVERIFY(checked > 0);
    // Keyboard: Down moves to the next result and the cluster follows.
    p->resultsView()->setCurrentIndex(p->findingsFilter()->index(0, 0));
    const auto before = p->clusterModel()->rows();
    QTest::keyClick(p->resultsView(), Qt::Key_Down);
    QCOMPARE(p->resultsView()->currentIndex().row(), 1);
    QVERIFY(p->clusterModel()->rows() != before || p->findingsFilter()->rowCount() > 1);
    p->typeFilter()->setCurrentIndex(0);
}

void TestGuiDataAudit::cancelLeavesNothingBehind()
{
    // Copies of the sample, so that the contacts can be held back.
    QTemporaryDir copies;
    const QStringList files = sampleCopies(copies);
    QCOMPARE(files.size(), sampleFiles().size());
    const qsizetype runsBefore = storedRuns().size();
    DataAuditPage p(*m_window->session());
    p.show();
    QVERIFY(QTest::qWaitForWindowActive(&p));
    QVERIFY(p.addFiles(files));
    {
        // Cancel while the audit waits for the contacts: it stops, says so
        // and has no result.
        HeldFile held(files.first());
        QVERIFY(p.runAudit());
        QTest::mouseClick(p.cancelButton(), Qt::LeftButton);
        QVERIFY(!p.cancelButton()->isEnabled()); // once is enough
        held.release();
        QVERIFY(waitIdle(&p));
    }
    QVERIFY2(p.messageLabel()->text().contains(u"Cancelled"_s), qPrintable(p.messageLabel()->text()));
    QVERIFY(!p.result());
    QCOMPARE(storedRuns().size(), runsBefore); // nothing stored
    QVERIFY(!p.fixFilesButton()->isEnabled());
    QVERIFY(p.runButton()->isEnabled());

    // A run to the end, then its fix files cancelled: the folder stays empty.
    QVERIFY(p.runAudit());
    QVERIFY(waitIdle(&p));
    QVERIFY2(p.result(), qPrintable(p.messageLabel()->text()));
    QTemporaryDir fixes;
    {
        HeldFile held(files.first()); // the fix files re-read the contacts
        Prompt::presetFileNames({fixes.path()});
        Prompt::presetAnswers({QMessageBox::Ok});
        QVERIFY(p.writeFixFiles());
        p.resultsView()->setFocus();
        QTest::keyClick(p.resultsView(), Qt::Key_Escape); // Esc cancels too
        held.release();
        QVERIFY(waitIdle(&p));
    }
    QVERIFY2(p.messageLabel()->text().contains(u"Cancelled"_s), qPrintable(p.messageLabel()->text()));
    QCOMPARE(QDir(fixes.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    QCOMPARE(storedRuns().size(), runsBefore + 1); // the complete run only
}

// A FIFO is refused when it is dropped (it is not a file), and an input
// that became a FIFO after it was added stops the run at once with a clear
// message: the readers no longer wait for a writer. Should they again, the
// test gives the FIFO an end of file after 10 s and fails, not hangs.
void TestGuiDataAudit::fifoInputsAreRefusedAtOnce()
{
    QTemporaryDir copies;
    const QStringList files = sampleCopies(copies);
    QCOMPARE(files.size(), sampleFiles().size());
    const QString droppedFifo = copies.filePath(u"audience.zip"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(droppedFifo).constData(), 0600), 0);
    const qsizetype runsBefore = storedRuns().size();
    DataAuditPage p(*m_window->session());
    p.show();
    QVERIFY(QTest::qWaitForWindowActive(&p));
    QVERIFY(!p.addFiles({droppedFifo}));
    QVERIFY2(p.messageLabel()->text().contains(u"audience.zip"_s), qPrintable(p.messageLabel()->text()));
    QVERIFY(p.addFiles(files));

    const QByteArray consentLog = QFile::encodeName(files.at(1));
    QVERIFY(QFile::remove(files.at(1)));
    QCOMPARE(::mkfifo(consentLog.constData(), 0600), 0);
    QVERIFY(p.runAudit());
    QElapsedTimer waited;
    waited.start();
    while (p.isRunning() && waited.elapsed() < 10000)
        QTest::qWait(20);
    while (p.isRunning()) { // regressed: a writer that closes gives end of file
        const int fd = ::open(consentLog.constData(), O_WRONLY | O_NONBLOCK);
        if (fd >= 0)
            ::close(fd);
        QTest::qWait(20);
    }
    QVERIFY2(waited.elapsed() < 10000, "the audit waited for a writer on the FIFO");
    QVERIFY2(p.messageLabel()->text().contains(files.at(1) + u" is not a regular file"_s),
             qPrintable(p.messageLabel()->text()));
    QVERIFY(!p.result());
    QCOMPARE(storedRuns().size(), runsBefore);
}

void TestGuiDataAudit::fixFilesAreWrittenAfterTheWarning()
{
    DataAuditPage *p = page();
    QTemporaryDir fixes;
    // Declining the personal-data warning writes nothing.
    Prompt::presetFileNames({fixes.path()});
    Prompt::presetAnswers({QMessageBox::Cancel});
    QVERIFY(!p->writeFixFiles());
    QCOMPARE(Prompt::shown().size(), 1);
    QCOMPARE(Prompt::shown().first().icon, QMessageBox::Warning);
    QVERIFY(Prompt::shown().first().text.contains(u"e-mail addresses"_s));
    QVERIFY(QDir(fixes.path()).isEmpty());

    Prompt::presetFileNames({fixes.path()});
    Prompt::presetAnswers({QMessageBox::Ok});
    QTest::mouseClick(p->fixFilesButton(), Qt::LeftButton);
    QVERIFY(waitIdle(p));
    const QStringList written = QDir(fixes.path()).entryList(QDir::Files);
    QCOMPARE(written, (QStringList {u"contacts_fixes.csv"_s, u"mailchimp_unsubscribe.csv"_s, u"merge_list.csv"_s}));
    for (const QString &f : written)
        QCOMPARE(QFile(QDir(fixes.path()).filePath(f)).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
    QVERIFY(p->messageLabel()->text().contains(u"personal data"_s));
}

void TestGuiDataAudit::otherCrmNeedsAMappingSavedByName()
{
    // A small export of another CRM, with its own headers and values.
    const QString path = m_dir.filePath(u"hubspot.csv"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Record ID,First name,Last name,Email,Mobile phone,Unsubscribed from all email,Do not call,Last "
            "modified\n"
            "1,Ann,Lee,ann@example.com,07700 900123,false,false,2026-11-01 10:00\n"
            "2,Anne,Lee,ann@example.com,07700 900123,true,false,2026-10-01 10:00\n"
            "3,Bob,Ray,bob@@example,,false,true,2015-01-01 09:00\n");
    f.close();

    DataAuditPage p(*m_window->session());
    int dialogs = 0;
    Prompt::presetDialogHandler([&dialogs](QDialog &d) {
        auto &dialog = static_cast<ColumnMappingDialog &>(d);
        ++dialogs;
        // Recognised by their usual names; the user completes the rest.
        if (dialogs == 1) {
            [&] {
                QCOMPARE(dialog.columnFor(crm::ContactRole::Id)->currentText(), u"Record ID"_s);
                QCOMPARE(dialog.columnFor(crm::ContactRole::Email)->currentText(), u"Email"_s);
                QCOMPARE(dialog.columnFor(crm::ContactRole::DoNotPhone)->currentText(), u"Do not call"_s);
            }();
            dialog.columnFor(crm::ContactRole::DoNotEmail)->setCurrentText(u"Unsubscribed from all email"_s);
            dialog.accept(); // no name yet: refused, the dialog stays
            [&] { QVERIFY(!dialog.problemLabel()->text().isEmpty()); }();
            dialog.nameEdit()->setText(u"HubSpot <contacts>"_s);
        } else {
            // Next time the saved mapping is offered by name.
            const int i = dialog.savedMappings()->findText(u"HubSpot <contacts>"_s);
            [&] { QVERIFY(i > 0); }();
            dialog.savedMappings()->setCurrentIndex(i);
        }
        dialog.dateFormatEdit()->setText(u"yyyy-MM-dd HH:mm"_s);
        dialog.accept();
        return d.result();
    });
    QVERIFY(p.addFiles({path}));
    QCOMPARE(dialogs, 1);
    QVERIFY(p.inputFiles().mapping());
    QVERIFY(SavedMappings().names().contains(u"HubSpot <contacts>"_s));
    QVERIFY(p.runAudit());
    QVERIFY(waitIdle(&p));
    QVERIFY2(p.result(), qPrintable(p.messageLabel()->text()));
    QCOMPARE(p.result()->contacts.rows.size(), size_t(3));
    QCOMPARE(p.findingsModel()->countOf(3), 1); // bob@@example
    QCOMPARE(p.findingsModel()->countOf(1), 2); // Ann and Anne disagree on e-mail

    // Reused for the next file of that CRM.
    DataAuditPage again(*m_window->session());
    QVERIFY(again.addFiles({path}));
    QCOMPARE(dialogs, 2);
    QCOMPARE(again.inputFiles().mapping()->name(), u"HubSpot <contacts>"_s);
    Prompt::presetDialogHandler({});
}

void TestGuiDataAudit::suggestedLevelIsAskedAndUndoable()
{
    AuditRunsPanel *runs = page()->runsPanel();
    runs->runList()->setCurrentRow(runs->runList()->count() - 1); // the first run, on the sample
    QVERIFY(!runs->suggestions().isEmpty());
    runs->suggestionList()->setCurrentRow(0);
    QVERIFY(runs->acceptButton()->isEnabled());
    const crm::MaturitySuggestion s = runs->suggestions().first();
    AssessmentDocument &doc = m_window->session()->document();
    const qint64 ref = *crm::crmQuestionnaireRef(doc);
    const AnswerRecord before = doc.answer(ref, s.questionId);
    QVERIFY(before.value != QString::number(s.level)); // else the test shows nothing

    // Declined: nothing changes. The question showed the reason.
    Prompt::presetAnswers({QMessageBox::No});
    QVERIFY(!runs->acceptSelectedSuggestion());
    QCOMPARE(doc.answer(ref, s.questionId).value, before.value);
    QVERIFY(Prompt::shown().last().text.contains(s.reason));

    Prompt::presetAnswers({QMessageBox::Yes});
    QTest::mouseClick(runs->acceptButton(), Qt::LeftButton);
    const AnswerRecord after = doc.answer(ref, s.questionId);
    QCOMPARE(after.value, QString::number(s.level));
    QVERIFY(after.note.contains(s.reason));
    if (!before.note.isEmpty())
        QVERIFY(after.note.startsWith(before.note)); // the DPO's notes are kept
    m_window->session()->undoStack().undo();
    QCOMPARE(doc.answer(ref, s.questionId).value, before.value);
    QCOMPARE(doc.answer(ref, s.questionId).note, before.note);
}

void TestGuiDataAudit::findingTypesBecomeActions()
{
    AuditRunsPanel *runs = page()->runsPanel();
    AssessmentDocument &doc = m_window->session()->document();
    const auto run = storedRuns().last();
    runs->runList()->setCurrentRow(runs->runList()->count() - 1);
    QCOMPARE(runs->selectedRunId(), run.id);
    const qsizetype before = doc.actions().size();
    const qsizetype proposed = crm::proposeActions(run).size();
    QVERIFY(proposed > 0);
    QTest::mouseClick(runs->actionsButton(), Qt::LeftButton);
    QCOMPARE(doc.actions().size(), before + proposed);
    QVERIFY(runs->actionsButton()->isEnabled());
    QVERIFY(runs->createActions()); // again: none twice
    QCOMPARE(doc.actions().size(), before + proposed);
}

// The run is stored on the audit's worker (a connection of its own): while
// another connection holds the file's write lock for 1.5 s, the GUI thread
// keeps turning; before, it waited in saveRun on its own connection.
void TestGuiDataAudit::storingDoesNotHoldUpTheWindow()
{
    DataAuditPage *p = page();
    QVERIFY(waitIdle(p)); // the run an earlier test selected may still be read again
    QVERIFY(p->runButton()->isEnabled());
    const qsizetype runsBefore = storedRuns().size();
    const QString path = m_window->session()->document().path();
    std::promise<void> locked;
    QElapsedTimer clock;
    clock.start();
    std::atomic<qint64> releasedAt {-1};
    std::thread holder([&] {
        const QString name = u"lock-holder"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            db.open();
            QSqlQuery q(db);
            q.exec(u"BEGIN IMMEDIATE"_s);
            locked.set_value();
            std::this_thread::sleep_for(std::chrono::milliseconds(1500));
            releasedAt = clock.elapsed();
            q.exec(u"ROLLBACK"_s);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    locked.get_future().wait();
    QList<qint64> ticks {clock.elapsed()};
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ticks << clock.elapsed(); });
    ticker.start(10);
    QVERIFY(p->runAudit());
    const bool idle = waitIdle(p);
    ticker.stop();
    holder.join();
    // The longest gap between ticks while the lock was held (up to its
    // release): had the GUI thread waited for the lock, it would not have
    // ticked from the store's start to the release.
    qint64 longest = 0, last = ticks.first();
    for (const qint64 t : std::as_const(ticks)) {
        if (t > releasedAt)
            break;
        longest = std::max(longest, t - last);
        last = t;
    }
    longest = std::max(longest, releasedAt - last);
    QVERIFY(idle);
    QVERIFY2(p->messageLabel()->text().contains(u"Stored"_s), qPrintable(p->messageLabel()->text()));
    QCOMPARE(storedRuns().size(), runsBefore + 1);
    QVERIFY(clock.elapsed() >= 1400); // the store did wait for the lock (on the worker)
    qInfo("longest GUI-thread gap while the lock was held: %lld ms", static_cast<long long>(longest));
    QVERIFY2(longest < 700, qPrintable(QString::number(longest)));
}

// The results table fills in slices from the event loop: 12,000 findings
// are not all inserted at once, the model stays consistent throughout
// (QAbstractItemModelTester), and filled() comes with every row in.
void TestGuiDataAudit::resultsFillInSlices()
{
    auto result = std::make_shared<crm::AuditResult>();
    constexpr size_t n = 12000; // more than one slice; the tester walks every row on each insert
    result->contacts.rows.resize(n);
    result->findings.assign(n, 0);
    result->duplicates.clusterOf.resize(n);
    for (size_t i = 0; i < n; ++i) {
        result->duplicates.clusterOf[i] = std::uint32_t(i);
        result->findings[i] = i % 3 == 0 ? crm::Stale : crm::InvalidEmail;
    }
    AuditFindingsModel model;
    AuditFindingsFilter filter;
    filter.setSourceModel(&model);
    filter.sort(AuditFindingsModel::Findings);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy filled(&model, &AuditFindingsModel::filled);
    model.setResult(result);
    QVERIFY(model.isFilling());
    QVERIFY(model.rowCount() < int(n));
    QCOMPARE(model.countOf(std::countr_zero(unsigned(crm::Stale))), int((n + 2) / 3)); // counts the whole result
    QVERIFY(filled.wait(60000));
    QVERIFY(!model.isFilling());
    QCOMPARE(model.rowCount(), int(n));
    QCOMPARE(filter.rowCount(), int(n));
    // Sorted as they arrived: the more serious type first throughout.
    const int firstRank
        = FindingTypes::severityRank(filter.index(0, 0).data(AuditFindingsModel::FindingsMaskRole).toUInt());
    const int lastRank
        = FindingTypes::severityRank(filter.index(int(n) - 1, 0).data(AuditFindingsModel::FindingsMaskRole).toUInt());
    QVERIFY(firstRank < lastRank);
    // A new result ends the filling of the old one.
    model.setResult(result);
    model.setResult(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QTest::qWait(50);
    QCOMPARE(model.rowCount(), 0);
}

// The page's default region (libphonenumber's, for records without a
// country) is used and stored with the run's parameters.
void TestGuiDataAudit::defaultRegionIsStoredWithTheRun()
{
    DataAuditPage *p = page();
    QCOMPARE(p->defaultRegion()->text(), u"GB"_s);
    QVERIFY(!QAccessible::queryAccessibleInterface(p->defaultRegion())->text(QAccessible::Name).isEmpty());
    p->defaultRegion()->clear();
    QTest::keyClicks(p->defaultRegion(), u"ie7"_s); // two letters only
    QCOMPARE(p->defaultRegion()->text(), u"ie"_s);
    QVERIFY(p->runAudit());
    QVERIFY(waitIdle(p));
    QVERIFY2(p->result(), qPrintable(p->messageLabel()->text()));
    QCOMPARE(p->result()->settings.defaultRegion, u"IE"_s);
    QCOMPARE(p->result()->duplicateSettings.defaultRegion, u"IE"_s);
    const crm::StoredAuditRun run = storedRuns().first(); // newest first
    QCOMPARE(run.ruleParameters.value("default_region"_L1).toString(), u"IE"_s);
    QCOMPARE(crm::ruleSettingsOf(run).defaultRegion, u"IE"_s);
    p->defaultRegion()->setText(u"GB"_s);
}

// Choosing a stored run shows its records: read again (off the GUI
// thread) when its files are unchanged; when they are gone, the page names
// them and shows only the stored ids and counts.
void TestGuiDataAudit::storedRunIsReadAgainWhenItsFilesAreUnchanged()
{
    DataAuditPage *p = page();
    QVERIFY(waitIdle(p));
    AuditRunsPanel *panel = p->runsPanel();
    const QList<crm::StoredAuditRun> runs = storedRuns();
    const QString sampleDir = QFileInfo(sampleFiles().first()).absolutePath();
    auto select = [&](qint64 id) {
        for (int i = 0; i < panel->runList()->count(); ++i)
            if (panel->runList()->item(i)->data(Qt::UserRole).toLongLong() == id)
                panel->runList()->setCurrentRow(i);
    };
    // The sample's files are unchanged: the first run's records, read again.
    const crm::StoredAuditRun &onSample = runs.last(); // oldest: tableCountsEqualTheEngine
    QCOMPARE(QFileInfo(onSample.inputs.first().path).absolutePath(), sampleDir);
    QVERIFY(onSample.id != p->shownRunId());
    select(onSample.id);
    QVERIFY(p->isRunning()); // off the GUI thread
    QVERIFY(waitIdle(p));
    QCOMPARE(p->shownRunId(), onSample.id);
    QVERIFY2(p->result() && !p->result()->idsOnly, qPrintable(p->messageLabel()->text()));
    QVERIFY2(p->messageLabel()->text().contains(u"unchanged"_s), qPrintable(p->messageLabel()->text()));
    QCOMPARE(qint64(p->result()->contacts.rows.size()), onSample.records);
    QCOMPARE(p->result()->recordCount(crm::ConsentConflict), onSample.count(u"record"_s, u"consent_conflict"_s));
    QVERIFY(p->fixFilesButton()->isEnabled());
    const int nameColumn = AuditFindingsModel::Name;
    QVERIFY(!p->findingsModel()->index(0, nameColumn).data().toString().isEmpty()); // personal data, from the files

    // The run of cancelLeavesNothingBehind read copies that are gone now.
    const auto gone = std::find_if(runs.begin(), runs.end(), [&](const crm::StoredAuditRun &r) {
        return !QFileInfo::exists(r.inputs.first().path);
    });
    QVERIFY(gone != runs.end());
    select(gone->id);
    QVERIFY(waitIdle(p));
    QCOMPARE(p->shownRunId(), gone->id);
    QVERIFY(p->result() && p->result()->idsOnly);
    const QString said = p->messageLabel()->text();
    QVERIFY2(said.contains(u"contacts.csv: not found"_s), qPrintable(said));
    QVERIFY2(said.contains(u"record numbers, CRM ids"_s), qPrintable(said));
    QVERIFY(!p->fixFilesButton()->isEnabled()); // nothing to write them from
    // The stored findings, with ids and no personal data.
    AssessmentDocument &doc = m_window->session()->document();
    auto records = crm::AuditRepository(doc.repository().file()).recordFindings(gone->id);
    QVERIFY(records);
    qint64 withFindings = 0;
    for (const crm::StoredRecordFinding &f : std::as_const(*records))
        withFindings += f.findings != 0;
    auto addresses = crm::AuditRepository(doc.repository().file()).addressFindings(gone->id);
    QVERIFY(addresses);
    QCOMPARE(qint64(p->findingsModel()->resultRowCount()), withFindings + addresses->size());
    QCOMPARE(p->result()->recordCount(crm::ConsentConflict), gone->count(u"record"_s, u"consent_conflict"_s));
    QVERIFY(p->findingsModel()->index(0, nameColumn).data().toString().isEmpty());
    QVERIFY(!p->findingsModel()->index(0, AuditFindingsModel::CrmId).data().toString().isEmpty());
    p->resultsView()->setCurrentIndex(p->findingsFilter()->index(0, 0));
    QCOMPARE(p->clusterModel()->columnCount(), 0);
}

// In a German UI the engine's texts the user reads are German: the reason
// of a suggested level (with the finding's title), the progress steps and
// why two records are duplicates.
void TestGuiDataAudit::reasonsAndStepsAreGermanInAGermanUi()
{
    QTranslator translator;
    QVERIFY(translator.load(u"gdpr-readiness_de"_s, QStringLiteral(BUILD_DATA_DIR "/translations")));
    QCoreApplication::installTranslator(&translator);
    const crm::StoredAuditRun run = storedRuns().last();
    const QList<crm::MaturitySuggestion> suggestions = crm::suggestMaturity(run);
    QStringList steps;
    crm::AuditInputs in;
    in.contacts = sampleFiles().at(0);
    const auto engine = crm::runCrmAudit(in, {}, {}, nullptr, [&](const crm::AuditProgress &p) { steps << p.step; });
    const QStringList matched = crm::matchReasonNames(crm::SameEmail | crm::NameSwapped); // the cluster's reasons
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(matched, (QStringList {u"gleiche E-Mail-Adresse"_s, u"Vor- und Nachname vertauscht"_s}));
    QVERIFY(!suggestions.isEmpty());
    const QString reason = suggestions.first().reason;
    QVERIFY2(reason.startsWith(u"CRM-Datenprüfung, Lauf %1 vom "_s.arg(run.id)), qPrintable(reason));
    QVERIFY2(reason.contains(u", Stand "_s), qPrintable(reason));
    bool titled = false;
    for (const crm::MaturitySuggestion &s : suggestions)
        titled = titled || s.reason.contains(u"Dublette eines anderen Datensatzes"_s)
            || s.reason.contains(u"Dubletten mit widersprüchlicher Einwilligung"_s);
    QVERIFY(titled);
    QVERIFY(engine);
    QVERIFY2(steps.contains(u"Dateien werden gelesen"_s), qPrintable(steps.join(u" | "_s)));
    QVERIFY(steps.contains(u"Regeln werden geprüft"_s));
}

// A dropped file and one chosen in the dialog whose names are not UTF-8
// (issue 16): the drop keeps the URL's bytes, the dialog's lossy name is
// matched in its folder; before, both were "not a file".
void TestGuiDataAudit::namesThatAreNotUtf8AreRecognised()
{
    DataAuditPage *p = page();
    const QByteArray dir = QFile::encodeName(m_dir.path());
    const QByteArray contacts = dir + "/kontakte-\xE4.csv";
    const QByteArray log = dir + "/einwilligungen-\xE4.csv";
    for (const auto &[raw, source] :
         {std::pair {contacts, sampleFiles().at(0)}, std::pair {log, sampleFiles().at(1)}}) {
        QFile in(source);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        const int fd = ::open(raw.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        QVERIFY(fd >= 0);
        QCOMPARE(::write(fd, bytes.constData(), size_t(bytes.size())), bytes.size());
        ::close(fd);
    }
    QMimeData mime;
    mime.setUrls({QUrl(u"file://"_s + m_dir.path() + u"/kontakte-%E4.csv"_s)});
    const QPointF pos(p->width() / 2.0, p->height() / 2.0);
    QDragEnterEvent enter(pos.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(p, &enter);
    QDropEvent drop(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(p, &drop);
    QCOMPARE(NativePath::encode(p->inputFiles().contacts()), contacts);
    Prompt::presetFileNames({m_dir.filePath(u"einwilligungen-\uFFFD.csv"_s)});
    QVERIFY(p->chooseFiles());
    QCOMPARE(NativePath::encode(p->inputFiles().consentLog()), log);
    // QTemporaryDir cannot name them.
    QCOMPARE(::unlink(contacts.constData()), 0);
    QCOMPARE(::unlink(log.constData()), 0);
}

QTEST_MAIN(TestGuiDataAudit)
#include "tst_gui_dataaudit.moc"
