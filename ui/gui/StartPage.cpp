#include "StartPage.h"

#include "AppSettings.h"
#include "PlainText.h"
#include "ScaledFont.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace readiness::ui {

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
{
    auto *title = new QLabel(tr("GDPR Readiness"), this);
    scaleFont(title, 2.2, true);
    auto *subtitle = new QLabel(
        tr("Assess how ready an organisation is for the GDPR and PECR, gather the evidence and plan the actions."),
        this);
    subtitle->setWordWrap(true);

    auto *newButton = new QPushButton(QIcon::fromTheme(u"document-new"_s), tr("&New assessment…"), this);
    auto *openButton = new QPushButton(QIcon::fromTheme(u"document-open"_s), tr("&Open assessment…"), this);
    auto *demoButton = new QPushButton(QIcon::fromTheme(u"help-about"_s), tr("Try the &demo assessment"), this);
    newButton->setAccessibleName(tr("New assessment"));
    openButton->setAccessibleName(tr("Open assessment"));
    demoButton->setAccessibleName(tr("Try the demo assessment"));
    demoButton->setToolTip(tr("Opens a copy of the demo: the installed file is never changed."));
    m_recent->setAccessibleName(tr("Recent assessments"));
    m_recent->setSpacing(3);
    m_recent->setTextElideMode(Qt::ElideMiddle);
    auto *recentLabel = new QLabel(tr("&Recent assessments"), this);
    recentLabel->setBuddy(m_recent);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addWidget(demoButton);
    buttons->addStretch();
    auto *recent = new QVBoxLayout;
    recent->addWidget(recentLabel);
    recent->addWidget(m_recent);
    auto *columns = new QHBoxLayout;
    columns->addLayout(buttons, 1);
    columns->addLayout(recent, 2);
    auto *inner = new QVBoxLayout;
    inner->addWidget(title);
    inner->addWidget(subtitle);
    inner->addSpacing(fontMetrics().height());
    inner->addLayout(columns, 1);
    // Centred column, readable width on a wide screen or a projector.
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(inner, 4);
    outer->addStretch(1);

    connect(newButton, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(demoButton, &QPushButton::clicked, this, &StartPage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit recentFileRequested(item->data(Qt::UserRole).toString()); });
}

void StartPage::showEvent(QShowEvent *event)
{
    // Shown instead of a file just closed: its entry and score are new. A
    // window restored from minimised (spontaneous) keeps list and selection.
    if (!event->spontaneous())
        reloadRecentFiles();
    QWidget::showEvent(event);
}

void StartPage::reloadRecentFiles()
{
    const QListWidgetItem *current = m_recent->currentItem();
    const QString selected = current ? current->data(Qt::UserRole).toString() : QString();
    m_recent->clear();
    for (const QString &path : AppSettings::recentFiles()) {
        const QFileInfo info(path);
        const AppSettings::RecentSummary summary = AppSettings::recentSummary(path);
        const QString heading = summary.organisation.isEmpty() ? info.completeBaseName()
                                                               : summary.organisation + u" — "_s + summary.title;
        QStringList details;
        if (!summary.score.isEmpty())
            details << summary.score;
        if (info.exists())
            details << tr("modified %1").arg(QLocale().toString(info.lastModified(), QLocale::ShortFormat));
        details << info.fileName();
        auto *item = new QListWidgetItem(heading + u'\n' + details.join(u"  ·  "_s), m_recent);
        item->setToolTip(PlainText::toolTip(QDir::toNativeSeparators(path)));
        item->setData(Qt::UserRole, path);
        item->setIcon(QIcon::fromTheme(u"x-office-document"_s));
        if (!info.exists())
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    for (int i = 0; i < m_recent->count() && !selected.isEmpty(); ++i)
        if (m_recent->item(i)->data(Qt::UserRole).toString() == selected)
            m_recent->setCurrentRow(i);
    if (m_recent->count() == 0) {
        auto *item = new QListWidgetItem(tr("No recent assessments yet."), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace readiness::ui
