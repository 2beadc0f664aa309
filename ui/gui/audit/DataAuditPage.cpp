#include "DataAuditPage.h"

#include "AppSettings.h"
#include "AssessmentSession.h"
#include "AuditFindingsFilter.h"
#include "AuditFindingsModel.h"
#include "AuditRepository.h"
#include "AuditRunner.h"
#include "AuditRunsPanel.h"
#include "AuditSources.h"
#include "AuditStorage.h"
#include "ClusterModel.h"
#include "ColumnMappingDialog.h"
#include "FindingTypes.h"
#include "NativePath.h"
#include "PlainText.h"
#include "Prompt.h"
#include "ReadinessCharts.h"
#include "SavedMappings.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace readiness::ui {

namespace {
QStringList localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (mime)
        for (const QUrl &url : mime->urls())
            if (url.isLocalFile())
                paths << NativePath::fromLocalFileUrl(url); // a name that is not UTF-8 keeps its bytes
    return paths;
}
} // namespace

DataAuditPage::DataAuditPage(AssessmentSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_runner(new AuditRunner(this))
    , m_model(new AuditFindingsModel(this))
    , m_filter(new AuditFindingsFilter(this))
    , m_cluster(new ClusterModel(this))
{
    setAcceptDrops(true);
    setAccessibleName(tr("Data audit"));
    m_filter->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildInputs());
    layout->addWidget(buildResults(), 1);

    connect(m_runner, &AuditRunner::progress, this, [this](int percent, const QString &step) {
        m_progress->setValue(percent);
        m_step->setText(step);
    });
    connect(m_runner, &AuditRunner::auditFinished, this, &DataAuditPage::onAuditFinished);
    connect(m_runner, &AuditRunner::fixFilesFinished, this, &DataAuditPage::onFixFilesFinished);
    connect(m_model, &AuditFindingsModel::filled, this, &DataAuditPage::emitIdleIfDone);
    setBusy(false, QString());
    fillFileList();
}

DataAuditPage::~DataAuditPage()
{
    m_runner->cancel(); // the runner joins its thread (~100 ms at most)
}

