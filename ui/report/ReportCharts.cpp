#include "ReportCharts.h"

#include "ReportModel.h"
#include "ReportStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPolarChart>
#include <QScatterSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace readiness::ui {

namespace {
QString shortTitle(const QString &title, int max)
{
    return title.size() <= max ? title : title.left(max - 1).trimmed() + u"…"_s;
}

QFont chartFont(int points)
{
    QFont font(ReportStyle::fontFamily(), points);
    font.setStyleStrategy(QFont::PreferNoShaping); // no "ﬁ" ligatures in extracted text
    return font;
}

void styleChart(QChart *chart)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->setBackgroundRoundness(0);
    chart->setFont(chartFont(7));
    chart->legend()->setFont(chartFont(7));
    chart->legend()->setLabelColor(ReportStyle::kInk);
}

void styleAxis(QAbstractAxis *axis)
{
    axis->setLabelsFont(chartFont(6));
    axis->setLabelsColor(ReportStyle::kInk);
    axis->setGridLineColor(ReportStyle::kRule);
    axis->setLinePenColor(ReportStyle::kRule);
    // The chart is never shown, so Qt's eliding would measure against a
    // layout that is not final: keep the full labels (the titles are short).
    axis->setTruncateLabels(false);
}

QLineSeries *ring(double radius, const QColor &colour)
{
    auto *series = new QLineSeries;
    for (int a = 0; a <= 360; a += 5)
        series->append(a, radius);
    QPen pen(colour, 1.0, Qt::DashLine);
    series->setPen(pen);
    return series;
}

// Levels from red (0) to green (top): an opaque ramp.
QColor levelColour(int index, int count)
{
    static const QColor ramp[] = {ReportStyle::kRed, QColor(0xE5, 0x98, 0x66), ReportStyle::kAmber,
                                  QColor(0x7D, 0xC5, 0x8F), ReportStyle::kGreen};
    if (count <= 1)
        return ReportStyle::kGreen;
    const int i = qRound(double(index) * 4 / (count - 1));
    return ramp[qBound(0, i, 4)];
}
} // namespace

ReportCharts::ReportCharts(const ReportModel &model)
    : m_scene(std::make_unique<QGraphicsScene>())
{
    const auto sections = model.scoredSections();
    m_sectionCount = int(sections.size());

    // Radar: one axis per scored section, with the red and amber thresholds
    // as dashed rings.
    auto *radar = new QPolarChart;
    styleChart(radar);
    radar->legend()->hide();
    auto *angular = new QCategoryAxis;
    angular->setRange(0, 360);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    auto *radial = new QValueAxis;
    radial->setRange(0, 100);
    radial->setTickCount(6);
    radial->setLabelFormat(u"%d"_s);
    styleAxis(angular);
    styleAxis(radial);
    radar->addAxis(angular, QPolarChart::PolarOrientationAngular);
    radar->addAxis(radial, QPolarChart::PolarOrientationRadial);
    auto *scores = new QLineSeries;
    auto *points = new QScatterSeries;
    const int n = std::max<int>(1, m_sectionCount);
    for (int i = 0; i < m_sectionCount; ++i) {
        const double angle = 360.0 * i / n;
        scores->append(angle, *sections.at(i)->score.percent);
        points->append(angle, *sections.at(i)->score.percent);
        // Axis numbers match the rows of the score table beside the chart:
        // full titles would squeeze the plot to nothing.
        angular->append(QString::number(i + 1), angle);
    }
    if (m_sectionCount > 0)
        scores->append(360, *sections.first()->score.percent);
    scores->setPen(QPen(ReportStyle::kAccent, 2.0));
    points->setMarkerSize(6);
    points->setColor(ReportStyle::kAccent);
    points->setBorderColor(ReportStyle::kAccent);
    const double redBelow = model.score.thresholds.redBelow;
    const double amberBelow = model.score.thresholds.amberBelow;
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(ring(redBelow, ReportStyle::kRed)),
                               static_cast<QAbstractSeries *>(ring(amberBelow, ReportStyle::kAmber)),
                               static_cast<QAbstractSeries *>(scores), static_cast<QAbstractSeries *>(points)}) {
        radar->addSeries(s);
        s->attachAxis(angular);
        s->attachAxis(radial);
    }
    m_radar = radar;

    // Answer levels per section: how many maturity answers sit at each level.
    auto *levels = new QChart;
    styleChart(levels);
    levels->legend()->setAlignment(Qt::AlignBottom);
    auto *series = new QHorizontalStackedBarSeries;
    const QStringList scale = model.questionnaires.isEmpty() ? QStringList() : model.questionnaires.first().scale;
    QStringList categories;
    QList<QBarSet *> sets;
    for (int l = 0; l < scale.size(); ++l) {
        auto *set = new QBarSet(scale.at(l));
        set->setColor(levelColour(l, int(scale.size())));
        set->setBorderColor(Qt::white);
        sets.append(set);
    }
    // Bars read top-down in the same order as the table, so add them reversed.
    for (int i = m_sectionCount - 1; i >= 0; --i) {
        const ReportModel::SectionDetail *s = sections.at(i);
        categories << u"%1. %2"_s.arg(i + 1).arg(shortTitle(s->title, 28));
        for (int l = 0; l < sets.size(); ++l)
            sets[l]->append(s->score.levelCounts.value(l));
    }
    series->append(sets);
    series->setBarWidth(0.7);
    levels->addSeries(series);
    auto *cat = new QBarCategoryAxis;
    cat->append(categories);
    auto *count = new QValueAxis;
    count->setLabelFormat(u"%d"_s);
    styleAxis(cat);
    styleAxis(count);
    levels->addAxis(cat, Qt::AlignLeft);
    levels->addAxis(count, Qt::AlignBottom);
    series->attachAxis(cat);
    series->attachAxis(count);
    count->applyNiceNumbers();
    m_levels = levels;

    m_scene->addItem(m_radar);
    m_scene->addItem(m_levels);
    m_radar->resize(size(Kind::Radar));
    m_levels->resize(size(Kind::Levels));
    // Lay the charts out now: the event loop that would do it may never run.
    for (QChart *c : {m_radar, m_levels})
        if (c->layout())
            c->layout()->activate();
}

ReportCharts::~ReportCharts() = default;

QSizeF ReportCharts::size(Kind kind, int sectionCount)
{
    if (kind == Kind::Radar)
        return {280, 280};
    return {640, 60 + 16.0 * std::max(1, sectionCount)};
}

QChart *ReportCharts::chart(Kind kind) const
{
    return kind == Kind::Radar ? m_radar : m_levels;
}

void ReportCharts::render(Kind kind, QPainter *painter, const QRectF &target)
{
    QChart *c = chart(kind);
    // Each chart gets the scene to itself while it is drawn.
    m_radar->setVisible(c == m_radar);
    m_levels->setVisible(c == m_levels);
    c->setPos(0, 0);
    m_scene->setSceneRect(QRectF(QPointF(0, 0), c->size()));
    m_scene->render(painter, target, m_scene->sceneRect(), Qt::KeepAspectRatio);
}

QImage ReportCharts::image(Kind kind, qreal scale)
{
    const QSizeF s = size(kind) * scale;
    QImage img(s.toSize(), QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    render(kind, &p, QRectF(QPointF(0, 0), s));
    return img;
}

} // namespace readiness::ui
