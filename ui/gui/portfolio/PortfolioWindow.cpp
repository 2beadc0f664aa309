#include "PortfolioWindow.h"

#include "AppSettings.h"
#include "PortfolioFilter.h"
#include "PortfolioModel.h"
#include "PortfolioScanner.h"
#include "Prompt.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace readiness::ui {

using portfolio::BatchReport;
using portfolio::PortfolioEntry;
using portfolio::PortfolioScanner;

namespace {
constexpr int kDebounceMs = 300; // SQLite writes a file and its log in bursts
}

PortfolioWindow::PortfolioWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_program(QCoreApplication::applicationFilePath())
    , m_model(new PortfolioModel(this))
    , m_filter(new PortfolioFilter(this))
{
    setObjectName(u"portfolio-window"_s);
    m_filter->setSourceModel(m_model);
    buildUi();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &PortfolioWindow::rescanNow);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &PortfolioWindow::fileChanged);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &PortfolioWindow::folderChanged);
    m_pool.setMaxThreadCount(2); // one scan and one batch; each has its own threads inside
    resize(1100, 600);
}

PortfolioWindow::~PortfolioWindow()
{
    // The workers hold no pointer to this window (progress goes through
    // queued calls that die with it), but their results must not outlive it.
    if (m_cancelBatch)
        m_cancelBatch->store(true);
    m_pool.waitForDone();
}

void PortfolioWindow::buildUi()
{
    setWindowTitle(tr("Portfolio"));
    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("Filter by file or organisation"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Filter by file or organisation"));
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_text, [this] { m_text->setFocus(Qt::ShortcutFocusReason); });
    connect(m_text, &QLineEdit::textChanged, m_filter, &PortfolioFilter::setText);

    m_rag = new QComboBox(this);
    m_rag->setAccessibleName(tr("Filter by RAG rating"));
    m_rag->addItem(tr("Any rating"), -1);
    m_rag->addItem(tr("Red"), int(Rag::Red));
    m_rag->addItem(tr("Amber"), int(Rag::Amber));
    m_rag->addItem(tr("Green"), int(Rag::Green));
    connect(m_rag, &QComboBox::currentIndexChanged, this, [this] { m_filter->setRag(m_rag->currentData().toInt()); });

    m_state = new QComboBox(this);
    m_state->setAccessibleName(tr("Filter by state"));
    m_state->addItem(tr("All files"), int(PortfolioFilter::State::Any));
    m_state->addItem(tr("Not signed off"), int(PortfolioFilter::State::NotSignedOff));
    m_state->addItem(tr("Signed off"), int(PortfolioFilter::State::SignedOff));
    m_state->addItem(tr("With overdue actions"), int(PortfolioFilter::State::Overdue));
    m_state->addItem(tr("Cannot be read"), int(PortfolioFilter::State::Problems));
    connect(m_state, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setState(PortfolioFilter::State(m_state->currentData().toInt())); });

    auto *rescan = new QPushButton(tr("&Rescan"), this);
    rescan->setAccessibleName(tr("Read every file again"));
    connect(rescan, &QPushButton::clicked, this, &PortfolioWindow::startScan);
    m_reports = new QPushButton(tr("&Write all reports…"), this);
    m_reports->setAccessibleName(tr("Write every client's report"));
    connect(m_reports, &QPushButton::clicked, this, &PortfolioWindow::writeAllReports);

    m_view = new QTableView(this);
    m_view->setObjectName(u"portfolio-table"_s);
    m_view->setAccessibleName(tr("Assessments in the folder"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PortfolioModel::File, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setWordWrap(false);
    // activated: a double-click, or Enter on the current row.
    connect(m_view, &QTableView::activated, this, &PortfolioWindow::openIndex);

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Reading the folder"));
    m_progress->setMaximumWidth(200);
    m_progress->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_text, 1);
    top->addWidget(m_rag);
    top->addWidget(m_state);
    top->addWidget(rescan);
    top->addWidget(m_reports);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_progress);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    setTabOrder(m_text, m_rag);
    setTabOrder(m_rag, m_state);
    setTabOrder(m_state, m_view);
    setTabOrder(m_view, rescan);
    setTabOrder(rescan, m_reports);
}

void PortfolioWindow::setFolder(const QString &dir)
{
    m_folder = QDir(dir).absolutePath();
    setWindowTitle(tr("Portfolio — %1").arg(QDir::toNativeSeparators(m_folder)));
    m_model->setEntries({});
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_watcher.addPath(m_folder);
    startScan();
}