void DataAuditPage::fillFileList()
{
    m_fileList->clear();
    auto add = [this](const QString &role, const QString &path) {
        auto *item
            = new QListWidgetItem(role + u": "_s + NativePath::displayText(QFileInfo(path).fileName()), m_fileList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(PlainText::toolTip(QDir::toNativeSeparators(NativePath::displayText(path))));
    };
    if (!m_files.contacts().isEmpty()) {
        QString role = tr("Contacts (Dynamics 365)");
        if (m_files.contactsNeedMapping())
            role = m_files.mapping() ? tr("Contacts (mapping “%1”)").arg(m_files.mapping()->name())
                                     : tr("Contacts (needs a column mapping)");
        add(role, m_files.contacts());
    }
    if (!m_files.consentLog().isEmpty())
        add(tr("Consent log"), m_files.consentLog());
    for (const QString &path : m_files.mailchimp())
        add(tr("Mailchimp"), path);
    if (m_fileList->count() == 0)
        m_fileList->addItem(tr("No files yet: drop them here or choose them."));
}

bool DataAuditPage::addFiles(const QStringList &paths)
{
    QStringList problems;
    for (const QString &path : paths) {
        const auto r = m_files.add(path);
        if (r.kind == AuditInputFiles::Kind::Unreadable)
            problems << r.problem;
    }
    fillFileList();
    if (!problems.isEmpty())
        say(tr("Not added:") + u'\n' + problems.join(u'\n'), true);
    else
        say(m_files.contacts().isEmpty() ? tr("Add the contacts export too: the audit starts from it.") : QString());
    if (m_files.contactsNeedMapping() && !m_files.mapping())
        editMapping();
    setBusy(false, QString());
    return problems.isEmpty();
}

bool DataAuditPage::chooseFiles()
{
    QStringList paths = Prompt::openFileNames(this, tr("Choose the files to audit"), AppSettings::lastDirectory(),
                                              tr("CRM and Mailchimp exports (*.csv *.zip);;All files (*)"));
    if (paths.isEmpty())
        return false;
    for (QString &path : paths)
        path = NativePath::fromLossyPath(path); // the dialog's name decoded lossily: the file's bytes
    AppSettings::setLastDirectory(QFileInfo(paths.first()).absolutePath());
    return addFiles(paths);
}

void DataAuditPage::removeSelectedFile()
{
    if (const QListWidgetItem *item = m_fileList->currentItem()) {
        m_files.remove(item->data(Qt::UserRole).toString());
        fillFileList();
        setBusy(false, QString());
    }
}

bool DataAuditPage::editMapping()
{
    if (m_files.contacts().isEmpty())
        return false;
    SavedMappings store;
    ColumnMappingDialog dialog(m_files.contactsHeader(), store, this);
    if (Prompt::exec(dialog) != QDialog::Accepted || !dialog.mapping())
        return false;
    m_files.setMapping(*dialog.mapping());
    fillFileList();
    setBusy(false, QString());
    return true;
}

void DataAuditPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!isRunning() && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void DataAuditPage::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (isRunning() || paths.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(paths);
}

bool DataAuditPage::isRunning() const
{
    return m_runner->isRunning() || m_linking;
}

void DataAuditPage::setBusy(bool busy, const QString &what)
{
    for (QWidget *w :
         std::initializer_list<QWidget *> {m_choose, m_mapping, m_retention, m_asOfSet, m_checkNumbers, m_region})
        w->setEnabled(!busy);
    m_asOf->setEnabled(!busy && m_asOfSet->isChecked());
    m_remove->setEnabled(!busy && m_fileList->currentItem() && m_fileList->currentItem()->data(Qt::UserRole).isValid());
    m_mapping->setEnabled(!busy && m_files.contactsNeedMapping());
    m_run->setEnabled(!busy && m_files.ready());
    m_cancel->setEnabled(busy && !m_cancelRequested);
    m_writeFixes->setEnabled(!busy && m_result != nullptr && !m_result->idsOnly);
    m_progress->setVisible(busy);
    if (busy) {
        m_step->setText(what);
        m_progress->setValue(0);
    } else {
        m_step->clear();
    }
}

void DataAuditPage::say(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? u"color: #C0392B"_s : QString());
    m_message->setVisible(!text.isEmpty());
}

bool DataAuditPage::runAudit()
{
    if (isRunning() || !m_files.ready())
        return false;
    crm::RuleSettings rules;
    rules.retentionYears = m_retention->value();
    if (m_asOfSet->isChecked()) {
        const QDate d = m_asOf->date();
        rules.asOf = crm::daysFromCivil(d.year(), d.month(), d.day()) * 86400;
    }
    rules.checkNumbersWithLibphonenumber = m_checkNumbers->isChecked();
    if (m_region->hasAcceptableInput())
        rules.defaultRegion = m_region->text().toUpper();
    crm::DuplicateSettings duplicates;
    duplicates.defaultRegion = rules.defaultRegion;
    m_idlePending = false; // a fill still running belongs to the last run
    m_cancelRequested = false;
    m_cancelLatencyMs = -1;
    m_resultInputs = m_files.inputs();
    // Stored on the worker once the audit succeeded: a cancelled or failed
    // run leaves the assessment as it was, and the window never waits.
    if (!m_runner->startAudit(m_resultInputs, rules, duplicates, m_runs->storeOnWorker()))
        return false;
    say(QString());
    setBusy(true, tr("Starting…"));
    return true;
}

void DataAuditPage::cancel()
{
    if (!isRunning() || m_cancelRequested)
        return;
    m_cancelRequested = true;
    m_cancelClock.start();
    m_runner->cancel();
    m_cancel->setEnabled(false);
    m_step->setText(tr("Cancelling…"));
}

void DataAuditPage::finishCancel()
{
    m_cancelLatencyMs = m_cancelClock.elapsed();
    say(tr("Cancelled. Nothing was written or stored."));
}

