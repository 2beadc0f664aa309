#include "DataAuditPage.h"

#include "AppSettings.h"
#include "AssessmentSession.h"
#include "AuditFindingsFilter.h"
#include "AuditFindingsModel.h"
#include "AuditRepository.h"
#include "AuditRunner.h"
#include "AuditRunsPanel.h"
#include "ClusterModel.h"
#include "ColumnMappingDialog.h"
#include "FindingTypes.h"
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
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace readiness::ui {

namespace {
QStringList localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (mime)
        for (const QUrl &url : mime->urls())
            if (url.isLocalFile())
                paths << url.toLocalFile();
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
    setBusy(false, QString());
    fillFileList();
}

DataAuditPage::~DataAuditPage()
{
    m_runner->cancel(); // the runner joins its thread (~100 ms at most)
}

QWidget *DataAuditPage::buildInputs()
{
    auto *box = new QGroupBox(tr("Files to audit"), this);
    auto *hint = new QLabel(tr("Drop the CRM contacts export, the consent-event log and the Mailchimp audience "
                               "exports (CSV or zip) here, or choose them. Each file is recognised by its columns. "
                               "The files are only read, never changed."),
                            box);
    hint->setWordWrap(true);
    m_fileList = new QListWidget(box);
    m_fileList->setAccessibleName(tr("Files to audit"));
    m_fileList->setMaximumHeight(fontMetrics().height() * 6);
    m_choose = new QPushButton(QIcon::fromTheme(u"document-open"_s), tr("C&hoose files…"), box);
    m_remove = new QPushButton(QIcon::fromTheme(u"list-remove"_s), tr("Re&move file"), box);
    m_mapping = new QPushButton(tr("Column &mapping…"), box);
    m_choose->setAccessibleName(tr("Choose files"));
    m_remove->setAccessibleName(tr("Remove file"));
    m_mapping->setAccessibleName(tr("Column mapping"));

    m_retention = new QSpinBox(box);
    m_retention->setRange(0, 100);
    m_retention->setValue(6);
    m_retention->setSuffix(tr(" years"));
    m_retention->setAccessibleName(tr("Retention period in years"));
    m_asOfSet = new QCheckBox(tr("Audit &date:"), box);
    m_asOfSet->setToolTip(tr("Unchecked: the export date (the latest “Modified On” in the contacts)."));
    m_asOf = new QDateEdit(QDate::currentDate(), box);
    m_asOf->setCalendarPopup(true);
    m_asOf->setAccessibleName(tr("Audit date"));
    m_asOf->setEnabled(false);
    m_checkNumbers = new QCheckBox(tr("Check phone numbers with &libphonenumber (slower)"), box);
    m_run = new QPushButton(QIcon::fromTheme(u"system-run"_s), tr("&Run audit"), box);
    m_run->setAccessibleName(tr("Run audit"));
    m_run->setDefault(true);
    m_cancel = new QPushButton(QIcon::fromTheme(u"process-stop"_s), tr("&Cancel"), box);
    m_cancel->setAccessibleName(tr("Cancel audit"));
    m_progress = new QProgressBar(box);
    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Audit progress"));
    m_step = PlainText::label(new QLabel(box));
    m_message = PlainText::label(new QLabel(box));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *files = new QVBoxLayout;
    files->addWidget(m_choose);
    files->addWidget(m_remove);
    files->addWidget(m_mapping);
    files->addStretch();
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileList, 1);
    fileRow->addLayout(files);
    auto *retentionLabel = new QLabel(tr("Re&tention period:"), box);
    retentionLabel->setBuddy(m_retention);
    auto *settings = new QHBoxLayout;
    settings->addWidget(retentionLabel);
    settings->addWidget(m_retention);
    settings->addSpacing(12);
    settings->addWidget(m_asOfSet);
    settings->addWidget(m_asOf);
    settings->addSpacing(12);
    settings->addWidget(m_checkNumbers);
    settings->addStretch();
    auto *run = new QHBoxLayout;
    run->addWidget(m_run);
    run->addWidget(m_cancel);
    run->addWidget(m_progress, 1);
    run->addWidget(m_step, 1);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(hint);
    layout->addLayout(fileRow);
    layout->addLayout(settings);
    layout->addLayout(run);
    layout->addWidget(m_message);

    connect(m_choose, &QPushButton::clicked, this, &DataAuditPage::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, &DataAuditPage::removeSelectedFile);
    connect(m_mapping, &QPushButton::clicked, this, &DataAuditPage::editMapping);
    connect(m_run, &QPushButton::clicked, this, &DataAuditPage::runAudit);
    connect(m_cancel, &QPushButton::clicked, this, &DataAuditPage::cancel);
    connect(m_asOfSet, &QCheckBox::toggled, m_asOf, &QWidget::setEnabled);
    connect(m_fileList, &QListWidget::currentRowChanged, this, [this] { setBusy(isRunning(), QString()); });
    auto *escape = new QShortcut(QKeySequence::Cancel, this, this, &DataAuditPage::cancel);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    return box;
}

