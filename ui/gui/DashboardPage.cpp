#include "DashboardPage.h"

#include "AppSettings.h"
#include "AssessmentSession.h"
#include "Clock.h"
#include "Countdown.h"
#include "DataPaths.h"
#include "RagColors.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPolarChart>
#include <QTimer>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace readiness::ui {

namespace {
QList<const SectionScore *> scoredSections(const QuestionnaireScore &score)
{
    QList<const SectionScore *> sections;
    for (const SectionScore &s : score.sections)
        if (!s.scoped)
            sections << &s;
    return sections;
}

QColor levelColour(int index, int count)
{
    // From red (lowest level) through amber to green (highest).
    if (count <= 1)
        return RagColors::green();
    const double t = double(index) / (count - 1);
    const QColor a = t < 0.5 ? RagColors::red() : RagColors::amber();
    const QColor b = t < 0.5 ? RagColors::amber() : RagColors::green();
    const double u = t < 0.5 ? t * 2 : (t - 0.5) * 2;
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * u),
                            float(a.greenF() + (b.greenF() - a.greenF()) * u),
                            float(a.blueF() + (b.blueF() - a.blueF()) * u));
}
} // namespace

DashboardPage::DashboardPage(AssessmentSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_questionnaire(new QComboBox(this))
    , m_radar(new QChartView(this))
    , m_levels(new QChartView(this))
    , m_refreshTimer(new QTimer(this))
{
    auto *figures = new QHBoxLayout;
    figures->addWidget(makeFigure(m_readiness, tr("Overall readiness")), 2);
    figures->addWidget(makeFigure(m_coverage, tr("Questions answered")), 1);
    figures->addWidget(makeFigure(m_countdown, tr("Until the target date"), &m_countdownDetail), 1);
    figures->addWidget(makeFigure(m_since, tr("Since GDPR applies (25 May 2018)"), &m_sinceDetail), 1);
    figures->addWidget(makeFigure(m_gaps, tr("Critical gaps")), 1);
    figures->addWidget(makeFigure(m_overdueLabel, tr("Overdue actions")), 1);
    QFont huge = m_readiness->font();
    huge.setPointSizeF(huge.pointSizeF() * 3.5);
    huge.setBold(true);
    m_readiness->setFont(huge);

    m_questionnaire->setAccessibleName(tr("Questionnaire shown in the charts"));
    for (const auto &entry : session.document().questionnaires())
        m_questionnaire->addItem(entry.questionnaire.title.text());
    for (QChartView *view : {m_radar, m_levels}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(fontMetrics().height() * 18);
    }
    m_radar->setAccessibleName(tr("Section scores radar chart"));
    m_levels->setAccessibleName(tr("Answer levels per section chart"));

    auto *layout = new QGridLayout(this);
    layout->addLayout(figures, 0, 0, 1, 2);
    layout->addWidget(m_questionnaire, 1, 0, 1, 2, Qt::AlignLeft);
    layout->addWidget(m_radar, 2, 0);
    layout->addWidget(m_levels, 2, 1);
    layout->setRowStretch(2, 1);

    // Many changes arrive in a burst (undo of a macro, import): redraw once.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardPage::refresh);
    connect(&session.document(), &AssessmentDocument::changed, m_refreshTimer, qOverload<>(&QTimer::start));
    connect(m_questionnaire, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    refresh();
}

QWidget *DashboardPage::makeFigure(QLabel *&value, const QString &caption, QLabel **detail)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    value = new QLabel(box);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    value->setFont(big);
    value->setAlignment(Qt::AlignCenter);
    value->setAccessibleDescription(caption);
    auto *label = new QLabel(caption, box);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    layout->addWidget(value, 1);
    if (detail) {
        *detail = new QLabel(box);
        (*detail)->setAlignment(Qt::AlignCenter);
        layout->addWidget(*detail);
    }
    layout->addWidget(label);
    return box;
}

QString DashboardPage::readinessText() const
{
    return m_readiness->text();
}

QString DashboardPage::countdownText() const
{
    return m_countdown->text();
}

QString DashboardPage::countdownDetailText() const
{
    return m_countdownDetail->text();
}

void DashboardPage::styleChart(QChart *chart) const
{
    // Follow the system palette, light or dark: no hard-coded window colours.
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(palette().base());
    chart->setTitleBrush(palette().text());
    chart->legend()->setLabelColor(palette().color(QPalette::Text));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(palette().text());
        axis->setGridLineColor(palette().color(QPalette::Mid));
    }
}

