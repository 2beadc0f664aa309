#include "WorkshopStartDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace readiness::ui {

WorkshopStartDialog::WorkshopStartDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_participants(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Start workshop"));
    m_title->setObjectName(u"workshopTitle"_s);
    m_participants->setObjectName(u"workshopParticipants"_s);
    m_title->setPlaceholderText(tr("e.g. Kick-off with HR and IT"));
    m_participants->setPlaceholderText(tr("Anna Schmidt, Head of HR\nBen Okafor, IT Security"));
    m_participants->setTabChangesFocus(true);
    auto *explain = new QLabel(tr("While the workshop runs, each answer can record who gave it, every section's time "
                                  "is counted, and questions can be parked to come back to. At the end, write the "
                                  "workshop summary as PDF."),
                               this);
    explain->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(explain);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Participants (name, role; one a line):"), m_participants);
    form->addRow(buttons);
}

QString WorkshopStartDialog::title() const
{
    return m_title->text().trimmed();
}

QList<workshop::Participant> WorkshopStartDialog::participants() const
{
    QList<workshop::Participant> list;
    for (const QString &line : m_participants->toPlainText().split(u'\n'))
        if (const auto p = workshop::Participant::fromLine(line); !p.name.isEmpty())
            list.append(p);
    return list;
}

} // namespace readiness::ui
