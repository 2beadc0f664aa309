#include "ReportCharts.h"

#include "ReadinessCharts.h"
#include "ReportModel.h"
#include "ReportStyle.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QPolarChart>

using namespace Qt::StringLiterals;

namespace readiness::ui {

namespace {
QFont chartFont(int points)
{
    QFont font(ReportStyle::fontFamily(), points);
    font.setStyleStrategy(QFont::PreferNoShaping); // no "ﬁ" ligatures in extracted text
    return font;
}

void stylePrint(QChart *chart)
{
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->setBackgroundRoundness(0);
}
} // namespace

ReportCharts::ReportCharts(const ReportModel &model)
    : m_scene(std::make_unique<QGraphicsScene>())
{
    const auto sections = model.scoredSections();
    m_sectionCount = int(sections.size());
    QList<ReadinessCharts::Section> points;
    for (int i = 0; i < m_sectionCount; ++i) {
        const ReportModel::SectionDetail *s = sections.at(i);
        // Radar axes are numbered like the rows of the score table beside
        // the chart: full titles would squeeze the plot to nothing.
        points.append({QString::number(i + 1), u"%1. %2"_s.arg(i + 1).arg(ReadinessCharts::shortTitle(s->title, 28)),
                       s->score.percent.value_or(0), s->score.levelCounts});
    }
    ReadinessCharts::Style style;
    style.font = chartFont(7);
    style.axisFont = chartFont(6);
    style.ink = ReportStyle::kInk;
    style.rule = ReportStyle::kRule;
    style.accent = ReportStyle::kAccent;
    style.barBorder = Qt::white;
    style.redBelow = model.score.thresholds.redBelow;
    style.amberBelow = model.score.thresholds.amberBelow;

    m_radar = ReadinessCharts::radar(points, style);
    const QStringList scale = model.questionnaires.isEmpty() ? QStringList() : model.questionnaires.first().scale;
    m_levels = ReadinessCharts::levels(points, scale, style);
    if (model.crmAudit) {
        QList<ReadinessCharts::CountBar> bars;
        for (const crm::StoredCount &c : model.crmAudit->counts)
            if (c.scope != "run"_L1)
                bars.append({ReadinessCharts::shortTitle(c.title, 40), c.count, crm::isSevereFinding(c.key)});
        m_findingCount = int(bars.size());
        m_crm = ReadinessCharts::counts(bars, style);
    }
    for (QChart *c : charts()) {
        stylePrint(c);
        m_scene->addItem(c);
    }
    m_radar->resize(size(Kind::Radar));
    m_levels->resize(size(Kind::Levels));
    if (m_crm)
        m_crm->resize(size(Kind::CrmAudit));
    // Lay the charts out now: the event loop that would do it may never run.
    for (QChart *c : charts())
        if (c->layout())
            c->layout()->activate();
}

QList<QChart *> ReportCharts::charts() const
{
    QList<QChart *> list {m_radar, m_levels};
    if (m_crm)
        list << m_crm;
    return list;
}

int ReportCharts::crmFindingCount(const ReportModel &model)
{
    int n = 0;
    if (model.crmAudit)
        for (const crm::StoredCount &c : model.crmAudit->counts)
            n += c.scope != "run"_L1;
    return n;
}

ReportCharts::~ReportCharts() = default;

QSizeF ReportCharts::size(Kind kind, int rows)
{
    if (kind == Kind::Radar)
        return {280, 280};
    return {640, (kind == Kind::CrmAudit ? 40 : 60) + 16.0 * std::max(1, rows)};
}

QChart *ReportCharts::chart(Kind kind) const
{
    if (kind == Kind::CrmAudit && m_crm)
        return m_crm;
    return kind == Kind::Radar ? m_radar : m_levels;
}

void ReportCharts::render(Kind kind, QPainter *painter, const QRectF &target)
{
    QChart *c = chart(kind);
    // Each chart gets the scene to itself while it is drawn.
    for (QChart *other : charts())
        other->setVisible(other == c);
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