void DashboardPage::refresh()
{
    const AssessmentDocument &doc = m_session.document();
    const ReadinessScore score = doc.score();
    const QLocale locale;
    m_readiness->setText(score.percent ? locale.toString(*score.percent, 'f', 0) + u" %"_s : tr("–"));
    QPalette p = m_readiness->palette();
    p.setColor(QPalette::WindowText, RagColors::forRag(score.rag, palette().color(QPalette::WindowText)));
    m_readiness->setPalette(p);
    m_readiness->setAccessibleName(tr("Overall readiness %1, %2").arg(m_readiness->text(), ragName(score.rag)));
    m_coverage->setText(u"%1 / %2"_s.arg(score.answered).arg(score.applicable));
    m_criticalGaps = score.criticalGaps;
    m_gaps->setText(QString::number(score.criticalGaps));
    const QDate today = Clock::current().today();
    m_overdue = 0;
    for (const ActionRecord &a : doc.actions())
        m_overdue += a.isOverdue(today) ? 1 : 0;
    m_overdueLabel->setText(QString::number(m_overdue));

    auto calendar = HolidayCalendar::load(DataPaths::calendarsDir(), AppSettings::holidayCalendar());
    const HolidayCalendar cal = calendar ? *calendar : HolidayCalendar::none();
    const QDate target = doc.assessment().targetDate;
    if (target.isValid()) {
        const Countdown c = Countdown::between(today, target, cal);
        m_countdown->setText(c.since ? tr("%n day(s) ago", nullptr, int(c.calendarDays))
                                     : tr("%n day(s)", nullptr, int(c.calendarDays)));
        m_countdownDetail->setText(tr("%n working day(s) (%1 calendar)", nullptr, int(c.workingDays)).arg(cal.id()));
    } else {
        m_countdown->setText(tr("no target"));
        m_countdownDetail->clear();
    }
    const Countdown since = Countdown::between(gdprApplicationDate(), today, cal);
    m_since->setText(tr("%n day(s)", nullptr, int(since.calendarDays)));
    m_sinceDetail->setText(tr("%n working day(s) (%1 calendar)", nullptr, int(since.workingDays)).arg(cal.id()));

    const int q = std::max(0, m_questionnaire->currentIndex());
    if (q < score.questionnaires.size()) {
        fillRadar(q);
        fillLevels(q);
    }
}

void DashboardPage::fillRadar(int questionnaire)
{
    const ReadinessScore score = m_session.document().score(); // the sections point into it
    const QList<const SectionScore *> sections = scoredSections(score.questionnaires.at(questionnaire));
    auto *chart = new QPolarChart;
    chart->setTitle(tr("Section scores (%)"));
    chart->legend()->hide();
    auto *angular = new QCategoryAxis;
    angular->setRange(0, 360);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    auto *radial = new QValueAxis;
    radial->setRange(0, 100);
    radial->setTickCount(5);
    radial->setLabelFormat(u"%d"_s);
    auto *series = new QLineSeries;
    series->setPen(QPen(palette().color(QPalette::Highlight), 2.5));
    series->setPointsVisible(true);
    const int n = int(sections.size());
    for (int i = 0; i < n; ++i) {
        const double angle = 360.0 * i / std::max(1, n);
        series->append(angle, sections.at(i)->percent.value_or(0));
        QString title = sections.at(i)->title.text();
        if (title.size() > 22)
            title = title.left(20) + u'…';
        angular->append(title, angle);
    }
    if (n > 0)
        series->append(360, sections.first()->percent.value_or(0)); // close the shape
    chart->addSeries(series);
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    series->attachAxis(angular);
    series->attachAxis(radial);
    styleChart(chart);
    QChart *old = m_radar->chart();
    m_radar->setChart(chart);
    delete old;
}

void DashboardPage::fillLevels(int questionnaire)
{
    const AssessmentDocument &doc = m_session.document();
    const ReadinessScore score = doc.score(); // the sections point into it
    const QuestionnaireScore &qs = score.questionnaires.at(questionnaire);
    const AnswerScale &scale = doc.questionnaires().at(questionnaire).questionnaire.scale;
    const QList<const SectionScore *> sections = scoredSections(qs);
    auto *chart = new QChart;
    chart->setTitle(tr("Answers per level"));
    auto *series = new QHorizontalStackedBarSeries;
    for (int level = 0; level < scale.levels.size(); ++level) {
        auto *set = new QBarSet(scale.levels.at(level).label.text());
        set->setColor(levelColour(level, int(scale.levels.size())));
        set->setBorderColor(palette().color(QPalette::Base));
        // Top to bottom in questionnaire order: the bar axis counts upwards.
        for (int s = int(sections.size()) - 1; s >= 0; --s)
            *set << sections.at(s)->levelCounts.value(level);
        series->append(set);
    }
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    for (int s = int(sections.size()) - 1; s >= 0; --s) {
        QString title = sections.at(s)->title.text();
        if (title.size() > 28)
            title = title.left(26) + u'…';
        categories->append(title);
    }
    auto *values = new QValueAxis;
    values->setLabelFormat(u"%d"_s);
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
    chart->legend()->setAlignment(Qt::AlignBottom);
    styleChart(chart);
    QChart *old = m_levels->chart();
    m_levels->setChart(chart);
    delete old;
}

} // namespace readiness::ui
