#include "TrendChart.h"

#include "PlainText.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

namespace readiness::ui::TrendChart {

QChart *create(const QList<compare::AssessmentSeries::TrendLine> &lines, const QStringList &dates, const QString &title)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(PlainText::forHtml(title));
    auto *x = new QBarCategoryAxis(chart);
    QStringList categories;
    for (const QString &d : dates)
        categories << PlainText::forHtml(d);
    x->append(categories);
    auto *y = new QValueAxis(chart);
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d %"));
    y->setTickCount(6);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (const compare::AssessmentSeries::TrendLine &line : lines) {
        auto *series = new QLineSeries(chart);
        series->setName(PlainText::forHtml(line.title));
        series->setPointsVisible(true);
        // A section without a score in one assessment has no point there.
        for (int i = 0; i < line.points.size(); ++i)
            if (line.points.at(i))
                series->append(i, *line.points.at(i));
        if (line.key.isEmpty()) {
            QPen pen = series->pen();
            pen.setWidth(4);
            series->setPen(pen);
        }
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

} // namespace readiness::ui::TrendChart
