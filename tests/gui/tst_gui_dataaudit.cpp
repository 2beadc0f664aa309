// The Data audit page (issue 11) on the shared CRM sample: dropped files
// are recognised, the results table counts what the engine counts, filters
// and search work, the cluster view marks the differing consent cells, fix
// files, the column mapping for other CRMs, suggested levels and actions.
// The runs themselves (cancel, FIFOs, locks, slices, stored runs) are in
// tst_gui_dataaudit_runs.

#include "AuditFindingsFilter.h"
#include "AuditFindingsModel.h"
#include "AuditLinking.h"
#include "AuditRunsPanel.h"
#include "AuditSources.h"
#include "ClusterModel.h"
#include "ColumnMappingDialog.h"
#include "DataAuditFixture.h"
#include "FindingTypes.h"
#include "NativePath.h"
#include "SavedMappings.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QTranslator>

#include <fcntl.h>
#include <set>
#include <unistd.h>

using namespace readiness;
using namespace readiness::ui;
using namespace readiness::ui::test::audit;
using namespace Qt::StringLiterals;

class TestGuiDataAudit : public AuditWindowTest
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
    void fixFilesAreWrittenAfterTheWarning();
    void otherCrmNeedsAMappingSavedByName();
    void suggestedLevelIsAskedAndUndoable();
    void findingTypesBecomeActions();
    void reasonsAndStepsAreGermanInAGermanUi();
    void namesThatAreNotUtf8AreRecognised();
};

void TestGuiDataAudit::initTestCase()
{
    if (!QFileInfo::exists(kSample + u"/contacts.csv"_s))
        QSKIP("the shared CRM sample (../shared/data/crm-sample) is not here");
    openWindow();
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

// In a German UI the engine's texts the user reads are German: the reason
// of a suggested level (with the finding's title), the progress steps and
// why two records are duplicates.
void TestGuiDataAudit::reasonsAndStepsAreGermanInAGermanUi()
{
    installTranslations(*qApp, u"de"_s); // as Settings > Language does
    const crm::StoredAuditRun run = storedRuns().last();
    const QList<crm::MaturitySuggestion> suggestions = crm::suggestMaturity(run);
    QStringList steps;
    crm::AuditInputs in;
    in.contacts = sampleFiles().at(0);
    const auto engine = crm::runCrmAudit(in, {}, {}, nullptr, [&](const crm::AuditProgress &p) { steps << p.step; });
    const QStringList matched = crm::matchReasonNames(crm::SameEmail | crm::NameSwapped); // the cluster's reasons
    // The results table's tooltip: what each finding is and the law it cites.
    const int conflict = FindingTypes::bySeverity().first();
    const QString law = FindingTypes::law(conflict), description = FindingTypes::description(conflict);
    installTranslations(*qApp, u"en"_s);
    QCOMPARE(matched, (QStringList {u"gleiche E-Mail-Adresse"_s, u"Vor- und Nachname vertauscht"_s}));
    QVERIFY2(law.contains(u"DSGVO"_s) && law.contains(u"UWG"_s), qPrintable(law));
    QVERIFY2(description != FindingTypes::description(conflict), qPrintable(description)); // English again now
    QVERIFY(!suggestions.isEmpty());
    const QString reason = suggestions.first().reason;
    QVERIFY2(reason.startsWith(u"CRM-Datenprüfung, Lauf %1 vom "_s.arg(run.id)), qPrintable(reason));
    QVERIFY2(reason.contains(u", Stand "_s), qPrintable(reason));
    // German dates, numbers and percentages in the German sentence.
    static const QRegularExpression germanFigures(
        uR"(Lauf \d+ vom \d\d\.\d\d\.\d{4} \d\d:\d\d, Stand \d\d\.\d\d\.\d{4}: )"_s);
    static const QRegularExpression germanPercent(uR"(\(\d+,\d+ %\))"_s);
    static const QRegularExpression englishPercent(uR"(\d\.\d+ %)"_s);
    bool titled = false, percentShown = false;
    for (const crm::MaturitySuggestion &s : suggestions) {
        titled = titled || s.reason.contains(u"Dublette eines anderen Datensatzes"_s)
            || s.reason.contains(u"Dubletten mit widersprüchlicher Einwilligung"_s);
        QVERIFY2(germanFigures.match(s.reason).hasMatch(), qPrintable(s.reason));
        QVERIFY2(!englishPercent.match(s.reason).hasMatch(), qPrintable(s.reason));
        percentShown = percentShown || germanPercent.match(s.reason).hasMatch();
    }
    QVERIFY(titled);
    QVERIFY(percentShown);
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
