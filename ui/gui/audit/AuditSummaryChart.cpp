#include "AuditSummaryChart.h"

#include "FindingTypes.h"
#include "PlainText.h"
#include "RagColors.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace readiness::ui::AuditSummaryChart {

bool isConsentType(int type)
{
    constexpr int A = FindingTypes::kAddressShift;
    switch (type) {
    case 1: // consent conflict
    case 6: // unprovable
    case 7: // opt-out ignored
    case 8: // out of order
    case A + 0: // unsubscribed in Mailchimp
    case A + 2: // suppression not in Mailchimp
    case A + 3: // Mailchimp only
    case A + 4: // single opt-in
    case A + 5: // opt-in after confirmation
        return true;
    default:
        return false;
    }
}

QChart *build(const QList<Bar> &bars, const ReadinessCharts::Style &style)
{
    auto *chart = new QChart;
    ReadinessCharts::styleChart(chart, style);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Two stacked sets, each zero where the other has the bar: one colour
    // per group without a series per bar.
    auto *consent = new QBarSet(FindingTypes::tr("Consent and suppression"));
    auto *quality = new QBarSet(FindingTypes::tr("Accuracy and retention"));
    consent->setColor(RagColors::red());
    quality->setColor(RagColors::amber());
    auto *categories = new QBarCategoryAxis;
    qint64 longest = 0;
    // Bottom to top: the bar axis counts upwards, the most serious goes last.
    for (qsizetype i = bars.size() - 1; i >= 0; --i) {
        const Bar &bar = bars.at(i);
        const bool isConsent = isConsentType(bar.type);
        *consent << (isConsent ? double(bar.count) : 0.0);
        *quality << (isConsent ? 0.0 : double(bar.count));
        categories->append(
            PlainText::forHtml(u"%1  %2"_s.arg(FindingTypes::title(bar.type), QLocale().toString(bar.count))));
        longest = std::max(longest, bar.count);
    }
    for (QBarSet *set : {consent, quality})
        set->setBorderColor(style.barBorder);
    auto *series = new QHorizontalStackedBarSeries;
    series->append(consent);
    series->append(quality);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *values = new QValueAxis;
    values->setLabelFormat(u"%d"_s);
    ReadinessCharts::styleAxis(categories, style);
    ReadinessCharts::styleAxis(values, style);
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
    values->setRange(0, double(std::max<qint64>(1, longest)));
    values->applyNiceNumbers();
    return chart;
}

} // namespace readiness::ui::AuditSummaryChart