void PortfolioWindow::startScan()
{
    if (m_folder.isEmpty())
        return;
    if (m_scanning) { // read everything again once this scan ends
        m_pendingFolder = true;
        return;
    }
    m_pending.clear();
    m_pendingFolder = false;
    auto paths = PortfolioScanner::assessmentFiles(m_folder);
    if (!paths) {
        m_model->setEntries({});
        m_status->setText(paths.error().message);
        return;
    }
    m_scanIsFull = true;
    m_progress->setRange(0, int(paths->size()));
    m_progress->setValue(0);
    m_progress->show();
    m_status->setText(tr("Reading %n file(s)…", nullptr, int(paths->size())));
    runScan(*paths, true);
}

void PortfolioWindow::runScan(const QStringList &paths, bool full)
{
    m_scanning = true;
    m_scanIsFull = full;
    // The worker's queued calls die with the window, which waits for it.
    m_pool.start([this, scanner = m_scanner, paths, full]() mutable {
        if (!scanner) // the bundled questionnaires load here, not on the GUI thread
            scanner = std::make_shared<PortfolioScanner>();
        auto progress = [this](int done, int) {
            QMetaObject::invokeMethod(
                this, [this, done] { m_progress->setValue(done); }, Qt::QueuedConnection);
        };
        QList<PortfolioEntry> entries = scanner->scanFiles(paths, full ? progress : PortfolioScanner::Progress());
        QMetaObject::invokeMethod(
            this,
            [this, scanner, entries] {
                m_scanner = scanner;
                scanDone(entries);
            },
            Qt::QueuedConnection);
    });
}

void PortfolioWindow::scanDone(const QList<PortfolioEntry> &entries)
{
    m_scanning = false;
    if (m_scanIsFull) {
        m_model->setEntries(entries);
    } else {
        for (const PortfolioEntry &e : entries)
            m_model->updateEntry(e);
    }
    m_progress->hide();
    updateWatches();
    updateStatus();
    emit scanFinished();
    if (m_pendingFolder || !m_pending.isEmpty())
        m_debounce.start();
}

void PortfolioWindow::updateStatus()
{
    int problems = 0;
    for (const PortfolioEntry &e : m_model->entries())
        problems += e.readable() ? 0 : 1;
    const QString count = tr("%n assessment file(s)", nullptr, int(m_model->entries().size()));
    m_status->setText(
        problems ? tr("%1; %2 cannot be read (the reason is in the row's tooltip)").arg(count).arg(problems) : count);
}

void PortfolioWindow::updateWatches()
{
    // The file for its checkpoints, its -wal for each change saved while it
    // is open elsewhere (SQLite writes the log, not the file, until then).
    QStringList wanted;
    for (const PortfolioEntry &e : m_model->entries()) {
        wanted << e.path;
        if (QFileInfo::exists(e.path + u"-wal"_s))
            wanted << e.path + u"-wal"_s;
    }
    const QStringList watched = m_watcher.files();
    QStringList gone;
    for (const QString &f : watched)
        if (!wanted.contains(f))
            gone << f;
    if (!gone.isEmpty())
        m_watcher.removePaths(gone);
    QStringList added;
    for (const QString &f : std::as_const(wanted))
        if (!watched.contains(f))
            added << f;
    if (!added.isEmpty())
        m_watcher.addPaths(added);
}

void PortfolioWindow::fileChanged(const QString &path)
{
    QString file = path;
    if (file.endsWith(u"-wal"_s))
        file.chop(4);
    m_pending.insert(file);
    m_debounce.start();
}

void PortfolioWindow::folderChanged()
{
    // A file added, removed or renamed; a -wal, -shm or lock appearing or
    // going (the file opened or closed elsewhere).
    m_pendingFolder = true;
    m_debounce.start();
}

void PortfolioWindow::rescanNow()
{
    if (m_scanning) {
        m_debounce.start(); // after this scan
        return;
    }
    auto listed = PortfolioScanner::assessmentFiles(m_folder);
    if (!listed) {
        m_model->setEntries({});
        m_status->setText(listed.error().message);
        return;
    }
    QStringList paths;
    if (m_pendingFolder) {
        for (const PortfolioEntry &e : QList<PortfolioEntry>(m_model->entries()))
            if (!listed->contains(e.path))
                m_model->removePath(e.path);
        // Folder events say little about which file: look at each again
        // (cheap: a stat, and a read only when it changed or is in use).
        for (const QString &p : std::as_const(*listed)) {
            const int row = m_model->rowOf(p);
            const QFileInfo fi(p);
            const bool changed = row < 0 || m_model->entries().at(row).fileModified != fi.lastModified()
                || m_model->entries().at(row).fileSize != fi.size() || QFileInfo::exists(p + u"-wal"_s)
                || !m_model->entries().at(row).inUseBy.isEmpty();
            if (changed || m_pending.contains(p))
                paths << p;
        }
    } else {
        for (const QString &p : std::as_const(m_pending))
            if (listed->contains(p))
                paths << p;
    }
    m_pending.clear();
    m_pendingFolder = false;
    updateWatches();
    if (paths.isEmpty()) {
        updateStatus();
        return;
    }
    runScan(paths, false);
}

