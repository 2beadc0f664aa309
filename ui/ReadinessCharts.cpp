#include "ReadinessCharts.h"

#include "PlainText.h"
#include "RagColors.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QPolarChart>
#include <QScatterSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace readiness::ui::ReadinessCharts {

namespace {
void styleChart(QChart *chart, const Style &style)
{
    // Never animated: charts are exported, and update live on every answer.
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setFont(style.font);
    chart->setTitleFont(style.font);
    chart->setTitleBrush(style.ink);
    chart->legend()->setFont(style.font);
    chart->legend()->setLabelColor(style.ink);
}

// Qt Charts renders axis and legend labels as HTML: callers pass section
// titles and scale labels through PlainText::forHtml.
void styleAxis(QAbstractAxis *axis, const Style &style)
{
    axis->setLabelsFont(style.axisFont);
    axis->setLabelsColor(style.ink);
    axis->setGridLineColor(style.rule);
    axis->setLinePenColor(style.rule);
    // A chart rendered without being shown would elide against an unfinished
    // layout: keep full labels (callers shorten them).
    axis->setTruncateLabels(false);
}

QLineSeries *ring(double radius, const QColor &colour)
{
    auto *series = new QLineSeries;
    for (int a = 0; a <= 360; a += 5)
        series->append(a, radius);
    series->setPen(QPen(colour, 1.0, Qt::DashLine));
    return series;
}

// Horizontal bars: categories on the left, counts along the bottom.
QValueAxis *addBarAxes(QChart *chart, QAbstractBarSeries *series, QBarCategoryAxis *categories, const Style &style)
{
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *values = new QValueAxis;
    values->setLabelFormat(u"%d"_s);
    styleAxis(categories, style);
    styleAxis(values, style);
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
    return values;
}
} // namespace

Style screenStyle(const QFont &font, const QPalette &palette)
{
    Style style;
    style.font = font;
    style.axisFont = font;
    style.ink = palette.color(QPalette::Text);
    style.rule = palette.color(QPalette::Mid);
    style.accent = palette.color(QPalette::Highlight);
    style.barBorder = palette.color(QPalette::Base);
    return style;
}

QString shortTitle(const QString &title, int max)
{
    return title.size() <= max ? title : title.left(max - 1).trimmed() + u"…"_s;
}

QPolarChart *radar(const QList<Section> &sections, const Style &style)
{
    auto *chart = new QPolarChart;
    styleChart(chart, style);
    chart->legend()->hide();
    auto *angular = new QCategoryAxis;
    angular->setRange(0, 360);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    auto *radial = new QValueAxis;
    radial->setRange(0, 100);
    radial->setTickCount(5);
    radial->setLabelFormat(u"%d"_s);
    styleAxis(angular, style);
    styleAxis(radial, style);
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);

    auto *scores = new QLineSeries;
    auto *points = new QScatterSeries;
    const qsizetype n = std::max<qsizetype>(1, sections.size());
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const double angle = 360.0 * double(i) / double(n);
        scores->append(angle, sections.at(i).percent);
        points->append(angle, sections.at(i).percent);
        angular->append(PlainText::forHtml(sections.at(i).radarLabel), angle);
    }
    if (!sections.isEmpty())
        scores->append(360, sections.first().percent); // close the shape
    scores->setPen(QPen(style.accent, 2.0));
    points->setMarkerSize(6);
    points->setColor(style.accent);
    points->setBorderColor(style.accent);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(ring(style.redBelow, RagColors::red())),
                               static_cast<QAbstractSeries *>(ring(style.amberBelow, RagColors::amber())),
                               static_cast<QAbstractSeries *>(scores), static_cast<QAbstractSeries *>(points)}) {
        chart->addSeries(s);
        s->attachAxis(angular);
        s->attachAxis(radial);
    }
    return chart;
}

QChart *levels(const QList<Section> &sections, const QStringList &levelLabels, const Style &style)
{
    auto *chart = new QChart;
    styleChart(chart, style);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *series = new QHorizontalStackedBarSeries;
    for (qsizetype level = 0; level < levelLabels.size(); ++level) {
        auto *set = new QBarSet(PlainText::forHtml(levelLabels.at(level)));
        set->setColor(RagColors::level(int(level), int(levelLabels.size())));
        set->setBorderColor(style.barBorder);
        // Top to bottom in questionnaire order: the bar axis counts upwards.
        for (qsizetype s = sections.size() - 1; s >= 0; --s)
            *set << sections.at(s).levelCounts.value(level);
        series->append(set);
    }
    auto *categories = new QBarCategoryAxis;
    for (qsizetype s = sections.size() - 1; s >= 0; --s)
        categories->append(PlainText::forHtml(sections.at(s).barLabel));
    QValueAxis *values = addBarAxes(chart, series, categories, style);
    int longest = 0;
    for (const Section &s : sections) {
        int total = 0;
        for (int count : s.levelCounts)
            total += count;
        longest = std::max(longest, total);
    }
    // Nice numbers need a non-empty range (a new assessment has no answers).
    values->setRange(0, std::max(1, longest));
    values->applyNiceNumbers();
    return chart;
}

QChart *counts(const QList<CountBar> &bars, const Style &style)
{
    auto *chart = new QChart;
    styleChart(chart, style);
    chart->legend()->setVisible(false);
    // Two sets stacked: each bar is in one of them (the other holds 0), so
    // severe findings stand out in red without a legend.
    auto *series = new QHorizontalStackedBarSeries;
    auto *ordinary = new QBarSet(u"findings"_s);
    auto *severe = new QBarSet(u"severe"_s);
    ordinary->setColor(style.accent);
    severe->setColor(RagColors::level(0, 5));
    for (QBarSet *set : {ordinary, severe})
        set->setBorderColor(style.barBorder);
    auto *categories = new QBarCategoryAxis;
    qint64 longest = 0;
    for (qsizetype i = bars.size() - 1; i >= 0; --i) {
        const CountBar &b = bars.at(i);
        *ordinary << (b.severe ? 0 : qreal(b.count));
        *severe << (b.severe ? qreal(b.count) : 0);
        categories->append(u"%1 (%2)"_s.arg(PlainText::forHtml(b.label)).arg(b.count));
        longest = std::max(longest, b.count);
    }
    series->append(ordinary);
    series->append(severe);
    QValueAxis *values = addBarAxes(chart, series, categories, style);
    values->setRange(0, qreal(std::max<qint64>(1, longest)));
    values->applyNiceNumbers();
    return chart;
}

} // namespace readiness::ui::ReadinessCharts