QWidget *DataAuditPage::buildResults()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QSplitter(Qt::Vertical, splitter);
    auto *summary = new QWidget(left);
    m_runs = new AuditRunsPanel(m_session, left);
    m_summary = PlainText::label(new QLabel(summary));
    m_summary->setWordWrap(true);
    m_chart = new QChartView(summary);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setAccessibleName(tr("Findings per type"));
    m_chart->setMinimumWidth(360);
    m_chart->setFocusPolicy(Qt::NoFocus);
    auto *summaryLayout = new QVBoxLayout(summary);
    summaryLayout->setContentsMargins(0, 0, 0, 0);
    summaryLayout->addWidget(m_summary);
    summaryLayout->addWidget(m_chart, 1);

    auto *right = new QSplitter(Qt::Vertical, splitter);
    auto *table = new QWidget(right);
    m_typeFilter = new QComboBox(table);
    m_typeFilter->setAccessibleName(tr("Show finding type"));
    m_typeFilter->addItem(tr("All findings"), -1);
    for (const int type : FindingTypes::bySeverity())
        m_typeFilter->addItem(FindingTypes::title(type), type);
    m_search = new QLineEdit(table);
    m_search->setPlaceholderText(tr("Search CRM id or e-mail"));
    m_search->setAccessibleName(tr("Search CRM id or e-mail"));
    m_search->setClearButtonEnabled(true);
    auto *find = new QShortcut(QKeySequence::Find, this, m_search, qOverload<>(&QWidget::setFocus));
    find->setContext(Qt::WidgetWithChildrenShortcut);
    m_writeFixes = new QPushButton(QIcon::fromTheme(u"document-save"_s), tr("Write fi&x files…"), table);
    m_writeFixes->setAccessibleName(tr("Write fix files"));
    auto *filterLabel = new QLabel(tr("&Show:"), table);
    filterLabel->setBuddy(m_typeFilter);
    m_results = new QTableView(table);
    m_results->setModel(m_filter);
    m_results->setAccessibleName(tr("Audit results"));
    m_results->setSortingEnabled(true);
    m_results->sortByColumn(AuditFindingsModel::Findings, Qt::AscendingOrder); // the most serious first
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->verticalHeader()->hide();
    m_results->setWordWrap(false);
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_results->horizontalHeader()->setStretchLastSection(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(filterLabel);
    bar->addWidget(m_typeFilter);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_writeFixes);
    auto *tableLayout = new QVBoxLayout(table);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(bar);
    tableLayout->addWidget(m_results, 1);

    auto *cluster = new QWidget(right);
    m_clusterTitle = PlainText::label(new QLabel(tr("Select a result to see its records side by side."), cluster));
    m_clusterView = new QTableView(cluster);
    m_clusterView->setModel(m_cluster);
    m_clusterView->setAccessibleName(tr("Records side by side"));
    m_clusterView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_clusterView->setWordWrap(false);
    m_reasons = PlainText::label(new QLabel(cluster));
    m_reasons->setWordWrap(true);
    auto *clusterLayout = new QVBoxLayout(cluster);
    clusterLayout->setContentsMargins(0, 0, 0, 0);
    clusterLayout->addWidget(m_clusterTitle);
    clusterLayout->addWidget(m_clusterView, 1);
    clusterLayout->addWidget(m_reasons);
    for (QTableView *view : {m_results, m_clusterView}) // compact rows: more records in sight
        view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({fontMetrics().averageCharWidth() * 62, fontMetrics().averageCharWidth() * 100});
    right->setSizes({1, 1});
    left->setSizes({3, 2}); // the chart first; the stored runs below it
    m_chart->setMinimumHeight(fontMetrics().height() * 14);

    connect(m_typeFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setFindingType(m_typeFilter->currentData().toInt()); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &AuditFindingsFilter::setSearch);
    connect(m_writeFixes, &QPushButton::clicked, this, &DataAuditPage::writeFixFiles);
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DataAuditPage::showCluster);
    return splitter;
}

