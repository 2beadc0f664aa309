#include "RestoreBackupDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace readiness::ui {

namespace {
QString reasonText(const QString &reason)
{
    if (reason == "manual"_L1)
        return RestoreBackupDialog::tr("made by hand");
    if (reason == "scheduled"_L1)
        return RestoreBackupDialog::tr("scheduled");
    if (reason == "sign-off"_L1)
        return RestoreBackupDialog::tr("before the sign-off");
    if (reason == "before-restore"_L1)
        return RestoreBackupDialog::tr("before a restore");
    if (reason.startsWith("before-format-"_L1))
        return RestoreBackupDialog::tr("before the file format upgrade");
    return reason;
}
} // namespace

RestoreBackupDialog::RestoreBackupDialog(const QString &fileName, const QList<backup::BackupInfo> &backups,
                                         QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Restore from backup"));
    auto *intro = new QLabel(tr("Choose the backup to put in place of “%1”. The file as it is now is backed up "
                                "first, so this can be undone by restoring that copy.")
                                 .arg(fileName),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    m_list->setHeaderLabels({tr("Time"), tr("Reason"), tr("Size"), tr("Answers")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Backups"));
    const QLocale locale;
    for (const backup::BackupInfo &b : backups) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, locale.toString(b.time.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, reasonText(b.reason));
        item->setText(2, locale.formattedDataSize(b.size, 1, QLocale::DataSizeTraditionalFormat));
        const auto answers = backup::answerCount(b.path);
        item->setText(3, answers ? locale.toString(*answers) : tr("unreadable"));
        item->setData(0, Qt::UserRole, b.path);
        item->setToolTip(0, QDir::toNativeSeparators(b.path));
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Restore"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 360);
}

QString RestoreBackupDialog::chosenPath() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

} // namespace readiness::ui
