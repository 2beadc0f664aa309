#include "Cli.h"
#include "UiEntry.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>

namespace {
QStringList rawArguments(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
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
    readiness::ui::registerCommands();
    const QStringList args = rawArguments(argc, argv);
    if (readiness::cli::isSubcommand(args)) {
        // Headless: commands that render charts get an offscreen platform
        // when there is no display, so they run on servers and in CI.
        std::unique_ptr<QCoreApplication> app;
        if (readiness::ui::commandNeedsGuiApplication(args)) {
            if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
                && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        describeApplication();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return readiness::cli::run(args, {out, err});
    }
    readiness::ui::FontConfigWarmUp fonts; // on a second core while QApplication starts
    QApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("GDPR Readiness"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.gdpr_readiness.GdprReadiness"));
    return readiness::ui::runGui(app, args, fonts);
}
