#include "BackupController.h"

#include "AppSettings.h"
#include "BackupName.h"
#include "BackupRestore.h"
#include "Prompt.h"
#include "RestoreBackupDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace readiness::ui {

BackupController::BackupController(QWidget *parent, std::function<void()> close, Reopen open)
    : QObject(parent)
    , m_parent(parent)
    , m_close(std::move(close))
    , m_open(std::move(open))
{
    connect(&m_timer, &QTimer::timeout, this, &BackupController::backUpIfChanged);
    applySettings();
}

void BackupController::setDocument(AssessmentDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_changed = false;
    m_failureShown = false;
    if (document)
        connect(document, &AssessmentDocument::changed, this, [this] { m_changed = true; });
    applySettings();
}

void BackupController::applySettings()
{
    backup::setDefaultPolicy(AppSettings::backupPolicy());
    const int minutes = AppSettings::backupEveryMinutes();
    if (minutes <= 0 || !m_document || m_document->isReadOnly()) {
        m_timer.stop();
        return;
    }
    m_timer.start(minutes * 60 * 1000);
}

Result<backup::BackupInfo> BackupController::backUp(const QString &reason)
{
    if (!m_document)
        return makeError(tr("No assessment is open."));
    auto made = backup::write(m_document->repository().file(), reason, AppSettings::backupPolicy());
    if (made) {
        m_changed = false;
        emit message(
            tr("Backed up at %1").arg(QLocale().toString(made->time.toLocalTime().time(), QLocale::ShortFormat)));
    }
    return made;
}

void BackupController::backUpIfChanged()
{
    if (!m_document || m_document->isReadOnly() || !m_changed)
        return;
    auto made = backUp(u"scheduled"_s);
    if (made) {
        m_failureShown = false;
        return;
    }
    emit message(tr("The scheduled backup failed"));
    // Told once, not every few minutes; the next success resets it.
    if (!m_failureShown) {
        m_failureShown = true;
        Prompt::inform(m_parent, QMessageBox::Warning, tr("Backup"),
                       tr("The scheduled backup could not be written. Your assessment is unaffected."),
                       made.error().toString());
    }
}

void BackupController::backUpNow()
{
    auto made = backUp(u"manual"_s);
    if (!made)
        Prompt::inform(m_parent, QMessageBox::Warning, tr("Backup"),
                       tr("The backup could not be written. Your assessment is unaffected."), made.error().toString());
}

void BackupController::restoreFromBackup()
{
    if (!m_document)
        return;
    const QString path = m_document->path();
    const QList<backup::BackupInfo> all = backup::list(path, AppSettings::backupPolicy());
    if (all.isEmpty()) {
        Prompt::inform(m_parent, QMessageBox::Information, tr("Restore from backup"),
                       tr("There are no backups of “%1” in %2.")
                           .arg(QFileInfo(path).fileName(),
                                QDir::toNativeSeparators(AppSettings::backupPolicy().folderFor(path))));
        return;
    }
    RestoreBackupDialog dialog(QFileInfo(path).fileName(), all, m_parent);
    if (Prompt::exec(dialog) != QDialog::Accepted || dialog.chosenPath().isEmpty())
        return;
    restore(path, dialog.chosenPath());
}

bool BackupController::restore(const QString &path, const QString &backupPath)
{
    // The application holds no connection to the file while it is replaced.
    m_close();
    auto done = backup::restore(path, backupPath, AppSettings::backupPolicy());
    if (!done) {
        Prompt::inform(m_parent, QMessageBox::Critical, tr("Restore from backup"),
                       tr("The backup was not restored; nothing was changed."), done.error().toString());
        if (QFileInfo::exists(path))
            m_open(path, AssessmentFile::Mode::ReadWrite);
        return false;
    }
    if (!m_open(path, AssessmentFile::Mode::ReadWrite))
        return false;
    const auto name = backup::BackupName::parse(QFileInfo(backupPath).fileName(), path);
    const QDateTime when = name ? name->time.toLocalTime() : QFileInfo(backupPath).lastModified();
    QString text = tr("“%1” was restored from the backup of %2.")
                       .arg(QFileInfo(path).fileName(), QLocale().toString(when, QLocale::ShortFormat));
    if (done->safetyCopy)
        text += u' '
            + tr("The file as it was is kept as a backup too (%1).").arg(QFileInfo(done->safetyCopy->path).fileName());
    if (!done->damagedAside.isEmpty())
        text += u' ' + tr("The damaged file is kept as %1.").arg(QDir::toNativeSeparators(done->damagedAside));
    Prompt::inform(m_parent, QMessageBox::Information, tr("Restore from backup"), text);
    return true;
}

bool BackupController::offerNewestGoodBackup(const QString &path, const QString &text, const QString &details)
{
    const auto good = backup::newestGood(path, AppSettings::backupPolicy());
    if (!good)
        return false;
    const QString when = QLocale().toString(good->time.toLocalTime(), QLocale::ShortFormat);
    const auto answer = Prompt::ask(
        m_parent,
        {QMessageBox::Critical, tr("Open assessment"),
         text + u' '
             + tr("A good backup from %1 exists. You can open it read-only, or restore it: the damaged file is kept "
                  "beside it under another name.")
                   .arg(when),
         details},
        QMessageBox::Open | QMessageBox::Yes | QMessageBox::Cancel,
        {{QMessageBox::Open, tr("Open newest good backup (%1)").arg(when)}, {QMessageBox::Yes, tr("Restore it")}});
    if (answer == QMessageBox::Open)
        m_open(good->path, AssessmentFile::Mode::ReadOnly);
    else if (answer == QMessageBox::Yes)
        restore(path, good->path);
    return true;
}

} // namespace readiness::ui
