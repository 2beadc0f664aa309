#include "KeyDatesPanel.h"

#include "AssessmentSession.h"
#include "Clock.h"
#include "Countdown.h"
#include "Prompt.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace readiness::ui {

KeyDatesPanel::KeyDatesPanel(AssessmentSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_list(new QTreeWidget(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    auto *title = new QLabel(tr("Key &dates"), this);
    title->setBuddy(m_list);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Date"), tr("What"), tr("Countdown")});
    m_list->headerItem()->setToolTip(2, countdownRule());
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Key dates"));
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    // A short list under the charts; it scrolls beyond a handful of dates.
    m_list->setMaximumHeight(fontMetrics().height() * 8);
    auto *add = new QPushButton(tr("&Add date…"), this);
    add->setAccessibleName(tr("Add a key date"));
    m_remove->setAccessibleName(tr("Remove the selected key date"));
    m_remove->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(title);
    buttons->addStretch();
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_list);

    connect(add, &QPushButton::clicked, this, &KeyDatesPanel::addWithDialog);
    connect(m_remove, &QPushButton::clicked, this, &KeyDatesPanel::removeSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_session.document().isReadOnly() && !m_list->selectedItems().isEmpty()); });
    connect(&m_session.document(), &AssessmentDocument::changed, this, [this](const ChangeEvent &event) {
        // The organisation's Land decides the holidays in working days.
        if (event.kind == ChangeEvent::Kind::KeyDate || event.kind == ChangeEvent::Kind::Assessment
            || event.kind == ChangeEvent::Kind::Organisation)
            refresh();
    });
    add->setEnabled(!m_session.document().isReadOnly());
    refresh();
}

void KeyDatesPanel::refresh()
{
    m_list->clear();
    const HolidayCalendar &cal = m_session.calendar();
    const QDate today = Clock::current().today();
    for (const KeyDate &d : m_session.document().keyDates()) {
        const Countdown c = Countdown::between(today, d.date, cal);
        const QString days = tr("%n day(s)", nullptr, int(c.calendarDays));
        const QString working = tr("%n working day(s)", nullptr, int(c.workingDays));
        const QString when = c.since ? tr("%1 ago (%2)").arg(days, working) : tr("in %1 (%2)").arg(days, working);
        auto *item = new QTreeWidgetItem(m_list, {QLocale().toString(d.date, QLocale::ShortFormat), d.label, when});
        item->setData(0, Qt::UserRole, d.id);
    }
    m_remove->setEnabled(false);
}

QString KeyDatesPanel::countdownRule()
{
    return tr("Days are counted from the earlier date up to the later one: the earlier day counts, the later "
              "day does not. Working days are Monday to Friday less the public holidays of the holiday "
              "calendar chosen in Settings.");
}

bool KeyDatesPanel::addKeyDate(const QString &label, QDate date)
{
    auto id = m_session.document().addKeyDate({0, label.trimmed(), date});
    if (!id) {
        Prompt::inform(this, QMessageBox::Warning, tr("Add key date"), id.error().message);
        return false;
    }
    return true;
}

void KeyDatesPanel::addWithDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add key date"));
    auto *label = new QLineEdit(&dialog);
    label->setPlaceholderText(tr("e.g. Board meeting, ICO fee renewal, DPIA review"));
    label->setAccessibleName(tr("What happens on that date"));
    auto *date = new QDateEdit(Clock::current().today().addMonths(1), &dialog);
    date->setCalendarPopup(true);
    date->setAccessibleName(tr("Date"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&What:"), label);
    form->addRow(tr("&Date:"), date);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (Prompt::exec(dialog) == QDialog::Accepted)
        addKeyDate(label->text(), date->date());
}

void KeyDatesPanel::removeSelected()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    const qint64 id = selected.first()->data(0, Qt::UserRole).toLongLong();
    const QString what = selected.first()->text(1);
    // Key dates are not on the undo stack: ask first.
    if (Prompt::ask(this, {QMessageBox::Question, tr("Remove key date"), tr("Remove “%1”?").arg(what), {}},
                    QMessageBox::Yes | QMessageBox::No)
        != QMessageBox::Yes)
        return;
    if (Status s = m_session.document().removeKeyDate(id); !s)
        Prompt::inform(this, QMessageBox::Warning, tr("Remove key date"), s.error().message);
}

int KeyDatesPanel::count() const
{
    return m_list->topLevelItemCount();
}

QString KeyDatesPanel::rowText(int row) const
{
    const QTreeWidgetItem *item = m_list->topLevelItem(row);
    return item ? QStringList {item->text(0), item->text(1), item->text(2)}.join(u" · "_s) : QString();
}

} // namespace readiness::ui
