#include "DashboardPage.h"

#include "AssessmentSession.h"
#include "Clock.h"
#include "Countdown.h"
#include "KeyDatesPanel.h"
#include "OrganisationDialog.h"
#include "Prompt.h"
#include "RagColors.h"
#include "ReadinessCharts.h"
#include "ScaledFont.h"
#include "ToReviewLabel.h"

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
#include <QPushButton>
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

} // namespace

DashboardPage::DashboardPage(AssessmentSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_questionnaire(new QComboBox(this))
    , m_radar(new QChartView(this))
    , m_levels(new QChartView(this))
    , m_refreshTimer(new QTimer(this))
    , m_keyDates(new KeyDatesPanel(session, this))
{
    auto *figures = new QHBoxLayout;
    figures->addWidget(makeFigure(m_readiness, tr("Overall readiness"), nullptr, 3.5), 2);
    figures->addWidget(makeFigure(m_coverage, tr("Questions answered")), 1);
    figures->addWidget(makeFigure(m_countdown, tr("Until the target date"), &m_countdownDetail), 1);
    figures->addWidget(makeFigure(m_since, tr("Since GDPR applies (25 May 2018)"), &m_sinceDetail), 1);
    figures->addWidget(makeFigure(m_gaps, tr("Critical gaps")), 1);
    figures->addWidget(makeFigure(m_overdueLabel, tr("Overdue actions")), 1);

    for (QLabel *countdown : {m_countdown, m_countdownDetail, m_since, m_sinceDetail})
        countdown->setToolTip(KeyDatesPanel::countdownRule());
    m_questionnaire->setAccessibleName(tr("Questionnaire shown in the charts"));
    for (const auto &entry : session.document().questionnaires())
        m_questionnaire->addItem(entry.questionnaire.title.text());
    for (QChartView *view : {m_radar, m_levels})
        view->setRenderHint(QPainter::Antialiasing);
    applyChartHeights();
    m_radar->setAccessibleName(tr("Section scores radar chart"));
    m_levels->setAccessibleName(tr("Answer levels per section chart"));

    auto *layout = new QGridLayout(this);
    layout->addLayout(figures, 0, 0, 1, 2);
    layout->addWidget(m_questionnaire, 1, 0, 1, 2, Qt::AlignLeft);
    auto *organisation = new QPushButton(tr("&Organisation…"), this);
    organisation->setAccessibleName(tr("Edit the organisation profile"));
    organisation->setEnabled(!session.document().isReadOnly());
    connect(organisation, &QPushButton::clicked, this, &DashboardPage::editOrganisation);
    layout->addWidget(organisation, 1, 0, 1, 2, Qt::AlignRight);
    layout->addWidget(new ToReviewLabel(session, this), 1, 0, 1, 2, Qt::AlignCenter);
    layout->addWidget(m_radar, 2, 0);
    layout->addWidget(m_levels, 2, 1);
    layout->addWidget(m_keyDates, 3, 0, 1, 2);
    layout->setRowStretch(2, 1);

    // Many changes arrive in a burst (undo of a macro, import): redraw once.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardPage::refresh);
    // While hidden, changes only mark the page stale: nothing is drawn
    // that nobody sees, and opening a file does not wait for the charts.
    connect(&session.document(), &AssessmentDocument::changed, this, [this] {
        m_stale = true;
        if (isVisible())
            m_refreshTimer->start();
    });
    connect(m_questionnaire, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
}

void DashboardPage::editOrganisation()
{
    OrganisationDialog dialog(m_session.document().organisation(), this);
    if (Prompt::exec(dialog) != QDialog::Accepted)
        return;
    // One undoable edit (Edit ▸ Undo); a signed-off assessment refuses it.
    if (!m_session.setOrganisation(dialog.organisation())) {
        Prompt::inform(this, QMessageBox::Warning, tr("Organisation"), tr("The organisation was not changed."),
                       m_session.lastError());
        return;
    }
    refresh();
    m_keyDates->refresh();
}

void DashboardPage::applyChartHeights()
{
    for (QChartView *view : {m_radar, m_levels})
        view->setMinimumHeight(fontMetrics().height() * 18);
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        applyChartHeights(); // workshop mode on or off
    QWidget::changeEvent(event);
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureCurrent();
}

void DashboardPage::ensureCurrent() const
{
    if (m_stale)
        const_cast<DashboardPage *>(this)->refresh();
}

QWidget *DashboardPage::makeFigure(QLabel *&value, const QString &caption, QLabel **detail, double scale)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    value = new QLabel(box);
    value->setTextFormat(Qt::PlainText);
    scaleFont(value, scale, true);
    value->setAlignment(Qt::AlignCenter);
    value->setAccessibleDescription(caption);
    auto *label = new QLabel(caption, box);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    layout->addWidget(value, 1);
    if (detail) {
        *detail = new QLabel(box);
        (*detail)->setTextFormat(Qt::PlainText);
        (*detail)->setAlignment(Qt::AlignCenter);
        (*detail)->setWordWrap(true);
        layout->addWidget(*detail);
    }
    layout->addWidget(label);
    return box;
}

QString DashboardPage::readinessText() const
{
    ensureCurrent();
    return m_readiness->text();
}

QString DashboardPage::countdownText() const
{
    ensureCurrent();
    return m_countdown->text();
}

QString DashboardPage::countdownDetailText() const
{
    ensureCurrent();
    return m_countdownDetail->text();
}

void DashboardPage::refresh()
{
    m_stale = false;
    const AssessmentDocument &doc = m_session.document();
    const ReadinessScore score = doc.score();
    m_readiness->setText(formatPercent(score.percent));
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

    const HolidayCalendar &cal = m_session.calendar();
    const QDate target = doc.assessment().targetDate;
    if (target.isValid()) {
        const Countdown c = Countdown::between(today, target, cal);
        m_countdown->setText(c.since ? tr("%n day(s) ago", nullptr, int(c.calendarDays))
                                     : tr("%n day(s)", nullptr, int(c.calendarDays)));
        m_countdownDetail->setText(tr("%n working day(s) (%1)", nullptr, int(c.workingDays)).arg(cal.name().text()));
    } else {
        m_countdown->setText(tr("no target"));
        m_countdownDetail->clear();
    }
    const Countdown since = Countdown::between(gdprApplicationDate(), today, cal);
    m_since->setText(tr("%n day(s)", nullptr, int(since.calendarDays)));
    m_sinceDetail->setText(tr("%n working day(s) (%1)", nullptr, int(since.workingDays)).arg(cal.name().text()));

    const int q = std::max(0, m_questionnaire->currentIndex());
    if (q < score.questionnaires.size()) {
        fillRadar(score.questionnaires.at(q));
        fillLevels(q, score.questionnaires.at(q));
    }
}

ReadinessCharts::Style DashboardPage::chartStyle(const RagThresholds &thresholds) const
{
    ReadinessCharts::Style style = ReadinessCharts::screenStyle(font(), palette());
    style.redBelow = thresholds.redBelow;
    style.amberBelow = thresholds.amberBelow;
    return style;
}

QList<ReadinessCharts::Section> DashboardPage::chartSections(const QuestionnaireScore &score)
{
    QList<ReadinessCharts::Section> sections;
    for (const SectionScore *s : scoredSections(score)) {
        const QString title = s->title.text();
        sections.append({ReadinessCharts::shortTitle(title, 22), ReadinessCharts::shortTitle(title, 28),
                         s->percent.value_or(0), s->levelCounts});
    }
    return sections;
}

void DashboardPage::fillRadar(const QuestionnaireScore &score)
{
    QChart *chart = ReadinessCharts::radar(chartSections(score), chartStyle(score.thresholds));
    chart->setTitle(tr("Section scores (%)"));
    chart->setBackgroundBrush(palette().base());
    QChart *old = m_radar->chart();
    m_radar->setChart(chart);
    delete old;
}

void DashboardPage::fillLevels(int questionnaire, const QuestionnaireScore &score)
{
    QStringList levels;
    for (const ScaleLevel &level : m_session.document().questionnaires().at(questionnaire).questionnaire.scale.levels)
        levels << level.label.text();
    QChart *chart = ReadinessCharts::levels(chartSections(score), levels, chartStyle(score.thresholds));
    chart->setTitle(tr("Answers per level"));
    chart->setBackgroundBrush(palette().base());
    QChart *old = m_levels->chart();
    m_levels->setChart(chart);
    delete old;
}

} // namespace readiness::ui