void DataAuditPage::onAuditFinished()
{
    auto result = m_runner->takeAuditResult();
    if (m_rereading) {
        onRereadFinished(std::move(result));
        return;
    }
    const auto stored = m_runner->takeStoreResult();
    const bool cancelled = m_cancelRequested && !result;
    setBusy(false, QString());
    if (cancelled) {
        finishCancel();
    } else if (!result) {
        say(tr("The audit stopped: %1").arg(result.error().toString()), true);
    } else {
        m_shownRunId = stored && *stored ? **stored : 0;
        replaceResult(std::move(*result), m_runner->takeRows());
        if (!stored)
            say(tr("Not stored: the assessment is open read-only."), true);
        else if (!*stored)
            say(tr("Not stored in the assessment: %1").arg(stored->error().message), true);
        else
            linkStoredRun(**stored, m_cancelRequested);
    }
    m_cancelRequested = false;
    setBusy(false, QString());
    if (!cancelled && result && !m_linking)
        emit auditSucceeded();
    finishWhenDone();
}

void DataAuditPage::linkStoredRun(qint64 runId, bool tooLateToCancel)
{
    // Its own turn: the table's first rows and the chart are on screen
    // before the link's commit (an fsync) runs on the GUI thread. A 1 ms
    // timer rather than a posted event, so the window's timers run first.
    m_linking = true;
    QTimer::singleShot(1, this, [this, runId, tooLateToCancel] {
        say((tooLateToCancel ? tr("Too late to cancel: the run had been stored.") + u' ' : QString())
            + m_runs->showStored(runId));
        m_linking = false;
        emit auditSucceeded();
        emitIdleIfDone();
    });
}

void DataAuditPage::finishWhenDone()
{
    m_idlePending = true;
    emitIdleIfDone();
}

void DataAuditPage::emitIdleIfDone()
{
    // Idle once the results table holds every row (it fills in slices)
    // and the run is linked.
    if (m_idlePending && !m_linking && !m_model->isFilling()) {
        m_idlePending = false;
        emit idle();
    }
}

bool DataAuditPage::showStoredRun(qint64 runId)
{
    if (isRunning() || runId == 0 || runId == m_shownRunId)
        return false;
    const AssessmentDocument &doc = m_session.document();
    auto run = crm::AuditRepository(doc.repository().file()).run(runId);
    if (!run) {
        say(run.error().message, true);
        return false;
    }
    if (!m_runner->startReread(*run))
        return false;
    m_idlePending = false; // a fill still running belongs to the last run
    m_rereading = *run;
    m_cancelRequested = false;
    m_cancelLatencyMs = -1;
    say(QString());
    setBusy(true, tr("Checking the files of run %1…").arg(runId));
    return true;
}

void DataAuditPage::onRereadFinished(Result<std::shared_ptr<crm::AuditResult>> result)
{
    const crm::StoredAuditRun run = *std::exchange(m_rereading, std::nullopt);
    const bool cancelled = m_cancelRequested;
    m_cancelRequested = false;
    setBusy(false, QString());
    if (cancelled) {
        finishCancel();
    } else if (result) {
        m_resultInputs = crm::inputsOf(run);
        m_shownRunId = run.id;
        replaceResult(std::move(*result), m_runner->takeRows());
        say(tr("Run %1: its files are unchanged (same SHA-256) and were read again to show its records.").arg(run.id));
    } else if (result.error().message == "sources"_L1) {
        // What was stored, and no more: ids, clusters and findings.
        const crm::AuditRepository store(std::as_const(m_session.document()).repository().file());
        auto records = store.recordFindings(run.id);
        auto addresses = store.addressFindings(run.id);
        if (!records || !addresses) {
            say((records ? addresses.error() : records.error()).message, true);
        } else {
            m_resultInputs = {};
            m_shownRunId = run.id;
            replaceResult(std::make_shared<crm::AuditResult>(crm::resultFromStored(run, *records, *addresses)));
            say(tr("The files of run %1 are not all there unchanged, so its records cannot be shown with names, "
                   "e-mail addresses and phone numbers:\n%2\nShown instead: record numbers, CRM ids, clusters and "
                   "findings as stored in the assessment.")
                    .arg(run.id)
                    .arg(m_runner->sourceProblems()),
                true);
        }
    } else {
        say(tr("Run %1 could not be read again: %2").arg(run.id).arg(result.error().toString()), true);
    }
    setBusy(false, QString());
    finishWhenDone();
}