void PortfolioWindow::openIndex(const QModelIndex &proxyIndex)
{
    const QString path = proxyIndex.data(PortfolioModel::PathRole).toString();
    if (!path.isEmpty())
        emit openRequested(path); // the main window's open path says why a file cannot be opened
}

void PortfolioWindow::writeAllReports()
{
    if (m_writing || m_folder.isEmpty())
        return;
    auto inputs = PortfolioScanner::assessmentFiles(m_folder);
    if (!inputs || inputs->isEmpty()) {
        Prompt::inform(this, QMessageBox::Information, tr("Write all reports"),
                       tr("There are no assessment files in this folder."));
        return;
    }
    const QString out = Prompt::existingDirectory(this, tr("Folder for the reports"), m_folder);
    if (out.isEmpty())
        return;
    BatchReport::Options options;
    options.program = m_program;
    options.outputDir = out;
    options.reportArguments = {u"--language"_s, AppSettings::language() == "de"_L1 ? u"de"_s : u"en"_s};
    int existing = 0;
    for (const BatchReport::Item &item : BatchReport::plan(*inputs, out, false))
        existing += item.existing ? 1 : 0;
    if (existing > 0) {
        const auto answer
            = Prompt::ask(this,
                          {QMessageBox::Question,
                           tr("Write all reports"),
                           tr("%n report(s) from an earlier run are in this folder. Replace them?", nullptr, existing),
                           {}},
                          QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel)
            return;
        options.replace = answer == QMessageBox::Yes;
    }
    m_batchProgress = new QProgressDialog(tr("Writing the reports…"), tr("Cancel"), 0, int(inputs->size()), this);
    m_batchProgress->setWindowModality(Qt::WindowModal);
    m_batchProgress->setMinimumDuration(0);
    m_batchProgress->setAutoClose(false);
    m_batchProgress->setAutoReset(false);
    m_cancelBatch = std::make_shared<std::atomic_bool>(false);
    connect(m_batchProgress, &QProgressDialog::canceled, this, [cancel = m_cancelBatch] { cancel->store(true); });
    m_batchProgress->show();
    m_reports->setEnabled(false);
    m_writing = true;
    m_pool.start([this, inputs = *inputs, options, cancel = m_cancelBatch] {
        const auto items = BatchReport::run(
            inputs, options,
            [this](int done, int total, const BatchReport::Item &item) {
                const QString name = QFileInfo(item.input).fileName();
                QMetaObject::invokeMethod(
                    this,
                    [this, done, total, name] {
                        if (!m_batchProgress)
                            return;
                        // Label first: a window-modal setValue() processes events, and
                        // batchDone() may run inside it and drop m_batchProgress.
                        m_batchProgress->setLabelText(tr("Written %1 of %2 (%3)").arg(done).arg(total).arg(name));
                        m_batchProgress->setValue(done);
                    },
                    Qt::QueuedConnection);
            },
            cancel.get());
        QMetaObject::invokeMethod(
            this, [this, items] { batchDone(items); }, Qt::QueuedConnection);
    });
}

void PortfolioWindow::batchDone(const QList<BatchReport::Item> &items)
{
    m_writing = false;
    m_lastBatch = items;
    if (m_batchProgress) {
        m_batchProgress->deleteLater();
        m_batchProgress = nullptr;
    }
    m_reports->setEnabled(true);
    QStringList failures;
    for (const BatchReport::Item &item : std::as_const(m_lastBatch))
        if (!item.ok)
            failures << u"%1: %2"_s.arg(QFileInfo(item.input).fileName(), item.message);
    const int written = int(m_lastBatch.size() - failures.size());
    if (failures.isEmpty())
        Prompt::inform(this, QMessageBox::Information, tr("Write all reports"),
                       tr("All %n report(s) were written.", nullptr, written));
    else
        Prompt::inform(this, QMessageBox::Warning, tr("Write all reports"),
                       tr("%1 of %2 reports were written; %3 could not be written (see the details).")
                           .arg(written)
                           .arg(m_lastBatch.size())
                           .arg(failures.size()),
                       failures.join(u'\n'));
    emit reportsFinished();
}

} // namespace readiness::ui
