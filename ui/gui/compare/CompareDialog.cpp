#include "CompareDialog.h"

#include "ComparisonTableModel.h"
#include "DisplayText.h"
#include "PlainText.h"
#include "ReportModel.h"
#include "TrendChart.h"

#include <QChartView>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace readiness::ui {

namespace {
constexpr int kQuestionnaireRole = Qt::UserRole;
constexpr int kQuestionRole = Qt::UserRole + 1;

Result<compare::AssessmentSeries> compareWith(const AssessmentDocument &current, const QStringList &otherFiles,
                                              const QString &language)
{
    ReportModel::Options options;
    options.language = language;
    auto model = ReportModel::build(current, options);
    if (!model)
        return model.error();
    QList<compare::ComparedAssessment> list {
        compare::ComparedAssessment::fromModel(*model, current.path(), current.repository().fileId())};
    for (const QString &path : otherFiles) {
        auto other = compare::ComparedAssessment::load(path, language);
        if (!other)
            return other.error();
        list.append(std::move(other).value());
    }
    return compare::AssessmentSeries::of(std::move(list));
}
} // namespace

CompareDialog::CompareDialog(const AssessmentDocument &current, const QStringList &otherFiles, const QString &language,
                             QWidget *parent)
    : QDialog(parent)
    , m_language(language)
{
    setWindowTitle(tr("Compare assessments"));
    setObjectName(u"compareDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto series = compareWith(current, otherFiles, language);
    if (!series) {
        m_error = series.error().toString();
        layout->addWidget(PlainText::label(new QLabel(m_error, this)));
        layout->addWidget(buttons);
        return;
    }
    m_series = std::move(series).value();

    QStringList warnings;
    for (const compare::AssessmentSeries::Warning &w : std::as_const(m_series->warnings))
        warnings << (w.kind == compare::AssessmentSeries::Warning::Kind::SameFile
                         ? tr("%1 and %2 are the same assessment file, or copies of it.").arg(w.file, w.otherFile)
                         : tr("%1 is an assessment of “%2”, %3 of “%4”: compared all the same.")
                               .arg(w.file, w.organisation, w.otherFile, w.otherOrganisation));
    if (!warnings.isEmpty()) {
        auto *label = PlainText::label(new QLabel(warnings.join(u'\n'), this));
        label->setObjectName(u"compareWarnings"_s);
        label->setWordWrap(true);
        layout->addWidget(label);
    }

    m_model = new ComparisonTableModel(this);
    m_model->setSeries(*m_series, language);
    m_table = new QTableView(this);
    m_table->setObjectName(u"comparisonTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->resizeColumnsToContents();
    m_table->setAccessibleName(tr("Scores by section"));
    m_table->setCurrentIndex(m_model->index(0, 0));
    layout->addWidget(m_table, 2);

    // The lists describe the open assessment against the one before it
    // (or, when it is the oldest, against the next).
    qsizetype at = 0;
    for (qsizetype i = 0; i < m_series->assessments.size(); ++i)
        if (m_series->assessments.at(i).path == current.path())
            at = i;
    const compare::AssessmentComparison &step = m_series->steps.at(std::max<qsizetype>(at - 1, 0));
    auto *between = PlainText::label(new QLabel(
        tr("Changes from %1 to %2:").arg(QFileInfo(step.olderPath).fileName(), QFileInfo(step.newerPath).fileName()),
        this));
    layout->addWidget(between);
    layout->addWidget(buildLists(step), 1);
    if (m_series->assessments.size() >= 3) {
        m_chart = buildChart();
        layout->addWidget(m_chart, 2);
    }
    layout->addWidget(buttons);
    resize(900, m_chart ? 860 : 600);
}

QWidget *CompareDialog::buildLists(const compare::AssessmentComparison &step)
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    const QList<std::pair<QString, const QList<compare::AssessmentComparison::QuestionChange> *>> lists = {
        {tr("Newly critical (%1)").arg(step.newlyCritical.size()), &step.newlyCritical},
        {tr("Resolved (%1)").arg(step.resolved.size()), &step.resolved},
        {tr("Went down (%1)").arg(step.wentDown.size()), &step.wentDown},
    };
    const QStringList names = {u"newlyCriticalList"_s, u"resolvedList"_s, u"wentDownList"_s};
    for (int i = 0; i < lists.size(); ++i) {
        auto *group = new QGroupBox(lists.at(i).first, box);
        auto *list = new QListWidget(group);
        list->setObjectName(names.at(i));
        list->setAccessibleName(lists.at(i).first);
        for (const compare::AssessmentComparison::QuestionChange &c : *lists.at(i).second) {
            const QString before = c.before.isEmpty() ? u"—"_s : c.before;
            auto *item = new QListWidgetItem(u"%1\n%2 → %3"_s.arg(c.text, before, c.after), list);
            item->setData(kQuestionnaireRole, c.questionnaireId);
            item->setData(kQuestionRole, c.questionId);
            item->setToolTip(PlainText::toolTip(c.questionnaireId + u':' + c.questionId));
        }
        // Double-click or Enter: show the question in the window.
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            emit questionRequested(item->data(kQuestionnaireRole).toString(), item->data(kQuestionRole).toString());
        });
        auto *groupLayout = new QVBoxLayout(group);
        groupLayout->addWidget(list);
        row->addWidget(group);
        m_lists.append(list);
    }
    return box;
}

QChartView *CompareDialog::buildChart()
{
    QStringList dates;
    for (const compare::ComparedAssessment &a : m_series->assessments)
        dates << DisplayText::date(a.date.toUTC().date(), m_language);
    auto lines = m_series->trend();
    lines.first().title = tr("Overall");
    auto *view = new QChartView(TrendChart::create(lines, dates, tr("Readiness by assessment date")), this);
    view->setObjectName(u"trendChart"_s);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(280);
    return view;
}

} // namespace readiness::ui