void DataAuditPage::replaceResult(std::shared_ptr<const crm::AuditResult> result,
                                  std::shared_ptr<const AuditFindingsModel::Rows> rows)
{
    std::shared_ptr<const crm::AuditResult> previous = std::exchange(m_result, std::move(result));
    showResult(std::move(rows));
    // The views hold the new result now: when this was the last reference,
    // the old one's hundreds of thousands of blocks are freed off the GUI
    // thread (~40 ms of CPU at 500,000 contacts).
    crm::releaseInBackground(std::move(previous));
}

void DataAuditPage::showResult(std::shared_ptr<const AuditFindingsModel::Rows> rows)
{
    m_model->setResult(m_result, std::move(rows));
    m_cluster->setCluster(nullptr, {});
    m_clusterTitle->setText(tr("Select a result to see its records side by side."));
    m_reasons->clear();
    const crm::AuditResult &r = *m_result;
    QList<ReadinessCharts::CountBar> bars;
    QStringList spoken;
    for (const int type : FindingTypes::bySeverity()) {
        if ((FindingTypes::isAddressType(type) && !r.crossCheck)
            || (type == 5 && !r.settings.checkNumbersWithLibphonenumber))
            continue;
        const qint64 count = FindingTypes::isAddressType(type)
            ? r.addressCount(crm::AddressFinding(FindingTypes::bit(type) >> FindingTypes::kAddressShift))
            : r.recordCount(crm::RecordFinding(FindingTypes::bit(type)));
        bars.append({FindingTypes::title(type), count, crm::isSevereFinding(FindingTypes::key(type))});
        spoken << u"%1: %2"_s.arg(FindingTypes::title(type)).arg(count);
    }
    QChart *old = m_chart->chart();
    m_chart->setChart(ReadinessCharts::counts(bars, ReadinessCharts::screenStyle(font(), palette())));
    delete old;
    m_chart->setAccessibleDescription(spoken.join(u"; "_s)); // the figures, for a screen reader
    const QLocale locale;
    if (r.idsOnly) {
        m_summary->setText(tr("As stored: %1 contacts as of %2, %3 duplicate clusters. Names, e-mail addresses and "
                              "phone numbers are not stored with a run.")
                               .arg(locale.toString(qlonglong(r.contacts.rows.size())),
                                    crm::formatSeconds(r.settings.asOf).left(10),
                                    locale.toString(qulonglong(r.duplicates.clusters))));
        return;
    }
    m_summary->setText(
        tr("%1 contacts audited in %2 s, as of %3 (stale: untouched since before %4). %5 duplicate clusters, %6 "
           "matched pairs.")
            .arg(locale.toString(qlonglong(r.contacts.rows.size())), locale.toString(r.durationMs / 1000.0, 'f', 1),
                 crm::formatSeconds(r.settings.asOf).left(10), crm::formatSeconds(r.staleCutoff).left(10),
                 locale.toString(qulonglong(r.duplicates.clusters)),
                 locale.toString(qulonglong(r.duplicates.pairs.size()))));
    // From the first rows only (resizeContentsPrecision, set when the view
    // is built): every column of 1,000 rows took ~30 ms of CPU.
    m_results->resizeColumnsToContents();
    // An address in several records lists their ids: capped, so that the
    // findings column stays in view.
    const int widest = fontMetrics().averageCharWidth() * 40;
    for (int c = 0; c < AuditFindingsModel::Findings; ++c)
        m_results->setColumnWidth(c, std::min(m_results->columnWidth(c), widest));
}

