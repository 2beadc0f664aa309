// The Data audit page's widgets and their layout (DataAuditPage.h): kept
// apart from its behaviour so that each file stays readable.
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
#include "DataAuditPage.h"
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
#include <QRegularExpressionValidator>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace readiness::ui {

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
    // The country whose numbering plan reads a phone number when the
    // record's country is blank (stored with the run's parameters).
    m_region = new QLineEdit(u"GB"_s, box);
    m_region->setAccessibleName(tr("Default country for phone numbers"));
    m_region->setToolTip(tr("Two-letter country code (GB, IE, DE …) used to read phone numbers of records whose "
                            "country is blank."));
    m_region->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z]{2}"_s), m_region));
    m_region->setMaxLength(2);
    m_region->setMaximumWidth(fontMetrics().averageCharWidth() * 6);
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
    auto *regionLabel = new QLabel(tr("Phone countr&y if blank:"), box);
    regionLabel->setBuddy(m_region);
    settings->addWidget(regionLabel);
    settings->addWidget(m_region);
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
    // Columns are sized from the rows in view and a few more, not 1,000.
    m_results->horizontalHeader()->setResizeContentsPrecision(64);
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
    connect(m_runs, &AuditRunsPanel::runSelected, this, &DataAuditPage::showStoredRun);
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DataAuditPage::showCluster);
    return splitter;
}

} // namespace readiness::ui
