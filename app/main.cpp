#include "Backups.h"
#include "Cli.h"
#include "CliReportCommands.h"
#include "CliTranslations.h"
#include "CliWorkshopCommands.h"
#include "DataAuditRegistration.h"
#include "NativePath.h"
#include "PortfolioRegistration.h"
#include "TerminationSignals.h"
#include "UiEntry.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <cerrno>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace {
QStringList rawArguments(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

/// Qt's platform integration asks for a runtime directory and warns on
/// stderr when XDG_RUNTIME_DIR is unset (root shells, containers, CI). A
/// command's output must be its own: give Qt a private directory, as the
/// session manager would, before the QApplication exists.
void provideRuntimeDirectory()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const uid_t uid = ::getuid();
    QByteArray dir = QDir::tempPath().toLocal8Bit() + "/gdpr-readiness-runtime-" + QByteArray::number(uid);
    struct stat st = {};
    const bool ours = (::mkdir(dir.constData(), 0700) == 0 || errno == EEXIST) && ::lstat(dir.constData(), &st) == 0
        && S_ISDIR(st.st_mode) && st.st_uid == uid && (st.st_mode & 077) == 0;
    if (!ours) { // someone else's, or a link: a fresh one of our own
        dir = QDir::tempPath().toLocal8Bit() + "/gdpr-readiness-runtime-XXXXXX";
        if (!::mkdtemp(dir.data()))
            return; // Qt falls back to its own default (and its warning)
    }
    qputenv("XDG_RUNTIME_DIR", dir);
}

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("gdpr-readiness"));
    QCoreApplication::setOrganizationName(QStringLiteral("GDPR Readiness"));
    QCoreApplication::setApplicationVersion(QStringLiteral(READINESS_VERSION));
}
} // namespace

int main(int argc, char *argv[])
{
    readiness::cli::registerReportCommands();
    readiness::NativePath::setProgramArguments(argc, argv); // file names that are not UTF-8
    readiness::cli::registerWorkshopCommands();
    // Every read-write open that upgrades an older file backs it up first.
    readiness::backup::installMigrationBackup();
    const QStringList args = rawArguments(argc, argv);
    if (readiness::cli::isSubcommand(args)) {
        // Headless: commands that render charts get an offscreen platform
        // when there is no display, so they run on servers and in CI.
        std::unique_ptr<QCoreApplication> app;
        if (readiness::cli::commandNeedsGuiApplication(args) || readiness::cli::workshopCommandNeedsGui(args)) {
            if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
                && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            provideRuntimeDirectory();
            app = std::make_unique<QApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        describeApplication();
        readiness::cli::installCliTranslations(readiness::cli::cliLanguage(args));
        // SIGTERM/SIGINT/SIGHUP let the command finish its transaction and
        // close the file (no -wal, -shm or .lock left behind); the process
        // then ends with 128 + signal.
        const readiness::TerminationSignals termination;
        QTextStream out(stdout);
        QTextStream err(stderr);
        const int rc = readiness::cli::run(args, {out, err});
        if (const int signal = readiness::TerminationSignals::received())
            return readiness::TerminationSignals::exitStatus(signal);
        return rc;
    }
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        // Qt would end in qFatal (SIGABRT) here: say what works instead.
        QCoreApplication core(argc, argv);
        readiness::cli::installCliTranslations(readiness::cli::cliLanguage(args));
        QTextStream err(stderr);
        err << readiness::cli::translated(
            QT_TRANSLATE_NOOP("cli",
                              "gdpr-readiness: no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so the "
                              "desktop application cannot start. The commands below work without a display."))
            << "\n\n";
        readiness::cli::printUsage(err);
        return readiness::cli::UsageError;
    }
    readiness::ui::registerDataAuditPage(); // ui/gui/audit: a page of its own library
    readiness::ui::registerPortfolioWindow(); // ui/gui/portfolio: File > Open portfolio folder…
    readiness::ui::FontConfigWarmUp fonts; // on a second core while QApplication starts
    QApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("GDPR Readiness"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.gdpr_readiness.GdprReadiness"));
    // SIGTERM/SIGINT/SIGHUP quit like File > Quit: windows close (pending
    // notes are saved, the file is checkpointed and closed, the lock goes).
    readiness::TerminationSignals termination;
    QObject::connect(&termination, &readiness::TerminationSignals::terminationRequested, &app, [] {
        QApplication::closeAllWindows();
        QCoreApplication::quit();
    });
    return readiness::ui::runGui(app, args, fonts);
}