void DataAuditPage::showCluster()
{
    const QModelIndex current = m_results->currentIndex();
    if (!current.isValid() || !m_result) {
        m_cluster->setCluster(nullptr, {});
        return;
    }
    const QModelIndex source = m_filter->mapToSource(current);
    std::vector<std::uint32_t> rows = m_model->relatedRecords(source.row());
    if (m_result->idsOnly) {
        // Nothing of the records but their ids was stored: name them.
        QStringList ids;
        for (const std::uint32_t r : rows)
            ids << tr("record %1 (%2)")
                       .arg(r + 1)
                       .arg(
                           QString::fromUtf8(m_result->contacts.view(m_result->contacts.rows[r].id).data(),
                                             qsizetype(m_result->contacts.view(m_result->contacts.rows[r].id).size())));
        m_cluster->setCluster(nullptr, {});
        m_clusterTitle->setText(tr("The run's files are not available unchanged: only ids are shown."));
        m_reasons->setText(ids.join(u", "_s));
        return;
    }
    if (rows.size() > 1)
        m_clusterTitle->setText(source.data(AuditFindingsModel::RecordRowRole).toInt() >= 0
                                    ? tr("Duplicate cluster: %n records side by side", nullptr, int(rows.size()))
                                    : tr("CRM records with this address: %n", nullptr, int(rows.size())));
    else
        m_clusterTitle->setText(rows.empty() ? tr("No CRM record has this address.")
                                             : tr("This record has no duplicate."));
    m_cluster->setCluster(m_result, std::move(rows));
    QStringList lines = m_cluster->matchReasons();
    int firstDiffering = -1;
    for (int f = ClusterModel::DoNotFax; f >= ClusterModel::DoNotEmail; --f)
        if (m_cluster->differs(f)) {
            lines.prepend(tr("≠ The records disagree on “%1”: a merge must keep “Do Not Allow”.")
                              .arg(ClusterModel::fieldName(f)));
            firstDiffering = f;
        }
    // The consent rows are what matters here: bring the first one that differs into view.
    if (firstDiffering >= 0)
        m_clusterView->scrollTo(m_cluster->index(firstDiffering, 0), QAbstractItemView::PositionAtCenter);
    m_reasons->setText(lines.join(u'\n'));
}

bool DataAuditPage::writeFixFiles()
{
    if (!m_result || isRunning())
        return false;
    const QString folder = NativePath::fromLossyPath(
        Prompt::existingDirectory(this, tr("Folder for the fix files"), AppSettings::lastDirectory()));
    if (folder.isEmpty())
        return false;
    const auto answer = Prompt::ask(
        this,
        {QMessageBox::Warning, tr("Fix files contain personal data"),
         tr("The fix files hold names, e-mail addresses and phone numbers from the CRM. Keep them in a safe place "
            "(they are readable by you only), import them into the CRM and Mailchimp, then delete them."),
         QString()},
        QMessageBox::Ok | QMessageBox::Cancel, {{QMessageBox::Ok, tr("Write fix files")}});
    if (answer != QMessageBox::Ok)
        return false;
    m_cancelRequested = false;
    if (!m_runner->startFixFiles(m_result, m_resultInputs, folder))
        return false;
    say(QString());
    setBusy(true, tr("Writing the fix files…"));
    m_progress->setRange(0, 0); // no steps to report: busy
    return true;
}

void DataAuditPage::onFixFilesFinished()
{
    auto written = m_runner->takeFixFilesResult();
    const bool cancelled = m_cancelRequested;
    m_cancelRequested = false;
    m_progress->setRange(0, 100);
    setBusy(false, QString());
    if (cancelled)
        finishCancel();
    else if (!written)
        say(tr("The fix files were not written: %1").arg(written.error().toString()), true);
    else
        say(tr("Fix files written (personal data: delete them after the import):") + u'\n' + written->join(u'\n'));
    emit idle();
}

} // namespace readiness::ui
