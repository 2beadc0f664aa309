#pragma once

#include "Backups.h"

#include <QDialog>

class QTreeWidget;

namespace readiness::ui {

/// File ▸ Restore from backup…: the backups of the open file, newest
/// first, with time, reason, size and answer count; the chosen one is
/// restored by BackupController.
class RestoreBackupDialog final : public QDialog
{
    Q_OBJECT

public:
    RestoreBackupDialog(const QString &fileName, const QList<backup::BackupInfo> &backups, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    /// The backup selected; empty when none is.
    QString chosenPath() const;

private:
    QTreeWidget *m_list;
};

} // namespace readiness::ui
