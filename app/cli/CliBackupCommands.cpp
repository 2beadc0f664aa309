// backup, backups, restore: copies of an assessment file (issue 14 item 5,
// docs/backups.md).
#include "BackupRestore.h"
#include "Backups.h"
#include "CliFormat.h"
#include "CliSupport.h"
#include "CliTranslations.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;
using namespace readiness::backup;

namespace readiness::cli {

namespace {

QCommandLineOption folderOption()
{
    return QCommandLineOption(
        u"to"_s, translated(QT_TRANSLATE_NOOP("cli", "The backup folder (default: FILE.backups beside the file).")),
        translated(QT_TRANSLATE_NOOP("cli", "DIR")));
}

QString sizeText(qint64 bytes)
{
    const QLocale locale = outputLanguage() == "de"_L1 ? QLocale(QLocale::German, QLocale::Germany) : QLocale::c();
    return locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

/// Why a backup was made: the stored word ("manual", "sign-off"), in German
/// the word a German reader expects; ids with a hyphen read the same.
QString reasonText(const QString &reason)
{
    if (reason == "manual"_L1)
        return translated(QT_TRANSLATE_NOOP("cli", "manual"));
    if (reason == "scheduled"_L1)
        return translated(QT_TRANSLATE_NOOP("cli", "scheduled"));
    return reason;
}

} // namespace

int backupCommand(const QStringList &arguments, Streams io)
{
    Command cmd(u"backup"_s,
                translated(QT_TRANSLATE_NOOP(
                    "cli",
                    "Write a consistent, checked copy of an assessment file (VACUUM INTO) into its backup folder and "
                    "keep the newest N there. Safe while the application has the file open.")));
    cmd.addAssessmentFileArgument();
    const QCommandLineOption to = folderOption();
    QCommandLineOption keep(
        u"keep"_s, translated(QT_TRANSLATE_NOOP("cli", "How many backups of the file to keep (default 10).")), u"N"_s);
    QCommandLineOption reason(u"reason"_s,
                              translated(QT_TRANSLATE_NOOP("cli", "A word for the name (default: manual).")),
                              translated(QT_TRANSLATE_NOOP("cli", "WORD")));
    cmd.parser.addOptions({to, keep, reason});
    if (int rc = cmd.parse(arguments, io, 1, 1); rc >= 0)
        return rc;
    BackupPolicy policy;
    policy.folder = cmd.parser.value(to);
    if (cmd.parser.isSet(keep)) {
        bool ok = false;
        policy.keep = cmd.parser.value(keep).toInt(&ok);
        if (!ok || policy.keep < 1 || policy.keep > BackupPolicy::kMaxKeep) {
            io.err << "gdpr-readiness backup: "
                   << translated(QT_TRANSLATE_NOOP("cli", "--keep needs a number from 1 to %1"))
                          .arg(BackupPolicy::kMaxKeep)
                   << '\n';
            return UsageError;
        }
    }
    const QString path = cmd.parser.positionalArguments().at(0);
    // The file is read on a read-only connection of the backup's own: it
    // is checked first, as any read-only open, and a writer may keep going.
    AssessmentFile::Failure failure = AssessmentFile::Failure::None;
    if (auto probe = AssessmentFile::open(path, AssessmentFile::Mode::ReadOnly, &failure); !probe)
        return fail(io, probe.error());
    auto made = writeFromPath(path, cmd.parser.isSet(reason) ? cmd.parser.value(reason) : u"manual"_s, policy);
    if (!made)
        return fail(io, made.error());
    io.out << translated(QT_TRANSLATE_NOOP("cli", "Backed up %1 to %2 (%3, integrity checked)"))
                  .arg(path, QDir::toNativeSeparators(made->path), sizeText(made->size))
           << '\n';
    return Success;
}

int backupsCommand(const QStringList &arguments, Streams io)
{
    Command cmd(u"backups"_s,
                translated(QT_TRANSLATE_NOOP("cli", "List the backups of an assessment file, newest first.")));
    cmd.addAssessmentFileArgument();
    const QCommandLineOption to = folderOption();
    QCommandLineOption json(u"json"_s, translated(QT_TRANSLATE_NOOP("cli", "Print the list as JSON.")));
    QCommandLineOption verify(
        u"check"_s,
        translated(QT_TRANSLATE_NOOP("cli", "Check each backup (integrity_check) and say whether it is good.")));
    cmd.parser.addOptions({to, json, verify});
    if (int rc = cmd.parse(arguments, io, 1, 1); rc >= 0)
        return rc;
    BackupPolicy policy;
    policy.folder = cmd.parser.value(to);
    const QString path = cmd.parser.positionalArguments().at(0);
    const QList<BackupInfo> all = list(path, policy);
    QJsonArray rows;
    for (const BackupInfo &b : all) {
        const auto answers = answerCount(b.path);
        const Status good = cmd.parser.isSet(verify) ? check(b.path) : success();
        if (cmd.parser.isSet(json)) {
            QJsonObject o {{u"path"_s, b.path},
                           {u"time"_s, b.time.toString(Qt::ISODateWithMs)},
                           {u"reason"_s, b.reason},
                           {u"size"_s, b.size}};
            if (answers)
                o.insert(u"answers"_s, *answers);
            if (cmd.parser.isSet(verify))
                o.insert(u"good"_s, bool(good));
            rows.append(o);
            continue;
        }
        io.out << format::utcTime(b.time) << "  " << reasonText(b.reason).leftJustified(24) << ' '
               << sizeText(b.size).rightJustified(9) << "  "
               << (answers ? translated(QT_TRANSLATE_NOOP("cli", "%1 answers")).arg(format::number(*answers))
                           : translated(QT_TRANSLATE_NOOP("cli", "unreadable")))
                      .leftJustified(12)
               << "  "
               << (cmd.parser.isSet(verify) ? (good ? translated(QT_TRANSLATE_NOOP("cli", "good")) + u"  "_s
                                                    : translated(QT_TRANSLATE_NOOP("cli", "DAMAGED")) + u"  "_s)
                                            : QString())
               << QDir::toNativeSeparators(b.path) << '\n';
    }
    if (cmd.parser.isSet(json)) {
        printJson(io,
                  QJsonDocument(
                      QJsonObject {{u"file"_s, path}, {u"folder"_s, policy.folderFor(path)}, {u"backups"_s, rows}}));
    } else if (all.isEmpty()) {
        io.out << translated(QT_TRANSLATE_NOOP("cli", "No backups of %1 in %2"))
                      .arg(path, QDir::toNativeSeparators(policy.folderFor(path)))
               << '\n';
    }
    return Success;
}

int restoreCommand(const QStringList &arguments, Streams io)
{
    Command cmd(
        u"restore"_s,
        translated(QT_TRANSLATE_NOOP(
            "cli",
            "Put a backup in place of an assessment file. The backup must pass the checks and the file must not "
            "be open for writing. The file as it was is backed up first (reason before-restore); a damaged file "
            "is kept, renamed, beside it.")));
    cmd.addAssessmentFileArgument();
    cmd.parser.addPositionalArgument(
        translated(QT_TRANSLATE_NOOP("cli", "BACKUP")),
        translated(QT_TRANSLATE_NOOP("cli", "The backup to restore (see: gdpr-readiness backups FILE).")));
    const QCommandLineOption to = folderOption();
    cmd.parser.addOptions({to});
    if (int rc = cmd.parse(arguments, io, 2, 2); rc >= 0)
        return rc;
    BackupPolicy policy;
    policy.folder = cmd.parser.value(to);
    const QString path = cmd.parser.positionalArguments().at(0);
    const QString source = cmd.parser.positionalArguments().at(1);
    auto done = restore(path, source, policy);
    if (!done)
        return fail(io, done.error());
    io.out << translated(QT_TRANSLATE_NOOP("cli", "Restored %1 from %2")).arg(path, QDir::toNativeSeparators(source))
           << '\n';
    if (done->safetyCopy)
        io.out << translated(QT_TRANSLATE_NOOP("cli", "The file as it was is kept as %1"))
                      .arg(QDir::toNativeSeparators(done->safetyCopy->path))
               << '\n';
    if (!done->damagedAside.isEmpty())
        io.out << translated(QT_TRANSLATE_NOOP("cli", "The damaged file is kept as %1"))
                      .arg(QDir::toNativeSeparators(done->damagedAside))
               << '\n';
    return Success;
}

QString newestGoodBackupHint(const QString &path)
{
    const auto good = newestGood(path, BackupPolicy {});
    if (!good)
        return {};
    return translated(
               QT_TRANSLATE_NOOP(
                   "cli", "the newest good backup is %1 (%2, %3); restore it with: gdpr-readiness restore %4 %1"))
        .arg(QDir::toNativeSeparators(good->path), format::utcTime(good->time), reasonText(good->reason), path);
}

} // namespace readiness::cli
