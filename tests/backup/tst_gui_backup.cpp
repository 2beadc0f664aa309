// Backups in the window (issue 14, item 5): the scheduled backup while there
// are changes, File ▸ Restore from backup…, a damaged file offered its
// newest good backup, and the settings. Offscreen; prompts preset.
#include "AppSettings.h"
#include "AssessmentSession.h"
#include "BackupController.h"
#include "Backups.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "RestoreBackupDialog.h"
#include "SettingsDialog.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace readiness;
using namespace readiness::ui;

namespace {

/// A yes/no question of the open assessment and its other answer.
std::pair<QString, QString> flipOne(AssessmentSession &session)
{
    const auto &entry = session.document().questionnaires().first();
    for (const Section &section : entry.questionnaire.sections)
        for (const Question &q : section.questions)
            if (q.type == QuestionType::YesNo) {
                const QString before = session.document().answer(entry.ref, q.id).value;
                return {q.id, before == u"yes"_s ? u"no"_s : u"yes"_s};
            }
    return {};
}

} // namespace

class TestGuiBackup : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        test::isolateInEnglish();
        QVERIFY(m_dir.isValid());
    }
    void init()
    {
        test::failOnWarnings();
        Prompt::presetAnswers({});
        Prompt::presetDialogHandler({});
        AppSettings::setBackupPolicy({});
        AppSettings::setBackupEveryMinutes(15);
    }

    void scheduledBackupOnlyAfterChanges()
    {
        AppSettings::setBackupEveryMinutes(1);
        const QString path = test::demoCopy(m_dir);
        MainWindow window;
        QVERIFY(window.openFile(path));
        BackupController *backups = window.backups();
        QVERIFY(backups->timer().isActive());
        QCOMPARE(backups->timer().interval(), 60 * 1000);
        backups->backUpIfChanged(); // nothing changed since it opened
        QCOMPARE(backup::list(path, {}).size(), 0);
        const auto [question, value] = flipOne(*window.session());
        const qint64 ref = window.session()->document().questionnaires().first().ref;
        QVERIFY(window.session()->setAnswer(ref, question, value, u"scheduled"_s));
        QVERIFY(backups->hasChangesSinceBackup());
        backups->backUpIfChanged();
        const auto made = backup::list(path, {});
        QCOMPARE(made.size(), 1);
        QCOMPARE(made.first().reason, u"scheduled"_s);
        QVERIFY(backup::check(made.first().path));
        QVERIFY(!backups->hasChangesSinceBackup());
        backups->backUpIfChanged();
        QCOMPARE(backup::list(path, {}).size(), 1);
        // Off in the settings: no timer.
        AppSettings::setBackupEveryMinutes(0);
        backups->applySettings();
        QVERIFY(!backups->timer().isActive());
    }

    void restoreFromTheFileMenu()
    {
        const QString path = test::demoCopy(m_dir);
        MainWindow window;
        QVERIFY(window.openFile(path));
        const qint64 ref = window.session()->document().questionnaires().first().ref;
        const auto [question, value] = flipOne(*window.session());
        const QString original = window.session()->document().answer(ref, question).value;
        window.backups()->backUpNow();
        QVERIFY(window.session()->setAnswer(ref, question, value, u"after the backup"_s));
        int rows = 0;
        Prompt::presetDialogHandler([&](QDialog &dialog) {
            auto *d = qobject_cast<RestoreBackupDialog *>(&dialog);
            if (!d)
                return int(QDialog::Rejected);
            rows = d->list()->topLevelItemCount();
            d->list()->setCurrentItem(d->list()->topLevelItem(0));
            return int(QDialog::Accepted);
        });
        Prompt::presetAnswers({QMessageBox::Ok});
        window.backups()->restoreFromBackup();
        QCOMPARE(rows, 1);
        QVERIFY(window.session());
        QCOMPARE(window.session()->document().path(), QFileInfo(path).absoluteFilePath());
        QVERIFY(!window.session()->document().isReadOnly());
        QCOMPARE(window.session()->document().answer(ref, question).value, original);
        QVERIFY2(Prompt::shown().last().text.contains(u"was restored from the backup"_s),
                 qPrintable(Prompt::shown().last().text));
        const auto all = backup::list(path, {});
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().reason, u"before-restore"_s);
    }

    void damagedFileIsOfferedItsBackup()
    {
        const QString path = test::demoCopy(m_dir);
        auto good = backup::writeFromPath(path, u"manual"_s, {});
        QVERIFY(good);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(16384)); // page 2's b-tree header
            QVERIFY(f.write(QByteArray(64, '\x5a')) == 64);
        }
        MainWindow window;
        // First: open the backup, read-only.
        Prompt::presetAnswers({QMessageBox::Open});
        QVERIFY(window.openFile(path));
        QVERIFY2(Prompt::shown().last().text.contains(u"A good backup from"_s),
                 qPrintable(Prompt::shown().last().text));
        QVERIFY(window.session());
        QCOMPARE(window.session()->document().path(), good->path);
        QVERIFY(window.session()->document().isReadOnly());
        window.closeAssessment();
        // Then: restore it; the damaged file is kept aside.
        Prompt::presetAnswers({QMessageBox::Yes, QMessageBox::Ok});
        QVERIFY(window.openFile(path));
        QVERIFY(window.session());
        QCOMPARE(window.session()->document().path(), QFileInfo(path).absoluteFilePath());
        QVERIFY(!window.session()->document().isReadOnly());
        QCOMPARE(QDir(QFileInfo(path).absolutePath())
                     .entryList({QFileInfo(path).completeBaseName() + u".damaged-*"_s})
                     .size(),
                 1);
        // Without a good backup the plain message stays.
        window.closeAssessment();
        const QString lone = m_dir.filePath(u"lone.gdpra"_s);
        QVERIFY(QFile::copy(path, lone));
        {
            QFile f(lone);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(16384));
            QVERIFY(f.write(QByteArray(64, '\x5a')) == 64);
        }
        Prompt::presetAnswers({QMessageBox::Ok});
        QVERIFY(!window.openFile(lone));
        QVERIFY(!Prompt::shown().last().text.contains(u"A good backup"_s));
    }

    void settingsPage()
    {
        SettingsDialog dialog;
        QVERIFY(dialog.backupFolder()->text().isEmpty());
        QCOMPARE(dialog.backupKeep()->value(), backup::BackupPolicy::kDefaultKeep);
        dialog.backupFolder()->setText(m_dir.filePath(u"chosen"_s));
        dialog.backupKeep()->setValue(4);
        dialog.backupEvery()->setValue(0);
        dialog.apply();
        QCOMPARE(AppSettings::backupPolicy().folder, m_dir.filePath(u"chosen"_s));
        QCOMPARE(AppSettings::backupPolicy().keep, 4);
        QCOMPARE(AppSettings::backupEveryMinutes(), 0);
        QCOMPARE(backup::defaultPolicy().keep, 4); // the automatic backups follow
        QCOMPARE(dialog.backupEvery()->text(), u"Never"_s);
    }
};

QTEST_MAIN(TestGuiBackup)
#include "tst_gui_backup.moc"