void DataAuditPage::fillFileList()
{
    m_fileList->clear();
    auto add = [this](const QString &role, const QString &path) {
        auto *item = new QListWidgetItem(role + u": "_s + QFileInfo(path).fileName(), m_fileList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(PlainText::toolTip(QDir::toNativeSeparators(path)));
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
    const QStringList paths = Prompt::openFileNames(this, tr("Choose the files to audit"), AppSettings::lastDirectory(),
                                                    tr("CRM and Mailchimp exports (*.csv *.zip);;All files (*)"));
    if (paths.isEmpty())
        return false;
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
    return m_runner->isRunning();
}

void DataAuditPage::setBusy(bool busy, const QString &what)
{
    for (QWidget *w : std::initializer_list<QWidget *> {m_choose, m_mapping, m_retention, m_asOfSet, m_checkNumbers})
        w->setEnabled(!busy);
    m_asOf->setEnabled(!busy && m_asOfSet->isChecked());
    m_remove->setEnabled(!busy && m_fileList->currentItem() && m_fileList->currentItem()->data(Qt::UserRole).isValid());
    m_mapping->setEnabled(!busy && m_files.contactsNeedMapping());
    m_run->setEnabled(!busy && m_files.ready());
    m_cancel->setEnabled(busy && !m_cancelRequested);
    m_writeFixes->setEnabled(!busy && m_result != nullptr);
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
    crm::DuplicateSettings duplicates;
    duplicates.defaultRegion = rules.defaultRegion;
    m_cancelRequested = false;
    m_cancelLatencyMs = -1;
    m_resultInputs = m_files.inputs();
    if (!m_runner->startAudit(m_resultInputs, rules, duplicates))
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
    const bool cancelled = m_cancelRequested;
    setBusy(false, QString());
    if (cancelled) {
        finishCancel();
    } else if (!result) {
        say(tr("The audit stopped: %1").arg(result.error().toString()), true);
    } else {
        m_result = std::move(*result);
        showResult();
        // Stored only now, after a complete run: a cancelled or failed one
        // leaves the assessment as it was.
        auto stored = m_runs->store(*m_result);
        say(stored ? *stored : stored.error().message, !stored);
    }
    m_cancelRequested = false;
    setBusy(false, QString());
    if (!cancelled && result)
        emit auditSucceeded();
    emit idle();
}

void DataAuditPage::showResult()
{
    m_model->setResult(m_result);
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
    m_summary->setText(
        tr("%1 contacts audited in %2 s, as of %3 (stale: untouched since before %4). %5 duplicate clusters, %6 "
           "matched pairs.")
            .arg(locale.toString(qlonglong(r.contacts.rows.size())), locale.toString(r.durationMs / 1000.0, 'f', 1),
                 crm::formatSeconds(r.settings.asOf).left(10), crm::formatSeconds(r.staleCutoff).left(10),
                 locale.toString(qulonglong(r.duplicates.clusters)),
                 locale.toString(qulonglong(r.duplicates.pairs.size()))));
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
    const QString folder
        = Prompt::existingDirectory(this, tr("Folder for the fix files"), AppSettings::lastDirectory());
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
